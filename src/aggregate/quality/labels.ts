/**
 * The words of the data quality report's text, in English and Bahasa
 * Indonesia, side by side.
 */
import type { NumberSeparators } from "../../util/number-text.js";
import type { QualityRating } from "./thresholds.js";

/** The words of the text report, in English and Bahasa Indonesia, and the number separators. @internal */
export interface QualityLabels extends NumberSeparators {
  readonly title: string;
  readonly records: string;
  readonly completeness: string;
  readonly missing: string;
  readonly invalid: string;
  readonly items: { readonly dateOfBirth: string; readonly visitDate: string; readonly age: string; readonly sex: string; readonly weight: string; readonly lenhei: string; readonly measure: string };
  readonly measuredOf: string;
  readonly sexRatio: string;
  readonly boys: string;
  readonly girls: string;
  readonly expected: string;
  readonly testAgainst: string;
  readonly ageDistribution: string;
  readonly agedOver: string;
  readonly byYear: string;
  readonly byMonth: string;
  readonly byBirthMonth: string;
  readonly months: readonly string[];
  readonly heaping: string;
  readonly wholeYears: string;
  readonly halfYears: string;
  readonly expectedEach: string;
  readonly digitPreference: string;
  readonly grade: string;
  readonly zScores: string;
  readonly flagged: string;
  readonly mean: string;
  readonly sdVsDhs: string;
  readonly skewness: string;
  readonly kurtosis: string;
  readonly indicators: { readonly zlen: string; readonly zwei: string; readonly zwfl: string; readonly zbmi: string };
  readonly ratings: Readonly<Record<QualityRating, string>>;
  readonly sdPosition: { readonly below: string; readonly within: string; readonly above: string };
  readonly notes: string;
  readonly noteFlaggedOver: (indicators: string, limit: string) => string;
  readonly noteFlaggedOk: (limit: string) => string;
  readonly noteSd: (ranges: string) => string;
  readonly noteExcluded: string;
  readonly plausibility: string;
  readonly plausibilityColumns: { readonly value: string; readonly grade: string; readonly points: string };
  readonly criteria: {
    readonly flaggedWhz: string; readonly sexRatio: string; readonly ageRatio: string; readonly dpsWeight: string; readonly dpsHeight: string;
    readonly sdWhz: string; readonly skewnessWhz: string; readonly kurtosisWhz: string; readonly poissonWhz: string;
  };
  readonly total: string;
  readonly smartWindow: (mean: string, lower: string, upper: string) => string;
  readonly smartFlags: string;
  readonly noClusters: string;
  readonly groups: string;
  readonly missingValue: string;
  readonly groupColumns: { readonly records: string; readonly ageMissing: string; readonly sexRatio: string; readonly dpsWeight: string; readonly dpsLenhei: string; readonly flagged: string; readonly sd: string; readonly smart: string };
}

/** Each label as [English, Bahasa Indonesia], side by side so that the two stay in step. */
type Bilingual<T> = {
  readonly [K in keyof T]: T[K] extends string | readonly string[] | ((...args: never[]) => string) ? readonly [T[K], T[K]] : Bilingual<T[K]>;
};

const LABELS: Bilingual<QualityLabels> = {
  title: ["Data quality report (WHO–UNICEF 2019 checks)", "Laporan mutu data (pemeriksaan WHO–UNICEF 2019)"],
  records: ["Records", "Jumlah catatan"],
  completeness: ["Completeness", "Kelengkapan"],
  missing: ["missing", "kosong"],
  invalid: ["invalid", "tidak valid"],
  items: {
    dateOfBirth: ["Date of birth", "Tanggal lahir"],
    visitDate: ["Visit date", "Tanggal kunjungan"],
    age: ["Age", "Umur"],
    sex: ["Sex", "Jenis kelamin"],
    weight: ["Weight", "Berat badan"],
    lenhei: ["Length/height", "Panjang/tinggi badan"],
    measure: ["Position (lying/standing)", "Posisi ukur (telentang/berdiri)"],
  },
  measuredOf: ["of measured", "dari yang diukur"],
  sexRatio: ["Sex ratio (boys per girl)", "Rasio jenis kelamin (laki-laki per perempuan)"],
  boys: ["boys", "laki-laki"],
  girls: ["girls", "perempuan"],
  expected: ["expected", "harapan"],
  testAgainst: ["chi-square test against", "uji khi-kuadrat terhadap"],
  ageDistribution: ["Age distribution (completed months)", "Sebaran umur (bulan penuh)"],
  agedOver: ["aged 60 months or more", "berumur 60 bulan atau lebih"],
  byYear: ["By year of age", "Menurut tahun umur"],
  byMonth: ["By month of age", "Menurut bulan umur"],
  byBirthMonth: ["By calendar month of birth", "Menurut bulan kelahiran"],
  months: [
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
  ],
  heaping: ["Heaping (ages 12–59 months)", "Penumpukan umur (umur 12–59 bulan)"],
  wholeYears: ["whole years", "tahun genap"],
  halfYears: ["half years", "setengah tahun"],
  expectedEach: ["expected 8.3 % each", "harapan masing-masing 8,3 %"],
  digitPreference: ["Digit preference (first decimal, %)", "Preferensi angka (desimal pertama, %)"],
  grade: ["grade", "nilai"],
  zScores: [
    "Z-scores (WHO flags excluded from the statistics)",
    "Z-skor (nilai yang ditandai WHO tidak dihitung dalam statistik)",
  ],
  flagged: ["flagged", "ditandai"],
  mean: ["mean", "rerata"],
  sdVsDhs: ["vs DHS", "vs DHS"],
  skewness: ["skewness", "kemencengan"],
  kurtosis: ["kurtosis", "keruncingan"],
  indicators: {
    zlen: ["HAZ", "TB/U"],
    zwei: ["WAZ", "BB/U"],
    zwfl: ["WHZ", "BB/TB"],
    zbmi: ["BAZ", "IMT/U"],
  },
  ratings: {
    excellent: ["excellent", "sangat baik"],
    good: ["good", "baik"],
    acceptable: ["acceptable", "dapat diterima"],
    problematic: ["problematic", "bermasalah"],
  },
  sdPosition: {
    below: ["below", "di bawah"],
    within: ["within", "di dalam"],
    above: ["above", "di atas"],
  },
  notes: ["Notes", "Catatan"],
  noteFlaggedOver: [
    (ind, limit) => `More than ${limit} % of z-scores flagged (${ind}): a sign of data quality problems (WHO–UNICEF 2019).`,
    (ind, limit) => `Lebih dari ${limit} % z-skor ditandai (${ind}): tanda masalah mutu data (WHO–UNICEF 2019).`,
  ],
  noteFlaggedOk: [
    (limit) => `No indicator has more than ${limit} % of z-scores flagged.`,
    (limit) => `Tidak ada indikator dengan lebih dari ${limit} % z-skor ditandai.`,
  ],
  noteSd: [
    (ranges) => `SD compared with the 5th–95th percentiles over 51 DHS surveys (Mei & Grummer-Strawn 2007): ${ranges}; the WHO standard has SD 1.`,
    (ranges) => `SB dibandingkan dengan persentil ke-5–95 dari 51 survei DHS (Mei & Grummer-Strawn 2007): ${ranges}; standar WHO ber-SB 1.`,
  ],
  noteExcluded: [
    "Kurtosis is excess kurtosis (0 for a normal distribution). Grades of skewness, kurtosis, DPS and the sex-ratio p-value follow the SMART plausibility check.",
    "Keruncingan adalah ekses kurtosis (0 untuk sebaran normal). Nilai kemencengan, keruncingan, DPS dan nilai p rasio jenis kelamin mengikuti pemeriksaan plausibilitas SMART.",
  ],
  plausibility: [
    "SMART plausibility check (weight-for-height, ENA for SMART)",
    "Pemeriksaan plausibilitas SMART (berat badan menurut tinggi badan, ENA for SMART)",
  ],
  plausibilityColumns: {
    value: ["value", "nilai"],
    grade: ["grade", "mutu"],
    points: ["points", "poin"],
  },
  criteria: {
    flaggedWhz: ["Flagged WHZ (SMART flags, %)", "BB/TB ditandai (bendera SMART, %)"],
    sexRatio: ["Sex ratio (p)", "Rasio jenis kelamin (p)"],
    ageRatio: ["Age ratio 6-29 / 30-59 months (p)", "Rasio umur 6-29 / 30-59 bulan (p)"],
    dpsWeight: ["Digit preference score, weight", "Skor preferensi angka, berat badan"],
    dpsHeight: ["Digit preference score, height", "Skor preferensi angka, tinggi badan"],
    sdWhz: ["SD of WHZ", "SB BB/TB"],
    skewnessWhz: ["Skewness of WHZ", "Kemencengan BB/TB"],
    kurtosisWhz: ["Kurtosis of WHZ", "Keruncingan BB/TB"],
    poissonWhz: ["WHZ < -2 over clusters, Poisson (p)", "BB/TB < -2 antar klaster, Poisson (p)"],
  },
  total: ["Total score", "Skor total"],
  smartWindow: [
    (mean, lower, upper) => `SMART flags: more than 3 from the survey's mean (WHZ mean ${mean}: window ${lower} to ${upper}); SD, skewness, kurtosis and the Poisson test without them.`,
    (mean, lower, upper) => `Bendera SMART: lebih dari 3 dari rerata survei (rerata BB/TB ${mean}: batas ${lower} sampai ${upper}); SB, kemencengan, keruncingan dan uji Poisson tanpa nilai yang ditandai.`,
  ],
  smartFlags: ["SMART-flagged", "Ditandai SMART"],
  noClusters: ["no cluster column", "tanpa kolom klaster"],
  groups: ["By group", "Menurut kelompok"],
  missingValue: ["(missing)", "(kosong)"],
  groupColumns: {
    records: ["records", "catatan"],
    ageMissing: ["age missing %", "umur kosong %"],
    sexRatio: ["boys/girl", "L/P"],
    dpsWeight: ["DPS wt", "DPS BB"],
    dpsLenhei: ["DPS ht", "DPS TB"],
    flagged: ["flag % HAZ/WAZ/WHZ", "% ditandai TB/U, BB/U, BB/TB"],
    sd: ["SD HAZ/WAZ/WHZ", "SB TB/U, BB/U, BB/TB"],
    smart: ["SMART score", "skor SMART"],
  },
  decimal: [".", ","],
  thousands: [",", "."],
};

/** The labels of one language (0 English, 1 Bahasa Indonesia). */
function inLanguage<T>(labels: Bilingual<T>, k: 0 | 1): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(labels)) out[key] = Array.isArray(v) ? v[k] : inLanguage(v as Bilingual<unknown>, k);
  return out as T;
}

/** The labels of a language. @internal */
export const QUALITY_LABELS: Readonly<Record<"en" | "id", QualityLabels>> = { en: inLanguage(LABELS, 0), id: inLanguage(LABELS, 1) };
