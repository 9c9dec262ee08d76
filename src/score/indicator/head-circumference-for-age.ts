import { hcSpec } from "../../who/indicators.js";
import { hcanthro } from "../../tables/generated/hcanthro.js";
import type { ScoreRecord } from "../../record/record.js";
import type { ScoreOptions } from "../options.js";
import type { IndicatorScore } from "./indicator-score.js";
import { scoreAtAge } from "./score-at-age.js";
import { ownMeasurement } from "./measured.js";
import { HEAD } from "../../record/measurements.js";

/**
 * Head circumference-for-age z-score (WHO Child Growth Standards 2006, 0 to under 60 months), with every WHO anthro 1.1.0 rule as {@link score} applies them:
 * age rounded to whole days, validity windows, 2-decimal rounding before the flag.
 * Plain LMS; flagged when |z| > 5. The same value and flag as `score(record).zhc` and `.fhc`.
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
 * // WHO anthro gives 1 for this girl.
 * headCircumferenceForAge({ sex: 2, ageDays: 957.23, headCm: 49.5 }).z; // => 1
 * @category Scoring
 */
export function headCircumferenceForAge(record: ScoreRecord, options?: ScoreOptions): IndicatorScore {
  return scoreAtAge("headCircumferenceForAge", record, options, hcSpec, hcanthro, "zhc", (_child, record) => ownMeasurement(record, HEAD));
}
