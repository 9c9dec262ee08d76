import { wflSpec, wfhSpec } from "../../who/indicators.js";
import { wflanthro } from "../../tables/generated/wflanthro.js";
import { wfhanthro } from "../../tables/generated/wfhanthro.js";
import { FIELD_REASON_MASK } from "../fields.js";
import { R } from "../../record/reasons.js";
import type { ScoreRecord } from "../../record/record.js";
import type { ScoreOptions } from "../options.js";
import { interpolateByLength } from "../../tables/lookup.js";
import { lmsZRestricted } from "../../lms/lms-z.js";
import { readIndicatorRecord } from "./read-indicator-record.js";
import type { IndicatorScore } from "./indicator-score.js";
import { indicatorResult } from "./result.js";
import { isWho2007Age, wflUsesLength } from "../../who/rules.js";

/**
 * Weight-for-length/height z-score (WHO Child Growth Standards 2006, under
 * 60 months or age unknown), with every WHO anthro 1.1.0 rule as
 * {@link score} applies them: the length/height after the ±0.7 cm
 * conversion; the weight-for-length table (45–110 cm) under 731 days and the
 * weight-for-height table (65–120 cm) from 731 days, or without an age by
 * the position (lying: length, standing: height), or without either below
 * 87 cm length and from 87 cm height; L, M and S interpolated between the
 * 0.1 cm rows; restricted LMS beyond ±3 SD; NA with oedema; 2-decimal
 * rounding before the flag (|z| > 5). The same value and flag as
 * `score(record).zwfl` and `.fwfl`. Imports only the two tables it uses.
 * From 60 months the z-score is NA with `age-outside-standard`.
 *
 * @param record - the child's measurements (the fields of {@link ScoreRecord}; the others are ignored)
 * @param options - `precision: "full"` for the unrounded z-score
 * @returns the z-score, its flag, and why it is NA
 * @throws TypeError when `record` is not an object or has an unknown field, or for an unknown option
 * @throws RangeError for a bad `precision`
 *
 * @example
 * // WHO anthro gives 2.32 for a girl of 957.23 days, 18.5 kg, 98.7 cm standing.
 * weightForLengthHeight({ sex: 2, ageDays: 957.23, weightKg: 18.5, lenheiCm: 98.7, measure: "h" }).z; // => 2.32
 * @example
 * // No age: a boy of 69 cm (no position, under 87 cm: weight-for-length); WHO anthro gives 1.68.
 * weightForLengthHeight({ sex: 1, weightKg: 9.44, lenheiCm: 69 }).z; // => 1.68
 * @category Scoring
 */
export function weightForLengthHeight(record: ScoreRecord, options?: ScoreOptions): IndicatorScore {
  const { child, full } = readIndicatorRecord("weightForLengthHeight", record, options);
  const relevant = FIELD_REASON_MASK.zwfl;
  let r = child.reasons;
  if (child.ageKnown && isWho2007Age(child.months)) return indicatorResult(NaN, 0, 0, full, r | R.AGE_OUTSIDE_STANDARD, relevant);
  const clen = child.clenhei;
  const day = child.day;
  let value = NaN;
  if (child.sexOk && child.weightUsable && clen === clen) {
    const mc = child.measure;
    const useLength = wflUsesLength(day, mc, clen);
    const spec = useLength ? wflSpec : wfhSpec;
    if (!(clen >= spec.xMin && clen <= spec.xMax)) r |= R.LENHEI_OUTSIDE_WFL_RANGE;
    else {
      const lms = new Float64Array(3);
      if (interpolateByLength(useLength ? wflanthro() : wfhanthro(), child.sex, clen, lms)) value = lmsZRestricted(child.weightKg, lms[0]!, lms[1]!, lms[2]!);
    }
  }
  return indicatorResult(value, wflSpec.flagBelow, wflSpec.flagAbove, full, r, relevant);
}
