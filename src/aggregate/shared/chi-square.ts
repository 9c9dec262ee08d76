/**
 * The upper tail of the chi-square distribution, for the p-values of the
 * goodness-of-fit tests in the data quality report: P(X ≥ x) for X ~ χ²(df)
 * is the regularised upper incomplete gamma function Q(df/2, x/2), computed
 * by its series below a + 1 and by its continued fraction (modified Lentz)
 * above, as in Numerical Recipes §6.2.
 * Relative accuracy about 1e-14 for the small df used here.
 */

import { logGamma } from "./log-gamma.js";

const EPS = 1e-16;
const TINY = 1e-300;

function seriesP(a: number, x: number): number {
  let ap = a;
  let del = 1 / a;
  let sum = del;
  for (let n = 0; n < 1000; n++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function fractionQ(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/**
 * P(X ≥ x) for X ~ χ²(df): the p-value of a chi-square statistic `x`.
 * NaN when `x` is NaN or `df` is not positive.
 * @internal
 */
export function chiSquarePValue(x: number, df: number): number {
  if (!(df > 0) || x !== x) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  const a = df / 2;
  const h = x / 2;
  return h < a + 1 ? 1 - seriesP(a, h) : fractionQ(a, h);
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
