import { ssSpec } from "../../who/indicators.js";
import { ssanthro } from "../../tables/generated/ssanthro.js";
import type { ScoreRecord } from "../../record/record.js";
import type { ScoreOptions } from "../options.js";
import type { IndicatorScore } from "./indicator-score.js";
import { scoreAtAge } from "./score-at-age.js";
import { ownMeasurement } from "./measured.js";
import { SUBSCAPULAR } from "../../record/measurements.js";

/**
 * Subscapular skinfold-for-age z-score (WHO Child Growth Standards 2006, 91 days to under 60 months), with every WHO anthro 1.1.0 rule as {@link score} applies them:
 * age rounded to whole days, validity windows, 2-decimal rounding before the flag.
 * Restricted LMS beyond ±3 SD; NA under 91 days; flagged when |z| > 5. The same value and flag as `score(record).zss` and `.fss`.
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
 * // WHO anthro gives 2 for this girl.
 * subscapularSkinfoldForAge({ sex: 2, ageDays: 957.23, subscapularMm: 9.73 }).z; // => 2
 * @category Scoring
 */
export function subscapularSkinfoldForAge(record: ScoreRecord, options?: ScoreOptions): IndicatorScore {
  return scoreAtAge("subscapularSkinfoldForAge", record, options, ssSpec, ssanthro, "zss", (_child, record) => ownMeasurement(record, SUBSCAPULAR));
}
