import { lmsZ, lmsZRestricted } from "./lms-z.js";
import { indicatorSpec } from "../who/registry.js";
import type { Indicator } from "../who/indicators.js";
import { lmsParameters } from "./lms-parameters.js";

/**
 * The low-level, unrounded z-score of one measurement, with WHO's restricted
 * tails for the indicators that use them (`wei`, `wfl`, `wfh`, `bmi`, `ac`,
 * `ts`, `ss`). No record-level rules are applied (no ±0.7 cm conversion, no
 * oedema, no 60-month limit, no rounding): use {@link score} for those.
 *
 * @param indicator - `len`, `wei`, `bmi`, `hc`, `ac`, `ts`, `ss` (x = age in
 *   days) or `wfl` / `wfh` (x = length / height in cm)
 * @param sex - 1 (male) or 2 (female), or any code {@link sexCode} accepts
 * @param x - age in days (rounded half up to a whole day), or length/height in cm
 * @param y - the measurement (kg, cm, kg/m² or mm)
 * @returns the z-score, or NaN when x is outside the table, the sex is unusable or y ≤ 0
 * @throws RangeError for an unknown indicator
 *
 * @example
 * zscore("wei", 1, 0, 3.3464); // => 0
 * @example
 * // at the median the z-score is 0
 * zscore("len", 2, 365, lmsParameters("len", 2, 365)!.m); // => 0
 * @category Scoring
 */
export function zscore(indicator: Indicator, sex: unknown, x: number, y: number): number {
  const spec = indicatorSpec(indicator, "zscore");
  const p = lmsParameters(indicator, sex, x);
  if (p === undefined || typeof y !== "number" || !(y > 0 && y < Infinity)) return Number.NaN;
  return spec.restricted ? lmsZRestricted(y, p.l, p.m, p.s) : lmsZ(y, p.l, p.m, p.s);
}
