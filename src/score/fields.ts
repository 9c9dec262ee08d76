import { R } from "../record/reasons.js";

/** The z-score fields of the WHO 2006 indicators (under 60 months), by WHO anthro's column names. */
export type Who2006ZField = "zlen" | "zwei" | "zwfl" | "zbmi" | "zhc" | "zac" | "zts" | "zss";

/** The z-score fields of the WHO 2007 indicators (60–228 months), by WHO anthroplus's column names. */
export type Who2007ZField = "zhfa" | "zwfa" | "zbfa";

/** Every z-score field. */
export type ZField = Who2006ZField | Who2007ZField;

/** The flag fields (1 = implausible z, 0 = plausible, NaN when z is NA). */
export type FlagField = "flen" | "fwei" | "fwfl" | "fbmi" | "fhc" | "fac" | "fts" | "fss" | "fhfa" | "fwfa" | "fbfa";

/** Every numeric value field {@link score} and {@link scoreColumns} return. */
export type ScoreField = "clenhei" | "cbmi" | "c9mo_flag" | ZField | FlagField;

/**
 * The output fields: WHO anthro's in its order, then WHO anthroplus's.
 *
 * @example
 * SCORE_FIELDS.slice(0, 5); // => ["clenhei", "cbmi", "c9mo_flag", "zlen", "flen"]
 */
export const SCORE_FIELDS: readonly ScoreField[] = [
  "clenhei", "cbmi", "c9mo_flag",
  "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi",
  "zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss",
  "zhfa", "fhfa", "zwfa", "fwfa", "zbfa", "fbfa",
];

/** Each z field with its flag field. @internal */
export const Z_FLAG_PAIRS: readonly (readonly [ZField, FlagField])[] = [
  ["zlen", "flen"], ["zwei", "fwei"], ["zwfl", "fwfl"], ["zbmi", "fbmi"],
  ["zhc", "fhc"], ["zac", "fac"], ["zts", "fts"], ["zss", "fss"],
  ["zhfa", "fhfa"], ["zwfa", "fwfa"], ["zbfa", "fbfa"],
];

/** The z fields of each standard. @internal */
export const WHO2006_Z_FIELDS: readonly Who2006ZField[] = ["zlen", "zwei", "zwfl", "zbmi", "zhc", "zac", "zts", "zss"];
/** @internal */
export const WHO2007_Z_FIELDS: readonly Who2007ZField[] = ["zhfa", "zwfa", "zbfa"];

const SEX = R.SEX_MISSING | R.SEX_INVALID;
const AGE = R.AGE_MISSING | R.AGE_INVALID | R.AGE_OUT_OF_RANGE;
const HEIGHT = R.LENHEI_MISSING | R.LENHEI_INVALID;
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
  zhfa: SEX | AGE | HEIGHT | R.VALUE_OVERFLOW,
  zwfa: SEX | AGE | R.AGE_OVER_120_MONTHS | WEIGHT_Z | R.VALUE_OVERFLOW,
  zbfa: SEX | AGE | HEIGHT | WEIGHT_Z | R.VALUE_OVERFLOW,
};
