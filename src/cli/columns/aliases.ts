/**
 * The header names people use for the columns, besides the documented ones:
 * posyandu registers, e-PPGBM and Dinas Kesehatan exports, and a few
 * English ones. Headers are compared by {@link headerKey}: any case, with
 * spaces, `_`, `-` and `.` ignored, and a unit in brackets that is the
 * column's own unit (`BB (kg)`, `TB (cm)`) ignored too. The ages are not
 * guessed (`Umur (bulan)` is often whole months, or text such as
 * "2 Tahun - 3 Bulan"): the dates give the age in days.
 */

/** Other names of each column (documented name → names, most specific first). */
export const HEADER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  sex: ["JK", "Jenis Kelamin", "Jns Kelamin", "Kelamin", "L/P", "gender"],
  dob: ["Tgl Lahir", "Tanggal Lahir", "date of birth", "birth date", "birthdate"],
  visit_date: [
    "Tgl Ukur", "Tanggal Ukur", "Tgl Pengukuran", "Tanggal Pengukuran", "Tgl Timbang", "Tanggal Timbang",
    "Tgl Penimbangan", "Tanggal Penimbangan", "Tgl Kunjungan", "Tanggal Kunjungan", "date of visit", "measurement date",
  ],
  weight: ["BB", "Berat Badan", "Berat", "weight kg"],
  lenhei: ["TB/PB", "PB/TB", "TB", "PB", "Tinggi Badan", "Panjang Badan", "Tinggi", "Panjang", "height", "length", "lenhei cm", "height cm", "length cm"],
  measure: ["Cara Ukur", "Cara Pengukuran", "Posisi Ukur", "Posisi", "position"],
  oedema: ["Edema"],
  headc: ["LK", "Lingkar Kepala", "head circumference"],
  armc: ["LiLA", "Lingkar Lengan Atas", "MUAC", "muac cm", "lila cm"],
  kia_book: ["Buku KIA", "Punya Buku KIA", "KIA"],
  ga_weeks: ["Usia Kehamilan", "UK", "Umur Kehamilan", "gestational age weeks"],
  birth_weight: ["BB Lahir", "Berat Lahir", "Berat Badan Lahir"],
};

/** A unit in brackets at the end of a header: `(kg)`, `[cm]`. */
const UNIT = /[([]\s*(?:kg|cm)\s*[)\]]$/;

/**
 * The form headers are compared in: lower case, without spaces, `_`, `-`,
 * `.` and a closing `(kg)` or `(cm)`. `" Tgl. Lahir "`, `tgl_lahir` and
 * `TglLahir` are one key; so are `BB (kg)` and `bb`.
 */
export function headerKey(name: string): string {
  return name.trim().toLowerCase().replace(UNIT, "").replace(/[\s_.-]+/g, "");
}

/** The other names of a column (none for most). */
export function aliasesOf(target: string): readonly string[] {
  return Object.prototype.hasOwnProperty.call(HEADER_ALIASES, target) ? HEADER_ALIASES[target]! : [];
}

/** The names a column is recognised by: its documented name first, then its aliases. */
export function namesOf(target: string): readonly string[] {
  return [target, ...aliasesOf(target)];
}
