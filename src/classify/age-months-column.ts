/**
 * Each row's age in months, read as `scoreColumns` reads it (WHO's rule,
 * `ageMonthsOf`: age in days where it is not missing, else age in months);
 * NaN where the age is missing or invalid (negative, not a number). The
 * categories need it: acute malnutrition is for 6–59 months, and the row's
 * age decides which standard its oedema applies to.
 * @internal
 */
import { numberValue } from "../record/codes.js";
import { ageMonthsOf } from "../who/rules.js";

/**
 * Fills `out[0, n)` with the ages in months and returns that part.
 * @param ageDays - age in days (numbers; NaN or blank missing, anything else invalid), if the input has it
 * @param ageMonths - age in months, likewise
 * @internal
 */
export function ageMonthsColumn(ageDays: ArrayLike<unknown> | undefined, ageMonths: ArrayLike<unknown> | undefined, n: number, out: Float64Array = new Float64Array(n)): Float64Array {
  for (let i = 0; i < n; i++) {
    const days = ageDays === undefined ? Number.NaN : numberValue(ageDays[i]);
    const months = ageMonths === undefined ? Number.NaN : numberValue(ageMonths[i]);
    const m = ageMonthsOf(days, months);
    out[i] = m >= 0 && m < Infinity ? m : Number.NaN;
  }
  return out.subarray(0, n);
}
