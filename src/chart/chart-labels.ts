/**
 * The words of a growth chart in English and Bahasa Indonesia: indicator
 * names, axis titles, the standard's name.
 */
import type { Indicator } from "../who/indicators.js";

/**
 * Chart text language: English or Bahasa Indonesia.
 * @category Charts
 */
export type ChartLanguage = "en" | "id";

/** What the x axis shows: age in months (0–5 years), age in years (5–19 years), length/height in cm, or gestational or postmenstrual age in weeks (INTERGROWTH-21st). @internal */
export type XAxisKind = "months" | "years" | "cm" | "weeks";

/** Length vs height wording for `len`: WHO says length under 2 years and height from 2 years. @internal */
type LenWord = "length" | "height" | "both";

const NAMES: Readonly<Record<ChartLanguage, Readonly<Record<Exclude<Indicator, "len">, string>>>> = {
  en: {
    wei: "Weight-for-age",
    wfa: "Weight-for-age",
    hfa: "Height-for-age",
    bmi: "BMI-for-age",
    bfa: "BMI-for-age",
    hc: "Head circumference-for-age",
    ac: "Arm circumference-for-age",
    ts: "Triceps skinfold-for-age",
    ss: "Subscapular skinfold-for-age",
    wfl: "Weight-for-length",
    wfh: "Weight-for-height",
  },
  id: {
    wei: "Berat badan menurut umur",
    wfa: "Berat badan menurut umur",
    hfa: "Tinggi badan menurut umur",
    bmi: "IMT menurut umur",
    bfa: "IMT menurut umur",
    hc: "Lingkar kepala menurut umur",
    ac: "Lingkar lengan atas menurut umur",
    ts: "Lipatan kulit trisep menurut umur",
    ss: "Lipatan kulit subskapula menurut umur",
    wfl: "Berat badan menurut panjang badan",
    wfh: "Berat badan menurut tinggi badan",
  },
};

const LEN_NAMES: Readonly<Record<ChartLanguage, Readonly<Record<LenWord, string>>>> = {
  en: { length: "Length-for-age", height: "Height-for-age", both: "Length/height-for-age" },
  id: { length: "Panjang badan menurut umur", height: "Tinggi badan menurut umur", both: "Panjang/tinggi badan menurut umur" },
};

const LEN_AXIS: Readonly<Record<ChartLanguage, Readonly<Record<LenWord, string>>>> = {
  en: { length: "Length (cm)", height: "Height (cm)", both: "Length/height (cm)" },
  id: { length: "Panjang badan (cm)", height: "Tinggi badan (cm)", both: "Panjang/tinggi badan (cm)" },
};

const Y_AXIS: Readonly<Record<ChartLanguage, Readonly<Record<Exclude<Indicator, "len">, string>>>> = {
  en: {
    wei: "Weight (kg)",
    wfa: "Weight (kg)",
    wfl: "Weight (kg)",
    wfh: "Weight (kg)",
    hfa: "Height (cm)",
    bmi: "BMI (kg/m²)",
    bfa: "BMI (kg/m²)",
    hc: "Head circumference (cm)",
    ac: "Arm circumference (cm)",
    ts: "Triceps skinfold (mm)",
    ss: "Subscapular skinfold (mm)",
  },
  id: {
    wei: "Berat badan (kg)",
    wfa: "Berat badan (kg)",
    wfl: "Berat badan (kg)",
    wfh: "Berat badan (kg)",
    hfa: "Tinggi badan (cm)",
    bmi: "IMT (kg/m²)",
    bfa: "IMT (kg/m²)",
    hc: "Lingkar kepala (cm)",
    ac: "Lingkar lengan atas (cm)",
    ts: "Lipatan kulit trisep (mm)",
    ss: "Lipatan kulit subskapula (mm)",
  },
};

/** Words the chart writes, per language. @internal */
export const WORDS = {
  en: {
    boys: "boys",
    girls: "girls",
    months: "months",
    years: "years",
    ageMonths: "Age (months)",
    ageYears: "Age (years)",
    length: "Length (cm)",
    height: "Height (cm)",
    source: "Source",
    child: "Child",
    z: "z-score",
    curves: "z-score curves −3 to +3",
    weeks: "weeks",
    corrected: "corrected age",
  },
  id: {
    boys: "laki-laki",
    girls: "perempuan",
    months: "bulan",
    years: "tahun",
    ageMonths: "Umur (bulan)",
    ageYears: "Umur (tahun)",
    length: "Panjang badan (cm)",
    height: "Tinggi badan (cm)",
    source: "Sumber",
    child: "Anak",
    z: "skor-z",
    curves: "kurva skor-z −3 sampai +3",
    weeks: "minggu",
    corrected: "umur koreksi",
  },
} as const;

/** The standard a chart's curves come from, as WHO names it. @internal */
export function standardName(indicator: Indicator): string {
  return indicator === "hfa" || indicator === "wfa" || indicator === "bfa"
    ? "WHO Growth Reference 2007"
    : "WHO Child Growth Standards (2006)";
}

function lenWord(from: number, to: number): LenWord {
  return to <= 24 ? "length" : from >= 24 ? "height" : "both";
}

/** The indicator's name for a chart title ("Weight-for-age"). @internal */
export function indicatorTitle(indicator: Indicator, lang: ChartLanguage, from: number, to: number): string {
  return indicator === "len" ? LEN_NAMES[lang][lenWord(from, to)] : NAMES[lang][indicator];
}

/** The y-axis title with its unit ("Weight (kg)"). @internal */
export function yAxisTitle(indicator: Indicator, lang: ChartLanguage, from: number, to: number): string {
  return indicator === "len" ? LEN_AXIS[lang][lenWord(from, to)] : Y_AXIS[lang][indicator];
}

/** The x-axis title with its unit ("Age (months)"). @internal */
export function xAxisTitle(indicator: Indicator, kind: XAxisKind, lang: ChartLanguage): string {
  if (kind === "cm") return indicator === "wfh" ? WORDS[lang].height : WORDS[lang].length;
  return kind === "years" ? WORDS[lang].ageYears : WORDS[lang].ageMonths;
}
