import { acSpec } from "../../who/indicators.js";
import { acanthro } from "../../tables/generated/acanthro.js";
import type { ScoreRecord } from "../../record/record.js";
import type { ScoreOptions } from "../options.js";
import type { IndicatorScore } from "./indicator-score.js";
import { scoreAtAge } from "./score-at-age.js";
import { ownMeasurement } from "./measured.js";
import { MUAC } from "../../record/measurements.js";

/**
 * Mid-upper arm circumference-for-age z-score (WHO Child Growth Standards 2006, 91 days to under 60 months), with every WHO anthro 1.1.0 rule as {@link score} applies them:
 * age rounded to whole days, validity windows, 2-decimal rounding before the flag.
 * Restricted LMS beyond ±3 SD; NA under 91 days (`age-under-91-days`); flagged when |z| > 5. The same value and flag as `score(record).zac` and `.fac`.
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
 * // WHO anthro gives 2.2 for this girl.
 * armCircumferenceForAge({ sex: 2, ageDays: 957.23, muacCm: 18.53 }).z; // => 2.2
 * @example
 * armCircumferenceForAge({ sex: 1, ageDays: 60, muacCm: 12 }).reasons; // => ["age-under-91-days"]
 * @category Scoring
 */
export function armCircumferenceForAge(record: ScoreRecord, options?: ScoreOptions): IndicatorScore {
  return scoreAtAge("armCircumferenceForAge", record, options, acSpec, acanthro, "zac", (_child, record) => ownMeasurement(record, MUAC));
}
