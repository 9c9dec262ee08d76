/**
 * Acute malnutrition for columns of children, without allocating per row.
 */
import { CATEGORY_CODES } from "./codes.js";
import { acuteIndex } from "./acute-index.js";
import type { ClassifyColumnsOptions, ClassifyColumnsResult } from "./classify-columns.js";
import { checkColumn, checkObject, checkOptions } from "../util/checks.js";
import { checkRounding, oedemaYes, outputColumn } from "./options.js";

/**
 * Columns for {@link acuteMalnutritionColumns}, all of the same length. Only `ageMonths` is required.
 * @category Classification
 */
export interface AcuteMalnutritionColumnsInput {
  /** Age in months of each child (acute malnutrition is classified from 6 to under 60 months). */
  readonly ageMonths: ArrayLike<unknown>;
  /** Weight-for-length/height z-scores (e.g. `zwfl` of {@link scoreColumns}). */
  readonly zwfl?: ArrayLike<unknown>;
  /** MUAC in cm. */
  readonly muacCm?: ArrayLike<unknown>;
  /** Bilateral pitting oedema (`Uint8Array` 1 = yes, or any values {@link oedemaCode} reads). */
  readonly oedema?: ArrayLike<unknown>;
}

/**
 * Options of {@link acuteMalnutritionColumns}: the rounding and the output column, as for {@link classifyColumns}.
 * @category Classification
 */
export interface AcuteMalnutritionColumnsOptions extends Pick<ClassifyColumnsOptions, "rounding" | "out"> {}

const INPUT_KEYS = ["ageMonths", "zwfl", "muacCm", "oedema"];
const OPTION_KEYS = ["rounding", "out"];

/**
 * {@link acuteMalnutrition} for columns: the category of each row as an index
 * into {@link CATEGORY_CODES} (`sam`, `mam`, `no_acute_malnutrition` or
 * `not_classified`), in a `Uint8Array`.
 *
 * @param columns - `ageMonths`, and any of `zwfl`, `muacCm`, `oedema`
 * @param options - rounding, output column
 * @returns the category index per row and the code table
 * @throws TypeError for a non-object, an unknown key, a missing `ageMonths`
 *   or a non-array column; RangeError for columns of different lengths or an
 *   unknown rounding
 *
 * @example
 * const r = acuteMalnutritionColumns({ ageMonths: [12, 12, 12, 70], zwfl: [-3.2, -2.5, -1, -3.2], muacCm: [13, 13, 12.5, 11] });
 * Array.from(r.categories, (k) => r.codes[k]); // => ["sam", "mam", "no_acute_malnutrition", "not_classified"]
 * @category Classification
 */
export function acuteMalnutritionColumns(
  columns: AcuteMalnutritionColumnsInput,
  options?: AcuteMalnutritionColumnsOptions,
): ClassifyColumnsResult {
  const caller = "acuteMalnutritionColumns";
  const c = checkObject(columns, INPUT_KEYS, caller, "columns");
  if (c.ageMonths === undefined) throw new TypeError(`${caller}: columns.ageMonths is required`);
  const o = checkOptions(options, OPTION_KEYS, caller);
  const round = checkRounding(o.rounding, caller);
  const age = checkColumn(c.ageMonths, undefined, caller, "columns.ageMonths");
  const n = age.length;
  const zwfl = c.zwfl === undefined ? undefined : checkColumn(c.zwfl, n, caller, "columns.zwfl");
  const muac = c.muacCm === undefined ? undefined : checkColumn(c.muacCm, n, caller, "columns.muacCm");
  const oedema = c.oedema === undefined ? undefined : checkColumn(c.oedema, n, caller, "columns.oedema");
  const out = outputColumn(o.out, n, caller);
  for (let i = 0; i < n; i++) {
    out[i] = acuteIndex(
      age[i],
      zwfl === undefined ? undefined : zwfl[i],
      muac === undefined ? undefined : muac[i],
      oedema !== undefined && oedemaYes(oedema[i]),
      round,
    );
  }
  return { categories: out, codes: CATEGORY_CODES };
}
