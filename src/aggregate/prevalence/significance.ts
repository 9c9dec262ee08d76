/**
 * Prevalence thresholds for public health significance, WHO/UNICEF 2018
 * (de Onis et al., Public Health Nutrition 22(1), 2019).
 */

/**
 * The indicators with WHO/UNICEF prevalence thresholds.
 * @category Aggregation
 */
export type SignificanceIndicator = "stunting" | "wasting" | "overweight";

/**
 * Public health significance of a prevalence.
 * @category Aggregation
 */
export type Significance = "very low" | "low" | "medium" | "high" | "very high";

const THRESHOLDS: Readonly<Record<SignificanceIndicator, readonly [number, number, number, number]>> = {
  stunting: [2.5, 10, 20, 30],
  wasting: [2.5, 5, 10, 15],
  overweight: [2.5, 5, 10, 15],
};

const LEVELS: readonly Significance[] = ["very low", "low", "medium", "high", "very high"];

/**
 * Classifies a prevalence (in %) by the WHO/UNICEF 2018 thresholds:
 * stunting < 2.5 very low, 2.5–< 10 low, 10–< 20 medium, 20–< 30 high,
 * ≥ 30 very high; wasting and overweight < 2.5, 2.5–< 5, 5–< 10, 10–< 15,
 * ≥ 15. Each class includes its lower bound.
 *
 * @param indicator - `"stunting"` (height-for-age < −2), `"wasting"` (weight-for-height < −2) or `"overweight"` (weight-for-height > +2)
 * @param percent - the prevalence in %, 0–100
 * @returns the class, or `null` for NaN (no data)
 * @throws RangeError for an unknown indicator or a prevalence outside 0–100
 *
 * @example
 * prevalenceSignificance("stunting", 21.6); // => "high"
 * @example
 * prevalenceSignificance("wasting", 5); // => "medium"
 * prevalenceSignificance("overweight", 2.4); // => "very low"
 * @category Aggregation
 */
export function prevalenceSignificance(indicator: SignificanceIndicator, percent: number): Significance | null {
  const t = Object.prototype.hasOwnProperty.call(THRESHOLDS, indicator) ? THRESHOLDS[indicator] : undefined;
  if (t === undefined) {
    throw new RangeError(`prevalenceSignificance: indicator must be "stunting", "wasting" or "overweight"; got ${JSON.stringify(indicator)}`);
  }
  if (typeof percent !== "number") throw new TypeError("prevalenceSignificance: percent must be a number");
  if (percent !== percent) return null;
  if (percent < 0 || percent > 100) throw new RangeError(`prevalenceSignificance: percent must be between 0 and 100; got ${percent}`);
  let k = 0;
  while (k < 4 && percent >= t[k]!) k++;
  return LEVELS[k]!;
}
