/**
 * Digit preference of measurements recorded to 0.1: the first decimal's
 * distribution, its chi-square test and the digit preference score.
 */
import { numberValue } from "../../record/codes.js";
import { checkColumn } from "../../util/checks.js";
import { orNull, pct } from "../shared/report-numbers.js";
import { chiSquarePValue, uniformChiSquare } from "../../stats/chi-square.js";
import { QUALITY_THRESHOLDS, rateBelow, type QualityRating } from "./thresholds.js";

/**
 * Terminal-digit distribution of the first decimal, and its digit preference score.
 * @category Aggregation
 */
export interface DigitPreference {
  /** Values counted (finite and positive). */
  readonly n: number;
  /** How many values end in 0, 1, …, 9 at the first decimal. */
  readonly counts: readonly number[];
  /** The same as percentages of `n` (null when n = 0). */
  readonly pct: readonly (number | null)[];
  /** Pearson's χ² against equal shares (df = 9). */
  readonly chiSquare: number | null;
  /** Its p-value. */
  readonly pValue: number | null;
  /** Digit preference score, 0 (no preference) to 100 (one digit only). */
  readonly dps: number | null;
  /** SMART's grade of the DPS. */
  readonly rating: QualityRating | null;
}

/**
 * The first decimal of `x` as recorded: `x` rounded half up to 0.1, last
 * digit. −1 for values that are not finite and positive.
 * @internal
 */
export function firstDecimal(x: number): number {
  return x > 0 && x < Infinity ? Math.round(x * 10) % 10 : -1;
}

/** Builds the {@link DigitPreference} of counts `c[at..at+10)`. @internal */
export function digitPreferenceFromCounts(c: ArrayLike<number>, at: number): DigitPreference {
  const counts: number[] = [];
  let n = 0;
  for (let d = 0; d < 10; d++) {
    counts.push(c[at + d]!);
    n += c[at + d]!;
  }
  const chi = uniformChiSquare(counts, 0, 10);
  const dps = n > 0 ? orNull(100 * Math.sqrt(chi / (n * 9))) : null;
  return {
    n,
    counts,
    pct: counts.map((k) => pct(k, n)),
    chiSquare: orNull(chi),
    pValue: n > 0 ? orNull(chiSquarePValue(chi, 9)) : null,
    dps,
    rating: rateBelow(dps, QUALITY_THRESHOLDS.dps),
  };
}

/**
 * Digit preference of measurements recorded to 0.1 (kg, cm): how often
 * each digit 0–9 is the first decimal, and the digit preference score
 * DPS = 100 × √(χ² / (n × df)), df = 9, where χ² is Pearson's statistic
 * against equal shares (Kuulasmaa et al., WHO MONICA 1998; the SMART
 * plausibility check and R's nipnTK `digitPreference`). DPS is 0 when every
 * digit is equally frequent and 100 when all values share one digit.
 * Values are rounded half up to 0.1 first; missing, non-positive and
 * non-numeric values are skipped. One pass, O(n).
 *
 * @param values - weights in kg or lengths in cm, as recorded
 * @returns the counts, percentages, χ², p-value, DPS and its SMART grade
 * @throws TypeError when `values` is not an array or typed array
 *
 * @example
 * // 10 weights, 5 of them ending in .0 and one each in .1–.5:
 * const d = digitPreference([8.0, 9.0, 10.0, 11.0, 12.0, 8.1, 8.2, 8.3, 8.4, 8.5]);
 * d.counts; // => [5, 1, 1, 1, 1, 1, 0, 0, 0, 0]
 * // χ² = (5−1)² + 5 × (1−1)² + 4 × (0−1)² = 20; DPS = 100 √(20 / 90)
 * d.chiSquare; // => 20
 * Math.round(d.dps * 100) / 100; // => 47.14
 * @category Aggregation
 */
export function digitPreference(values: ArrayLike<unknown>): DigitPreference {
  checkColumn(values, undefined, "digitPreference", "values");
  const counts = new Float64Array(10);
  for (let i = 0; i < values.length; i++) {
    const d = firstDecimal(numberValue(values[i]));
    if (d >= 0) counts[d]!++;
  }
  return digitPreferenceFromCounts(counts, 0);
}
