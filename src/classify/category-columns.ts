/**
 * The category columns of a scored batch, as the CLI writes them
 * (`cat_len`, `cat_wei`, …, `cat_acute`).
 */
import { SCORE_FIELDS } from "../score/fields.js";
import { bfaSpec, wfaSpec, type IndicatorSpec } from "../who/indicators.js";
import { isWho2007Age } from "../who/rules.js";
import { CATEGORY_CODES, IMPLAUSIBLE, NOT_CLASSIFIED } from "./codes.js";
import { acuteIndex } from "./acute-index.js";
import { ACUTE_CODES } from "./acute.js";
import type { AcuteMalnutritionColumnsInput } from "./acute-columns.js";
import { categoryIndex } from "./category-index.js";
import { FLAG_LIMITS } from "./flags.js";
import { WEIGHT_BASED, type ClassifyIndicator } from "./indicators.js";
import type { ClassifyOptions } from "./classify.js";
import { labelTable } from "./labels.js";
import { checkColumn, checkObject, checkOptions } from "../util/checks.js";
import { checkRounding, oedemaYes } from "./options.js";
import { bandsOf, checkScheme, schemeHas } from "./schemes.js";

/**
 * The indicators that get a category column.
 * @category Classification
 */
export type ColumnIndicator = "len" | "wei" | "wfl" | "bmi" | "hfa" | "wfa" | "bfa";

/**
 * The name of a category column.
 * @category Classification
 */
export type CategoryColumnName = `cat_${ColumnIndicator}` | "cat_acute";

/**
 * Columns for {@link categoryColumns}, all of the same length: z-scores as
 * {@link scoreColumns} returns them, plus the inputs the categories need
 * (those of {@link acuteMalnutritionColumns}, for `cat_acute`). A
 * {@link scoreColumns} result can be passed as it is (its other fields are
 * ignored), with `ageMonths`, `oedema` and `muacCm` added.
 * @category Classification
 */
export interface CategoryColumnsInput extends Partial<AcuteMalnutritionColumnsInput> {
  /** Length/height-for-age z-scores (WHO 2006). */
  readonly zlen?: ArrayLike<unknown>;
  /** Weight-for-age z-scores (WHO 2006). */
  readonly zwei?: ArrayLike<unknown>;
  /** BMI-for-age z-scores (WHO 2006). */
  readonly zbmi?: ArrayLike<unknown>;
  /** Height-for-age z-scores (WHO 2007). */
  readonly zhfa?: ArrayLike<unknown>;
  /** Weight-for-age z-scores (WHO 2007). */
  readonly zwfa?: ArrayLike<unknown>;
  /** BMI-for-age z-scores (WHO 2007). */
  readonly zbfa?: ArrayLike<unknown>;
  /**
   * Age in months. Needed for `cat_acute` (which is only produced with it),
   * and tells which standard a row's oedema applies to: under 60 months (or
   * unknown age) `wei`, `wfl`, `bmi`; from 60 months `bfa`, and `wfa` up to
   * 120 months.
   */
  readonly ageMonths?: ArrayLike<unknown>;
}

/**
 * Options of {@link categoryColumns}: those of {@link classify} but oedema,
 * which is a column here. With `lang` or `labels` the columns hold labels
 * instead of codes; `labels` must cover every code the columns can hold.
 * @category Classification
 */
export interface CategoryColumnsOptions extends Omit<ClassifyOptions, "oedema"> {}

const COLUMNS: readonly (readonly [ColumnIndicator, keyof CategoryColumnsInput])[] = [
  ["len", "zlen"], ["wei", "zwei"], ["wfl", "zwfl"], ["bmi", "zbmi"], ["hfa", "zhfa"], ["wfa", "zwfa"], ["bfa", "zbfa"],
];
const INPUT_KEYS = [...SCORE_FIELDS, "reasons", "length", "ageMonths", "oedema", "muacCm"];
const OPTION_KEYS = ["scheme", "rounding", "lang", "labels"];

/** Whether an age in months is in a WHO 2007 indicator's window. */
const inWindow = (spec: IndicatorSpec, months: number): boolean => months >= spec.xMin && months <= spec.xMax;

/** Whether a row of this age (in months) is in the indicator's standard, for oedema: WHO 2006 under 60 months or without an age. */
function inStandard(indicator: ClassifyIndicator, age: unknown): boolean {
  const a = typeof age === "number" ? age : Number.NaN;
  if (indicator === "wfa") return inWindow(wfaSpec, a);
  if (indicator === "bfa") return inWindow(bfaSpec, a);
  return !isWho2007Age(a);
}

/**
 * The category columns of a batch, for the CLI's `--categories`: one column
 * `cat_<indicator>` for each indicator of the scheme whose z column is given
 * (WHO: `len`, `wei`, `wfl`, `bmi`, `hfa`, `wfa`, `bfa`; Permenkes: `len`,
 * `wei`, `wfl`, `bmi`, `bfa`), and `cat_acute` ({@link acuteMalnutrition})
 * when `ageMonths` is given. Values are category codes, or labels when `lang`
 * or `labels` is given. Same rules as {@link classify}; oedema counts only for
 * the weight-based indicators of the standard that applies at the row's age.
 *
 * @param columns - z columns (e.g. a {@link scoreColumns} result), `ageMonths`, `oedema`, `muacCm`
 * @param options - scheme, rounding, label language or labels
 * @returns the category columns, by name
 * @throws TypeError for a non-object, an unknown column or option, a
 *   non-array column or unusable labels; RangeError for columns of different
 *   lengths or an unknown scheme, rounding or language
 *
 * @example
 * const cats = categoryColumns({ zlen: [-2.5, 0.3], zwfl: [1.5, -3.1], ageMonths: [20, 30] }, { scheme: "permenkes" });
 * cats.cat_len; // => ["stunted", "normal_height"]
 * cats.cat_wfl; // => ["possible_risk_of_overweight", "severely_wasted"]
 * cats.cat_acute; // => ["no_acute_malnutrition", "sam"]
 * @category Classification
 */
export function categoryColumns(
  columns: CategoryColumnsInput,
  options?: CategoryColumnsOptions,
): Partial<Record<CategoryColumnName, string[]>> {
  const caller = "categoryColumns";
  const c = checkObject(columns, INPUT_KEYS, caller, "columns");
  const o = checkOptions(options, OPTION_KEYS, caller);
  const scheme = o.scheme === undefined ? "who" : checkScheme(o.scheme, caller, "options.scheme");
  const round = checkRounding(o.rounding, caller);

  let n: number | undefined;
  const column = (name: string): ArrayLike<unknown> | undefined => {
    const v = c[name];
    if (v === undefined) return undefined;
    const col = checkColumn(v, n, caller, `columns.${name}`);
    n = col.length;
    return col;
  };
  const zColumns = COLUMNS.map(([ind, key]) => [ind, column(key)] as const);
  const present = zColumns.filter(
    (e): e is readonly [ColumnIndicator, ArrayLike<unknown>] => e[1] !== undefined && schemeHas(scheme, e[0]),
  );
  const zwfl = zColumns.find(([ind]) => ind === "wfl")?.[1];
  const age = column("ageMonths");
  const oedema = column("oedema");
  const muac = column("muacCm");
  const length = n ?? 0;

  const needed = new Set<number>([NOT_CLASSIFIED, IMPLAUSIBLE]);
  for (const [ind] of present) for (const k of bandsOf(scheme, ind, caller).codes) needed.add(k);
  if (age !== undefined) for (const k of ACUTE_CODES) needed.add(k);
  const names = labelTable(o.lang, o.labels, [...needed], caller) ?? CATEGORY_CODES;

  const result: Partial<Record<CategoryColumnName, string[]>> = {};
  for (const [ind, z] of present) {
    const bands = bandsOf(scheme, ind, caller);
    const flags = FLAG_LIMITS[ind];
    const weightBased = WEIGHT_BASED.has(ind);
    const out = new Array<string>(length);
    for (let i = 0; i < length; i++) {
      const oed = weightBased && oedema !== undefined && oedemaYes(oedema[i]) && inStandard(ind, age?.[i]);
      out[i] = names[categoryIndex(bands, flags, z[i], round, oed)]!;
    }
    result[`cat_${ind}`] = out;
  }
  if (age !== undefined) {
    const out = new Array<string>(length);
    for (let i = 0; i < length; i++) {
      const oed = oedema !== undefined && oedemaYes(oedema[i]);
      out[i] = names[acuteIndex(age[i], zwfl?.[i], muac?.[i], oed, round)]!;
    }
    result.cat_acute = out;
  }
  return result;
}
