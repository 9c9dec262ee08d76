/**
 * The columns `tumbuh score` adds after the input's: WHO anthro's, the WHO
 * 2007 ones (anthroplus), the age in days used (`cage_days`), `corrected`
 * and the INTERGROWTH-21st z-scores when a gestational age is read, then
 * the notes.
 */
import { SCORE_FIELDS, type ScoreField } from "../../../index.js";

/** WHO anthro's columns, in the order the command writes them. */
export const ANTHRO_FIELDS: readonly ScoreField[] = [
  "clenhei", "c9mo_flag", "cbmi",
  "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi",
  "zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss",
];

/** The age in days the z-scores used (the whole days between the dates, when the age comes from them; the corrected age for a child born preterm). */
export const AGE_FIELD: ScoreField = "cage_days";

/** 1 where the age is corrected for preterm birth. */
export const CORRECTED_FIELD: ScoreField = "corrected";

/** The columns written only when a gestational age column is read: whether the age is corrected, the INTERGROWTH-21st z-scores. */
export const GESTATION_FIELDS: readonly ScoreField[] = [CORRECTED_FIELD, "igp_zwei", "igp_zlen", "igp_zhc"];

/** The WHO 2007 columns (anthroplus's), in the library's order. */
export const WHO2007_FIELDS: readonly ScoreField[] = SCORE_FIELDS.filter((f) => !ANTHRO_FIELDS.includes(f) && f !== AGE_FIELD && !GESTATION_FIELDS.includes(f));

/**
 * The value columns added, in order: WHO anthro's, the WHO 2007 ones,
 * `cage_days`, and {@link GESTATION_FIELDS} when `gestationalAge` (the input
 * has a gestational-age column).
 */
export function outputFields(gestationalAge: boolean): readonly ScoreField[] {
  return [...ANTHRO_FIELDS, ...WHO2007_FIELDS, AGE_FIELD, ...(gestationalAge ? GESTATION_FIELDS : [])];
}

/** The last added column: the row's reason codes. */
export const NOTES_COLUMN = "notes";

/** How a field's values are printed. */
export type FieldFormat = "z" | "flag" | "full";

export function fieldFormat(field: ScoreField): FieldFormat {
  if (field === "clenhei" || field === "cbmi" || field === AGE_FIELD) return "full";
  if (field === "c9mo_flag" || field === CORRECTED_FIELD || field.startsWith("f")) return "flag";
  return "z";
}
