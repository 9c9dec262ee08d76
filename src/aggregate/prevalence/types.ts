/**
 * The public types of the prevalence functions: their inputs (z-score
 * columns, survey design, grouping options) and their results (estimates
 * per group, where the rows went).
 */
import type { NumberColumn } from "../../score/score-columns.js";

/**
 * The indicators of a prevalence table, with WHO anthro's abbreviations:
 * `HA` height (length)-for-age, `WA` weight-for-age, `BMI` BMI-for-age, `WH`
 * weight-for-length/height (0–5 years only).
 * @category Aggregation
 */
export type PrevalenceIndicator = "HA" | "WA" | "BMI" | "WH";

/**
 * How the 95 % confidence interval of a prevalence is computed:
 *
 * - `logit` (default): WHO anthro's interval, symmetric on the logit scale
 *   with Student's t on the design's degrees of freedom; [0, 0] at 0 % and
 *   [100, 100] at 100 %.
 * - `wilson`: the Wilson score interval (R's `prop.test(x, n, correct = FALSE)`)
 *   on the effective sample size n / deff.
 * - `clopper-pearson`: the exact binomial interval (R's `binom.test(x, n)`)
 *   on the effective sample size.
 * - `korn-graubard`: Clopper–Pearson with the effective sample size
 *   shrunk further for a design with few degrees of freedom, by
 *   (t(n − 1) / t(df))² (Korn & Graubard 1998), never enlarged.
 *
 * Without a design (`simple`), the effective sample size is n and the last
 * three are the textbook binomial intervals of the n children.
 * @category Aggregation
 */
export type IntervalMethod = "logit" | "wilson" | "clopper-pearson" | "korn-graubard";

/**
 * The six cut-offs of every indicator: z < −3, < −2, < −1 and z > +1, > +2, > +3 (strict).
 * @category Aggregation
 */
export type PrevalenceCutoff = "below3" | "below2" | "below1" | "above1" | "above2" | "above3";

/**
 * The cut-offs in WHO anthro's column order (`_3`, `_2`, `_1`, `1`, `2`, `3`).
 *
 * @example
 * PREVALENCE_CUTOFFS.length; // => 6
 * PREVALENCE_CUTOFFS[1]; // => "below2"
 * @category Aggregation
 */
export const PREVALENCE_CUTOFFS: readonly PrevalenceCutoff[] = ["below3", "below2", "below1", "above1", "above2", "above3"];

/**
 * A survey estimate with its standard error, 95 % confidence interval,
 * design effect and number of children. For a prevalence `r`, `se`, `ll`
 * and `ul` are percentages (0–100); for a mean z-score they are in z units.
 * NaN where undefined (no data in the group) or withheld (`suppressed`).
 * @category Aggregation
 */
export interface Estimate {
  /** The estimate: a prevalence in % or a mean z-score. */
  readonly r: number;
  /** Its standard error (Taylor linearisation for the design). */
  readonly se: number;
  /** Lower limit of the 95 % confidence interval (see {@link PrevalenceOptions.ci}). */
  readonly ll: number;
  /** Upper limit of the 95 % confidence interval. */
  readonly ul: number;
  /**
   * Design effect: the design's variance of the estimate over the variance
   * a simple random sample of `n` children would give (p(1 − p)/(n − 1) for
   * a prevalence, s²/n for a mean; survey's `deff = "replace"`). 1 without a
   * design; NaN when undefined (a prevalence of 0 % or 100 % with a design,
   * fewer than two children).
   */
  readonly deff: number;
  /** Children the estimate is computed on, unweighted (for a prevalence: `unwpop`; for the mean: those with a z-score, oedema left out). */
  readonly n: number;
  /** Withheld because `n` is below {@link PrevalenceOptions.minN}: the numbers are NaN. */
  readonly suppressed: boolean;
}

/**
 * The mean z-score of a group, with the standard deviation of the z-scores.
 * @category Aggregation
 */
export interface MeanEstimate extends Estimate {
  /** Standard deviation of the z-scores (weighted when there are weights). */
  readonly stdev: number;
}

/**
 * Everything WHO anthro reports for one indicator in one group.
 * @category Aggregation
 */
export interface IndicatorEstimates {
  /** Weighted number of children counted for the prevalences (sum of weights). */
  readonly pop: number;
  /** Unweighted number of children counted for the prevalences. */
  readonly unwpop: number;
  /** Prevalence of z < −3 (%). */
  readonly below3: Estimate;
  /** Prevalence of z < −2 (%): stunting, underweight, wasting, thinness by indicator. */
  readonly below2: Estimate;
  /** Prevalence of z < −1 (%). */
  readonly below1: Estimate;
  /** Prevalence of z > +1 (%). */
  readonly above1: Estimate;
  /** Prevalence of z > +2 (%): overweight by weight-for-height. */
  readonly above2: Estimate;
  /** Prevalence of z > +3 (%). */
  readonly above3: Estimate;
  /** Mean z-score and SD (children with oedema are left out of both). */
  readonly mean: MeanEstimate;
}

/**
 * The combined indicators of height-for-age and weight-for-height (0–5 years).
 * @category Aggregation
 */
export interface CombinedEstimates {
  /** Weighted number of children with both z-scores. */
  readonly pop: number;
  /** Unweighted number of children with both z-scores. */
  readonly unwpop: number;
  /** Stunted and wasted: HAZ < −2 and WHZ < −2 (anthro's `HA_2_WH_2`), %. */
  readonly stuntedWasted: Estimate;
  /** Stunted and overweight: HAZ < −2 and WHZ > +2 (anthro's `HA_2_WH2`), %. */
  readonly stuntedOverweight: Estimate;
}

/**
 * One group of one breakdown, with its estimates.
 * @category Aggregation
 */
export interface PrevalenceGroup {
  /**
   * The breakdown: `"all"`, `"ageGroup"`, `"sex"`, `"ageGroup+sex"` (0–5
   * years) or `"ageGroup"`, `"ageBand"`, `"sex"`, `"sex+ageBand"` (5–19
   * years), a grouping column's name, or names joined by `+` for a nested
   * breakdown.
   */
  readonly breakdown: string;
  /** The group's label: `"All"`, `"00-05 mo"`, `"Female"`, `"00-05 mo.Female"`, a group value… (parts joined by `.`). */
  readonly label: string;
  /** The group's value in each column of the breakdown, e.g. `{ ageGroup: "00-05 mo", sex: "Female" }`. */
  readonly key: Readonly<Record<string, string>>;
  /** Estimates by indicator (only the indicators whose z-scores were given). */
  readonly indicators: Readonly<Partial<Record<PrevalenceIndicator, IndicatorEstimates>>>;
  /** Stunted-and-wasted and stunted-and-overweight (0–5 years, when `zlen` and `zwfl` are given). */
  readonly combined?: CombinedEstimates;
}

/**
 * Where the rows went, for one indicator: every input row is either counted
 * or excluded for exactly one reason, so
 * `counted + missingAge + ageOutOfRange + missingDesign + invalidWeight + flagged + missingZ === rows`.
 * @category Aggregation
 */
export interface ExclusionSummary {
  /** Input rows. */
  readonly rows: number;
  /** Rows counted in the indicator's prevalences (the "All" group's `unwpop`). */
  readonly counted: number;
  /** Of `counted`: rows with oedema, counted as below −3 SD and left out of the mean and SD. */
  readonly oedema: number;
  /** Of `counted`: rows with a missing (or zero) sampling weight; in `unwpop` but not in `pop` or any weighted estimate. */
  readonly zeroWeight: number;
  /** Rows without an age, where the indicator needs one (for 5–19 years: every row without an age). */
  readonly missingAge: number;
  /** Rows outside the age range: 0–5 years, over 1826 days (or a negative age); 5–19 years, under 60 or over 228 months (120 for weight-for-age). */
  readonly ageOutOfRange: number;
  /** Rows without a cluster or stratum when the design has them. */
  readonly missingDesign: number;
  /** Rows with an unusable sampling weight: negative, infinite, or outside 1e−100 to 1e100 (see {@link SurveyDesign}). */
  readonly invalidWeight: number;
  /** Rows whose z-score is flagged as implausible (and that have no oedema). */
  readonly flagged: number;
  /** Rows without a z-score for any other reason (missing measurement, sex…). */
  readonly missingZ: number;
}

/**
 * How the estimates were computed, following WHO anthro's choice: `"simple"`
 * when there is no cluster, no strata and no weights (or all weights are 1),
 * `"weighted"` with weights only, `"survey"` with clusters and/or strata.
 * @category Aggregation
 */
export type PrevalenceMethod = "simple" | "weighted" | "survey";

/**
 * The result of {@link prevalence} and {@link prevalence5to19}.
 * @category Aggregation
 */
export interface PrevalenceResult {
  /** Which of WHO anthro's computations applies (see {@link PrevalenceMethod}). */
  readonly method: PrevalenceMethod;
  /**
   * The design's degrees of freedom (PSUs − strata, counting only PSUs and
   * strata with a non-zero weight), used for the t quantile of the CIs.
   */
  readonly df: number;
  /** Input rows. */
  readonly rows: number;
  /** Rows in the analysis (inside the age range, with a cluster and stratum when the design has them). */
  readonly analysed: number;
  /** The groups, breakdown by breakdown: "All" first. */
  readonly groups: readonly PrevalenceGroup[];
  /** Where the rows went, by indicator (`HA_WH` for the combined indicators). */
  readonly excluded: Readonly<Partial<Record<PrevalenceIndicator | "HA_WH", ExclusionSummary>>>;
}

/**
 * A survey design: sampling weights, clusters (PSUs) and strata, each a column as long as the data.
 * @category Aggregation
 */
export interface SurveyDesign {
  /**
   * Sampling weights. A missing weight counts as 0, as WHO anthro does: the
   * child is in `unwpop` but in no weighted estimate. A weight must be 0 or
   * from 1e−100 to 1e100 (the squares of the weights, which the variances
   * sum, must neither underflow to 0 nor overflow): negative, infinite and
   * other weights exclude the row (`invalidWeight`), counted in `excluded`.
   */
  readonly weights?: NumberColumn;
  /** Cluster (primary sampling unit) of each row; rows without one are excluded. Clusters are nested in strata. */
  readonly cluster?: ArrayLike<unknown>;
  /** Stratum of each row; rows without one are excluded. */
  readonly strata?: ArrayLike<unknown>;
}

/**
 * Options shared by {@link prevalence} and {@link prevalence5to19}.
 * @category Aggregation
 */
export interface PrevalenceOptions {
  /** The survey design; omit for a simple random sample. */
  readonly design?: SurveyDesign;
  /**
   * Grouping columns (kelurahan, puskesmas, posyandu, region, wealth
   * quintile…), each giving one breakdown. Values are compared as strings;
   * null, undefined, NaN and blank strings are missing (the row is in no group
   * of that breakdown, but still in "All").
   */
  readonly groups?: Readonly<Record<string, ArrayLike<unknown>>>;
  /**
   * Nested breakdowns: lists of grouping column names or built-in breakdowns
   * (`"ageGroup"`, `"sex"`, and `"ageBand"` for 5–19 years), e.g.
   * `[["region", "sex"]]`. Only combinations that occur are reported.
   */
  readonly nested?: readonly (readonly string[])[];
  /**
   * Include the standard age and sex breakdowns.
   * @defaultValue true
   */
  readonly standardBreakdowns?: boolean;
  /**
   * The confidence interval of the prevalences: WHO's `"logit"`, or
   * `"wilson"`, `"clopper-pearson"`, `"korn-graubard"` for small groups
   * (see {@link IntervalMethod} and docs/prevalence.md). Means always get
   * the t interval.
   * @defaultValue "logit"
   */
  readonly ci?: IntervalMethod;
  /**
   * Withhold estimates on fewer than this many children: their numbers
   * become NaN and `suppressed` true (0 withholds none).
   * @defaultValue 0
   */
  readonly minN?: number;
  /**
   * Which implausible z-scores are left out: `"who"` WHO's fixed flags (the
   * `f…` columns), or `"smart"` SMART's flags — a z-score more than 3 from
   * the mean of the analysed children's unflagged z-scores of its indicator
   * (see {@link smartFlags}).
   * @defaultValue "who"
   */
  readonly flags?: "who" | "smart";
}

/**
 * The z-score columns {@link prevalence} reads: any subset of {@link scoreColumns}'s output.
 * @category Aggregation
 */
export interface PrevalenceScores {
  /** Length/height-for-age z-scores (WHO 2006). */
  readonly zlen?: NumberColumn;
  /** Flags of `zlen` (1 = implausible). */
  readonly flen?: NumberColumn;
  /** Weight-for-age z-scores (WHO 2006). */
  readonly zwei?: NumberColumn;
  /** Flags of `zwei` (1 = implausible). */
  readonly fwei?: NumberColumn;
  /** BMI-for-age z-scores (WHO 2006). */
  readonly zbmi?: NumberColumn;
  /** Flags of `zbmi` (1 = implausible). */
  readonly fbmi?: NumberColumn;
  /** Weight-for-length/height z-scores (WHO 2006). */
  readonly zwfl?: NumberColumn;
  /** Flags of `zwfl` (1 = implausible). */
  readonly fwfl?: NumberColumn;
  /** When present (as on {@link scoreColumns}'s result), the number of rows: longer columns are read up to it. */
  readonly length?: number;
}

/**
 * The z-score columns {@link prevalence5to19} reads (WHO 2007 references).
 * @category Aggregation
 */
export interface Prevalence5to19Scores {
  /** Height-for-age z-scores (WHO 2007). */
  readonly zhfa?: NumberColumn;
  /** Flags of `zhfa` (1 = implausible). */
  readonly fhfa?: NumberColumn;
  /** Weight-for-age z-scores (WHO 2007). */
  readonly zwfa?: NumberColumn;
  /** Flags of `zwfa` (1 = implausible). */
  readonly fwfa?: NumberColumn;
  /** BMI-for-age z-scores (WHO 2007). */
  readonly zbfa?: NumberColumn;
  /** Flags of `zbfa` (1 = implausible). */
  readonly fbfa?: NumberColumn;
  /** When present, the number of rows: longer columns are read up to it. */
  readonly length?: number;
}

/**
 * The data of {@link prevalence} and {@link prevalence5to19}: one row per child.
 * @category Aggregation
 */
export interface PrevalenceColumns<S> {
  /** 1/2, `m`/`f`, `L`/`P`… (see {@link sexCode}); a `Uint8Array` is read as codes 1 male, 2 female. */
  readonly sex: Uint8Array | ArrayLike<unknown>;
  /** Age in days (precedence over `ageMonths` where not missing). */
  readonly ageDays?: NumberColumn;
  /** Age in months, used where `ageDays` is missing. */
  readonly ageMonths?: NumberColumn;
  /** Bilateral pitting oedema (see {@link oedemaCode}); missing means no. */
  readonly oedema?: Uint8Array | ArrayLike<unknown>;
  /** The z-scores and flags, e.g. the result of {@link scoreColumns}; other keys are ignored. */
  readonly scores: S;
}
