/**
 * Classifies a column of z-scores into category indices, without allocating
 * per row.
 */
import { CATEGORY_CODES, type CategoryCode } from "./codes.js";
import { categoryIndex } from "./category-index.js";
import { FLAG_LIMITS } from "./flags.js";
import { WEIGHT_BASED, type ClassifyIndicator } from "./indicators.js";
import { checkColumn, checkOptions } from "../util/checks.js";
import { checkRounding, oedemaYes, outputColumn, type ZRounding } from "./options.js";
import { bandsOf, checkScheme, type ClassificationScheme } from "./schemes.js";

/**
 * Options of {@link classifyColumns}.
 * @category Classification
 */
export interface ClassifyColumnsOptions {
  /** @defaultValue "who" */
  readonly scheme?: ClassificationScheme;
  /** @defaultValue "who" */
  readonly rounding?: ZRounding;
  /**
   * Bilateral pitting oedema per row (`Uint8Array` 1 = yes, or any values
   * {@link oedemaCode} reads), same length as `z`. Rows with oedema get the
   * most severe low category of a weight-based indicator, as in
   * {@link classify}. No age check is made: give it only for rows the
   * indicator applies to (or use {@link categoryColumns}, which does).
   */
  readonly oedema?: ArrayLike<unknown>;
  /** A column to write the category indices into (at least as long as `z`). */
  readonly out?: Uint8Array;
}

/**
 * The result of {@link classifyColumns} and {@link acuteMalnutritionColumns}.
 * @category Classification
 */
export interface ClassifyColumnsResult {
  /** One category index per row: row `i` is category `codes[categories[i]]`. */
  readonly categories: Uint8Array;
  /** The code table, {@link CATEGORY_CODES}. */
  readonly codes: readonly CategoryCode[];
}

const OPTION_KEYS = ["scheme", "rounding", "oedema", "out"];

/**
 * {@link classify} for a column of z-scores (for example a column of
 * {@link scoreColumns}): the category of each row as an index into
 * {@link CATEGORY_CODES}, in a `Uint8Array`. Same rules as {@link classify};
 * non-numbers and NaN are `not_classified`.
 *
 * @param indicator - `len`, `wei`, `wfl`/`wfh`, `bmi`, `hfa`, `wfa` or `bfa`
 * @param z - the z-scores (`Float64Array`, or an array with null/undefined for missing)
 * @param options - scheme, rounding, oedema column, output column
 * @returns the category index per row and the code table
 * @throws RangeError for an unknown indicator, scheme or rounding, an
 *   indicator the scheme does not classify, or columns of different lengths;
 *   TypeError for unknown options or a non-array column
 *
 * @example
 * const r = classifyColumns("len", new Float64Array([-3.5, -2.5, -2, Number.NaN, -6.5]));
 * Array.from(r.categories, (k) => r.codes[k]); // => ["severely_stunted", "stunted", "normal_height", "not_classified", "implausible"]
 * @category Classification
 */
export function classifyColumns(indicator: ClassifyIndicator, z: ArrayLike<unknown>, options?: ClassifyColumnsOptions): ClassifyColumnsResult {
  const o = checkOptions(options, OPTION_KEYS, "classifyColumns");
  const scheme = o.scheme === undefined ? "who" : checkScheme(o.scheme, "classifyColumns", "options.scheme");
  const bands = bandsOf(scheme, indicator, "classifyColumns");
  const round = checkRounding(o.rounding, "classifyColumns");
  const zs = checkColumn(z, undefined, "classifyColumns", "z");
  const n = zs.length;
  const oedema = o.oedema === undefined ? undefined : checkColumn(o.oedema, n, "classifyColumns", "options.oedema");
  const out = outputColumn(o.out, n, "classifyColumns");
  const flags = FLAG_LIMITS[indicator];
  const weightBased = WEIGHT_BASED.has(indicator);
  for (let i = 0; i < n; i++) {
    const oed = weightBased && oedema !== undefined && oedemaYes(oedema[i]);
    out[i] = categoryIndex(bands, flags, zs[i], round, oed);
  }
  return { categories: out, codes: CATEGORY_CODES };
}
