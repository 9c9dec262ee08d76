import type { LmsTable } from "../../tables/lms-table.js";

/**
 * WHO 2006 age-based indicators (0–5 years), by their WHO column names:
 * `len` length/height-for-age, `wei` weight-for-age, `bmi` BMI-for-age,
 * `hc` head circumference-for-age, `ac` arm circumference-for-age,
 * `ts` triceps skinfold-for-age, `ss` subscapular skinfold-for-age.
 */
export type AgeIndicatorName = "len" | "wei" | "bmi" | "hc" | "ac" | "ts" | "ss";

/**
 * WHO Growth Reference 2007 indicators (5–19 years): `hfa` height-for-age
 * (60–228 months), `wfa` weight-for-age (60–120 months), `bfa` BMI-for-age
 * (60–228 months).
 */
export type Who2007IndicatorName = "hfa" | "wfa" | "bfa";

/**
 * Every indicator {@link zscore} and {@link valueAtZ} understand: the seven
 * age-based WHO 2006 indicators (x = age in days), weight-for-length (`wfl`,
 * length table, 45–110 cm) and weight-for-height (`wfh`, height table,
 * 65–120 cm) (x = cm), and the three WHO 2007 indicators (x = age in months).
 */
export type Indicator = AgeIndicatorName | "wfl" | "wfh" | Who2007IndicatorName;

/**
 * How an indicator is computed: its table, the x range it covers, whether
 * WHO's restricted tails apply, and the z limits beyond which WHO flags it.
 * @internal
 */
export interface IndicatorSpec {
  readonly name: Indicator;
  readonly table: () => LmsTable;
  /** WHO's ±3 SD tail rule applies. */
  readonly restricted: boolean;
  /** Flagged when z < flagBelow or z > flagAbove. */
  readonly flagBelow: number;
  readonly flagAbove: number;
  /** Lowest and highest x (days, or cm) with a z-score. */
  readonly xMin: number;
  readonly xMax: number;
  /** Unit of the measurement. */
  readonly unit: "kg" | "cm" | "kg/m²" | "mm";
  /** Unit of x. */
  readonly xUnit: "days" | "cm" | "months";
}
