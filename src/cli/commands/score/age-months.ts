/**
 * Each row's age in months, read as `scoreColumns` reads it (WHO's rule,
 * `ageMonthsOf`: age in days where it is not missing, else age in months);
 * NaN where the age is missing or invalid (negative, not a number). The
 * categories need it: acute malnutrition is for 6–59 months, and the row's
 * age decides which standard its oedema applies to.
 */
import { ageMonthsOf } from "../../../who/rules.js";

/**
 * Fills `out[0, n)` with the ages in months.
 * @param ageDays - age in days (NaN missing, −Infinity invalid), if the input has it
 * @param ageMonths - age in months, likewise
 */
export function ageMonthsColumn(ageDays: ArrayLike<number> | undefined, ageMonths: ArrayLike<number> | undefined, n: number, out: Float64Array): Float64Array {
  for (let i = 0; i < n; i++) {
    const m = ageMonthsOf(ageDays === undefined ? Number.NaN : ageDays[i]!, ageMonths === undefined ? Number.NaN : ageMonths[i]!);
    out[i] = m >= 0 && m < Infinity ? m : Number.NaN;
  }
  return out.subarray(0, n);
}
