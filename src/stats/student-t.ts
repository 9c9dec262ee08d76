/**
 * Quantiles of Student's t distribution, for the confidence intervals of the
 * survey estimates (R's `qt`). Written from the textbook relation
 *
 *   P(T > t) = ½ · I_{ν/(ν+t²)}(ν/2, ½)         (t ≥ 0)
 *
 * with I the regularised incomplete beta function (`incomplete-beta.ts`),
 * solved for t by Newton's method from a Cornish–Fisher start. Accurate to
 * about 1e-13 relative over ν ≥ 1.
 * @internal
 */

import { incompleteBeta, logBeta } from "./incomplete-beta.js";

/** P(T > t) for t ≥ 0 with ν degrees of freedom. */
function upperTail(t: number, df: number): number {
  const t2 = t * t;
  // x = ν/(ν+t²); for small t use the complement to keep precision
  if (t2 < df) {
    const y = t2 / (df + t2);
    return 0.5 * (1 - incompleteBeta(y, 0.5, df / 2));
  }
  return 0.5 * incompleteBeta(df / (df + t2), df / 2, 0.5);
}

function density(t: number, df: number, logNorm: number): number {
  return Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** Standard normal quantile, a rough start (Abramowitz & Stegun 26.2.23, |error| < 4.5e-4), p > 0.5. */
function roughNormalQuantile(p: number): number {
  const q = 1 - p;
  const t = Math.sqrt(-2 * Math.log(q));
  return t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
}

const cache = new Map<string, number>();

/**
 * The p-quantile of Student's t with `df` degrees of freedom, for
 * 0.5 < p < 1 (R's `qt(p, df)`). NaN for df ≤ 0 or NaN.
 * @internal
 */
export function tQuantile(p: number, df: number): number {
  if (!(df > 0) || !(p > 0.5 && p < 1)) return Number.NaN;
  const key = `${p}:${df}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let t: number;
  if (df === 1) t = Math.tan(Math.PI * (p - 0.5));
  else if (df === 2) t = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  else {
    const target = 1 - p;
    let z = roughNormalQuantile(p);
    // one Newton step on the normal tail would need erfc; the t iteration below absorbs the error
    const z2 = z * z;
    const g1 = (z2 + 1) * z / 4;
    const g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
    const g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
    t = z + g1 / df + g2 / (df * df) + g3 / (df * df * df);
    if (!(t > 0) || !Number.isFinite(t)) t = z;
    const logNorm = -logBeta(df / 2, 0.5) - 0.5 * Math.log(df);
    let lo = 0;
    let hi = Infinity;
    for (let it = 0; it < 60; it++) {
      const q = upperTail(t, df);
      if (q > target) lo = t;
      else hi = t;
      const step = (q - target) / density(t, df, logNorm);
      let next = t + step;
      if (!(next > lo && next < hi)) next = hi === Infinity ? 2 * t + 1 : (lo + hi) / 2;
      if (Math.abs(next - t) <= 1e-15 * Math.abs(t)) {
        t = next;
        break;
      }
      t = next;
      z = t;
    }
  }
  if (cache.size > 64) cache.clear();
  cache.set(key, t);
  return t;
}
