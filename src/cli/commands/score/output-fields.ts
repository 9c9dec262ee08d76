/** The columns `tumbuh score` adds after the input's. */
import { SCORE_FIELDS, type ScoreField } from "../../../index.js";

/** WHO anthro's columns, in the order the command writes them. */
export const ANTHRO_FIELDS: readonly ScoreField[] = [
  "clenhei", "c9mo_flag", "cbmi",
  "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi",
  "zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss",
];

/** The value columns added: WHO anthro's, then the library's further fields (the WHO 2007 ones) in its order. */
export const OUTPUT_FIELDS: readonly ScoreField[] = [...ANTHRO_FIELDS, ...SCORE_FIELDS.filter((f) => !ANTHRO_FIELDS.includes(f))];

/** The last added column: the row's reason codes. */
export const NOTES_COLUMN = "notes";

/** How a field's values are printed. */
export type FieldFormat = "z" | "flag" | "full";

export function fieldFormat(field: ScoreField): FieldFormat {
  if (field === "clenhei" || field === "cbmi") return "full";
  if (field === "c9mo_flag" || field.startsWith("f")) return "flag";
  return "z";
}
