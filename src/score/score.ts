import { FIELD_REASON_MASK, SCORE_FIELDS, WHO2006_Z_FIELDS, WHO2007_Z_FIELDS, type NaReasonField, type ScoreField } from "./fields.js";
import { fieldReasons, reasonCodes, type ReasonCode } from "../record/reasons.js";
import { scoreColumns, type ScoreColumnsInput, type ScoreOptions } from "./score-columns.js";
import type { ScoreRecord } from "../record/record.js";

export type { ScoreRecord } from "../record/record.js";
import { checkScoreRecord } from "../record/check-record.js";
import { readChild } from "../record/read-record.js";
import { isWho2007Age } from "../who/rules.js";
import { scoringOptions } from "./options.js";

/**
 * One child's result: WHO anthro's fields (NaN for NA), every reason code the
 * record raised, and for each NA field the reasons that caused it.
 * @category Scoring
 */
export type ScoreResult = { readonly [K in ScoreField]: number } & {
  /** All reason codes raised by this record. */
  readonly reasons: readonly ReasonCode[];
  /**
   * For each NA value field (`clenhei`, `cbmi`, and the z-scores of the
   * standard that applies to the child's age) the reasons it is NA. The
   * other standard's fields are NA by design and are not listed.
   */
  readonly naReasons: Readonly<Partial<Record<NaReasonField, readonly ReasonCode[]>>>;
};

const WHO2006_Z: ReadonlySet<string> = new Set(WHO2006_Z_FIELDS);
const WHO2007_Z: ReadonlySet<string> = new Set(WHO2007_Z_FIELDS);
const REASON_MASKS: readonly (readonly [string, number])[] = Object.entries(FIELD_REASON_MASK);

/**
 * True when the record's age, read as the scorer reads it (days first unless
 * missing, then months; a non-number is invalid, not missing), is a valid age
 * of 60 months or more.
 */
function usesWho2007(record: ScoreRecord, correctUntilDays: number): boolean {
  const child = readChild(record, correctUntilDays);
  return child.ageKnown && isWho2007Age(child.months);
}

/**
 * Scores one child of any age from 0 to 19 years: under 60 months with the
 * WHO Child Growth Standards and every WHO anthro 1.1.0 rule (age rounding,
 * ±0.7 cm length/height conversion, standing under 9 months,
 * weight-for-length/height interpolation, restricted tails, oedema, validity
 * windows, 2-decimal z and flags), from 60 to 228 months with the WHO Growth
 * Reference 2007 and every WHO anthroplus 1.0.0 rule. The same computation
 * as {@link scoreColumns}, row for row.
 *
 * @param record - the child's measurements
 * @param options - `precision: "full"` for unrounded z-scores
 * @returns WHO's fields, with NaN for NA, and the reasons for each NA
 * @throws TypeError when `record` is not an object or has an unknown key
 *
 * @example
 * // Child 1 of WHO's demo survey; WHO's software gives the same values.
 * const r = score({ sex: 2, ageMonths: 22.45, weightKg: 10.4, lenheiCm: 84.8, measure: "l" });
 * [r.zlen, r.zwei, r.zwfl, r.zbmi]; // => [-0.07, -0.57, -0.81, -0.79]
 * r.fwei; // => 0
 * @example
 * score({ sex: "m", ageDays: 100, weightKg: 6, oedema: "y" }).naReasons.zwei; // => ["oedema"]
 * @category Scoring
 */
export function score(record: ScoreRecord, options?: ScoreOptions): ScoreResult {
  checkScoreRecord(record, "score");
  const { correctUntilDays } = scoringOptions(options, "score");
  const columns: Record<string, unknown[]> = { sex: [record.sex] };
  for (const key of Object.keys(record)) {
    const v = (record as unknown as Record<string, unknown>)[key];
    if (v !== undefined && key !== "sex") columns[key] = [v];
  }
  const r = scoreColumns(columns as unknown as ScoreColumnsInput, options);
  const mask = r.reasons[0]!;
  const result: Record<string, unknown> = {};
  for (const f of SCORE_FIELDS) result[f] = r[f][0];
  const naReasons: Partial<Record<string, ReasonCode[]>> = {};
  const notApplicable = usesWho2007(record, correctUntilDays) ? WHO2006_Z : WHO2007_Z;
  for (const [field, relevant] of REASON_MASKS) {
    if (Number.isNaN(result[field]) && !notApplicable.has(field)) naReasons[field] = reasonCodes(fieldReasons(mask, relevant));
  }
  result.reasons = reasonCodes(mask);
  result.naReasons = naReasons;
  return result as ScoreResult;
}
