import { modelQuantile } from "./growth-model.js";
import { checkMeasure, type IntergrowthMeasure } from "./measures.js";
import { newbornModel } from "./newborn-model.js";
import { fractionalGaOption, type NewbornSizeOptions } from "./newborn-size.js";
import { normalTails } from "./normal-tails.js";
import { readSex } from "./read-input.js";

/**
 * The newborn size value of `measure` at lower tail `lower` (upper tail
 * `upper`), or NaN where the standard has none.
 */
function valueAt(caller: string, measure: unknown, sex: unknown, gaDays: unknown, options: unknown, lower: number, upper: number): number {
  const m = checkMeasure(measure, caller);
  const fractional = fractionalGaOption(options, caller);
  const s = readSex(sex);
  if (s.presence !== 1 || typeof gaDays !== "number" || lower !== lower) return NaN;
  const model = newbornModel(m, s.value, gaDays, fractional);
  return model === undefined ? NaN : modelQuantile(model, lower, upper);
}

/**
 * The measurement at z-score `z` on the INTERGROWTH-21st newborn size
 * standards (the inverse of {@link newbornSize}'s z-scores), for growth
 * chart curves: birth weight (kg), length or head circumference (cm) at
 * gestational age `gaDays`, 168–300 days. Inverted to 1e-12 or better in
 * the skew t; far in the lower tail the skew t of birth weight reaches 0 kg
 * and below (about z = −6 at term), where no baby is.
 *
 * @param measure - `"wei"`, `"len"` or `"hc"`
 * @param sex - 1 (male) or 2 (female), or any code {@link sexCode} accepts
 * @param gaDays - gestational age in days (a fractional day as {@link newbornSize} takes it)
 * @param z - the z-score
 * @param options - `fractionalGa`, as for {@link newbornSize}
 * @returns the measurement, or NaN outside 168–300 days or for an unusable sex or z
 * @throws RangeError for an unknown measure or a bad option
 *
 * @example
 * // The median birth weight of girls at 40+0 weeks.
 * newbornSizeValue("wei", 2, 280, 0).toFixed(2); // => "3.26"
 * @example
 * newbornSizeValue("wei", 2, 301, 0); // => NaN
 * @category Newborn
 */
export function newbornSizeValue(measure: IntergrowthMeasure, sex: unknown, gaDays: number, z: number, options?: NewbornSizeOptions): number {
  const tails = new Float64Array(2);
  normalTails(typeof z === "number" ? z : NaN, tails);
  return valueAt("newbornSizeValue", measure, sex, gaDays, options, tails[0]!, tails[1]!);
}

/**
 * The measurement at centile `centile` (percent, 0–100) on the
 * INTERGROWTH-21st newborn size standards: like {@link newbornSizeValue},
 * from a centile instead of a z-score (e.g. the 10th and 90th centile
 * curves that bound AGA).
 *
 * @param measure - `"wei"`, `"len"` or `"hc"`
 * @param sex - 1 (male) or 2 (female), or any code {@link sexCode} accepts
 * @param gaDays - gestational age in days
 * @param centile - the centile in percent, 0–100
 * @param options - `fractionalGa`, as for {@link newbornSize}
 * @returns the measurement, or NaN outside 168–300 days, for an unusable sex or a centile outside 0–100
 * @throws RangeError for an unknown measure or a bad option
 *
 * @example
 * // The 10th centile of birth weight for boys at 37+0 weeks: below it a boy is SGA.
 * newbornSizeValueAtCentile("wei", 1, 259, 10).toFixed(2); // => "2.39"
 * @category Newborn
 */
export function newbornSizeValueAtCentile(measure: IntergrowthMeasure, sex: unknown, gaDays: number, centile: number, options?: NewbornSizeOptions): number {
  const ok = typeof centile === "number" && centile >= 0 && centile <= 100;
  return valueAt("newbornSizeValueAtCentile", measure, sex, gaDays, options, ok ? centile / 100 : NaN, ok ? 1 - centile / 100 : NaN);
}
