import { weiSpec } from "../../who/indicators.js";
import { weianthro } from "../../tables/generated/weianthro.js";
import type { ScoreRecord } from "../../record/record.js";
import type { ScoreOptions } from "../options.js";
import type { IndicatorScore } from "./indicator-score.js";
import { scoreAtAge } from "./score-at-age.js";

/**
 * Weight-for-age z-score (WHO Child Growth Standards 2006, 0 to under 60 months), with every WHO anthro 1.1.0 rule as {@link score} applies them:
 * age rounded to whole days, validity windows, 2-decimal rounding before the flag.
 * WHO anthro's restricted LMS beyond ±3 SD; NA with oedema; flagged when z < −6 or z > 5. The same value and flag as `score(record).zwei` and `.fwei`.
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
 * // A girl of 957.23 days weighing 18.5 kg; WHO anthro gives 2.65 for her.
 * weightForAge({ sex: 2, ageDays: 957.23, weightKg: 18.5 }); // => { z: 2.65, flag: 0, reasons: [] }
 * @example
 * weightForAge({ sex: "L", ageMonths: 14, weightKg: 9, oedema: "y" }).reasons; // => ["oedema"]
 * @category Scoring
 */
export function weightForAge(record: ScoreRecord, options?: ScoreOptions): IndicatorScore {
  return scoreAtAge("weightForAge", record, options, weiSpec, weianthro, "zwei", (child) => ({ y: child.weightKg, usable: child.weightUsable, presence: 1, reasons: 0 }));
}
