import { rPow } from "./r-pow.js";

/**
 * The LMS z-score of measurement `y`: `((y / M)^L − 1) / (S·L)`
 * (WHO Child Growth Standards, chapter 7). Evaluated in exactly the order
 * WHO's anthro uses, so that results are bit-identical.
 *
 * @param y - the measurement
 * @param l - Box-Cox power L
 * @param m - median M
 * @param s - coefficient of variation S
 * @returns the unrounded z-score (NaN if any input is NaN)
 *
 * @example
 * lmsZ(3.3464, 0.3487, 3.3464, 0.14602); // => 0
 * @category Scoring
 */
export function lmsZ(y: number, l: number, m: number, s: number): number {
  return (rPow(y / m, l) - 1) / (s * l);
}

/**
 * The measurement at `sd` standard deviations: `M·(1 + L·S·sd)^(1/L)`.
 * @internal
 */
export function lmsAt(sd: number, l: number, m: number, s: number): number {
  return m * rPow(1 + l * s * sd, 1 / l);
}

/**
 * WHO's restricted LMS z-score: the LMS z within ±3, and beyond ±3 a linear
 * extension that uses the distance between the 2 SD and 3 SD curves as the
 * unit (`3 + (y − SD3) / (SD3 − SD2)`, and symmetrically below −3). WHO uses
 * it for weight-, BMI-, arm-circumference- and skinfold-based indicators so
 * that the skewed upper tail does not compress extreme values.
 *
 * @example
 * lmsZRestricted(3.3464, 0.3487, 3.3464, 0.14602); // => 0
 * @category Scoring
 */
export function lmsZRestricted(y: number, l: number, m: number, s: number): number {
  const z = lmsZ(y, l, m, s);
  if (z > 3) {
    const sd3 = lmsAt(3, l, m, s);
    return 3 + (y - sd3) / (sd3 - lmsAt(2, l, m, s));
  }
  if (z < -3) {
    const sd3 = lmsAt(-3, l, m, s);
    return -3 + (y - sd3) / (lmsAt(-2, l, m, s) - sd3);
  }
  return z;
}
