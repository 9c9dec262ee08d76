import { bfaSpec } from "../../who/indicators.js";
import { bfawho2007 } from "../../tables/generated/bfawho2007.js";
import type { ScoreRecord } from "../../record/record.js";
import type { ScoreOptions } from "../options.js";
import type { IndicatorScore } from "./indicator-score.js";
import { scoreAtMonth } from "./score-at-month.js";
import { bmiMeasurement } from "./measured.js";

/**
 * BMI-for-age z-score (WHO Growth Reference 2007, 60 to 228 months), with every WHO anthroplus 1.0.0 rule as {@link score} applies
 * them: L, M and S interpolated between whole months, 2-decimal rounding
 * before the flag. BMI from weight and height as measured; restricted LMS beyond ±3 SD; NA with oedema; flagged when |z| > 5. The same value and flag as `score(record).zbfa` and `.fbfa`.
 * Imports only its own WHO table, so a bundle that uses only this function
 * carries only that table. Under 60 months the z-score is NA with
 * `age-outside-standard` (the WHO Child Growth Standards apply), over 228
 * months with `age-out-of-range`.
 *
 * @param record - the child's measurements (the fields of {@link ScoreRecord}; the others are ignored)
 * @param options - `precision: "full"` for the unrounded z-score
 * @returns the z-score, its flag, and why it is NA
 * @throws TypeError when `record` is not an object or has an unknown field, or for an unknown option
 * @throws RangeError for a bad `precision`
 *
 * @example
 * // WHO anthroplus gives −0.57 for this boy.
 * bmiForAge2007({ sex: 1, ageMonths: 119.54, weightKg: 29.55, lenheiCm: 138 }).z; // => -0.57
 * @category Scoring
 */
export function bmiForAge2007(record: ScoreRecord, options?: ScoreOptions): IndicatorScore {
  return scoreAtMonth("bmiForAge2007", record, options, bfaSpec, bfawho2007, "zbfa", (child) => bmiMeasurement(child, child.lenheiCm, child.lenheiOk));
}
