import { FIELD_REASON_MASK, INTERGROWTH_Z_FIELDS, SCORE_FIELDS, WHO2006_Z_FIELDS, WHO2007_Z_FIELDS, type NaReasonField, type ScoreField } from "./fields.js";
import { fieldReasons, reasonCodes, type ReasonCode } from "../record/reasons.js";
import { prepareColumns, type ScoreColumnsInput, type ScoreOptions } from "./score-columns.js";
import { scoreKernel } from "./kernel.js";
import { allocateOutput } from "./fields.js";
import type { ScoreRecord } from "../record/record.js";

export type { ScoreRecord } from "../record/record.js";
import { checkScoreRecord } from "../record/check-record.js";
import { readChild } from "../record/read-record.js";
import { isWho2007Age } from "../who/rules.js";
import { scoringOptions } from "./options.js";
import { numberValue } from "../record/codes.js";
import { birthGaDays } from "../intergrowth/ga-days.js";
import { IG_NONE, intergrowthRoute } from "../intergrowth/route.js";
import { chronologicalAgeDays } from "./intergrowth-scores.js";

/**
 * One child's result: WHO anthro's fields (NaN for NA), every reason code the
 * record raised, and for each NA field the reasons that caused it.
 * @category Scoring
 */
export type ScoreResult = { readonly [K in ScoreField]: number } & {
  /** All reason codes raised by this record. */
  readonly reasons: readonly ReasonCode[];
  /**
   * For each NA value field (`clenhei`, `cbmi`, `cage_days`, the z-scores of
   * the standard that applies to the child's age, and `igp_*` where an
   * INTERGROWTH-21st standard applies) the reasons it is NA. The other
   * standards' fields are NA by design and are not listed.
   */
  readonly naReasons: Readonly<Partial<Record<NaReasonField, readonly ReasonCode[]>>>;
};

/** The other standard's z-fields, with the INTERGROWTH-21st ones unless one of their standards applies. */
function otherFields(fields: readonly string[], intergrowth: boolean): ReadonlySet<string> {
  return new Set(intergrowth ? fields : [...fields, ...INTERGROWTH_Z_FIELDS]);
}

/** The fields NA by design, by [uses WHO 2007][uses INTERGROWTH-21st]. */
const NOT_APPLICABLE: readonly (readonly ReadonlySet<string>[])[] = [
  [otherFields(WHO2007_Z_FIELDS, false), otherFields(WHO2007_Z_FIELDS, true)],
  [otherFields(WHO2006_Z_FIELDS, false), otherFields(WHO2006_Z_FIELDS, true)],
];
const REASON_MASKS: readonly (readonly [string, number])[] = Object.entries(FIELD_REASON_MASK);

/** One row of output, reused by every call (the result is copied out of it before `score` returns). */
const ROW = allocateOutput(1);

/**
 * True when the record's age, read as the scorer reads it (days first unless
 * missing, then months; a non-number is invalid, not missing), is a valid age
 * of 60 months or more.
 */
function usesWho2007(record: ScoreRecord, correctUntilDays: number): boolean {
  const child = readChild(record, correctUntilDays);
  return child.ageKnown && isWho2007Age(child.months);
}

/** Whether an INTERGROWTH-21st standard applies to the record (see `intergrowthRoute`), read as the scorer reads it. */
function usesIntergrowth(record: ScoreRecord): boolean {
  if (record.gaDays === undefined && record.gaWeeks === undefined) return false;
  const age = chronologicalAgeDays(numberValue(record.ageDays), numberValue(record.ageMonths));
  return intergrowthRoute(age, birthGaDays(numberValue(record.gaDays), numberValue(record.gaWeeks))) !== IG_NONE;
}

/**
 * Scores one child of any age from 0 to 19 years: under 60 months with the
 * WHO Child Growth Standards and every WHO anthro 1.1.0 rule (age rounding,
 * ±0.7 cm length/height conversion, standing under 9 months,
 * weight-for-length/height interpolation, restricted tails, oedema, validity
 * windows, 2-decimal z and flags), from 60 to 228 months with the WHO Growth
 * Reference 2007 and every WHO anthroplus 1.0.0 rule. With a gestational
 * age, corrected age for a child born preterm and the INTERGROWTH-21st
 * z-scores `igp_*` (see {@link scoreColumns}). The same computation as
 * {@link scoreColumns}, row for row.
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
 * @example
 * // A girl born at 30+0 weeks, 6 weeks old (36+0 weeks postmenstrual age): before her
 * // term date no WHO age-based z-score, but the INTERGROWTH-21st postnatal ones.
 * const p = score({ sex: 2, ageDays: 42, gaWeeks: 30, weightKg: 1.9, lenheiCm: 42, headCm: 31 });
 * [p.igp_zwei, p.igp_zlen, p.igp_zhc]; // => [-1.21, -1.72, -0.82]
 * p.naReasons.zwei; // => ["age-before-term"]
 * @category Scoring
 */
export function score(record: ScoreRecord, options?: ScoreOptions): ScoreResult {
  checkScoreRecord(record, "score");
  const { full, correctUntilDays } = scoringOptions(options, "score");
  const columns: Record<string, unknown[]> = { sex: [record.sex] };
  for (const key of Object.keys(record)) {
    const v = (record as unknown as Record<string, unknown>)[key];
    if (v !== undefined && key !== "sex") columns[key] = [v];
  }
  const r = ROW;
  scoreKernel(prepareColumns(columns as unknown as ScoreColumnsInput, "score"), r, 0, 1, full, correctUntilDays);
  const mask = r.reasons[0]!;
  const result: Record<string, unknown> = {};
  for (const f of SCORE_FIELDS) result[f] = r[f][0];
  const naReasons: Partial<Record<string, ReasonCode[]>> = {};
  const notApplicable = NOT_APPLICABLE[+usesWho2007(record, correctUntilDays)]![+usesIntergrowth(record)]!;
  for (const [field, relevant] of REASON_MASKS) {
    if (Number.isNaN(result[field]) && !notApplicable.has(field)) naReasons[field] = reasonCodes(fieldReasons(mask, relevant));
  }
  result.reasons = reasonCodes(mask);
  result.naReasons = naReasons;
  return result as ScoreResult;
}
