import type { QualityRating } from "./thresholds.js";

/** The words of the text report, in English and Bahasa Indonesia. @internal */
export interface QualityLabels {
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
  readonly groups: string;
  readonly missingValue: string;
  readonly groupColumns: { readonly records: string; readonly ageMissing: string; readonly sexRatio: string; readonly dpsWeight: string; readonly dpsLenhei: string; readonly flagged: string; readonly sd: string };
  readonly decimal: string;
  readonly thousands: string;
}

const EN: QualityLabels = {
  title: "Data quality report (WHO–UNICEF 2019 checks)",
  records: "Records",
  completeness: "Completeness",
  missing: "missing",
  invalid: "invalid",
  items: { dateOfBirth: "Date of birth", visitDate: "Visit date", age: "Age", sex: "Sex", weight: "Weight", lenhei: "Length/height", measure: "Position (lying/standing)" },
  measuredOf: "of measured",
  sexRatio: "Sex ratio (boys per girl)",
  boys: "boys",
  girls: "girls",
  expected: "expected",
  testAgainst: "chi-square test against",
  ageDistribution: "Age distribution (completed months)",
  agedOver: "aged 60 months or more",
  byYear: "By year of age",
  byMonth: "By month of age",
  byBirthMonth: "By calendar month of birth",
  months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  heaping: "Heaping (ages 12–59 months)",
  wholeYears: "whole years",
  halfYears: "half years",
  expectedEach: "expected 8.3 % each",
  digitPreference: "Digit preference (first decimal, %)",
  grade: "grade",
  zScores: "Z-scores (WHO flags excluded from the statistics)",
  flagged: "flagged",
  mean: "mean",
  sdVsDhs: "vs DHS",
  skewness: "skewness",
  kurtosis: "kurtosis",
  indicators: { zlen: "HAZ", zwei: "WAZ", zwfl: "WHZ", zbmi: "BAZ" },
  ratings: { excellent: "excellent", good: "good", acceptable: "acceptable", problematic: "problematic" },
  sdPosition: { below: "below", within: "within", above: "above" },
  notes: "Notes",
  noteFlaggedOver: (ind, limit) => `More than ${limit} % of z-scores flagged (${ind}): a sign of data quality problems (WHO–UNICEF 2019).`,
  noteFlaggedOk: (limit) => `No indicator has more than ${limit} % of z-scores flagged.`,
  noteSd: (ranges) => `SD compared with the 5th–95th percentiles over 51 DHS surveys (Mei & Grummer-Strawn 2007): ${ranges}; the WHO standard has SD 1.`,
  noteExcluded: "Kurtosis is excess kurtosis (0 for a normal distribution). Grades of skewness, kurtosis, DPS and the sex-ratio p-value follow the SMART plausibility check.",
  groups: "By group",
  missingValue: "(missing)",
  groupColumns: { records: "records", ageMissing: "age missing %", sexRatio: "boys/girl", dpsWeight: "DPS wt", dpsLenhei: "DPS ht", flagged: "flag % HAZ/WAZ/WHZ", sd: "SD HAZ/WAZ/WHZ" },
  decimal: ".",
  thousands: ",",
};

const ID: QualityLabels = {
  title: "Laporan mutu data (pemeriksaan WHO–UNICEF 2019)",
  records: "Jumlah catatan",
  completeness: "Kelengkapan",
  missing: "kosong",
  invalid: "tidak valid",
  items: { dateOfBirth: "Tanggal lahir", visitDate: "Tanggal kunjungan", age: "Umur", sex: "Jenis kelamin", weight: "Berat badan", lenhei: "Panjang/tinggi badan", measure: "Posisi ukur (telentang/berdiri)" },
  measuredOf: "dari yang diukur",
  sexRatio: "Rasio jenis kelamin (laki-laki per perempuan)",
  boys: "laki-laki",
  girls: "perempuan",
  expected: "harapan",
  testAgainst: "uji khi-kuadrat terhadap",
  ageDistribution: "Sebaran umur (bulan penuh)",
  agedOver: "berumur 60 bulan atau lebih",
  byYear: "Menurut tahun umur",
  byMonth: "Menurut bulan umur",
  byBirthMonth: "Menurut bulan kelahiran",
  months: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
  heaping: "Penumpukan umur (umur 12–59 bulan)",
  wholeYears: "tahun genap",
  halfYears: "setengah tahun",
  expectedEach: "harapan masing-masing 8,3 %",
  digitPreference: "Preferensi angka (desimal pertama, %)",
  grade: "nilai",
  zScores: "Z-skor (nilai yang ditandai WHO tidak dihitung dalam statistik)",
  flagged: "ditandai",
  mean: "rerata",
  sdVsDhs: "vs DHS",
  skewness: "kemencengan",
  kurtosis: "keruncingan",
  indicators: { zlen: "TB/U", zwei: "BB/U", zwfl: "BB/TB", zbmi: "IMT/U" },
  ratings: { excellent: "sangat baik", good: "baik", acceptable: "dapat diterima", problematic: "bermasalah" },
  sdPosition: { below: "di bawah", within: "di dalam", above: "di atas" },
  notes: "Catatan",
  noteFlaggedOver: (ind, limit) => `Lebih dari ${limit} % z-skor ditandai (${ind}): tanda masalah mutu data (WHO–UNICEF 2019).`,
  noteFlaggedOk: (limit) => `Tidak ada indikator dengan lebih dari ${limit} % z-skor ditandai.`,
  noteSd: (ranges) => `SB dibandingkan dengan persentil ke-5–95 dari 51 survei DHS (Mei & Grummer-Strawn 2007): ${ranges}; standar WHO ber-SB 1.`,
  noteExcluded: "Keruncingan adalah ekses kurtosis (0 untuk sebaran normal). Nilai kemencengan, keruncingan, DPS dan nilai p rasio jenis kelamin mengikuti pemeriksaan plausibilitas SMART.",
  groups: "Menurut kelompok",
  missingValue: "(kosong)",
  groupColumns: { records: "catatan", ageMissing: "umur kosong %", sexRatio: "L/P", dpsWeight: "DPS BB", dpsLenhei: "DPS TB", flagged: "% ditandai TB/U, BB/U, BB/TB", sd: "SB TB/U, BB/U, BB/TB" },
  decimal: ",",
  thousands: ".",
};

/** The labels of a language. @internal */
export const QUALITY_LABELS: Readonly<Record<"en" | "id", QualityLabels>> = { en: EN, id: ID };
