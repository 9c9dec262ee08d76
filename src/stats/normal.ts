/**
 * The standard normal distribution: its upper tail, written through the
 * regularised upper incomplete gamma function (`incomplete-gamma.ts`),
 *
 *   P(Z > z) = ½ · Q(½, z²/2)        (z ≥ 0),
 *
 * and its quantile (R's `qnorm`), by Newton's method on that tail from a
 * rational start. Accurate to about 1e-14 relative for 1e-300 < p < 1.
 * @internal
 */

import { upperIncompleteGamma } from "./incomplete-gamma.js";

const LOG_SQRT_2PI = 0.91893853320467274;

/** P(Z > z) for the standard normal Z. @internal */
export function normalUpperTail(z: number): number {
  if (z !== z) return Number.NaN;
  if (z === 0) return 0.5;
  const q = z * z === Infinity ? 0 : 0.5 * upperIncompleteGamma(0.5, (z * z) / 2);
  return z > 0 ? q : 1 - q;
}

/** The standard normal density. */
function density(z: number): number {
  return Math.exp(-LOG_SQRT_2PI - (z * z) / 2);
}

/**
 * The p-quantile of the standard normal distribution, 0 < p < 1 (R's
 * `qnorm(p)`); −Infinity at 0, Infinity at 1, NaN outside.
 * @internal
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  // work on the upper tail q = min(p, 1 − p) for precision, then give the sign back
  const upper = p > 0.5;
  const q = upper ? 1 - p : p;
  // start: Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4)
  const t = Math.sqrt(-2 * Math.log(q));
  let z = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
  for (let it = 0; it < 50; it++) {
    const step = (normalUpperTail(z) - q) / density(z);
    z += step;
    if (Math.abs(step) <= 1e-15 * Math.abs(z)) break;
  }
  return upper ? z : -z;
}
