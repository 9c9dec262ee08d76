import { lmsAt } from "./lms-z.js";

/**
 * The measurement whose LMS z-score is `z`: `M·(1 + L·S·z)^(1/L)`, the
 * inverse of {@link lmsZ}. NaN where `1 + L·S·z ≤ 0` (no such measurement).
 *
 * @example
 * lmsValue(0, 0.3487, 3.3464, 0.14602); // => 3.3464
 * @category Scoring
 */
export function lmsValue(z: number, l: number, m: number, s: number): number {
  const base = 1 + l * s * z;
  return base > 0 ? lmsAt(z, l, m, s) : Number.NaN;
}

/**
 * The measurement whose restricted LMS z-score is `z`: the inverse of
 * {@link lmsZRestricted}, linear beyond ±3 SD.
 *
 * @example
 * lmsValueRestricted(0, 0.3487, 3.3464, 0.14602); // => 3.3464
 * @category Scoring
 */
export function lmsValueRestricted(z: number, l: number, m: number, s: number): number {
  if (z > 3) {
    const sd3 = lmsAt(3, l, m, s);
    return sd3 + (z - 3) * (sd3 - lmsAt(2, l, m, s));
  }
  if (z < -3) {
    const sd3 = lmsAt(-3, l, m, s);
    return sd3 + (z + 3) * (lmsAt(-2, l, m, s) - sd3);
  }
  return lmsValue(z, l, m, s);
}
