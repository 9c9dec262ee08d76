import { DAYS_PER_WEEK } from "./constants.js";
import { modelQuantile } from "./growth-model.js";
import { checkMeasure, type IntergrowthMeasure } from "./measures.js";
import { normalTails } from "./normal-tails.js";
import { pretermModel } from "./postnatal-model.js";
import { readSex } from "./read-input.js";

function valueAt(caller: string, measure: unknown, sex: unknown, pmaDays: unknown, lower: number, upper: number): number {
  const m = checkMeasure(measure, caller);
  const s = readSex(sex);
  if (s.presence !== 1 || typeof pmaDays !== "number" || lower !== lower) return NaN;
  const model = pretermModel(m, s.value, pmaDays / DAYS_PER_WEEK);
  return model === undefined ? NaN : modelQuantile(model, lower, upper);
}

/**
 * The measurement at z-score `z` on the INTERGROWTH-21st postnatal growth
 * standards for preterm infants (the inverse of {@link pretermGrowth}'s
 * z-scores), for growth chart curves: weight (kg), length or head
 * circumference (cm) at postmenstrual age `pmaDays`, 189–448 days (27+0 to
 * 64+0 weeks).
 *
 * @param measure - `"wei"`, `"len"` or `"hc"`
 * @param sex - 1 (male) or 2 (female), or any code {@link sexCode} accepts
 * @param pmaDays - postmenstrual age in days (weeks × 7)
 * @param z - the z-score
 * @returns the measurement, or NaN outside 27–64 weeks or for an unusable sex or z
 * @throws RangeError for an unknown measure
 *
 * @example
 * // Median head circumference of boys at 40+0 weeks postmenstrual age.
 * pretermGrowthValue("hc", 1, 280, 0).toFixed(2); // => "35.03"
 * @category Newborn
 */
export function pretermGrowthValue(measure: IntergrowthMeasure, sex: unknown, pmaDays: number, z: number): number {
  const tails = new Float64Array(2);
  normalTails(typeof z === "number" ? z : NaN, tails);
  return valueAt("pretermGrowthValue", measure, sex, pmaDays, tails[0]!, tails[1]!);
}

/**
 * The measurement at centile `centile` (percent, 0–100) on the
 * INTERGROWTH-21st postnatal growth standards for preterm infants: like
 * {@link pretermGrowthValue}, from a centile.
 *
 * @param measure - `"wei"`, `"len"` or `"hc"`
 * @param sex - 1 (male) or 2 (female), or any code {@link sexCode} accepts
 * @param pmaDays - postmenstrual age in days
 * @param centile - the centile in percent, 0–100
 * @returns the measurement, or NaN outside 27–64 weeks, for an unusable sex or a centile outside 0–100
 * @throws RangeError for an unknown measure
 *
 * @example
 * pretermGrowthValueAtCentile("wei", 2, 280, 50).toFixed(2); // => "3.13"
 * @category Newborn
 */
export function pretermGrowthValueAtCentile(measure: IntergrowthMeasure, sex: unknown, pmaDays: number, centile: number): number {
  const ok = typeof centile === "number" && centile >= 0 && centile <= 100;
  return valueAt("pretermGrowthValueAtCentile", measure, sex, pmaDays, ok ? centile / 100 : NaN, ok ? 1 - centile / 100 : NaN);
}
