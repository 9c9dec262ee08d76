/**
 * The WHO indicators as data, one `export const` per indicator: its validity
 * window (`xMin`–`xMax`), whether WHO's restricted LMS tails apply, and the
 * z limits beyond which WHO flags a value as implausible. Each limit is
 * written here and nowhere else: the bulk kernel, the one-indicator
 * functions, classification, the chart and the command line read it from
 * these objects. No table is imported here (see `registry.ts`), so a module
 * that needs only a limit carries no table.
 */
import { ARM_SKINFOLD_MIN_DAYS, WHO2007_MAX_MONTHS, WHO2007_MIN_MONTHS, WHO2007_WFA_MAX_MONTHS } from "./constants.js";


/**
 * WHO 2006 age-based indicators (0–5 years), by their WHO column names:
 * `len` length/height-for-age, `wei` weight-for-age, `bmi` BMI-for-age,
 * `hc` head circumference-for-age, `ac` arm circumference-for-age,
 * `ts` triceps skinfold-for-age, `ss` subscapular skinfold-for-age.
 * @category Scoring
 */
export type AgeIndicatorName = "len" | "wei" | "bmi" | "hc" | "ac" | "ts" | "ss";

/**
 * WHO Growth Reference 2007 indicators (5–19 years): `hfa` height-for-age
 * (60–228 months), `wfa` weight-for-age (60–120 months), `bfa` BMI-for-age
 * (60–228 months).
 * @category Scoring
 */
export type Who2007IndicatorName = "hfa" | "wfa" | "bfa";

/**
 * Every indicator {@link zscore} and {@link valueAtZ} understand: the seven
 * age-based WHO 2006 indicators (x = age in days), weight-for-length (`wfl`,
 * length table, 45–110 cm) and weight-for-height (`wfh`, height table,
 * 65–120 cm) (x = cm), and the three WHO 2007 indicators (x = age in months).
 * @category Scoring
 */
export type Indicator = AgeIndicatorName | "wfl" | "wfh" | Who2007IndicatorName;


/**
 * How an indicator is computed: the x range it covers, whether WHO's
 * restricted tails apply, and the z limits beyond which WHO flags it.
 * @internal
 */
export interface IndicatorSpec {
  readonly name: Indicator;
  /** WHO's ±3 SD tail rule applies. */
  readonly restricted: boolean;
  /** Flagged when z < flagBelow or z > flagAbove. */
  readonly flagBelow: number;
  readonly flagAbove: number;
  /** Lowest and highest x (days, cm or months) with a z-score. */
  readonly xMin: number;
  readonly xMax: number;
  /** Unit of the measurement. */
  readonly unit: "kg" | "cm" | "kg/m²" | "mm";
  /** Unit of x. */
  readonly xUnit: "days" | "cm" | "months";
}

/** The last day of the WHO 2006 age tables (60 months and a month's margin, as WHO publishes them). */
const TABLE_LAST_DAY = 1856;

/**
 * Weight-for-age (WHO Child Growth Standards 2006): WHO's restricted LMS beyond ±3 SD;
 * x from 0 to 1856 days; flagged when z < -6 or z > 5.
 * @internal
 */
export const weiSpec: IndicatorSpec = {
  name: "wei",
  restricted: true,
  flagBelow: -6,
  flagAbove: 5,
  xMin: 0,
  xMax: TABLE_LAST_DAY,
  unit: "kg",
  xUnit: "days",
};

/**
 * Length/height-for-age (WHO Child Growth Standards 2006): plain LMS (no tail restriction);
 * x from 0 to 1856 days; flagged when |z| > 6.
 * @internal
 */
export const lenSpec: IndicatorSpec = {
  name: "len",
  restricted: false,
  flagBelow: -6,
  flagAbove: 6,
  xMin: 0,
  xMax: TABLE_LAST_DAY,
  unit: "cm",
  xUnit: "days",
};

/**
 * Weight-for-length (WHO Child Growth Standards 2006): WHO's restricted LMS beyond ±3 SD;
 * x from 45 to 110 cm; flagged when |z| > 5.
 * @internal
 */
export const wflSpec: IndicatorSpec = {
  name: "wfl",
  restricted: true,
  flagBelow: -5,
  flagAbove: 5,
  xMin: 45,
  xMax: 110,
  unit: "kg",
  xUnit: "cm",
};

/**
 * Weight-for-height (WHO Child Growth Standards 2006): WHO's restricted LMS beyond ±3 SD;
 * x from 65 to 120 cm; flagged when |z| > 5.
 * @internal
 */
export const wfhSpec: IndicatorSpec = {
  name: "wfh",
  restricted: true,
  flagBelow: -5,
  flagAbove: 5,
  xMin: 65,
  xMax: 120,
  unit: "kg",
  xUnit: "cm",
};

/**
 * BMI-for-age (WHO Child Growth Standards 2006): WHO's restricted LMS beyond ±3 SD;
 * x from 0 to 1856 days; flagged when |z| > 5.
 * @internal
 */
export const bmiSpec: IndicatorSpec = {
  name: "bmi",
  restricted: true,
  flagBelow: -5,
  flagAbove: 5,
  xMin: 0,
  xMax: TABLE_LAST_DAY,
  unit: "kg/m²",
  xUnit: "days",
};

/**
 * Head circumference-for-age (WHO Child Growth Standards 2006): plain LMS (no tail restriction);
 * x from 0 to 1856 days; flagged when |z| > 5.
 * @internal
 */
export const hcSpec: IndicatorSpec = {
  name: "hc",
  restricted: false,
  flagBelow: -5,
  flagAbove: 5,
  xMin: 0,
  xMax: TABLE_LAST_DAY,
  unit: "cm",
  xUnit: "days",
};

/**
 * Arm circumference-for-age (WHO Child Growth Standards 2006): WHO's restricted LMS beyond ±3 SD;
 * x from 91 to 1856 days; flagged when |z| > 5.
 * @internal
 */
export const acSpec: IndicatorSpec = {
  name: "ac",
  restricted: true,
  flagBelow: -5,
  flagAbove: 5,
  xMin: ARM_SKINFOLD_MIN_DAYS,
  xMax: TABLE_LAST_DAY,
  unit: "cm",
  xUnit: "days",
};

/**
 * Triceps skinfold-for-age (WHO Child Growth Standards 2006): WHO's restricted LMS beyond ±3 SD;
 * x from 91 to 1856 days; flagged when |z| > 5.
 * @internal
 */
export const tsSpec: IndicatorSpec = {
  name: "ts",
  restricted: true,
  flagBelow: -5,
  flagAbove: 5,
  xMin: ARM_SKINFOLD_MIN_DAYS,
  xMax: TABLE_LAST_DAY,
  unit: "mm",
  xUnit: "days",
};

/**
 * Subscapular skinfold-for-age (WHO Child Growth Standards 2006): WHO's restricted LMS beyond ±3 SD;
 * x from 91 to 1856 days; flagged when |z| > 5.
 * @internal
 */
export const ssSpec: IndicatorSpec = {
  name: "ss",
  restricted: true,
  flagBelow: -5,
  flagAbove: 5,
  xMin: ARM_SKINFOLD_MIN_DAYS,
  xMax: TABLE_LAST_DAY,
  unit: "mm",
  xUnit: "days",
};

/**
 * Height-for-age (WHO Growth Reference 2007, 5–19 years): plain LMS (no tail restriction);
 * L, M and S interpolated linearly between whole months; age from 60 to
 * 228 months inclusive; flagged when |z| > 6.
 * @internal
 */
export const hfaSpec: IndicatorSpec = {
  name: "hfa",
  restricted: false,
  flagBelow: -6,
  flagAbove: 6,
  xMin: WHO2007_MIN_MONTHS,
  xMax: WHO2007_MAX_MONTHS,
  unit: "cm",
  xUnit: "months",
};

/**
 * Weight-for-age (WHO Growth Reference 2007, 5–19 years): WHO's restricted LMS beyond ±3 SD;
 * L, M and S interpolated linearly between whole months; age from 60 to
 * 120 months inclusive; flagged when z < -6 or z > 5.
 * @internal
 */
export const wfaSpec: IndicatorSpec = {
  name: "wfa",
  restricted: true,
  flagBelow: -6,
  flagAbove: 5,
  xMin: WHO2007_MIN_MONTHS,
  xMax: WHO2007_WFA_MAX_MONTHS,
  unit: "kg",
  xUnit: "months",
};

/**
 * BMI-for-age (WHO Growth Reference 2007, 5–19 years): WHO's restricted LMS beyond ±3 SD;
 * L, M and S interpolated linearly between whole months; age from 60 to
 * 228 months inclusive; flagged when |z| > 5.
 * @internal
 */
export const bfaSpec: IndicatorSpec = {
  name: "bfa",
  restricted: true,
  flagBelow: -5,
  flagAbove: 5,
  xMin: WHO2007_MIN_MONTHS,
  xMax: WHO2007_MAX_MONTHS,
  unit: "kg/m²",
  xUnit: "months",
};
