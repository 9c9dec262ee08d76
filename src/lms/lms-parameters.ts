import { indicatorSpec } from "../who/registry.js";
import type { Indicator } from "../who/indicators.js";
import { roundAgeDays } from "../who/rules.js";
import { sexCode } from "../record/codes.js";
import { interpolateByLength, interpolateByMonth, rowAt } from "../tables/lookup.js";

/**
 * The L (Box-Cox power), M (median) and S (coefficient of variation) of a reference at one point.
 * @category Scoring
 */
export interface Lms {
  /** Box-Cox power L. */
  readonly l: number;
  /** Median M (in the measurement's unit). */
  readonly m: number;
  /** Coefficient of variation S. */
  readonly s: number;
}

/**
 * The WHO LMS parameters of `indicator` for `sex` at `x`: age in days
 * (rounded half up to a whole day, as WHO anthro does) for the WHO 2006
 * age-based indicators, length/height in cm (interpolated between 0.1 cm
 * rows) for `wfl`/`wfh`, age in months (interpolated between whole months, as
 * WHO anthroplus does) for `hfa`, `wfa` and `bfa`.
 * Returns undefined outside the table or for an unusable sex or x.
 *
 * @param indicator - one of {@link Indicator}
 * @param sex - 1/2 or any code {@link sexCode} accepts
 * @param x - age in days, or length/height in cm
 * @throws RangeError for an unknown indicator
 *
 * @example
 * lmsParameters("wei", 1, 0); // => { l: 0.3487, m: 3.3464, s: 0.14602 }
 * @example
 * // WHO 2007: halfway between the 60- and 61-month rows of the boys' table
 * lmsParameters("hfa", 1, 60.5)!.m; // => (109.7265 + 110.2647) / 2
 * @category Scoring
 */
export function lmsParameters(indicator: Indicator, sex: unknown, x: number): Lms | undefined {
  const spec = indicatorSpec(indicator, "lmsParameters");
  const sx = sexCode(sex);
  if ((sx !== 1 && sx !== 2) || typeof x !== "number" || !(x >= 0 && x < Infinity)) return undefined;
  const t = spec.table();
  if (spec.xUnit !== "days") {
    if (spec.xUnit === "months" && !(x >= spec.xMin && x <= spec.xMax)) return undefined;
    const out = new Float64Array(3);
    const found = spec.xUnit === "cm" ? interpolateByLength(t, sx, x, out) : interpolateByMonth(t, sx, x, out);
    return found ? { l: out[0]!, m: out[1]!, s: out[2]! } : undefined;
  }
  const k = rowAt(t, sx, roundAgeDays(x));
  return k < 0 ? undefined : { l: t.l[k]!, m: t.m[k]!, s: t.s[k]! };
}
