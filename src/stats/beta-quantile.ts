/**
 * The quantile of the beta distribution (R's `qbeta(p, a, b)`): the x with
 * I_x(a, b) = p, for the regularised incomplete beta function I
 * (`incomplete-beta.ts`). Started from the usual approximations (a normal
 * approximation when a, b ≥ 1, the power laws of the two ends otherwise)
 * and refined by Halley's method inside a bracket that bisection keeps
 * whenever a step would leave it. Accurate to about 1e-13 relative.
 * @internal
 */

import { incompleteBeta, logBeta } from "./incomplete-beta.js";

/** A first guess of the quantile. */
function start(p: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) x = -x;
    const al = (x * x - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (x * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * Math.exp(2 * w));
  }
  const lna = Math.log(a / (a + b));
  const lnb = Math.log(b / (a + b));
  const t = Math.exp(a * lna) / a;
  const u = Math.exp(b * lnb) / b;
  const w = t + u;
  return p < t / w ? Math.pow(a * w * p, 1 / a) : 1 - Math.pow(b * w * (1 - p), 1 / b);
}

/**
 * The p-quantile of Beta(a, b), a, b > 0: 0 at p = 0, 1 at p = 1; NaN for
 * p outside [0, 1] or a non-positive parameter.
 * @internal
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(p >= 0 && p <= 1) || !(a > 0) || !(b > 0) || a === Infinity || b === Infinity) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const lnB = logBeta(a, b);
  let lo = 0;
  let hi = 1;
  let x = start(p, a, b);
  if (!(x > 0 && x < 1)) x = 0.5;
  for (let it = 0; it < 300; it++) {
    const err = incompleteBeta(x, a, b) - p;
    if (err === 0) return x;
    if (err < 0) lo = x;
    else hi = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lnB);
    let next: number;
    if (density > 0 && Number.isFinite(density)) {
      const t = err / density;
      // Halley's correction, damped as in Numerical Recipes' invbetai
      const u = t / (1 - 0.5 * Math.min(1, t * ((a - 1) / x - (b - 1) / (1 - x))));
      next = x - u;
    } else next = Number.NaN;
    if (!(next > lo && next < hi)) next = lo + (hi - lo) / 2;
    if (Math.abs(next - x) <= 1e-15 * Math.max(x, 1e-300) || hi - lo <= 1e-16 * hi) return next;
    x = next;
  }
  return x;
}
