/**
 * Acute malnutrition (SAM / MAM) of one child from weight-for-length/height,
 * MUAC and bilateral pitting oedema.
 */
import { CATEGORY_CODES, CODE_INDEX, NOT_CLASSIFIED } from "./codes.js";
import { acuteIndex } from "./acute-index.js";
import type { Category } from "./classify.js";
import { EN_LABELS, labelTable, type CategoryLabels, type LabelLanguage } from "./labels.js";
import { checkObject, checkOptions } from "../util/checks.js";
import { checkRounding, oedemaYes, type ZRounding } from "./options.js";

/**
 * One child for {@link acuteMalnutrition}. Missing values may be left out.
 * @category Classification
 */
export interface AcuteMalnutritionInput {
  /** Age in months (`ageDays / 30.4375`); classified from 6 up to (not including) 60. */
  readonly ageMonths: number;
  /** Weight-for-length/height z-score (WHZ), as from {@link score}. */
  readonly zwfl?: number;
  /** Mid-upper arm circumference in cm (WHO anthro's `armc` unit). */
  readonly muacCm?: number;
  /** Bilateral pitting oedema: `true`, `"y"`, `1`, … (anything else is no). */
  readonly oedema?: unknown;
}

/**
 * Options of {@link acuteMalnutrition}.
 * @category Classification
 */
export interface AcuteMalnutritionOptions {
  /**
   * `"who"` rounds WHZ to 2 decimals as WHO reports it before the cut-offs
   * and the flag check; `"none"` uses it as given.
   * @defaultValue "who"
   */
  readonly rounding?: ZRounding;
  /** @defaultValue "en" */
  readonly lang?: LabelLanguage;
  /** Your own labels by code, instead of `lang`: `sam`, `mam`, `no_acute_malnutrition`, `not_classified` needed. */
  readonly labels?: CategoryLabels;
}

const INPUT_KEYS = ["ageMonths", "zwfl", "muacCm", "oedema"];
const OPTION_KEYS = ["rounding", "lang", "labels"];
/** The codes acute malnutrition can give. @internal */
export const ACUTE_CODES: readonly number[] = [NOT_CLASSIFIED, CODE_INDEX.sam, CODE_INDEX.mam, CODE_INDEX.no_acute_malnutrition];

/**
 * Acute malnutrition of a child aged 6–59 months, as WHO and UNICEF define it
 * (and Indonesia's gizi buruk / gizi kurang):
 *
 * - `sam` (severe acute malnutrition): bilateral pitting oedema, or WHZ < −3,
 *   or MUAC < 11.5 cm;
 * - `mam` (moderate): not SAM, and −3 ≤ WHZ < −2 or 11.5 ≤ MUAC < 12.5 cm;
 * - `no_acute_malnutrition`: neither, from what is known;
 * - `not_classified`: age outside 6–59 months (or unknown), or neither WHZ nor
 *   MUAC known and no oedema.
 *
 * WHZ is rounded as WHO reports it by default; a flagged WHZ (|z| > 5)
 * counts as unknown. MUAC exactly 11.5 cm is MAM, not SAM; exactly 12.5 cm is
 * not MAM.
 *
 * @param child - age in months, WHZ, MUAC in cm, oedema
 * @param options - rounding, label language or labels
 * @returns the category code and its label
 * @throws TypeError when `child` is not an object or has an unknown key, or
 *   for unknown options or unusable labels; RangeError for an unknown
 *   rounding or language
 *
 * @example
 * acuteMalnutrition({ ageMonths: 18, zwfl: -2.4, muacCm: 11.4 }).code; // => "sam"
 * @example
 * acuteMalnutrition({ ageMonths: 18, muacCm: 11.5 }).code; // => "mam"
 * @example
 * acuteMalnutrition({ ageMonths: 30, zwfl: -1, oedema: "y" }, { lang: "id" }).label; // => "Gizi buruk (severe acute malnutrition)"
 * @example
 * acuteMalnutrition({ ageMonths: 4, zwfl: -3.5 }).code; // => "not_classified"
 * @category Classification
 */
export function acuteMalnutrition(child: AcuteMalnutritionInput, options?: AcuteMalnutritionOptions): Category {
  const c = checkObject(child, INPUT_KEYS, "acuteMalnutrition", "child");
  const o = checkOptions(options, OPTION_KEYS, "acuteMalnutrition");
  const round = checkRounding(o.rounding, "acuteMalnutrition");
  const labels = labelTable(o.lang, o.labels, ACUTE_CODES, "acuteMalnutrition") ?? EN_LABELS;
  const k = acuteIndex(c.ageMonths, c.zwfl, c.muacCm, oedemaYes(c.oedema), round);
  return { code: CATEGORY_CODES[k]!, label: labels[k]! };
}
