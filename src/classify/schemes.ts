/**
 * The cut-offs of each scheme. A band table lists the categories from the
 * lowest z to the highest, with the cut-offs between them:
 *
 * - a cut-off `c` in `low` sends z < c to the band below it (so exactly c is in
 *   the band above: −2.00 is not stunted), as in "< −2 SD";
 * - a cut-off `c` in `high` sends z > c to the band above it (so exactly c is in
 *   the band below: +1.00 is normal), as in "> +1 SD".
 *
 * WHO: WHO Child Growth Standards (0–5 y) and WHO/UNICEF recommendations for
 * reporting (stunting, underweight, wasting < −2 / < −3; overweight > +2,
 * obesity > +3); WHO Growth Reference 2007 (5–19 y): thinness < −2, severe
 * thinness < −3, overweight > +1, obesity > +2.
 * Permenkes: Permenkes No. 2 Tahun 2020, Lampiran, table of categories and
 * thresholds ("−3 SD sd < −2 SD", "−2 SD sd +1 SD", "> +1 SD", …).
 */
import { CATEGORY_CODES, CODE_INDEX, type CategoryCode } from "./codes.js";
import { checkChoice } from "../util/checks.js";
import { classifyIndicator, type ClassifyIndicator } from "./indicators.js";

/**
 * A classification scheme: `who` (WHO's definitions) or `permenkes`
 * (Indonesia's Permenkes No. 2 Tahun 2020, Standar Antropometri Anak).
 * @category Classification
 */
export type ClassificationScheme = "who" | "permenkes";

const SCHEME_NAMES: readonly ClassificationScheme[] = ["who", "permenkes"];

/** @internal */
export interface Bands {
  /** Category indices (into CATEGORY_CODES), lowest z first. */
  readonly codes: readonly number[];
  /** z < c moves down past c. */
  readonly low: readonly number[];
  /** z > c moves up past c. */
  readonly high: readonly number[];
}

function bands(codes: readonly CategoryCode[], low: readonly number[], high: readonly number[]): Bands {
  if (codes.length !== low.length + high.length + 1) throw new Error("band table: codes do not match cut-offs");
  return { codes: codes.map((c) => CODE_INDEX[c]), low, high };
}

const HEIGHT_WHO = bands(["severely_stunted", "stunted", "normal_height"], [-3, -2], []);
const WEIGHT_WHO = bands(["severely_underweight", "underweight", "normal_weight"], [-3, -2], []);
const WFL_WHO = bands(["severely_wasted", "wasted", "normal", "overweight", "obese"], [-3, -2], [2, 3]);
const BFA_WHO = bands(["severely_thin", "thin", "normal", "overweight", "obese"], [-3, -2], [1, 2]);

const HEIGHT_PMK = bands(["severely_stunted", "stunted", "normal_height", "tall"], [-3, -2], [3]);
const WEIGHT_PMK = bands(["severely_underweight", "underweight", "normal_weight", "risk_of_overweight"], [-3, -2], [1]);
const WFL_PMK = bands(
  ["severely_wasted", "wasted", "normal", "possible_risk_of_overweight", "overweight", "obese"],
  [-3, -2],
  [1, 2, 3],
);
const BFA_PMK = bands(["severely_thin", "thin", "normal", "overweight", "obese"], [-3, -2], [1, 2]);

const SCHEMES: Readonly<Record<ClassificationScheme, Readonly<Partial<Record<ClassifyIndicator, Bands>>>>> = {
  who: {
    len: HEIGHT_WHO,
    hfa: HEIGHT_WHO,
    wei: WEIGHT_WHO,
    wfa: WEIGHT_WHO,
    wfl: WFL_WHO,
    wfh: WFL_WHO,
    bmi: WFL_WHO,
    bfa: BFA_WHO,
  },
  // The regulation's indices: BB/U, PB/U–TB/U, BB/PB–BB/TB and IMT/U for
  // 0–60 months, IMT/U for 5–18 years. It has no height- or weight-for-age
  // categories from 5 years, so no hfa or wfa.
  permenkes: {
    len: HEIGHT_PMK,
    wei: WEIGHT_PMK,
    wfl: WFL_PMK,
    wfh: WFL_PMK,
    bmi: WFL_PMK,
    bfa: BFA_PMK,
  },
};

/**
 * `scheme` checked, or a RangeError naming the caller and parameter.
 * @internal
 */
export function checkScheme(scheme: unknown, caller: string, param: string): ClassificationScheme {
  return checkChoice(scheme, SCHEME_NAMES, caller, param);
}

/**
 * The band table of an indicator in a scheme; RangeError for an unknown
 * indicator or one the scheme does not classify.
 * @internal
 */
export function bandsOf(scheme: ClassificationScheme, indicator: unknown, caller: string): Bands {
  const ind = classifyIndicator(indicator, caller);
  const b = SCHEMES[scheme][ind];
  if (b === undefined) {
    const has = Object.keys(SCHEMES[scheme]).join(", ");
    throw new RangeError(`${caller}: the ${scheme} scheme has no categories for ${ind}; it classifies ${has}`);
  }
  return b;
}

/** Whether the scheme classifies the indicator. @internal */
export function schemeHas(scheme: ClassificationScheme, indicator: ClassifyIndicator): boolean {
  return SCHEMES[scheme][indicator] !== undefined;
}

/**
 * The categories an indicator can fall in under a scheme, from the lowest z
 * to the highest (besides `not_classified` and `implausible`, which any
 * indicator can get).
 *
 * @param scheme - `"who"` or `"permenkes"`
 * @param indicator - `len`, `wei`, `wfl`/`wfh`, `bmi`, `hfa`, `wfa` or `bfa`
 *   (`permenkes` has no `hfa` or `wfa`)
 * @returns the category codes, lowest z first
 * @throws RangeError for an unknown scheme or indicator, or an indicator the
 *   scheme does not classify
 *
 * @example
 * schemeCategories("permenkes", "len"); // => ["severely_stunted", "stunted", "normal_height", "tall"]
 * @example
 * schemeCategories("who", "bfa"); // => ["severely_thin", "thin", "normal", "overweight", "obese"]
 * @category Classification
 */
export function schemeCategories(scheme: ClassificationScheme, indicator: ClassifyIndicator): CategoryCode[] {
  const s = checkScheme(scheme, "schemeCategories", "scheme");
  return bandsOf(s, indicator, "schemeCategories").codes.map((k) => CATEGORY_CODES[k]!);
}
