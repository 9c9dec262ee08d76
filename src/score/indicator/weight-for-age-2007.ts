import { wfaSpec } from "../../who/indicators.js";
import { wfawho2007 } from "../../tables/generated/wfawho2007.js";
import type { ScoreRecord } from "../../record/record.js";
import type { ScoreOptions } from "../options.js";
import type { IndicatorScore } from "./indicator-score.js";
import { scoreAtMonth } from "./score-at-month.js";

/**
 * Weight-for-age z-score (WHO Growth Reference 2007, 60 to 120 months), with every WHO anthroplus 1.0.0 rule as {@link score} applies
 * them: L, M and S interpolated between whole months, 2-decimal rounding
 * before the flag. Restricted LMS beyond ±3 SD; NA with oedema and after 120 months (`age-over-120-months`); flagged when z < −6 or z > 5. The same value and flag as `score(record).zwfa` and `.fwfa`.
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
 * // WHO anthroplus gives −0.31 for this boy.
 * weightForAge2007({ sex: 1, ageMonths: 119.54, weightKg: 29.55 }).z; // => -0.31
 * @example
 * weightForAge2007({ sex: 1, ageMonths: 121, weightKg: 30 }).reasons; // => ["age-over-120-months"]
 * @category Scoring
 */
export function weightForAge2007(record: ScoreRecord, options?: ScoreOptions): IndicatorScore {
  return scoreAtMonth("weightForAge2007", record, options, wfaSpec, wfawho2007, "zwfa", (child) => ({ y: child.weightKg, usable: child.weightUsable, presence: 1, reasons: 0 }));
}
