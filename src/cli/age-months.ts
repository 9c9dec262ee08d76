/**
 * Each row's age in months, read as `scoreColumns` reads it: age in days
 * where it is not missing (÷ 30.4375, WHO's days per month), else age in
 * months; NaN where the age is missing or invalid (negative, not a number).
 * The categories need it: acute malnutrition is for 6–59 months, and the
 * row's age decides which standard its oedema applies to.
 */
import { DAYS_PER_MONTH } from "../index.js";

/**
 * Fills `out[0, n)` with the ages in months.
 * @param ageDays - age in days (NaN missing, −Infinity invalid), if the input has it
 * @param ageMonths - age in months, likewise
 */
export function ageMonthsOf(ageDays: ArrayLike<number> | undefined, ageMonths: ArrayLike<number> | undefined, n: number, out: Float64Array): Float64Array {
  for (let i = 0; i < n; i++) {
    const d = ageDays === undefined ? Number.NaN : ageDays[i]!;
    let m: number;
    if (d === d) m = d >= 0 && d < Infinity ? d / DAYS_PER_MONTH : Number.NaN;
    else {
      const a = ageMonths === undefined ? Number.NaN : ageMonths[i]!;
      m = a >= 0 && a < Infinity ? a : Number.NaN;
    }
    out[i] = m;
  }
  return out.subarray(0, n);
}
