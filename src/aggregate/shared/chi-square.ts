/**
 * The upper tail of the chi-square distribution, for the p-values of the
 * goodness-of-fit tests in the data quality report: P(X ≥ x) for X ~ χ²(df)
 * is the regularised upper incomplete gamma function Q(df/2, x/2), computed
 * by its series below a + 1 and by its continued fraction (modified Lentz)
 * above, as in Numerical Recipes §6.2; ln Γ by Lanczos (g = 7, n = 9).
 * Relative accuracy about 1e-14 for the small df used here.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(a) for a > 0. @internal */
export function lnGamma(a: number): number {
  if (a < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * a)) - lnGamma(1 - a);
  const x = a - 1;
  let s = LANCZOS[0]!;
  for (let k = 1; k < 9; k++) s += LANCZOS[k]! / (x + k);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(s);
}

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
  return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
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
  return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
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
