import { bmiSpec } from "../../who/indicators.js";
import { bmianthro } from "../../tables/generated/bmianthro.js";
import type { ScoreRecord } from "../../record/record.js";
import type { ScoreOptions } from "../options.js";
import type { IndicatorScore } from "./indicator-score.js";
import { scoreAtAge } from "./score-at-age.js";
import { bmiMeasurement } from "./measured.js";

/**
 * BMI-for-age z-score (WHO Child Growth Standards 2006, 0 to under 60 months), with every WHO anthro 1.1.0 rule as {@link score} applies them:
 * age rounded to whole days, validity windows, 2-decimal rounding before the flag.
 * BMI from weight and the length/height after WHO's ±0.7 cm conversion; restricted LMS beyond ±3 SD; NA with oedema; flagged when |z| > 5. The same value and flag as `score(record).zbmi` and `.fbmi`.
 * Imports only its own WHO table, so a bundle that uses only this function
 * carries only that table. From 60 months the z-score is NA with
 * `age-outside-standard`: WHO 2007 applies (see {@link score}).
 *
 * @param record - the child's measurements (the fields of {@link ScoreRecord}; the others are ignored)
 * @param options - `precision: "full"` for the unrounded z-score
 * @returns the z-score, its flag, and why it is NA
 * @throws TypeError when `record` is not an object or has an unknown field, or for an unknown option
 * @throws RangeError for a bad `precision`
 *
 * @example
 * // WHO anthro gives 2.27 for this girl.
 * bmiForAge({ sex: 2, ageDays: 957.23, weightKg: 18.5, lenheiCm: 98.7, measure: "h" }).z; // => 2.27
 * @category Scoring
 */
export function bmiForAge(record: ScoreRecord, options?: ScoreOptions): IndicatorScore {
  return scoreAtAge("bmiForAge", record, options, bmiSpec, bmianthro, "zbmi", (child) => bmiMeasurement(child, child.clenhei, child.clenhei === child.clenhei));
}
