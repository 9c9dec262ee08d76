import { R } from "./reasons.js";

/** The z-score fields of the WHO 2006 indicators, by WHO's column names. */
export type ZField = "zlen" | "zwei" | "zwfl" | "zbmi" | "zhc" | "zac" | "zts" | "zss";

/** The flag fields (1 = implausible z, 0 = plausible, NaN when z is NA). */
export type FlagField = "flen" | "fwei" | "fwfl" | "fbmi" | "fhc" | "fac" | "fts" | "fss";

/** Every numeric value field {@link score} and {@link scoreColumns} return. */
export type ScoreField = "clenhei" | "cbmi" | "c9mo_flag" | ZField | FlagField;

/**
 * The output fields in WHO anthro's order.
 *
 * @example
 * SCORE_FIELDS.slice(0, 5); // => ["clenhei", "cbmi", "c9mo_flag", "zlen", "flen"]
 */
export const SCORE_FIELDS: readonly ScoreField[] = [
  "clenhei", "cbmi", "c9mo_flag",
  "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi",
  "zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss",
];

/** Each z field with its flag field. @internal */
export const Z_FLAG_PAIRS: readonly (readonly [ZField, FlagField])[] = [
  ["zlen", "flen"], ["zwei", "fwei"], ["zwfl", "fwfl"], ["zbmi", "fbmi"],
  ["zhc", "fhc"], ["zac", "fac"], ["zts", "fts"], ["zss", "fss"],
];

const SEX = R.SEX_MISSING | R.SEX_INVALID;
const AGE = R.AGE_MISSING | R.AGE_INVALID | R.AGE_OUT_OF_RANGE;
const LEN = R.LENHEI_MISSING | R.LENHEI_INVALID | R.MEASURE_INVALID;
const WEIGHT = R.WEIGHT_MISSING | R.WEIGHT_INVALID;
const WEIGHT_Z = WEIGHT | R.OEDEMA | R.OEDEMA_INVALID;

/**
 * Which reason bits can make each value field NA.
 * @internal
 */
export const FIELD_REASON_MASK: Readonly<Record<"clenhei" | "cbmi" | ZField, number>> = {
  clenhei: LEN,
  cbmi: LEN | WEIGHT | R.VALUE_OVERFLOW,
  zlen: SEX | AGE | LEN | R.VALUE_OVERFLOW,
  zwei: SEX | AGE | WEIGHT_Z | R.VALUE_OVERFLOW,
  zwfl: SEX | R.AGE_OUT_OF_RANGE | LEN | WEIGHT_Z | R.LENHEI_OUTSIDE_WFL_RANGE | R.VALUE_OVERFLOW,
  zbmi: SEX | AGE | LEN | WEIGHT_Z | R.VALUE_OVERFLOW,
  zhc: SEX | AGE | R.HEADC_MISSING | R.HEADC_INVALID | R.VALUE_OVERFLOW,
  zac: SEX | AGE | R.AGE_UNDER_91_DAYS | R.MUAC_MISSING | R.MUAC_INVALID | R.VALUE_OVERFLOW,
  zts: SEX | AGE | R.AGE_UNDER_91_DAYS | R.TRISKIN_MISSING | R.TRISKIN_INVALID | R.VALUE_OVERFLOW,
  zss: SEX | AGE | R.AGE_UNDER_91_DAYS | R.SUBSKIN_MISSING | R.SUBSKIN_INVALID | R.VALUE_OVERFLOW,
};
