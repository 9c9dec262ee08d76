/**
 * The public prevalence functions: `prevalence` (0–5 years, as WHO anthro)
 * and `prevalence5to19` (5–19 years, as WHO anthroplus), each a computation
 * of its analysis turned into a `PrevalenceResult`.
 */
import { ANALYSIS_0TO5, ANALYSIS_5TO19 } from "./analyses.js";
import { compute } from "./computation.js";
import { toResult } from "./results.js";
import type { Prevalence5to19Scores, PrevalenceColumns, PrevalenceOptions, PrevalenceResult, PrevalenceScores } from "./types.js";

/**
 * Survey prevalence of malnutrition for children 0–5 years, computed as WHO's
 * R package anthro 1.1.0 (`anthro_prevalence`) computes it: for
 * height-for-age (`HA`), weight-for-age (`WA`), BMI-for-age (`BMI`) and
 * weight-for-height (`WH`), the prevalence of z < −3, < −2, < −1, > +1, > +2
 * and > +3 with standard error and 95 % confidence interval, the mean z-score
 * with its SE, CI and SD, the weighted and unweighted numbers of children,
 * and the combined stunted-and-wasted and stunted-and-overweight
 * prevalences — for all children, by age group, sex, age group × sex, and
 * by any grouping column.
 *
 * WHO's rules: flagged z-scores are left out, indicator by indicator;
 * children with oedema count as below −3 SD for WA, BMI and WH (and are left
 * out of those means and SDs); children over 1826 days (age in days rounded
 * half up) are left out, children without an age are kept (they count for
 * WH). With a design, the standard errors are Taylor-linearised for a
 * stratified cluster sample (clusters nested in strata, lonely PSUs
 * "adjust"), and confidence intervals use the design's degrees of freedom —
 * the logit interval for prevalences. See docs/prevalence.md for the formulas
 * and for the one place where tumbuh deliberately differs from anthro (the
 * confidence interval of a prevalence of exactly 1 %). Beyond WHO's table,
 * every estimate has its design effect `deff` and its number of children
 * `n`, and options choose small-area intervals (`ci`), withhold small groups
 * (`minN`) and leave out SMART's flags instead of WHO's (`flags`).
 *
 * Prevalences are percentages. Undefined statistics (a group without data,
 * the SD of one child) are NaN. Data problems never throw; every row is
 * either counted or excluded for a reason given in `excluded`.
 *
 * @param columns - sex, age, oedema and the z-scores with their flags (`scores`: e.g. the result of {@link scoreColumns})
 * @param options - survey design, grouping columns, nested breakdowns
 * @returns the estimates per group, the method used, and where the rows went
 * @throws TypeError for a missing or non-array column, an unknown column or option, or no z-score column
 * @throws RangeError for columns of unequal length, a reserved group name or an unknown name in `nested`
 *
 * @example
 * const r = prevalence({
 *   sex: [1, 2, 1, 2],
 *   ageDays: [400, 500, 600, 700],
 *   scores: { zlen: [-2.5, -1, 0.3, -3.2], flen: [0, 0, 0, 0] },
 * });
 * const all = r.groups[0]!;
 * all.label; // => "All"
 * all.indicators.HA!.below2.r; // => 50
 * all.indicators.HA!.unwpop; // => 4
 * r.method; // => "simple"
 * @example
 * // with a survey design and a grouping column
 * const r = prevalence(
 *   {
 *     sex: [1, 2, 1, 2, 1, 2],
 *     ageDays: [400, 500, 600, 700, 800, 900],
 *     scores: { zlen: [-2.5, -1, 0.3, -3.2, -2.1, 0.5] },
 *   },
 *   {
 *     design: { weights: [1, 2, 1, 2, 1, 2], cluster: [1, 1, 2, 2, 3, 3] },
 *     groups: { posyandu: ["Mawar", "Mawar", "Melati", "Melati", "Mawar", "Melati"] },
 *   },
 * );
 * r.method; // => "survey"
 * r.df; // => 2
 * r.groups.find((g) => g.breakdown === "posyandu" && g.label === "Mawar")!.indicators.HA!.unwpop; // => 3
 * @example
 * // a posyandu of 20 children, none stunted: WHO's logit interval is [0, 0], Wilson's is not
 * const z = new Array<number>(20).fill(0);
 * const w = prevalence({ sex: z.map(() => 2), ageDays: z.map(() => 400), scores: { zlen: z } }, { ci: "wilson" });
 * w.groups[0]!.indicators.HA!.below2.ul.toFixed(1); // => "16.1"
 * @category Aggregation
 */
export function prevalence(columns: PrevalenceColumns<PrevalenceScores>, options?: PrevalenceOptions): PrevalenceResult {
  return toResult(compute(columns, options, ANALYSIS_0TO5, { anthro: false }), null);
}

/**
 * Survey prevalence for children and adolescents 5–19 years (WHO 2007
 * references), computed as WHO's R package anthroplus 1.0.0
 * (`anthroplus_prevalence`) computes it: height-for-age (`HA`, from
 * `zhfa`/`fhfa`), weight-for-age (`WA`, `zwfa`/`fwfa`, 5–10 years) and
 * BMI-for-age (`BMI`, `zbfa`/`fbfa`), with the same statistics as
 * {@link prevalence}, for all, by sex, by yearly age group (`ageGroup`:
 * "60-71 mo" … "228-228 mo"), by wider age group (`ageBand`: 5–9, 10–14,
 * 15–19 years) and by sex × wider age group, and by any grouping column.
 *
 * Only ages 60–228 months count (rows without an age are excluded). Oedema
 * counts as below −3 SD for BMI-for-age and, up to 120 months, for
 * weight-for-age. As anthroplus does, weight-for-age is not reported for
 * breakdowns without an age component (All, sex, grouping columns): it is
 * only defined up to 10 years.
 *
 * @param columns - sex, age (months or days), oedema and the WHO 2007 z-scores with flags
 * @param options - survey design, grouping columns, nested breakdowns
 * @returns the estimates per group, the method used, and where the rows went
 * @throws TypeError for a missing or non-array column, an unknown column or option, or no z-score column
 * @throws RangeError for columns of unequal length, a reserved group name or an unknown name in `nested`
 *
 * @example
 * const r = prevalence5to19({
 *   sex: [1, 2, 1, 2],
 *   ageMonths: [70, 100, 150, 200],
 *   scores: { zbfa: [-2.3, 0.1, 2.4, 1.2], fbfa: [0, 0, 0, 0] },
 * });
 * r.groups[0]!.indicators.BMI!.above2.r; // => 25
 * r.groups.map((g) => g.breakdown).includes("ageBand"); // => true
 * @category Aggregation
 */
export function prevalence5to19(columns: PrevalenceColumns<Prevalence5to19Scores>, options?: PrevalenceOptions): PrevalenceResult {
  return toResult(compute(columns, options, ANALYSIS_5TO19, { anthro: false }), "WA");
}
