/**
 * The bands and penalty points of the SMART plausibility check (ENA for
 * SMART), as the SMART Methodology Manual 2.0 (2017) and ENA's
 * plausibility report publish them: for each criterion the limits of
 * excellent, good and acceptable (beyond the last: problematic), and the
 * penalty points of each grade; the total of the penalties gives the
 * overall grade.
 */
import type { QualityRating } from "../quality/thresholds.js";

/**
 * How a criterion's value is held against its limits: `atMost` (value ≤
 * limit: % flagged, digit preference score, total score), `above` (value >
 * limit: p-values), `below` (|value| < limit: skewness, kurtosis), or
 * `between` (low < value < high: the SD).
 * @category Aggregation
 */
export type SmartRule = "atMost" | "above" | "below" | "between";

/**
 * One criterion's bands: the limits of excellent, good and acceptable, and the penalty of each grade.
 * @category Aggregation
 */
export interface SmartBands {
  /** How the value is held against the limits. */
  readonly rule: SmartRule;
  /** Three limits (excellent, good, acceptable); for `between`, three [low, high] pairs. */
  readonly limits: readonly [number, number, number] | readonly [readonly [number, number], readonly [number, number], readonly [number, number]];
  /** Penalty points of excellent, good, acceptable and problematic. */
  readonly penalties: readonly [number, number, number, number];
}

/**
 * The criteria of the SMART plausibility check (WHZ), in the order of ENA's report.
 * @category Aggregation
 */
export interface SmartPlausibilityBands {
  /** Flagged WHZ, % of the children with a WHZ (SMART flags): ≤ 2.5, ≤ 5, ≤ 7.5; 0 / 5 / 10 / 20 points. */
  readonly flaggedWhz: SmartBands;
  /** Sex ratio, p-value of the chi-square test against 1:1: > 0.1, > 0.05, > 0.001; 0 / 2 / 4 / 10. */
  readonly sexRatio: SmartBands;
  /** Age ratio 6–29 / 30–59 months, p-value of the chi-square test against 0.85: as the sex ratio. */
  readonly ageRatio: SmartBands;
  /** Digit preference score of weight and of height (whole number): ≤ 7, ≤ 12, ≤ 20; 0 / 2 / 4 / 10. */
  readonly dps: SmartBands;
  /** SD of WHZ after SMART flags: 0.9–1.1, 0.85–1.15, 0.8–1.2 (exclusive); 0 / 5 / 10 / 20. */
  readonly sdWhz: SmartBands;
  /** |Skewness| and |kurtosis| of WHZ after SMART flags: < 0.2, < 0.4, < 0.6; 0 / 1 / 3 / 5. */
  readonly skewKurtosis: SmartBands;
  /** Poisson distribution of WHZ < −2 over clusters, p-value of the index of dispersion: > 0.05, > 0.01, > 0.001; 0 / 1 / 3 / 5. */
  readonly poissonWhz: SmartBands;
  /** The total of the penalties: ≤ 9 excellent, ≤ 14 good, ≤ 24 acceptable, else problematic. */
  readonly overall: SmartBands;
}

/**
 * The SMART plausibility check's bands and penalty points (SMART
 * Methodology Manual 2.0, 2017, and ENA for SMART's plausibility report;
 * see docs/data-quality.md). Skewness and kurtosis are graded by their
 * absolute values: −0.8 is as problematic as +0.8.
 *
 * @example
 * SMART_PLAUSIBILITY.sdWhz.limits[0]; // => [0.9, 1.1]
 * SMART_PLAUSIBILITY.flaggedWhz.penalties; // => [0, 5, 10, 20]
 * SMART_PLAUSIBILITY.overall.limits; // => [9, 14, 24]
 * @category Aggregation
 */
export const SMART_PLAUSIBILITY: SmartPlausibilityBands = {
  flaggedWhz: { rule: "atMost", limits: [2.5, 5, 7.5], penalties: [0, 5, 10, 20] },
  sexRatio: { rule: "above", limits: [0.1, 0.05, 0.001], penalties: [0, 2, 4, 10] },
  ageRatio: { rule: "above", limits: [0.1, 0.05, 0.001], penalties: [0, 2, 4, 10] },
  dps: { rule: "atMost", limits: [7, 12, 20], penalties: [0, 2, 4, 10] },
  sdWhz: { rule: "between", limits: [[0.9, 1.1], [0.85, 1.15], [0.8, 1.2]], penalties: [0, 5, 10, 20] },
  skewKurtosis: { rule: "below", limits: [0.2, 0.4, 0.6], penalties: [0, 1, 3, 5] },
  poissonWhz: { rule: "above", limits: [0.05, 0.01, 0.001], penalties: [0, 1, 3, 5] },
  overall: { rule: "atMost", limits: [9, 14, 24], penalties: [0, 0, 0, 0] },
};

const RATINGS: readonly QualityRating[] = ["excellent", "good", "acceptable", "problematic"];

/** Whether `x` is inside the band whose limit is `limit`. */
function inside(rule: SmartRule, x: number, limit: number | readonly [number, number]): boolean {
  if (rule === "between") {
    const [low, high] = limit as readonly [number, number];
    return x > low && x < high;
  }
  const l = limit as number;
  return rule === "atMost" ? x <= l : rule === "above" ? x > l : Math.abs(x) < l;
}

/** The grade (0 excellent … 3 problematic) of `x` under `bands`; −1 for null or NaN. @internal */
export function smartGradeIndex(bands: SmartBands, x: number | null): number {
  if (x === null || x !== x) return -1;
  for (let k = 0; k < 3; k++) if (inside(bands.rule, x, bands.limits[k]!)) return k;
  return 3;
}

/** The grade and penalty of `x` under `bands`: null and 0 when `x` cannot be graded. @internal */
export function smartGrade(bands: SmartBands, x: number | null): { readonly grade: QualityRating | null; readonly penalty: number } {
  const k = smartGradeIndex(bands, x);
  return k < 0 ? { grade: null, penalty: 0 } : { grade: RATINGS[k]!, penalty: bands.penalties[k]! };
}
