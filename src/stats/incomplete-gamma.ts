/**
 * The regularised upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a),
 * the tail behind the chi-square distribution (see `chi-square.ts`):
 * computed by its series (as 1 − P) below x = a + 1 and by its continued
 * fraction (modified Lentz) above, as in Numerical Recipes §6.2. Relative
 * accuracy about 1e-14 for small a.
 * @internal
 */

import { logGamma } from "./log-gamma.js";

const EPS = 1e-16;
const TINY = 1e-300;

/** P(a, x) by its series, for x < a + 1. */
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

/** Q(a, x) by its continued fraction, for x ≥ a + 1. */
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

/** Q(a, x) for a > 0 and 0 < x < ∞. @internal */
export function upperIncompleteGamma(a: number, x: number): number {
  return x < a + 1 ? 1 - seriesP(a, x) : fractionQ(a, x);
}
