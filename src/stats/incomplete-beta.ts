/**
 * The beta function and the regularised incomplete beta function I_x(a, b):
 * the cumulative distribution behind Student's t (see `student-t.ts`) and
 * any distribution built on it. I_x is evaluated by its continued fraction
 * (modified Lentz), on x or on 1 − x (with the symmetry
 * I_x(a, b) = 1 − I_{1−x}(b, a)) whichever converges faster.
 * @internal
 */

import { logGamma, stirlingCorrection } from "./log-gamma.js";

/** ln B(a, b), without cancellation when one argument is large. @internal */
export function logBeta(a: number, b: number): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (hi < 10) return logGamma(lo) + logGamma(hi) - logGamma(lo + hi);
  // ln Γ(hi) − ln Γ(hi + lo) by Stirling, written to avoid cancellation
  const s = hi + lo;
  const diff = -(hi - 0.5) * Math.log1p(lo / hi) - lo * Math.log(s) + lo + stirlingCorrection(hi) - stirlingCorrection(s);
  return logGamma(lo) + diff;
}

/** Continued fraction of I_x(a, b) (without its prefactor), modified Lentz. */
function betaFraction(x: number, a: number, b: number): number {
  const TINY = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 100000; m++) {
    const m2 = 2 * m;
    let num = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + num * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + num / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    num = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + num * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + num / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b), 0 ≤ x ≤ 1. @internal */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}
