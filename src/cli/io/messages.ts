/**
 * What the commands tell people on stderr about reading their file, in
 * English or Bahasa Indonesia (`--lang`): which header became which column,
 * how the dates were read, the summary of a run, the warnings about a column
 * that could not be read, and the usage errors about dates. Codes (reason
 * codes, column names, options) stay as they are in both languages: they
 * are what the output and the help show.
 */

/** The languages of the messages. */
export type Lang = "en" | "id";

/** The order of day and month a date column is read in. */
export type DateOrder = "dmy" | "mdy";

/** A column of the input as messages name it: its header, and the column it feeds (`weight`, `dob`). */
export interface ColumnName {
  readonly header: string;
  readonly target: string;
}

/** What can be done about a column whose values could not be read. */
export type Hint =
  | { readonly kind: "decimal" }
  | { readonly kind: "date-format"; readonly order: DateOrder | undefined }
  | { readonly kind: "two-digit-year" }
  | { readonly kind: "excel-serial" }
  | { readonly kind: "check" }
  | { readonly kind: "codes"; readonly known: string }
  | { readonly kind: "col" };

/** A column most of whose values could not be read. */
export interface ColumnTrouble extends ColumnName {
  /** Values that could not be read (or are not possible, for dates). */
  readonly bad: number;
  /** Values that were not blank or a missing marker. */
  readonly present: number;
  /** One of the values that could not be read, as written. */
  readonly example: string;
  /** The reason code of `example`, for dates (`date-impossible`). */
  readonly reason: string | undefined;
  readonly hint: Hint;
}

/** A measurement column most of whose z-scores are beyond WHO's plausibility limits: a wrong unit, or the wrong column. */
export interface ImplausibleColumn extends ColumnName {
  /** z-scores flagged implausible. */
  readonly flagged: number;
  /** z-scores computed from the column. */
  readonly scored: number;
  /** One flagged value, as read, and its z-score. */
  readonly example: number;
  readonly z: number;
  /** The unit tumbuh reads the column in. */
  readonly unit: string;
}

/** How the dates of one column were read, for the note. */
export interface DateDecision extends ColumnName {
  readonly order: DateOrder;
  /** The value that showed the order; undefined when the column took the order of `like`. */
  readonly example: string | undefined;
  /** The column whose order it took. */
  readonly like: string | undefined;
}

/** The rows `--id`/`--month` set aside, by kind. */
export interface SetAsideCounts {
  readonly otherMonth: number;
  readonly earlierVisit: number;
  readonly missingId: number;
  readonly missingDate: number;
}

/** The messages of one language. */
export interface Messages {
  readonly warning: string;
  readonly note: string;
  /** `n` written with the language's digit grouping. */
  count(n: number): string;
  columnsRead(columns: readonly ColumnName[]): string;
  colNotRead(mappings: readonly string[]): string;
  datesRead(decisions: readonly DateDecision[]): string;
  summary(rows: number, reasons: readonly (readonly [code: string, rows: number])[]): string;
  columnTrouble(t: ColumnTrouble): string;
  datesAmbiguous(column: ColumnName, example: string, rows: number | undefined): string;
  datesConflict(column: ColumnName, dayFirst: string, monthFirst: string): string;
  /** `--strict` failed: the invalid values by reason code (rows) or by column (cells). */
  strict(counts: readonly (readonly [name: string, count: number])[]): string;
  /** A measurement column whose z-scores are mostly flagged. */
  implausibleColumn(c: ImplausibleColumn): string;
  /** A column named like a child id repeats a value (`--id` not given): the file looks like a register. */
  registerRepeat(header: string, value: string, first: number, again: number): string;
  /** What `--id` (and `--month`) chose: the children, and the rows set aside by kind. */
  registerSelection(id: string, month: string | undefined, children: number, aside: SetAsideCounts): string;
}

const ORDER_EN: Readonly<Record<DateOrder, string>> = { dmy: "day first (dmy)", mdy: "month first (mdy)" };
const ORDER_ID: Readonly<Record<DateOrder, string>> = { dmy: "hari dulu (dmy)", mdy: "bulan dulu (mdy)" };

/** A header as an option value that can be pasted into a shell: quoted when it has spaces or other special characters. */
function shellWord(s: string): string {
  return /^[\w.,:/@%+=-]+$/.test(s) ? s : `"${s.replace(/["\\$`]/g, (c) => `\\${c}`)}"`;
}

/** The parts of a selection's set-aside rows with their words, the non-zero ones. */
function asideParts(a: SetAsideCounts, words: { readonly [K in keyof SetAsideCounts]: string }, count: (n: number) => string): string[] {
  return (Object.keys(words) as (keyof SetAsideCounts)[]).filter((k) => a[k] > 0).map((k) => `${count(a[k])} ${words[k]}`);
}

function asideTotal(a: SetAsideCounts): number {
  return a.otherMonth + a.earlierVisit + a.missingId + a.missingDate;
}

function quoted(s: string): string {
  return JSON.stringify(s);
}

/** `"BB" (weight)`, or `weight` when the header is the column's own name. */
function columnLabel(c: ColumnName): string {
  return c.header.trim().toLowerCase() === c.target ? quoted(c.header) : `${quoted(c.header)} (${c.target})`;
}

function grouped(n: number, separator: string): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "0" : String(Math.round((100 * part) / whole));
}

/** The decisions grouped by order, in the order first met. */
function byOrder(decisions: readonly DateDecision[]): [DateOrder, DateDecision[]][] {
  const groups = new Map<DateOrder, DateDecision[]>();
  for (const d of decisions) groups.set(d.order, [...(groups.get(d.order) ?? []), d]);
  return [...groups];
}

function reasonList(reasons: readonly (readonly [string, number])[], count: (n: number) => string): string {
  return reasons.map(([code, n]) => `${code} ${count(n)}`).join(", ");
}

const EN: Messages = {
  warning: "warning",
  note: "note",
  count: (n) => grouped(n, ","),
  columnsRead: (columns) => `columns read: ${columns.map((c) => `${quoted(c.header)} → ${c.target}`).join(", ")}`,
  colNotRead: (mappings) => `${mappings.map((m) => `--col ${m}`).join(", ")}: not read by this command (ignored; other commands read ${mappings.length === 1 ? "it" : "them"})`,
  datesRead: (decisions) =>
    `dates read ${byOrder(decisions)
      .map(([order, ds]) => `${ORDER_EN[order]} in ${ds.map((d) => `${columnLabel(d)}${d.example !== undefined ? ` (e.g. ${quoted(d.example)})` : ` (like ${d.like})`}`).join(" and ")}`)
      .join("; ")}; --date-format sets the order`,
  summary(rows, reasons) {
    const head = `${this.count(rows)} ${rows === 1 ? "row" : "rows"} read`;
    return reasons.length === 0 ? `${head}; no row has a reason for an NA value` : `${head}; rows with NA values, by reason: ${reasonList(reasons, (n) => this.count(n))}`;
  },
  columnTrouble(t) {
    const share = t.bad === t.present ? `none of the ${this.count(t.present)} values` : `${this.count(t.bad)} of ${this.count(t.present)} values (${percent(t.bad, t.present)} %)`;
    const what = t.bad === t.present ? "could be used" : "could not be used";
    const example = `e.g. ${quoted(t.example)}${t.reason === undefined ? "" : ` (${t.reason})`}`;
    return `column ${columnLabel(t)}: ${share} ${what}, ${example}; ${hintEn(t)}`;
  },
  datesAmbiguous: (c, example, rows) =>
    `the dates in ${columnLabel(c)} ${rows === undefined ? "" : `(the first ${grouped(rows, ",")} rows) `}fit both day-first and month-first readings (${quoted(example)}: day first or month first?); give --date-format dmy (day first, as in Indonesia) or --date-format mdy (month first)`,
  datesConflict: (c, dayFirst, monthFirst) =>
    `the dates in ${columnLabel(c)} mix day-first (${quoted(dayFirst)}) and month-first (${quoted(monthFirst)}) values; give --date-format dmy or --date-format mdy (the dates that do not fit it are then NA, date-impossible)`,
  strict: (counts) => `--strict: invalid values (${counts.map(([name, n]) => `${name} ${grouped(n, ",")}`).join(", ")}); the output was written`,
  implausibleColumn(c) {
    return `column ${columnLabel(c)}: ${this.count(c.flagged)} of ${this.count(c.scored)} z-scores (${percent(c.flagged, c.scored)} %) are beyond WHO's plausibility limits (flagged), e.g. ${c.example} (z ${c.z.toFixed(2)}); is the unit right? tumbuh reads ${c.target} in ${c.unit}: convert the column, or map another with --col ${c.target}=HEADER`;
  },
  registerRepeat: (header, value, first, again) =>
    `the column ${quoted(header)} repeats values (${quoted(value)} on data rows ${first} and ${again}): the file looks like a register of visits, where every visit counts as a child; ` +
    `give --id ${shellWord(header)} to count each child once, by its last visit, and --month YYYY-MM for the last visit of a month`,
  registerSelection(id, month, children, aside) {
    const total = asideTotal(aside);
    const parts = asideParts(aside, { otherMonth: "of other months", earlierVisit: "earlier visits of a child", missingId: `without ${id}`, missingDate: "without a usable visit date" }, (n) => this.count(n));
    const what = month === undefined ? "each child's last visit" : `each child's last visit of ${month}`;
    return `--id ${shellWord(id)}${month === undefined ? "" : ` --month ${month}`}: ${this.count(children)} children, ${what}${total > 0 ? `; set aside ${this.count(total)} ${total === 1 ? "row" : "rows"}: ${parts.join(", ")}` : ""}`;
  },
};

function hintEn(t: ColumnTrouble): string {
  const h = t.hint;
  switch (h.kind) {
    case "decimal":
      return "the numbers have a decimal comma: give --decimal comma";
    case "date-format":
      return h.order === undefined
        ? "give the order of the dates with --date-format dmy, mdy or ymd, or map another column with --col"
        : `read as ${ORDER_EN[h.order]}; if that is wrong, give --date-format ${h.order === "dmy" ? "mdy" : "dmy"}`;
    case "two-digit-year":
      return "write the years with four digits (2024, not 24): a two-digit year could be 1924 or 2024";
    case "excel-serial":
      return "these look like a spreadsheet's day numbers, not dates: format the column as a date (e.g. DD/MM/YYYY) in the spreadsheet and export it again";
    case "check":
      return "these dates cannot be a child's real dates: check them at the source";
    case "codes":
      return `the codes tumbuh reads are ${h.known}; is this the right column? map another with --col ${t.target}=HEADER`;
    case "col":
      return `is this the right column? map another with --col ${t.target}=HEADER`;
  }
}

const ID: Messages = {
  warning: "peringatan",
  note: "catatan",
  count: (n) => grouped(n, "."),
  columnsRead: (columns) => `kolom yang dibaca: ${columns.map((c) => `${quoted(c.header)} → ${c.target}`).join(", ")}`,
  colNotRead: (mappings) => `${mappings.map((m) => `--col ${m}`).join(", ")}: tidak dibaca oleh perintah ini (diabaikan; dibaca oleh perintah lain)`,
  datesRead: (decisions) =>
    `tanggal dibaca ${byOrder(decisions)
      .map(([order, ds]) => `${ORDER_ID[order]} di ${ds.map((d) => `${columnLabel(d)}${d.example !== undefined ? ` (mis. ${quoted(d.example)})` : ` (seperti ${d.like})`}`).join(" dan ")}`)
      .join("; ")}; urutannya dapat diatur dengan --date-format`,
  summary(rows, reasons) {
    const head = `${this.count(rows)} baris dibaca`;
    return reasons.length === 0 ? `${head}; tidak ada baris dengan alasan nilai NA` : `${head}; baris dengan nilai NA, menurut alasan: ${reasonList(reasons, (n) => this.count(n))}`;
  },
  columnTrouble(t) {
    const share = t.bad === t.present ? `tidak satu pun dari ${this.count(t.present)} nilai` : `${this.count(t.bad)} dari ${this.count(t.present)} nilai (${percent(t.bad, t.present)} %)`;
    const what = t.bad === t.present ? "dapat dipakai" : "tidak dapat dipakai";
    const example = `mis. ${quoted(t.example)}${t.reason === undefined ? "" : ` (${t.reason})`}`;
    return `kolom ${columnLabel(t)}: ${share} ${what}, ${example}; ${hintId(t)}`;
  },
  datesAmbiguous: (c, example, rows) =>
    `tanggal di ${columnLabel(c)} ${rows === undefined ? "" : `(${grouped(rows, ".")} baris pertama) `}cocok dibaca hari dulu maupun bulan dulu (${quoted(example)}: hari dulu atau bulan dulu?); berikan --date-format dmy (hari dulu, seperti di Indonesia) atau --date-format mdy (bulan dulu)`,
  datesConflict: (c, dayFirst, monthFirst) =>
    `tanggal di ${columnLabel(c)} mencampur nilai hari dulu (${quoted(dayFirst)}) dan bulan dulu (${quoted(monthFirst)}); berikan --date-format dmy atau --date-format mdy (tanggal yang tidak cocok lalu menjadi NA, date-impossible)`,
  strict: (counts) => `--strict: ada nilai yang tidak sah (${counts.map(([name, n]) => `${name} ${grouped(n, ".")}`).join(", ")}); keluaran sudah ditulis`,
  implausibleColumn(c) {
    return `kolom ${columnLabel(c)}: ${this.count(c.flagged)} dari ${this.count(c.scored)} z-skor (${percent(c.flagged, c.scored)} %) di luar batas kewajaran WHO (ditandai), mis. ${String(c.example).replace(".", ",")} (z ${c.z.toFixed(2).replace(".", ",")}); apakah satuannya benar? tumbuh membaca ${c.target} dalam ${c.unit}: ubah kolomnya, atau petakan kolom lain dengan --col ${c.target}=HEADER`;
  },
  registerRepeat: (header, value, first, again) =>
    `kolom ${quoted(header)} berisi nilai berulang (${quoted(value)} di baris data ${first} dan ${again}): berkas ini tampaknya register kunjungan, sehingga setiap kunjungan dihitung sebagai satu anak; ` +
    `beri --id ${shellWord(header)} agar setiap anak dihitung sekali, dengan kunjungan terakhirnya, dan --month YYYY-MM untuk kunjungan terakhir dalam satu bulan`,
  registerSelection(id, month, children, aside) {
    const total = asideTotal(aside);
    const parts = asideParts(aside, { otherMonth: "dari bulan lain", earlierVisit: "kunjungan sebelumnya dari anak yang sama", missingId: `tanpa ${id}`, missingDate: "tanpa tanggal kunjungan yang dapat dipakai" }, (n) => this.count(n));
    const what = month === undefined ? "kunjungan terakhir setiap anak" : `kunjungan terakhir setiap anak pada ${month}`;
    return `--id ${shellWord(id)}${month === undefined ? "" : ` --month ${month}`}: ${this.count(children)} anak, ${what}${total > 0 ? `; ${this.count(total)} baris disisihkan: ${parts.join(", ")}` : ""}`;
  },
};

function hintId(t: ColumnTrouble): string {
  const h = t.hint;
  switch (h.kind) {
    case "decimal":
      return "angkanya memakai koma desimal: berikan --decimal comma";
    case "date-format":
      return h.order === undefined
        ? "berikan urutan tanggal dengan --date-format dmy, mdy atau ymd, atau petakan kolom lain dengan --col"
        : `dibaca ${ORDER_ID[h.order]}; bila keliru, berikan --date-format ${h.order === "dmy" ? "mdy" : "dmy"}`;
    case "two-digit-year":
      return "tulis tahun dengan empat angka (2024, bukan 24): tahun dua angka bisa berarti 1924 atau 2024";
    case "excel-serial":
      return "ini tampaknya nomor hari dari spreadsheet, bukan tanggal: ubah format kolom menjadi tanggal (mis. DD/MM/YYYY) di spreadsheet lalu ekspor ulang";
    case "check":
      return "tanggal ini tidak mungkin tanggal sebenarnya seorang anak: periksa pada sumbernya";
    case "codes":
      return `kode yang dibaca tumbuh: ${h.known}; benarkah kolom ini? petakan kolom lain dengan --col ${t.target}=HEADER`;
    case "col":
      return `benarkah kolom ini? petakan kolom lain dengan --col ${t.target}=HEADER`;
  }
}

/** The messages in `lang` (English when undefined). */
export function messages(lang: Lang | undefined): Messages {
  return lang === "id" ? ID : EN;
}
