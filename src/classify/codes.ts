/**
 * The category codes: one stable machine code per category, shared by every
 * indicator and both schemes. Index `i` of {@link CATEGORY_CODES} is the value
 * the columnar functions store in their `Uint8Array`s.
 */

/**
 * A category's machine code. Stable: codes are never renamed, and new ones are
 * only ever appended to {@link CATEGORY_CODES}.
 *
 * - `not_classified`: no usable z-score (NaN, missing), or outside the age
 *   range (acute malnutrition).
 * - `implausible`: the z-score is beyond WHO's flag limits, so it is never
 *   counted in a malnutrition category.
 * - Length/height-for-age: `severely_stunted`, `stunted`, `normal_height`, `tall`.
 * - Weight-for-age: `severely_underweight`, `underweight`, `normal_weight`,
 *   `risk_of_overweight`.
 * - Weight-for-length/height and BMI-for-age (0–5 years): `severely_wasted`,
 *   `wasted`, `normal`, `possible_risk_of_overweight`, `overweight`, `obese`.
 * - BMI-for-age (5–19 years): `severely_thin`, `thin`, `normal`, `overweight`, `obese`.
 * - Acute malnutrition (6–59 months): `sam`, `mam`, `no_acute_malnutrition`.
 *
 * Which codes an indicator can get depends on the scheme: see
 * {@link schemeCategories} and docs/classification.md.
 * @category Classification
 */
export type CategoryCode =
  | "not_classified"
  | "implausible"
  | "severely_stunted"
  | "stunted"
  | "normal_height"
  | "tall"
  | "severely_underweight"
  | "underweight"
  | "normal_weight"
  | "risk_of_overweight"
  | "severely_wasted"
  | "wasted"
  | "normal"
  | "possible_risk_of_overweight"
  | "overweight"
  | "obese"
  | "severely_thin"
  | "thin"
  | "sam"
  | "mam"
  | "no_acute_malnutrition";

/**
 * Every category code, in index order: a category index `k` in the
 * `Uint8Array` of {@link classifyColumns} or {@link acuteMalnutritionColumns}
 * means `CATEGORY_CODES[k]`. Index 0 is `not_classified`, so a zero-filled
 * array means "nothing classified yet". Append-only.
 *
 * @example
 * CATEGORY_CODES[0]; // => "not_classified"
 * @example
 * CATEGORY_CODES.indexOf("stunted"); // => 3
 * @category Classification
 */
export const CATEGORY_CODES: readonly CategoryCode[] = Object.freeze([
  "not_classified",
  "implausible",
  "severely_stunted",
  "stunted",
  "normal_height",
  "tall",
  "severely_underweight",
  "underweight",
  "normal_weight",
  "risk_of_overweight",
  "severely_wasted",
  "wasted",
  "normal",
  "possible_risk_of_overweight",
  "overweight",
  "obese",
  "severely_thin",
  "thin",
  "sam",
  "mam",
  "no_acute_malnutrition",
] as const);

/** The index of each code in {@link CATEGORY_CODES}. @internal */
export const CODE_INDEX: Readonly<Record<CategoryCode, number>> = Object.freeze(
  Object.fromEntries(CATEGORY_CODES.map((c, i) => [c, i])) as Record<CategoryCode, number>,
);

/** @internal */
export const NOT_CLASSIFIED = 0;
/** @internal */
export const IMPLAUSIBLE = 1;

/** Whether `v` is one of the category codes. @internal */
export function isCategoryCode(v: unknown): v is CategoryCode {
  return typeof v === "string" && Object.prototype.hasOwnProperty.call(CODE_INDEX, v);
}
