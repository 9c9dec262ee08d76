import { lenSpec } from "../../who/indicators.js";
import { lenanthro } from "../../tables/generated/lenanthro.js";
import type { ScoreRecord } from "../../record/record.js";
import type { ScoreOptions } from "../options.js";
import type { IndicatorScore } from "./indicator-score.js";
import { scoreAtAge } from "./score-at-age.js";

/**
 * Length/height-for-age z-score (WHO Child Growth Standards 2006, 0 to under 60 months), with every WHO anthro 1.1.0 rule as {@link score} applies them:
 * age rounded to whole days, validity windows, 2-decimal rounding before the flag.
 * Length under 731 days and height from 731 days, the measured value converted by ±0.7 cm from the position (`measure`) as WHO does, a standing position under 9 months ignored; plain LMS; flagged when |z| > 6. The same value and flag as `score(record).zlen` and `.flen`.
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
 * // A girl of 957.23 days, 98.7 cm standing (98.7 + 0.7 = 99.4 cm lying); WHO anthro gives 1.92.
 * lengthHeightForAge({ sex: 2, ageDays: 957.23, lenheiCm: 98.7, measure: "h" }).z; // => 1.92
 * @category Scoring
 */
export function lengthHeightForAge(record: ScoreRecord, options?: ScoreOptions): IndicatorScore {
  return scoreAtAge("lengthHeightForAge", record, options, lenSpec, lenanthro, "zlen", (child) => ({ y: child.clenhei, usable: child.clenhei === child.clenhei, presence: 1, reasons: 0 }));
}
