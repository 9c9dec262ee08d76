/**
 * Why a value is NA. Every row of {@link scoreColumns} carries a bit mask of
 * these (its `reasons` column); {@link score} lists them by name, and per
 * field in `naReasons`. The fields of the standard that does not apply to a
 * child's age (WHO 2006 under 60 months, WHO 2007 from 60 months) are NA by
 * design and need no reason.
 *
 * - `sex-missing`, `sex-invalid`: no usable sex, so no z-score at all.
 * - `age-missing`, `age-invalid` (negative, infinite, not a number): no
 *   age-based z-score; weight-for-length/height still works from the measure.
 * - `age-out-of-range`: over 228 months (19 years), beyond both WHO standards.
 * - `age-over-120-months`: weight-for-age (WHO 2007) stops at 120 months.
 * - `age-under-91-days`: arm circumference and skinfold standards start at day 91.
 * - `weight-missing`, `weight-invalid` (≤ 0, infinite, not a number), and the
 *   same pairs for `lenhei`, `headc`, `muac`, `triskin`, `subskin`.
 * - `measure-invalid`: a position code that is not lying/standing; length-
 *   based values are NA rather than guessed.
 * - `measure-standing-under-9-months`: standing height under 9 months is an
 *   implausible position; the measure is ignored (no ±0.7 cm), as WHO does
 *   (`c9mo_flag = 1`). Informational: no value is NA because of it.
 * - `oedema`: bilateral pitting oedema, so weight-based z-scores are NA
 *   (counted as severe in prevalence).
 * - `oedema-invalid`: an oedema code that is not yes/no; weight-based values NA.
 * - `lenhei-outside-wfl-range`: the adjusted length is outside 45–110 cm
 *   (weight-for-length) or the height outside 65–120 cm (weight-for-height).
 * - `value-overflow`: a BMI or z-score overflowed to infinity (check units).
 * - `age-outside-standard`: raised only by the one-indicator functions
 *   ({@link weightForAge} and the others): the age is outside the standard
 *   the function computes (a WHO 2006 indicator from 60 months, a WHO 2007
 *   indicator under 60 months). {@link score} and {@link scoreColumns}
 *   never raise it: they switch to the standard that applies.
 * - `ga-invalid`: a gestational age at birth (`gaDays`/`gaWeeks`) outside
 *   22+0 to 44+6 weeks or not a number: no correction for prematurity is
 *   made (informational: the z-scores use the chronological age).
 * - `age-before-term`: a child born preterm who has not reached its term
 *   date (corrected age below 0): the WHO standards start at term, so the
 *   age-based z-scores are NA (weight-for-length/height is computed as for
 *   an unknown age); the INTERGROWTH-21st preterm standard applies.
 * @category Scoring
 */
export type ReasonCode =
  | "sex-missing"
  | "sex-invalid"
  | "age-missing"
  | "age-invalid"
  | "age-out-of-range"
  | "age-under-91-days"
  | "weight-missing"
  | "weight-invalid"
  | "lenhei-missing"
  | "lenhei-invalid"
  | "measure-invalid"
  | "measure-standing-under-9-months"
  | "oedema"
  | "oedema-invalid"
  | "headc-missing"
  | "headc-invalid"
  | "muac-missing"
  | "muac-invalid"
  | "triskin-missing"
  | "triskin-invalid"
  | "subskin-missing"
  | "subskin-invalid"
  | "lenhei-outside-wfl-range"
  | "value-overflow"
  | "age-over-120-months"
  | "age-outside-standard"
  | "ga-invalid"
  | "age-before-term";

/**
 * Every reason code, in bit order: code `REASON_CODES[k]` is bit `1 << k`
 * of a `reasons` mask.
 *
 * @example
 * REASON_CODES.indexOf("oedema") >= 0; // => true
 * @category Scoring
 */
export const REASON_CODES: readonly ReasonCode[] = [
  "sex-missing",
  "sex-invalid",
  "age-missing",
  "age-invalid",
  "age-out-of-range",
  "age-under-91-days",
  "weight-missing",
  "weight-invalid",
  "lenhei-missing",
  "lenhei-invalid",
  "measure-invalid",
  "measure-standing-under-9-months",
  "oedema",
  "oedema-invalid",
  "headc-missing",
  "headc-invalid",
  "muac-missing",
  "muac-invalid",
  "triskin-missing",
  "triskin-invalid",
  "subskin-missing",
  "subskin-invalid",
  "lenhei-outside-wfl-range",
  "value-overflow",
  "age-over-120-months",
  "age-outside-standard",
  "ga-invalid",
  "age-before-term",
];

/** Bit values of the reason codes, for hot loops. @internal */
export const R = {
  SEX_MISSING: 1 << 0,
  SEX_INVALID: 1 << 1,
  AGE_MISSING: 1 << 2,
  AGE_INVALID: 1 << 3,
  AGE_OUT_OF_RANGE: 1 << 4,
  AGE_UNDER_91_DAYS: 1 << 5,
  WEIGHT_MISSING: 1 << 6,
  WEIGHT_INVALID: 1 << 7,
  LENHEI_MISSING: 1 << 8,
  LENHEI_INVALID: 1 << 9,
  MEASURE_INVALID: 1 << 10,
  STANDING_UNDER_9_MONTHS: 1 << 11,
  OEDEMA: 1 << 12,
  OEDEMA_INVALID: 1 << 13,
  HEADC_MISSING: 1 << 14,
  HEADC_INVALID: 1 << 15,
  MUAC_MISSING: 1 << 16,
  MUAC_INVALID: 1 << 17,
  TRISKIN_MISSING: 1 << 18,
  TRISKIN_INVALID: 1 << 19,
  SUBSKIN_MISSING: 1 << 20,
  SUBSKIN_INVALID: 1 << 21,
  LENHEI_OUTSIDE_WFL_RANGE: 1 << 22,
  VALUE_OVERFLOW: 1 << 23,
  AGE_OVER_120_MONTHS: 1 << 24,
  AGE_OUTSIDE_STANDARD: 1 << 25,
  GA_INVALID: 1 << 26,
  AGE_BEFORE_TERM: 1 << 27,
} as const;

/**
 * The reason codes set in a `reasons` mask, in bit order.
 *
 * @example
 * const r = scoreColumns({ sex: ["f"], ageDays: [400], weightKg: [NaN] });
 * reasonCodes(r.reasons[0]!).includes("weight-missing"); // => true
 * @category Scoring
 */
export function reasonCodes(mask: number): ReasonCode[] {
  const out: ReasonCode[] = [];
  for (let k = 0; k < REASON_CODES.length; k++) {
    if (mask & (1 << k)) out.push(REASON_CODES[k]!);
  }
  return out;
}

/**
 * The reasons of a NA field: the record's reason bits that can make it NA.
 * `value-overflow` is listed only when none of the field's other reasons is
 * set: the mask is the record's, and an overflow elsewhere (a BMI of a
 * length near 0 overflows `cbmi`) is not why, say, `zhc` is NA when the head
 * circumference is missing. A field NA with none of its other reasons set
 * was computed, and overflowed: the overflow is its own. The one-indicator
 * functions follow the same rule.
 * @internal
 */
export function fieldReasons(mask: number, relevant: number): number {
  const own = mask & relevant;
  const other = own & ~R.VALUE_OVERFLOW;
  return other !== 0 ? other : own;
}

/**
 * The age's reason bit for an age in months as {@link ageMonthsOf} reads it:
 * 0 for a valid age (finite, ≥ 0), `age-missing` for NaN, `age-invalid` for
 * anything else.
 * @internal
 */
export function ageReason(months: number): number {
  if (months !== months) return R.AGE_MISSING;
  return months >= 0 && months < Infinity ? 0 : R.AGE_INVALID;
}
