/**
 * Labels of the category codes in English and Bahasa Indonesia. The
 * Indonesian labels of the anthropometric categories are the wording of the
 * table of categories and thresholds in the Lampiran of Permenkes No. 2 Tahun
 * 2020 (Standar Antropometri Anak), English glosses in brackets included.
 */
import { checkChoice, isPlainObject } from "../util/checks.js";
import { CATEGORY_CODES, CODE_INDEX, isCategoryCode, type CategoryCode } from "./codes.js";

/**
 * A built-in label language: `en` English, `id` Bahasa Indonesia.
 * @category Classification
 */
export type LabelLanguage = "en" | "id";

/**
 * Your own labels, by category code (for another language, or other wording).
 * Every code a call can return must be present; other category codes may be
 * too, so one complete table serves every call.
 * @category Classification
 */
export type CategoryLabels = Readonly<Partial<Record<CategoryCode, string>>>;

const EN: Readonly<Record<CategoryCode, string>> = {
  not_classified: "Not classified",
  implausible: "Implausible z-score",
  severely_stunted: "Severely stunted",
  stunted: "Stunted",
  normal_height: "Normal height",
  tall: "Tall",
  severely_underweight: "Severely underweight",
  underweight: "Underweight",
  normal_weight: "Normal weight",
  risk_of_overweight: "Risk of overweight",
  severely_wasted: "Severely wasted",
  wasted: "Wasted",
  normal: "Normal",
  possible_risk_of_overweight: "Possible risk of overweight",
  overweight: "Overweight",
  obese: "Obese",
  severely_thin: "Severely thin",
  thin: "Thin",
  sam: "Severe acute malnutrition (SAM)",
  mam: "Moderate acute malnutrition (MAM)",
  no_acute_malnutrition: "No acute malnutrition",
};

const ID: Readonly<Record<CategoryCode, string>> = {
  not_classified: "Tidak terklasifikasi",
  implausible: "Z-score tidak wajar",
  // Permenkes 2/2020, Lampiran, table of categories and thresholds:
  severely_stunted: "Sangat pendek (severely stunted)",
  stunted: "Pendek (stunted)",
  normal_height: "Normal",
  tall: "Tinggi",
  severely_underweight: "Berat badan sangat kurang (severely underweight)",
  underweight: "Berat badan kurang (underweight)",
  normal_weight: "Berat badan normal",
  risk_of_overweight: "Risiko Berat badan lebih",
  severely_wasted: "Gizi buruk (severely wasted)",
  wasted: "Gizi kurang (wasted)",
  normal: "Gizi baik (normal)",
  possible_risk_of_overweight: "Berisiko gizi lebih (possible risk of overweight)",
  overweight: "Gizi lebih (overweight)",
  obese: "Obesitas (obese)",
  severely_thin: "Gizi buruk (severely thinness)",
  thin: "Gizi kurang (thinness)",
  // Gizi buruk / gizi kurang as the regulation maps them to SAM / MAM:
  sam: "Gizi buruk (severe acute malnutrition)",
  mam: "Gizi kurang (moderate acute malnutrition)",
  no_acute_malnutrition: "Tidak gizi buruk atau gizi kurang",
};

const BUILT_IN: Readonly<Record<LabelLanguage, readonly string[]>> = {
  en: Object.freeze(CATEGORY_CODES.map((c) => EN[c])),
  id: Object.freeze(CATEGORY_CODES.map((c) => ID[c])),
};

const LANGUAGES: readonly LabelLanguage[] = ["en", "id"];

function checkLang(lang: unknown, caller: string, param: string): LabelLanguage {
  return checkChoice(lang, LANGUAGES, caller, param);
}

/**
 * The label of a category code in English (`en`, the default) or Bahasa
 * Indonesia (`id`, the wording of Permenkes No. 2 Tahun 2020).
 *
 * @param code - a category code (see {@link CATEGORY_CODES})
 * @param lang - `"en"` or `"id"`
 * @returns the label
 * @throws RangeError for an unknown code or language
 *
 * @example
 * categoryLabel("stunted"); // => "Stunted"
 * @example
 * categoryLabel("severely_underweight", "id"); // => "Berat badan sangat kurang (severely underweight)"
 * @category Classification
 */
export function categoryLabel(code: CategoryCode, lang: LabelLanguage = "en"): string {
  if (!isCategoryCode(code)) {
    throw new RangeError(`categoryLabel: code must be one of ${CATEGORY_CODES.join(", ")}; got ${JSON.stringify(code)}`);
  }
  return BUILT_IN[checkLang(lang, "categoryLabel", "lang")][CODE_INDEX[code]]!;
}

/**
 * The label table (indexed like {@link CATEGORY_CODES}) for the `lang` or
 * `labels` option, checking that `labels` covers every code in `needed`.
 * Returns undefined when neither option is given.
 * @throws RangeError for an unknown language; TypeError for both options at
 *   once, a non-object `labels`, an unknown code, a non-string label or a
 *   missing code
 * @internal
 */
export function labelTable(
  lang: unknown,
  labels: unknown,
  needed: readonly number[],
  caller: string,
): readonly string[] | undefined {
  if (labels === undefined) return lang === undefined ? undefined : BUILT_IN[checkLang(lang, caller, "options.lang")];
  if (lang !== undefined) throw new TypeError(`${caller}: give options.lang or options.labels, not both`);
  if (!isPlainObject(labels)) throw new TypeError(`${caller}: options.labels must be an object mapping category codes to strings`);
  const table: string[] = [];
  for (const [code, label] of Object.entries(labels)) {
    if (!isCategoryCode(code)) throw new TypeError(`${caller}: options.labels has an unknown category code "${code}"`);
    if (typeof label !== "string") throw new TypeError(`${caller}: options.labels.${code} must be a string`);
    table[CODE_INDEX[code]] = label;
  }
  const missing = needed.filter((k) => table[k] === undefined).map((k) => CATEGORY_CODES[k]);
  if (missing.length > 0) throw new TypeError(`${caller}: options.labels is missing ${missing.join(", ")}`);
  return table;
}

/** The English label table. @internal */
export const EN_LABELS: readonly string[] = BUILT_IN.en;
