/**
 * Running moments (count, mean, M2, M3, M4) in typed arrays, and the mean,
 * SD, skewness and excess kurtosis they give.
 */
import { orNull } from "../shared/report-numbers.js";

/** Slots of one running-moments record in a Float64Array. @internal */
export const MOMENT_SLOTS = 5;

/**
 * Adds `x` to the running count, mean and central sums M2, M3, M4 stored at
 * `m[at..at+5)`: the one-pass update of Terriberry (2007) / Pébay (2008),
 * stable for large n.
 * @internal
 */
export function addMoment(m: Float64Array, at: number, x: number): void {
  const n1 = m[at]!;
  const n = n1 + 1;
  const delta = x - m[at + 1]!;
  const dn = delta / n;
  const dn2 = dn * dn;
  const term1 = delta * dn * n1;
  const m2 = m[at + 2]!;
  const m3 = m[at + 3]!;
  m[at] = n;
  m[at + 1]! += dn;
  m[at + 4]! += term1 * dn2 * (n * n - 3 * n + 3) + 6 * dn2 * m2 - 4 * dn * m3;
  m[at + 3] = m3 + term1 * dn * (n - 2) - 3 * dn * m2;
  m[at + 2] = m2 + term1;
}

/** The statistics of a running-moments record. @internal */
export interface MomentSummary {
  readonly n: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly skewness: number | null;
  readonly excessKurtosis: number | null;
}

/**
 * Mean, SD (n − 1 denominator), skewness g1 = √n·M3 / M2^1.5 and excess
 * kurtosis g2 = n·M4 / M2² − 3 (the moment coefficients, as R's nipnTK
 * `skewKurt` and the e1071/moments packages' default compute them). Null
 * where undefined: no values, n < 2 for the SD, n < 3 or M2 = 0 for the shape.
 * @internal
 */
export function momentSummary(m: Float64Array, at: number): MomentSummary {
  const n = m[at]!;
  const m2 = m[at + 2]!;
  const shape = n >= 3 && m2 > 0;
  return {
    n,
    mean: n > 0 ? orNull(m[at + 1]!) : null,
    sd: n >= 2 ? orNull(Math.sqrt(m2 / (n - 1))) : null,
    skewness: shape ? orNull((Math.sqrt(n) * m[at + 3]!) / Math.pow(m2, 1.5)) : null,
    excessKurtosis: shape ? orNull((n * m[at + 4]!) / (m2 * m2) - 3) : null,
  };
}
