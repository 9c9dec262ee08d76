/**
 * Classifies one z-score into a malnutrition category.
 */
import { CATEGORY_CODES, IMPLAUSIBLE, NOT_CLASSIFIED, type CategoryCode } from "./codes.js";
import { categoryIndex } from "./category-index.js";
import { FLAG_LIMITS } from "./flags.js";
import { WEIGHT_BASED, type ClassifyIndicator } from "./indicators.js";
import { EN_LABELS, labelTable, type CategoryLabels, type LabelLanguage } from "./labels.js";
import { checkOptions } from "../util/checks.js";
import { checkRounding, oedemaYes, type ZRounding } from "./options.js";
import { bandsOf, checkScheme, type ClassificationScheme } from "./schemes.js";

/**
 * A category: its stable machine code and its label.
 * @category Classification
 */
export interface Category {
  /** The stable machine code, e.g. `stunted`. */
  readonly code: CategoryCode;
  /** The label in the requested language, or from the caller's `labels`. */
  readonly label: string;
}

/**
 * Options of {@link classify}.
 * @category Classification
 */
export interface ClassifyOptions {
  /**
   * `"who"` (WHO's definitions) or `"permenkes"` (Permenkes No. 2 Tahun 2020).
   * @defaultValue "who"
   */
  readonly scheme?: ClassificationScheme;
  /**
   * `"who"` classifies the z-score rounded to 2 decimals as WHO reports it;
   * `"none"` uses it as given.
   * @defaultValue "who"
   */
  readonly rounding?: ZRounding;
  /**
   * Bilateral pitting oedema (`true`, `"y"`, `1`, …; anything else is no).
   * With oedema a weight-based indicator (`wei`, `wfl`, `wfh`, `bmi`, `wfa`,
   * `bfa`) gets its most severe low category whatever z is, as WHO anthro and
   * anthroplus count it (their z is NA, counted as −3.1). No effect on `len`
   * and `hfa`.
   */
  readonly oedema?: unknown;
  /**
   * Language of the label: `"en"` (default) or `"id"`.
   * @defaultValue "en"
   */
  readonly lang?: LabelLanguage;
  /** Your own labels by code, instead of `lang`. Must cover every code the indicator can get. */
  readonly labels?: CategoryLabels;
}

const OPTION_KEYS = ["scheme", "rounding", "oedema", "lang", "labels"];

/**
 * The malnutrition category of a z-score: a pure function of the indicator and
 * the z-score, usable on z-scores from any source.
 *
 * By default the z-score is first rounded to 2 decimals as WHO reports it
 * (so −2.004 counts as −2.00, not stunted, exactly as WHO counts it). A
 * z-score beyond WHO's flag limits (`len`/`hfa` |z| > 6; `wei`/`wfa` z < −6 or
 * z > 5; `wfl`/`wfh`/`bmi`/`bfa` |z| > 5) is `implausible`, never a
 * malnutrition category; NaN (or a non-number) is `not_classified`.
 * Cut-offs, codes and labels: docs/classification.md.
 *
 * @param indicator - `len`, `wei`, `wfl` (or `wfh`), `bmi` (0–5 years) or
 *   `hfa`, `wfa`, `bfa` (5–19 years); for Permenkes, `bmi` is IMT/U 0–60
 *   months and `bfa` IMT/U 5–18 years, and `hfa`/`wfa` have no categories
 * @param z - the z-score
 * @param options - scheme, rounding, oedema, label language or labels
 * @returns the category code and its label
 * @throws RangeError for an unknown indicator, scheme, rounding or language,
 *   or an indicator the scheme does not classify; TypeError for unknown
 *   options or unusable labels
 *
 * @example
 * classify("len", -2.5); // => { code: "stunted", label: "Stunted" }
 * @example
 * classify("len", -2.004).code; // => "normal_height"
 * @example
 * classify("wfl", 1.5, { scheme: "permenkes", lang: "id" }).label; // => "Berisiko gizi lebih (possible risk of overweight)"
 * @example
 * classify("wei", -6.2).code; // => "implausible"
 * @example
 * classify("wfl", Number.NaN, { oedema: "y" }).code; // => "severely_wasted"
 * @category Classification
 */
export function classify(indicator: ClassifyIndicator, z: number, options?: ClassifyOptions): Category {
  const o = checkOptions(options, OPTION_KEYS, "classify");
  const scheme = o.scheme === undefined ? "who" : checkScheme(o.scheme, "classify", "options.scheme");
  const bands = bandsOf(scheme, indicator, "classify");
  const round = checkRounding(o.rounding, "classify");
  const labels = labelTable(o.lang, o.labels, [NOT_CLASSIFIED, IMPLAUSIBLE, ...bands.codes], "classify") ?? EN_LABELS;
  const oedema = WEIGHT_BASED.has(indicator) && oedemaYes(o.oedema);
  const k = categoryIndex(bands, FLAG_LIMITS[indicator], z, round, oedema);
  return { code: CATEGORY_CODES[k]!, label: labels[k]! };
}
