/**
 * The chi-square distribution's upper tail and Pearson's goodness-of-fit
 * statistic against equal shares, for the tests of the data quality report
 * (sex ratio, age heaping, digit preference). P(X ≥ x) for X ~ χ²(df) is the
 * regularised upper incomplete gamma function Q(df/2, x/2).
 * @internal
 */

import { upperIncompleteGamma } from "./incomplete-gamma.js";

/**
 * P(X ≥ x) for X ~ χ²(df): the p-value of a chi-square statistic `x`.
 * NaN when `x` is NaN or `df` is not positive.
 * @internal
 */
export function chiSquarePValue(x: number, df: number): number {
  if (!(df > 0) || x !== x) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  return upperIncompleteGamma(df / 2, x / 2);
}

/**
 * Pearson's goodness-of-fit statistic of `counts[from..from+k)` against equal
 * expected counts: Σ (O − E)² / E with E = n / k. NaN when n = 0.
 * @internal
 */
export function uniformChiSquare(counts: ArrayLike<number>, from: number, k: number): number {
  let n = 0;
  for (let j = 0; j < k; j++) n += counts[from + j]!;
  if (n === 0) return Number.NaN;
  const e = n / k;
  let x = 0;
  for (let j = 0; j < k; j++) {
    const d = counts[from + j]! - e;
    x += (d * d) / e;
  }
  return x;
}
