/** The words of `tumbuh report`, in English and Bahasa Indonesia, each label's two languages side by side. */
import type { Significance } from "../../../index.js";
import { WHO2007_MIN_MONTHS } from "../../../who/constants.js";

/** The children analysed are those under 5 years (WHO anthro's 0–5 years analysis). */
const FIVE_YEARS_MONTHS = WHO2007_MIN_MONTHS;

export interface ReportLabels {
  readonly title: (input: string, month: string) => string;
  readonly monthNames: readonly string[];
  /** How the month was chosen: by --month, as the latest month with length/height for most children, as the latest month of the data; how to choose another. */
  readonly monthByOption: (month: string) => string;
  readonly monthByLengthHeight: (month: string, measured: string, children: string, others: string) => string;
  readonly monthLatest: (month: string) => string;
  readonly monthAnother: string;
  readonly children: (weighed: string, month: string, analysed: string) => string;
  readonly earlierWeighings: (count: string) => string;
  readonly leftOut: (parts: string) => string;
  readonly aged60: (count: string) => string;
  readonly ageInvalid: (count: string) => string;
  readonly ageMissing: (count: string) => string;
  readonly notInAnyMonth: (count: string) => string;
  readonly all: string;
  readonly byColumn: (column: string) => string;
  readonly missingValue: string;

  readonly prevalenceTitle: string;
  readonly prevalenceHeads: { readonly n: string; readonly stunting: string; readonly severeStunting: string; readonly underweight: string; readonly wasting: string; readonly overweight: string };
  readonly prevalenceDefinitions: string;
  readonly denominators: (ha: string, wa: string, wh: string) => string;
  readonly exclusions: (parts: string) => string;
  readonly flagged: (count: string) => string;
  readonly noMeasurement: (count: string) => string;
  readonly significanceTitle: string;
  readonly significance: Readonly<Record<Significance, string>>;
  readonly census: string;
  /** A rate of 0 with its interval of no width, where (`overweight Puskesmas X (puskesmas)`), and what it does not mean. */
  readonly zeroRate: (where: string) => string;
  readonly design: (parts: string) => string;
  readonly designParts: { readonly weights: string; readonly cluster: string; readonly strata: string };

  readonly skdnTitle: (month: string) => string;
  readonly skdnHeads: { readonly shortfall: string; readonly refer: string };
  readonly skdnNotes: (month: string) => string;
  readonly skdnRegisterless: string;
  readonly skdnFirstMonth: string;

  readonly qualityTitle: string;
  readonly qualityGroups: { readonly flagged: string; readonly sd: string; readonly dps: string; readonly missing: string };
  readonly qualityHeads: { readonly haz: string; readonly waz: string; readonly whz: string; readonly weight: string; readonly lenhei: string; readonly age: string; readonly measure: string };
  readonly qualityNotes: (flagLimit: string, sdRanges: string, dps: readonly [string, string, string]) => string;
  readonly sexRatio: (ratio: string, boys: string, girls: string, p: string) => string;
  readonly flaggedOver: (limit: string, list: string) => string;
  readonly flaggedOk: (limit: string) => string;
  readonly dpsProblem: (limit: string, list: string) => string;
  readonly sdAbove: (list: string) => string;

  readonly newbornTitle: string;
  readonly newbornHeads: { readonly preterm: string; readonly lbw: string; readonly sga: string };
  readonly newbornDefinitions: string;

  readonly decimal: string;
  readonly thousands: string;
}

/** Every label in both languages. */
const LABELS: { readonly [K in keyof ReportLabels]: { readonly en: ReportLabels[K]; readonly id: ReportLabels[K] } } = {
  title: {
    en: (input, month) => `tumbuh report: ${input}, ${month}`,
    id: (input, month) => `Laporan tumbuh: ${input}, ${month}`,
  },
  monthNames: {
    en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  },
  monthByOption: {
    en: (month) => `Month: ${month} (--month).`,
    id: (month) => `Bulan: ${month} (--month).`,
  },
  monthByLengthHeight: {
    en: (month, measured, children, others) =>
      `Month: ${month}, the latest month in which length/height was measured for most children weighed (${measured} of ${children})${others === "" ? "" : `; earlier such months: ${others}`}.`,
    id: (month, measured, children, others) =>
      `Bulan: ${month}, bulan terakhir ketika panjang/tinggi badan diukur pada sebagian besar balita yang ditimbang (${measured} dari ${children})${others === "" ? "" : `; bulan seperti itu sebelumnya: ${others}`}.`,
  },
  monthLatest: {
    en: (month) => `Month: ${month}, the latest month of the data: in no month was length/height measured for most children weighed, so stunting and wasting rest on few children.`,
    id: (month) => `Bulan: ${month}, bulan terakhir dalam data: tidak ada bulan ketika panjang/tinggi badan diukur pada sebagian besar balita yang ditimbang, sehingga stunting dan wasting hanya bertumpu pada sedikit balita.`,
  },
  monthAnother: {
    en: "Another month: --month YYYY-MM.",
    id: "Bulan lain: --month YYYY-MM.",
  },
  children: {
    en: (weighed, month, analysed) => `Children: ${weighed} weighed in ${month}, each counted once, by their last weighing of the month; ${analysed} under ${FIVE_YEARS_MONTHS} months analysed.`,
    id: (weighed, month, analysed) => `Balita: ${weighed} ditimbang pada ${month}, masing-masing dihitung sekali, menurut penimbangan terakhirnya pada bulan itu; ${analysed} berumur di bawah ${FIVE_YEARS_MONTHS} bulan dianalisis.`,
  },
  earlierWeighings: {
    en: (count) => `${count} earlier weighings in the month of the same children are not used.`,
    id: (count) => `${count} penimbangan sebelumnya pada bulan itu dari balita yang sama tidak dipakai.`,
  },
  leftOut: {
    en: (parts) => `Left out: ${parts}.`,
    id: (parts) => `Tidak dihitung: ${parts}.`,
  },
  aged60: {
    en: (count) => `${count} aged ${FIVE_YEARS_MONTHS} months or more`,
    id: (count) => `${count} berumur ${FIVE_YEARS_MONTHS} bulan atau lebih`,
  },
  ageInvalid: {
    en: (count) => `${count} with a date of birth that is not a date or after the visit`,
    id: (count) => `${count} dengan tanggal lahir yang bukan tanggal atau sesudah tanggal kunjungan`,
  },
  ageMissing: {
    en: (count) => `${count} without a date of birth (counted for weight-for-length/height only)`,
    id: (count) => `${count} tanpa tanggal lahir (dihitung untuk BB/TB saja)`,
  },
  notInAnyMonth: {
    en: (count) => `${count} rows without a child id or a valid visit date are in no month.`,
    id: (count) => `${count} baris tanpa id balita atau tanggal kunjungan yang sah tidak masuk bulan mana pun.`,
  },
  all: {
    en: "All",
    id: "Semua",
  },
  byColumn: {
    en: (column) => `By ${column}`,
    id: (column) => `Menurut ${column}`,
  },
  missingValue: {
    en: "(missing)",
    id: "(kosong)",
  },

  // 1. prevalence
  prevalenceTitle: {
    en: "1. Prevalence of stunting, wasting, underweight and overweight (%, 95 % CI)",
    id: "1. Prevalensi stunting, wasting, underweight dan overweight (%, IK 95 %)",
  },
  prevalenceHeads: {
    en: { n: "n", stunting: "stunting", severeStunting: "severe stunting", underweight: "underweight", wasting: "wasting", overweight: "overweight" },
    id: { n: "n", stunting: "stunting", severeStunting: "sangat pendek", underweight: "underweight", wasting: "wasting", overweight: "overweight" },
  },
  prevalenceDefinitions: {
    en: 
      "Stunting: length/height-for-age z < −2 (severe: < −3); underweight: weight-for-age z < −2; wasting: weight-for-length/height z < −2; overweight: > +2. WHO Child Growth Standards, computed as WHO anthro computes them: flagged z-scores are left out, oedema counts as below −3.",
    id: 
      "Stunting: z TB/U < −2 (sangat pendek: < −3); underweight: z BB/U < −2; wasting: z BB/TB < −2; overweight: > +2. Standar Pertumbuhan Anak WHO, dihitung seperti WHO anthro menghitungnya: z-skor yang ditandai tidak dihitung, edema dihitung di bawah −3.",
  },
  denominators: {
    en: (ha, wa, wh) => `Children with a z-score (the n of each rate): length/height-for-age ${ha}, weight-for-age ${wa}, weight-for-length/height ${wh}`,
    id: (ha, wa, wh) => `Balita dengan z-skor (n setiap angka): TB/U ${ha}, BB/U ${wa}, BB/TB ${wh}`,
  },
  exclusions: {
    en: (parts) => ` (left out: ${parts})`,
    id: (parts) => ` (tidak dihitung: ${parts})`,
  },
  flagged: {
    en: (count) => `${count} flagged`,
    id: (count) => `${count} ditandai`,
  },
  noMeasurement: {
    en: (count) => `${count} without a z-score`,
    id: (count) => `${count} tanpa z-skor`,
  },
  significanceTitle: {
    en: "Public health significance (WHO/UNICEF 2018)",
    id: "Tingkat masalah kesehatan masyarakat (WHO/UNICEF 2018)",
  },
  significance: {
    en: { "very low": "very low", low: "low", medium: "medium", high: "high", "very high": "very high" },
    id: { "very low": "sangat rendah", low: "rendah", medium: "sedang", high: "tinggi", "very high": "sangat tinggi" },
  },
  zeroRate: {
    en: (where: string) =>
      `A rate of 0.0 (0.0–0.0) (${where}): no child counted there was beyond the cut-off. Its interval has no width because WHO's method (a normal approximation) gives none at 0; it does not mean the rate is known to be 0: in a small area a few cases could be missed by chance. Intervals made for small numbers (Wilson, Clopper–Pearson) are described in docs/prevalence.md.`,
    id: (where: string) =>
      `Angka 0,0 (0,0–0,0) (${where}): tidak ada balita yang dihitung di sana yang melewati batas. Intervalnya tanpa lebar karena metode WHO (pendekatan normal) tidak memberi lebar pada 0; itu tidak berarti angkanya pasti 0: di wilayah kecil beberapa kasus bisa saja tidak tertangkap. Interval untuk jumlah kecil (Wilson, Clopper–Pearson) dijelaskan di docs/prevalence.md.`,
  },
  census: {
    en: 
      "A census, not a survey: every child weighed in the month counts once. The 95 % CIs are WHO anthro's for data without a survey design (anthro_prevalence without weights, clusters or strata): they show how precisely each rate is known from the children counted, not a sampling error. Children not brought to the posyandu are not counted: read the rates with D/S.",
    id: 
      "Sensus, bukan survei: setiap balita yang ditimbang pada bulan itu dihitung sekali. IK 95 % adalah IK WHO anthro untuk data tanpa desain survei (anthro_prevalence tanpa bobot, klaster atau strata): IK menunjukkan seberapa tepat setiap angka diketahui dari balita yang dihitung, bukan galat sampling. Balita yang tidak dibawa ke posyandu tidak terhitung: baca angka ini bersama D/S.",
  },
  design: {
    en: (parts) => `Survey design: ${parts}; the 95 % CIs are WHO anthro's for that design.`,
    id: (parts) => `Desain survei: ${parts}; IK 95 % adalah IK WHO anthro untuk desain itu.`,
  },
  designParts: {
    en: { weights: "weights", cluster: "clusters", strata: "strata" },
    id: { weights: "bobot", cluster: "klaster", strata: "strata" },
  },

  // 2. weighing coverage
  skdnTitle: {
    en: (month) => `2. Weighing coverage (D/S), ${month}`,
    id: (month) => `2. Cakupan penimbangan (D/S), ${month}`,
  },
  skdnHeads: {
    en: { shortfall: "to 80 %", refer: "refer" },
    id: { shortfall: "kurang ke 80 %", refer: "rujuk" },
  },
  skdnNotes: {
    en: (month) =>
      `S: children weighed at least once in the 12 months to ${month}; K: of which with a KIA/KMS book; D: weighed this month; N: gained at least the KBM since last month; 2T: did not gain twice running; BGM: weight-for-age z < −3; to 80 %: children still to weigh to reach D/S 80 %; refer: children whose last weighing of the month is 2T or BGM (the KMS referral signs; list them with tumbuh trends --referrals).`,
    id: (month) =>
      `S: balita yang ditimbang sekurang-kurangnya sekali dalam 12 bulan sampai ${month}; K: yang punya buku KIA/KMS; D: ditimbang bulan ini; N: naik sekurang-kurangnya KBM sejak bulan lalu; 2T: dua kali berturut-turut tidak naik; BGM: z BB/U < −3; kurang ke 80 %: balita yang masih perlu ditimbang agar D/S mencapai 80 %; rujuk: balita yang penimbangan terakhirnya bulan ini 2T atau BGM (tanda rujukan KMS; daftarnya: tumbuh trends --referrals).`,
  },
  skdnRegisterless: {
    en: "Without a register S counts only children who have come: where children never come, D/S is too high.",
    id: "Tanpa register, S hanya menghitung balita yang pernah datang: bila ada balita yang tidak pernah datang, D/S terlalu tinggi.",
  },
  skdnFirstMonth: {
    en: "The month is the first of the data: with no earlier month, every child is B (new), and N cannot be counted.",
    id: "Bulan ini adalah bulan pertama dalam data: tanpa bulan sebelumnya, setiap balita berstatus B (baru) dan N tidak dapat dihitung.",
  },

  // 3. data quality
  qualityTitle: {
    en: "3. Data quality (WHO–UNICEF 2019 checks) of the children analysed",
    id: "3. Mutu data (pemeriksaan WHO–UNICEF 2019) balita yang dianalisis",
  },
  qualityGroups: {
    en: { flagged: "flagged %", sd: "SD", dps: "DPS", missing: "missing %" },
    id: { flagged: "% ditandai", sd: "SB", dps: "DPS", missing: "% kosong" },
  },
  qualityHeads: {
    en: { haz: "HAZ", waz: "WAZ", whz: "WHZ", weight: "wt", lenhei: "ht", age: "age", measure: "pos" },
    id: { haz: "TB/U", waz: "BB/U", whz: "BB/TB", weight: "BB", lenhei: "TB", age: "umur", measure: "posisi" },
  },
  qualityNotes: {
    en: (limit, sd, [a, b, c]) =>
      `Flagged: z-scores outside WHO's plausibility limits (more than ${limit} % signals a problem). SD of the unflagged z-scores (5th–95th percentiles over DHS surveys: ${sd}). DPS: digit preference score of weight and length/height (< ${a} excellent, < ${b} good, < ${c} acceptable). Missing: missing or invalid age, weight, length/height, and position (lying/standing) of those measured. The full checks: tumbuh quality.`,
    id: (limit, sd, [a, b, c]) =>
      `Ditandai: z-skor di luar batas kewajaran WHO (lebih dari ${limit} % menandakan masalah). SB z-skor yang tidak ditandai (persentil ke-5–95 survei DHS: ${sd}). DPS: skor preferensi angka berat dan panjang/tinggi badan (< ${a} sangat baik, < ${b} baik, < ${c} dapat diterima). Kosong: umur, berat, panjang/tinggi badan yang kosong atau tidak valid, dan posisi ukur (telentang/berdiri) dari yang diukur. Pemeriksaan lengkap: tumbuh quality.`,
  },
  sexRatio: {
    en: (ratio, boys, girls, p) => `Sex ratio: ${ratio} boys per girl (${boys} boys, ${girls} girls; ${p} against 1.00).`,
    id: (ratio, boys, girls, p) => `Rasio jenis kelamin: ${ratio} laki-laki per perempuan (${boys} laki-laki, ${girls} perempuan; ${p} terhadap 1,00).`,
  },
  flaggedOver: {
    en: (limit, list) => `More than ${limit} % flagged: ${list}.`,
    id: (limit, list) => `Lebih dari ${limit} % ditandai: ${list}.`,
  },
  flaggedOk: {
    en: (limit) => `No area has more than ${limit} % of z-scores flagged.`,
    id: (limit) => `Tidak ada wilayah dengan lebih dari ${limit} % z-skor ditandai.`,
  },
  dpsProblem: {
    en: (limit, list) => `Digit preference problematic (DPS ≥ ${limit}): ${list}.`,
    id: (limit, list) => `Preferensi angka bermasalah (DPS ≥ ${limit}): ${list}.`,
  },
  sdAbove: {
    en: (list) => `SD above the DHS range: ${list}.`,
    id: (list) => `SB di atas rentang DHS: ${list}.`,
  },

  // 4. newborn indicators (with birth columns)
  newbornTitle: {
    en: "4. Born preterm, low birth weight, small for gestational age (%, 95 % CI, n)",
    id: "4. Lahir prematur, BBLR, kecil masa kehamilan (%, IK 95 %, n)",
  },
  newbornHeads: {
    en: { preterm: "preterm", lbw: "LBW", sga: "SGA" },
    id: { preterm: "prematur", lbw: "BBLR", sga: "KMK" },
  },
  newbornDefinitions: {
    en: 
      "Of the children analysed, from the gestational age and birth weight columns: preterm, born before 37+0 weeks; LBW, a birth weight under 2,500 g; SGA, a birth weight below the 10th centile for gestational age and sex (INTERGROWTH-21st). n: children whose columns tell; 95 % CIs as for data without a survey design.",
    id: 
      "Dari balita yang dianalisis, menurut kolom usia kehamilan dan berat lahir: prematur, lahir sebelum 37+0 minggu; BBLR, berat lahir di bawah 2.500 g; KMK (kecil masa kehamilan), berat lahir di bawah persentil ke-10 menurut usia kehamilan dan jenis kelamin (INTERGROWTH-21st). n: balita yang datanya lengkap; IK 95 % seperti untuk data tanpa desain survei.",
  },

  // numbers
  decimal: {
    en: ".",
    id: ",",
  },
  thousands: {
    en: ",",
    id: ".",
  },
};

/** The labels of one language. */
function inLanguage(lang: "en" | "id"): ReportLabels {
  return Object.fromEntries(Object.entries(LABELS).map(([key, both]) => [key, both[lang]])) as unknown as ReportLabels;
}

export const REPORT_LABELS: Readonly<Record<"en" | "id", ReportLabels>> = { en: inLanguage("en"), id: inLanguage("id") };
