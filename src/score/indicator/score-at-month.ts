import { lmsZ, lmsZRestricted } from "../../lms/lms-z.js";
import type { IndicatorSpec } from "../../who/indicators.js";
import type { LmsTable } from "../../tables/lms-table.js";
import { FIELD_REASON_MASK, type Who2007ZField } from "../fields.js";
import { R } from "../../record/reasons.js";
import type { ScoreRecord } from "../../record/record.js";
import type { ScoreOptions } from "../options.js";
import { interpolateByMonth } from "../../tables/lookup.js";
import type { Child } from "../../record/read-record.js";
import { readIndicatorRecord } from "./read-indicator-record.js";
import type { IndicatorScore } from "./indicator-score.js";
import type { Measured } from "./measured.js";
import { indicatorResult } from "./result.js";
import { isWho2007Age } from "../../who/rules.js";

/**
 * A WHO 2007 indicator (60 months to `spec.xMax` months) of one record, by
 * WHO anthroplus's rules as {@link score} applies them: L, M and S
 * interpolated between whole months, plain or restricted LMS, rounding and
 * flag. Checks `record` and `options` for `caller`.
 * @internal
 */
export function scoreAtMonth(
  caller: string, record: ScoreRecord, options: ScoreOptions | undefined,
  spec: IndicatorSpec, table: () => LmsTable, field: Who2007ZField, measure: (child: Child) => Measured,
): IndicatorScore {
  const { child, full } = readIndicatorRecord(caller, record, options);
  const relevant = FIELD_REASON_MASK[field];
  // Without an age, or under 60 months, WHO 2007 does not apply: as score,
  // the measurement is not looked at (no BMI is computed from the height as
  // measured), and the reasons are the record's own and the age's.
  if (!child.ageKnown) return indicatorResult(NaN, 0, 0, full, child.reasons, relevant);
  if (!isWho2007Age(child.months)) return indicatorResult(NaN, 0, 0, full, child.reasons | R.AGE_OUTSIDE_STANDARD, relevant);
  const m = measure(child);
  const r = child.reasons | m.reasons;
  let value = NaN;
  const months = child.months;
  if (child.sexOk && months <= spec.xMax && m.usable) {
    const lms = new Float64Array(3);
    if (interpolateByMonth(table(), child.sex, months, lms)) {
      value = spec.restricted ? lmsZRestricted(m.y, lms[0]!, lms[1]!, lms[2]!) : lmsZ(m.y, lms[0]!, lms[1]!, lms[2]!);
    }
  }
  return indicatorResult(value, spec.flagBelow, spec.flagAbove, full, r, relevant);
}
