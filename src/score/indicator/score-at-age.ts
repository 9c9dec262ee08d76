import { lmsZ, lmsZRestricted } from "../../lms/lms-z.js";
import type { IndicatorSpec } from "../../who/indicators.js";
import type { LmsTable } from "../../tables/lms-table.js";
import { FIELD_REASON_MASK, type Who2006ZField } from "../fields.js";
import { R } from "../../record/reasons.js";
import type { ScoreRecord } from "../../record/record.js";
import type { ScoreOptions } from "../options.js";
import type { Child } from "../../record/read-record.js";
import { readIndicatorRecord } from "./read-indicator-record.js";
import type { IndicatorScore } from "./indicator-score.js";
import type { Measured } from "./measured.js";
import { indicatorResult } from "./result.js";
import { rowAt } from "../../tables/lookup.js";
import { isWho2007Age } from "../../who/rules.js";

/**
 * A WHO 2006 age-based indicator (under 60 months) of one record, by WHO
 * anthro's rules as {@link score} applies them: the table row of the age in
 * whole days, plain or restricted LMS, the age limit of the indicator
 * (`spec.xMin`: day 91 for arm circumference and skinfolds), rounding and
 * flag. Checks `record` and `options` for `caller`.
 * @internal
 */
export function scoreAtAge(
  caller: string, record: ScoreRecord, options: ScoreOptions | undefined,
  spec: IndicatorSpec, table: () => LmsTable, field: Who2006ZField, measure: (child: Child, record: ScoreRecord) => Measured,
): IndicatorScore {
  const { child, full } = readIndicatorRecord(caller, record, options);
  const relevant = FIELD_REASON_MASK[field];
  if (child.ageKnown && isWho2007Age(child.months)) return indicatorResult(NaN, 0, 0, full, child.reasons | R.AGE_OUTSIDE_STANDARD, relevant);
  const m = measure(child, record);
  let r = child.reasons | m.reasons;
  let ageZ = child.sexOk && child.ageKnown && !isWho2007Age(child.months);
  if (ageZ && child.day < spec.xMin) {
    ageZ = false;
    if (m.presence !== 0) r |= R.AGE_UNDER_91_DAYS;
  }
  let value = NaN;
  if (ageZ && m.usable) {
    const t = table();
    const k = rowAt(t, child.sex, child.day);
    if (k >= 0) value = spec.restricted ? lmsZRestricted(m.y, t.l[k]!, t.m[k]!, t.s[k]!) : lmsZ(m.y, t.l[k]!, t.m[k]!, t.s[k]!);
  }
  return indicatorResult(value, spec.flagBelow, spec.flagAbove, full, r, relevant);
}
