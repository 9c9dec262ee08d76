import { hfaSpec } from "../../who/indicators.js";
import { hfawho2007 } from "../../tables/generated/hfawho2007.js";
import type { ScoreRecord } from "../../record/record.js";
import type { ScoreOptions } from "../options.js";
import type { IndicatorScore } from "./indicator-score.js";
import { scoreAtMonth } from "./score-at-month.js";

/**
 * Height-for-age z-score (WHO Growth Reference 2007, 60 to 228 months), with every WHO anthroplus 1.0.0 rule as {@link score} applies
 * them: L, M and S interpolated between whole months, 2-decimal rounding
 * before the flag. Height as measured (no position conversion from 60 months, as anthroplus does); plain LMS; flagged when |z| > 6. The same value and flag as `score(record).zhfa` and `.fhfa`.
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
 * // A boy of 119.54 months, 138 cm tall; WHO anthroplus gives 0.07.
 * heightForAge2007({ sex: 1, ageMonths: 119.54, lenheiCm: 138 }).z; // => 0.07
 * @category Scoring
 */
export function heightForAge2007(record: ScoreRecord, options?: ScoreOptions): IndicatorScore {
  return scoreAtMonth("heightForAge2007", record, options, hfaSpec, hfawho2007, "zhfa", (child) => ({ y: child.lenheiCm, usable: child.lenheiOk, presence: 1, reasons: 0 }));
}
