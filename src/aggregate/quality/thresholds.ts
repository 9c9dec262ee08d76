/**
 * A four-level grade used where a published grading exists (the SMART
 * plausibility check's "excellent / good / acceptable / problematic").
 * @category Aggregation
 */
export type QualityRating = "excellent" | "good" | "acceptable" | "problematic";

/**
 * The reference values the data quality report grades against.
 * @category Aggregation
 */
export interface QualityThresholds {
  /** More than this percentage of z-scores flagged by WHO's limits signals a data quality problem (WHO–UNICEF 2019). */
  readonly flaggedPctMax: number;
  /** The boys-per-girl ratio expected among under-fives, about 1.00–1.05. */
  readonly sexRatioRange: readonly [number, number];
  /** p-value grades: above the first excellent, above the second good, above the third acceptable, else problematic (SMART). */
  readonly pValue: readonly [number, number, number];
  /** Digit preference score grades: below the first excellent, below the second good, below the third acceptable, else problematic (SMART, as in R's nipnTK). */
  readonly dps: readonly [number, number, number];
  /** |skewness| and |excess kurtosis| grades, as for `dps` (SMART). */
  readonly skewKurtosis: readonly [number, number, number];
  /**
   * 5th–95th percentiles of the SD of each z-score over 51 DHS surveys
   * (Mei & Grummer-Strawn, Bull WHO 2007;85:441–8), after WHO flags; the WHO
   * standard population itself has SD 1.
   */
  readonly sdReference: {
    /** Length/height-for-age. */
    readonly zlen: readonly [number, number];
    /** Weight-for-age. */
    readonly zwei: readonly [number, number];
    /** Weight-for-length/height. */
    readonly zwfl: readonly [number, number];
    /** BMI-for-age. */
    readonly zbmi: readonly [number, number];
  };
}

/**
 * The reference values the data quality report grades against, with their
 * sources (see docs/data-quality.md): the WHO–UNICEF 2019 1 % limit of
 * flagged z-scores, the expected sex ratio, the SMART plausibility check's
 * grades of p-values, digit preference scores, skewness and kurtosis, and
 * the SD ranges of DHS surveys.
 *
 * @example
 * QUALITY_THRESHOLDS.flaggedPctMax; // => 1
 * @example
 * QUALITY_THRESHOLDS.sdReference.zlen; // => [1.35, 1.95]
 * @category Aggregation
 */
export const QUALITY_THRESHOLDS: QualityThresholds = {
  flaggedPctMax: 1,
  sexRatioRange: [1, 1.05],
  pValue: [0.1, 0.05, 0.001],
  dps: [8, 12, 20],
  skewKurtosis: [0.2, 0.4, 0.6],
  sdReference: {
    zlen: [1.35, 1.95],
    zwei: [1.17, 1.46],
    zwfl: [1.08, 1.5],
    zbmi: [1.08, 1.55],
  },
};

const RATINGS: readonly QualityRating[] = ["excellent", "good", "acceptable", "problematic"];

/** Grade of a p-value (higher is better). @internal */
export function ratePValue(p: number | null): QualityRating | null {
  if (p === null) return null;
  const [a, b, c] = QUALITY_THRESHOLDS.pValue;
  return RATINGS[p > a ? 0 : p > b ? 1 : p > c ? 2 : 3]!;
}

/** Grade of a value where lower is better, against three ascending limits. @internal */
export function rateBelow(x: number | null, limits: readonly [number, number, number]): QualityRating | null {
  if (x === null) return null;
  return RATINGS[x < limits[0] ? 0 : x < limits[1] ? 1 : x < limits[2] ? 2 : 3]!;
}
