import { lmsValue, lmsValueRestricted } from "./lms-value.js";
import { indicatorSpec } from "../who/registry.js";
import type { Indicator } from "../who/indicators.js";
import { lmsParameters } from "./lms-parameters.js";

/**
 * The measurement at z-score `z`: the inverse of {@link zscore}, with the
 * restricted tails inverted too, so that `zscore(i, sex, x, valueAtZ(i, sex, x, z)) === z`
 * up to rounding. Used for growth-chart curves (−3 … +3 SD) and for
 * "how much would this child need to weigh".
 *
 * @param indicator - as for {@link zscore}
 * @param sex - 1 (male) or 2 (female), or any code {@link sexCode} accepts
 * @param x - age in days, or length/height in cm
 * @param z - the z-score
 * @returns the measurement, or NaN outside the table or where no measurement has that z
 * @throws RangeError for an unknown indicator
 *
 * @example
 * valueAtZ("wei", 1, 0, 0); // => 3.3464
 * @category Scoring
 */
export function valueAtZ(indicator: Indicator, sex: unknown, x: number, z: number): number {
  const spec = indicatorSpec(indicator, "valueAtZ");
  const p = lmsParameters(indicator, sex, x);
  if (p === undefined || typeof z !== "number" || z !== z) return Number.NaN;
  return spec.restricted ? lmsValueRestricted(z, p.l, p.m, p.s) : lmsValue(z, p.l, p.m, p.s);
}
