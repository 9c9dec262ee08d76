/**
 * The shapes of the survey-variance sums: the categorical variables (an
 * indicator's cut-off buckets, the combined indicators') and what comes out
 * per group.
 * @internal
 */
/** A categorical variable: its number of buckets, and the proportions to estimate as sets of buckets. @internal */
export interface CategoricalVar {
  readonly buckets: number;
  readonly props: readonly (readonly number[])[];
}

/** Where the buckets and proportions of the categorical variables are in the per-domain output. @internal */
export interface OutputLayout {
  /** Index of each categorical variable's first bucket / first proportion. */
  readonly bucketOffset: readonly number[];
  readonly propOffset: readonly number[];
  readonly totalBuckets: number;
  readonly totalProps: number;
}

/** Per-domain totals and variances. @internal */
export interface EngineOutput extends OutputLayout {
  /** Rows with a non-zero weight, per domain (all variables). */
  readonly nonzero: Float64Array;
  /** Per domain × categorical variable: unweighted count. */
  readonly catCount: Float64Array;
  /** Per domain × categorical variable × bucket: Σw (stride = total buckets). */
  readonly catWeight: Float64Array;
  /** Per domain × proportion (all proportions of all categorical variables in order): variance of the proportion (0–1 scale). */
  readonly propVar: Float64Array;
  /** Per domain × continuous variable: count, Σw, Σw·x, Σw·(x − mean)², variance of the mean. */
  readonly contCount: Float64Array;
  readonly contWeight: Float64Array;
  readonly contSum: Float64Array;
  readonly contSS: Float64Array;
  readonly contVar: Float64Array;
}
