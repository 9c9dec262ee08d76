/**
 * The two analyses WHO's R packages offer: anthro (0–5 years, WHO 2006
 * standards) and anthroplus (5–19 years, WHO 2007 references), each as its
 * indicators (where their z-scores and flags are, how oedema and age apply),
 * its age rule and its standard breakdowns (age groups, sex and their
 * crossing), labelled as WHO labels them.
 * @internal
 */
import { FEMALE, MALE, WHO2007_MAX_MONTHS, WHO2007_MIN_MONTHS } from "../../who/constants.js";
import { wfaSpec } from "../../who/indicators.js";
import type { PrevalenceIndicator } from "./types.js";

/** One indicator of an analysis: its z-score and flag columns, and how oedema and age apply to it. @internal */
export interface AnalysisIndicator {
  readonly code: PrevalenceIndicator;
  /** The key of its z-scores in `columns.scores`. */
  readonly z: string;
  /** The key of its flags in `columns.scores`. */
  readonly f: string;
  /** Oedema counts as z = −3.1 for the prevalences and is left out of the mean and SD. */
  readonly oedema: boolean;
  /** The z-score needs an age (for the `missingAge` reason). */
  readonly needsAge: boolean;
  /** Oldest age in months the indicator covers, when narrower than the analysis (5–19 weight-for-age: 120). */
  readonly maxMonths?: number;
}

/** Which ages an analysis includes: anthro's (days ≤ 1826, no age kept) or anthroplus's (60–228 months). @internal */
export type AgeRule = "0to5" | "5to19";

/**
 * A per-row classification the standard breakdowns are made of (age group,
 * sex, wider age group): its levels' labels and each row's level from its
 * age in months and sex code (−1 for none). @internal
 */
export interface StandardDim {
  readonly name: string;
  readonly labels: readonly string[];
  readonly hasAge: boolean;
  /** WHO's label of the breakdown of this dimension alone. */
  readonly whoLabel: string;
  readonly level: (months: number, sex: number) => number;
}

/** A standard breakdown: one dimension, or two crossed (the first varying fastest, as R's `interaction`). @internal */
export interface StandardBreakdown {
  readonly name: string;
  /** Indices into the analysis's `dims`: one, or two for a crossing. */
  readonly dims: readonly number[];
  readonly hasAge: boolean;
  readonly whoLabel: string;
}

/** An analysis: its indicators, age rule and standard breakdowns. @internal */
export interface Analysis {
  readonly caller: string;
  readonly indicators: readonly AnalysisIndicator[];
  /** Whether it has the combined stunted-and-wasted and stunted-and-overweight indicators. */
  readonly combined: boolean;
  readonly ageRule: AgeRule;
  /** The dimensions of the standard breakdowns. */
  readonly dims: readonly StandardDim[];
  /** The standard breakdowns (after "all"), in WHO's order. */
  readonly standard: readonly StandardBreakdown[];
  /** Names of standard dimensions that can be used in `nested`. */
  readonly nestable: readonly string[];
}

const MONTHS_PER_YEAR = 12;
/** anthroplus's wider age groups are five years wide. */
const BAND_MONTHS = 5 * MONTHS_PER_YEAR;

/** WHO anthro's age groups (months, left-closed). */
const AGE_GROUPS_0TO5 = ["00-05 mo", "06-11 mo", "12-23 mo", "24-35 mo", "36-47 mo", "48-59 mo"] as const;

/**
 * WHO anthroplus's yearly age groups as [first, last] months: 60–71, 72–83,
 * …, 216–227, and 228 on its own. @internal
 */
export const YEAR_GROUPS_5TO19: readonly (readonly [number, number])[] = Array.from(
  { length: (WHO2007_MAX_MONTHS - WHO2007_MIN_MONTHS) / MONTHS_PER_YEAR + 1 },
  (_, k) => {
    const first = WHO2007_MIN_MONTHS + k * MONTHS_PER_YEAR;
    return [first, Math.min(first + MONTHS_PER_YEAR - 1, WHO2007_MAX_MONTHS)] as const;
  },
);

/** WHO anthroplus's wider age groups as [first, last] months: 60–119, 120–179, 180–228. @internal */
export const AGE_BANDS_5TO19: readonly (readonly [number, number])[] = [0, 1, 2].map((k) => {
  const first = WHO2007_MIN_MONTHS + k * BAND_MONTHS;
  return [first, k === 2 ? WHO2007_MAX_MONTHS : first + BAND_MONTHS - 1] as const;
});

const monthsLabel = ([first, last]: readonly [number, number]): string => `${first}-${last} mo`;

/** Sex levels, in WHO's order. */
const SEXES = ["Female", "Male"] as const;

/** Sex levels, Female 0 and Male 1 (WHO's order); −1 missing. */
const sexLevel = (sex: number): number => (sex === FEMALE ? 0 : sex === MALE ? 1 : -1);

const SEX_DIM: StandardDim = { name: "sex", labels: SEXES, hasAge: false, whoLabel: "Sex", level: (_m, sex) => sexLevel(sex) };

/** The 0–5 years analysis, as WHO anthro's `anthro_prevalence`. @internal */
export const ANALYSIS_0TO5: Analysis = {
  caller: "prevalence",
  indicators: [
    { code: "HA", z: "zlen", f: "flen", oedema: false, needsAge: true },
    { code: "WA", z: "zwei", f: "fwei", oedema: true, needsAge: true },
    { code: "BMI", z: "zbmi", f: "fbmi", oedema: true, needsAge: true },
    { code: "WH", z: "zwfl", f: "fwfl", oedema: true, needsAge: false },
  ],
  combined: true,
  ageRule: "0to5",
  nestable: ["ageGroup", "sex"],
  dims: [
    {
      name: "ageGroup",
      labels: AGE_GROUPS_0TO5,
      hasAge: true,
      whoLabel: "Age group",
      level: (m) => (!(m >= 0 && m < WHO2007_MIN_MONTHS) ? -1 : m < 6 ? 0 : m < 12 ? 1 : 2 + Math.floor((m - 12) / MONTHS_PER_YEAR)),
    },
    SEX_DIM,
  ],
  standard: [
    { name: "ageGroup", dims: [0], hasAge: true, whoLabel: "Age group" },
    { name: "sex", dims: [1], hasAge: false, whoLabel: "Sex" },
    { name: "ageGroup+sex", dims: [0, 1], hasAge: true, whoLabel: "Age + sex" },
  ],
};

/** The 5–19 years analysis, as WHO anthroplus's `anthroplus_prevalence`. @internal */
export const ANALYSIS_5TO19: Analysis = {
  caller: "prevalence5to19",
  indicators: [
    { code: "HA", z: "zhfa", f: "fhfa", oedema: false, needsAge: true },
    { code: "WA", z: "zwfa", f: "fwfa", oedema: true, needsAge: true, maxMonths: wfaSpec.xMax },
    { code: "BMI", z: "zbfa", f: "fbfa", oedema: true, needsAge: true },
  ],
  combined: false,
  ageRule: "5to19",
  nestable: ["ageGroup", "ageBand", "sex"],
  dims: [
    SEX_DIM,
    {
      name: "ageGroup",
      labels: YEAR_GROUPS_5TO19.map(monthsLabel),
      hasAge: true,
      whoLabel: "Age Group 1",
      level: (m) => (inYears5to19(m) ? Math.floor((m - WHO2007_MIN_MONTHS) / MONTHS_PER_YEAR) : -1),
    },
    {
      name: "ageBand",
      labels: AGE_BANDS_5TO19.map(monthsLabel),
      hasAge: true,
      whoLabel: "Age Group 2",
      level: (m) => (inYears5to19(m) ? (m < AGE_BANDS_5TO19[1]![0] ? 0 : m < AGE_BANDS_5TO19[2]![0] ? 1 : 2) : -1),
    },
  ],
  standard: [
    { name: "sex", dims: [0], hasAge: false, whoLabel: "Sex" },
    { name: "ageGroup", dims: [1], hasAge: true, whoLabel: "Age Group 1" },
    { name: "ageBand", dims: [2], hasAge: true, whoLabel: "Age Group 2" },
    { name: "sex+ageBand", dims: [0, 2], hasAge: true, whoLabel: "Age + Sex" },
  ],
};

/** An age in the 5–19 years groups (ages of the last month, 228.x, are in the last group). */
function inYears5to19(m: number): boolean {
  return m >= WHO2007_MIN_MONTHS && m < WHO2007_MAX_MONTHS + 1;
}
