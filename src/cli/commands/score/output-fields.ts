/** The columns `tumbuh score` adds after the input's. */
import { SCORE_FIELDS, type ScoreField } from "../../../index.js";

/** WHO anthro's columns, in the order the command writes them. */
export const ANTHRO_FIELDS: readonly ScoreField[] = [
  "clenhei", "c9mo_flag", "cbmi",
  "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi",
  "zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss",
];

/** The columns written only when a gestational age column is read: the age used, whether it is corrected, the INTERGROWTH-21st z-scores. */
export const GESTATION_FIELDS: readonly ScoreField[] = ["cage_days", "corrected", "igp_zwei", "igp_zlen", "igp_zhc"];

/** The value columns added: WHO anthro's, then the library's further fields (the WHO 2007 ones, then the gestational ones) in its order. */
export const OUTPUT_FIELDS: readonly ScoreField[] = [...ANTHRO_FIELDS, ...SCORE_FIELDS.filter((f) => !ANTHRO_FIELDS.includes(f))];

/** The WHO 2007 columns (5–19 years). */
export const WHO2007_FIELDS: readonly ScoreField[] = OUTPUT_FIELDS.filter((f) => !ANTHRO_FIELDS.includes(f) && !GESTATION_FIELDS.includes(f));

/** The value columns of a file: all of them when it has a gestational age column, else all but {@link GESTATION_FIELDS}. */
export function outputFields(withGestationalAge: boolean): readonly ScoreField[] {
  return withGestationalAge ? OUTPUT_FIELDS : OUTPUT_FIELDS.filter((f) => !GESTATION_FIELDS.includes(f));
}

/** The last added column: the row's reason codes. */
export const NOTES_COLUMN = "notes";

/** How a field's values are printed. */
export type FieldFormat = "z" | "flag" | "full";

export function fieldFormat(field: ScoreField): FieldFormat {
  if (field === "clenhei" || field === "cbmi" || field === "cage_days") return "full";
  if (field === "c9mo_flag" || field === "corrected" || field.startsWith("f")) return "flag";
  return "z";
}
