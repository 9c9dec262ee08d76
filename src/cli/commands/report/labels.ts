/** The words of `tumbuh report`, in English and Bahasa Indonesia. */
import type { Significance } from "../../../index.js";

export interface ReportLabels {
  readonly title: (input: string, month: string) => string;
  readonly monthNames: readonly string[];
  readonly monthChosen: {
    readonly option: (month: string) => string;
    readonly lengthHeight: (month: string, measured: string, children: string, others: string) => string;
    readonly latest: (month: string) => string;
    readonly another: string;
  };
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
  readonly design: (parts: string) => string;
  readonly designParts: { readonly weights: string; readonly cluster: string; readonly strata: string };

  readonly skdnTitle: (month: string) => string;
  readonly skdnHeads: { readonly shortfall: string };
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

  readonly decimal: string;
  readonly thousands: string;
}

const EN: ReportLabels = {
  title: (input, month) => `tumbuh report: ${input}, ${month}`,
  monthNames: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  monthChosen: {
    option: (month) => `Month: ${month} (--month).`,
    lengthHeight: (month, measured, children, others) =>
      `Month: ${month}, the latest month in which length/height was measured for most children weighed (${measured} of ${children})${others === "" ? "" : `; earlier such months: ${others}`}.`,
    latest: (month) => `Month: ${month}, the latest month of the data: in no month was length/height measured for most children weighed, so stunting and wasting rest on few children.`,
    another: "Another month: --month YYYY-MM.",
  },
  children: (weighed, month, analysed) => `Children: ${weighed} weighed in ${month}, each counted once, by their last weighing of the month; ${analysed} under 60 months analysed.`,
  earlierWeighings: (count) => `${count} earlier weighings in the month of the same children are not used.`,
  leftOut: (parts) => `Left out: ${parts}.`,
  aged60: (count) => `${count} aged 60 months or more`,
  ageInvalid: (count) => `${count} with a date of birth that is not a date or after the visit`,
  ageMissing: (count) => `${count} without a date of birth (counted for weight-for-length/height only)`,
  notInAnyMonth: (count) => `${count} rows without a child id or a valid visit date are in no month.`,
  all: "All",
  byColumn: (column) => `By ${column}`,
  missingValue: "(missing)",

  prevalenceTitle: "1. Prevalence of stunting, wasting, underweight and overweight (%, 95 % CI)",
  prevalenceHeads: { n: "n", stunting: "stunting", severeStunting: "severe stunting", underweight: "underweight", wasting: "wasting", overweight: "overweight" },
  prevalenceDefinitions:
    "Stunting: length/height-for-age z < −2 (severe: < −3); underweight: weight-for-age z < −2; wasting: weight-for-length/height z < −2; overweight: > +2. WHO Child Growth Standards, computed as WHO anthro computes them: flagged z-scores are left out, oedema counts as below −3.",
  denominators: (ha, wa, wh) => `Children with a z-score (the n of each rate): length/height-for-age ${ha}, weight-for-age ${wa}, weight-for-length/height ${wh}`,
  exclusions: (parts) => ` (left out: ${parts})`,
  flagged: (count) => `${count} flagged`,
  noMeasurement: (count) => `${count} without a z-score`,
  significanceTitle: "Public health significance (WHO/UNICEF 2018)",
  significance: { "very low": "very low", low: "low", medium: "medium", high: "high", "very high": "very high" },
  census:
    "A census, not a survey: every child weighed in the month counts once. The 95 % CIs are WHO anthro's for data without a survey design (anthro_prevalence without weights, clusters or strata): they show how precisely each rate is known from the children counted, not a sampling error. Children not brought to the posyandu are not counted: read the rates with D/S.",
  design: (parts) => `Survey design: ${parts}; the 95 % CIs are WHO anthro's for that design.`,
  designParts: { weights: "weights", cluster: "clusters", strata: "strata" },

  skdnTitle: (month) => `2. Weighing coverage (D/S), ${month}`,
  skdnHeads: { shortfall: "to 80 %" },
  skdnNotes: (month) =>
    `S: children weighed at least once in the 12 months to ${month}; K: of which with a KIA/KMS book; D: weighed this month; N: gained at least the KBM since last month; 2T: did not gain twice running; BGM: weight-for-age z < −3; to 80 %: children still to weigh to reach D/S 80 %.`,
  skdnRegisterless: "Without a register S counts only children who have come: where children never come, D/S is too high.",
  skdnFirstMonth: "The month is the first of the data: with no earlier month, every child is B (new), and N cannot be counted.",

  qualityTitle: "3. Data quality (WHO–UNICEF 2019 checks) of the children analysed",
  qualityGroups: { flagged: "flagged %", sd: "SD", dps: "DPS", missing: "missing %" },
  qualityHeads: { haz: "HAZ", waz: "WAZ", whz: "WHZ", weight: "wt", lenhei: "ht", age: "age", measure: "pos" },
  qualityNotes: (limit, sd, [a, b, c]) =>
    `Flagged: z-scores outside WHO's plausibility limits (more than ${limit} % signals a problem). SD of the unflagged z-scores (5th–95th percentiles over DHS surveys: ${sd}). DPS: digit preference score of weight and length/height (< ${a} excellent, < ${b} good, < ${c} acceptable). Missing: missing or invalid age, weight, length/height, and position (lying/standing) of those measured. The full checks: tumbuh quality.`,
  sexRatio: (ratio, boys, girls, p) => `Sex ratio: ${ratio} boys per girl (${boys} boys, ${girls} girls; ${p} against 1.00).`,
  flaggedOver: (limit, list) => `More than ${limit} % flagged: ${list}.`,
  flaggedOk: (limit) => `No area has more than ${limit} % of z-scores flagged.`,
  dpsProblem: (limit, list) => `Digit preference problematic (DPS ≥ ${limit}): ${list}.`,
  sdAbove: (list) => `SD above the DHS range: ${list}.`,

  decimal: ".",
  thousands: ",",
};

const ID: ReportLabels = {
  title: (input, month) => `Laporan tumbuh: ${input}, ${month}`,
  monthNames: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  monthChosen: {
    option: (month) => `Bulan: ${month} (--month).`,
    lengthHeight: (month, measured, children, others) =>
      `Bulan: ${month}, bulan terakhir ketika panjang/tinggi badan diukur pada sebagian besar balita yang ditimbang (${measured} dari ${children})${others === "" ? "" : `; bulan seperti itu sebelumnya: ${others}`}.`,
    latest: (month) => `Bulan: ${month}, bulan terakhir dalam data: tidak ada bulan ketika panjang/tinggi badan diukur pada sebagian besar balita yang ditimbang, sehingga stunting dan wasting hanya bertumpu pada sedikit balita.`,
    another: "Bulan lain: --month YYYY-MM.",
  },
  children: (weighed, month, analysed) => `Balita: ${weighed} ditimbang pada ${month}, masing-masing dihitung sekali, menurut penimbangan terakhirnya pada bulan itu; ${analysed} berumur di bawah 60 bulan dianalisis.`,
  earlierWeighings: (count) => `${count} penimbangan sebelumnya pada bulan itu dari balita yang sama tidak dipakai.`,
  leftOut: (parts) => `Tidak dihitung: ${parts}.`,
  aged60: (count) => `${count} berumur 60 bulan atau lebih`,
  ageInvalid: (count) => `${count} dengan tanggal lahir yang bukan tanggal atau sesudah tanggal kunjungan`,
  ageMissing: (count) => `${count} tanpa tanggal lahir (dihitung untuk BB/TB saja)`,
  notInAnyMonth: (count) => `${count} baris tanpa id balita atau tanggal kunjungan yang sah tidak masuk bulan mana pun.`,
  all: "Semua",
  byColumn: (column) => `Menurut ${column}`,
  missingValue: "(kosong)",

  prevalenceTitle: "1. Prevalensi stunting, wasting, underweight dan overweight (%, IK 95 %)",
  prevalenceHeads: { n: "n", stunting: "stunting", severeStunting: "sangat pendek", underweight: "underweight", wasting: "wasting", overweight: "overweight" },
  prevalenceDefinitions:
    "Stunting: z TB/U < −2 (sangat pendek: < −3); underweight: z BB/U < −2; wasting: z BB/TB < −2; overweight: > +2. Standar Pertumbuhan Anak WHO, dihitung seperti WHO anthro menghitungnya: z-skor yang ditandai tidak dihitung, edema dihitung di bawah −3.",
  denominators: (ha, wa, wh) => `Balita dengan z-skor (n setiap angka): TB/U ${ha}, BB/U ${wa}, BB/TB ${wh}`,
  exclusions: (parts) => ` (tidak dihitung: ${parts})`,
  flagged: (count) => `${count} ditandai`,
  noMeasurement: (count) => `${count} tanpa z-skor`,
  significanceTitle: "Tingkat masalah kesehatan masyarakat (WHO/UNICEF 2018)",
  significance: { "very low": "sangat rendah", low: "rendah", medium: "sedang", high: "tinggi", "very high": "sangat tinggi" },
  census:
    "Sensus, bukan survei: setiap balita yang ditimbang pada bulan itu dihitung sekali. IK 95 % adalah IK WHO anthro untuk data tanpa desain survei (anthro_prevalence tanpa bobot, klaster atau strata): IK menunjukkan seberapa tepat setiap angka diketahui dari balita yang dihitung, bukan galat sampling. Balita yang tidak dibawa ke posyandu tidak terhitung: baca angka ini bersama D/S.",
  design: (parts) => `Desain survei: ${parts}; IK 95 % adalah IK WHO anthro untuk desain itu.`,
  designParts: { weights: "bobot", cluster: "klaster", strata: "strata" },

  skdnTitle: (month) => `2. Cakupan penimbangan (D/S), ${month}`,
  skdnHeads: { shortfall: "kurang ke 80 %" },
  skdnNotes: (month) =>
    `S: balita yang ditimbang sekurang-kurangnya sekali dalam 12 bulan sampai ${month}; K: yang punya buku KIA/KMS; D: ditimbang bulan ini; N: naik sekurang-kurangnya KBM sejak bulan lalu; 2T: dua kali berturut-turut tidak naik; BGM: z BB/U < −3; kurang ke 80 %: balita yang masih perlu ditimbang agar D/S mencapai 80 %.`,
  skdnRegisterless: "Tanpa register, S hanya menghitung balita yang pernah datang: bila ada balita yang tidak pernah datang, D/S terlalu tinggi.",
  skdnFirstMonth: "Bulan ini adalah bulan pertama dalam data: tanpa bulan sebelumnya, setiap balita berstatus B (baru) dan N tidak dapat dihitung.",

  qualityTitle: "3. Mutu data (pemeriksaan WHO–UNICEF 2019) balita yang dianalisis",
  qualityGroups: { flagged: "% ditandai", sd: "SB", dps: "DPS", missing: "% kosong" },
  qualityHeads: { haz: "TB/U", waz: "BB/U", whz: "BB/TB", weight: "BB", lenhei: "TB", age: "umur", measure: "posisi" },
  qualityNotes: (limit, sd, [a, b, c]) =>
    `Ditandai: z-skor di luar batas kewajaran WHO (lebih dari ${limit} % menandakan masalah). SB z-skor yang tidak ditandai (persentil ke-5–95 survei DHS: ${sd}). DPS: skor preferensi angka berat dan panjang/tinggi badan (< ${a} sangat baik, < ${b} baik, < ${c} dapat diterima). Kosong: umur, berat, panjang/tinggi badan yang kosong atau tidak valid, dan posisi ukur (telentang/berdiri) dari yang diukur. Pemeriksaan lengkap: tumbuh quality.`,
  sexRatio: (ratio, boys, girls, p) => `Rasio jenis kelamin: ${ratio} laki-laki per perempuan (${boys} laki-laki, ${girls} perempuan; ${p} terhadap 1,00).`,
  flaggedOver: (limit, list) => `Lebih dari ${limit} % ditandai: ${list}.`,
  flaggedOk: (limit) => `Tidak ada wilayah dengan lebih dari ${limit} % z-skor ditandai.`,
  dpsProblem: (limit, list) => `Preferensi angka bermasalah (DPS ≥ ${limit}): ${list}.`,
  sdAbove: (list) => `SB di atas rentang DHS: ${list}.`,

  decimal: ",",
  thousands: ".",
};

export const REPORT_LABELS: Readonly<Record<"en" | "id", ReportLabels>> = { en: EN, id: ID };
