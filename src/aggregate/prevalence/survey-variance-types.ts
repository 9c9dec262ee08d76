/**
 * The shapes the survey-variance computation works on: the design, the
 * accumulation units, what goes in and what comes out.
 * @internal
 */
/** A categorical variable: each row's bucket (−1 = not in the set), and the proportions to estimate as sets of buckets. @internal */
export interface CategoricalVar {
  readonly bucket: Int8Array;
  readonly buckets: number;
  readonly props: readonly (readonly number[])[];
}

/** The sampling design as arrays over all rows. @internal */
export interface DesignArrays {
  /** Weight of each row (all rows), or null for weight 1. */
  readonly weight: Float64Array | null;
  /** Stratum code of each row, or null for one stratum. */
  readonly stratum: Int32Array | null;
  readonly nStrata: number;
  /** PSU code of each row (0..nPsu−1), or null when every row is its own PSU. */
  readonly psu: Int32Array | null;
  readonly nPsu: number;
  /** PSUs in each stratum of the whole design (n_h). */
  readonly psusInStratum: Float64Array;
}

/**
 * Accumulation units: each row adds to one cell of each unit (its code, −1 =
 * none), and each cell belongs to a list of domains (groups): cell c of unit
 * u feeds domains `cellDomains[cellStart[c] .. cellStart[c + 1])`, cells
 * numbered across units. Sums are additive, so a unit can merge several
 * breakdowns (e.g. age group × sex feeds "All", the age group, the sex and
 * the age-sex group) and each row is accumulated once.
 * @internal
 */
export interface AccumulationUnits {
  /** Each unit's cell of each row (−1 = none). */
  readonly units: readonly Int32Array[];
  /** The number of the first cell of each unit. */
  readonly unitOffsets: readonly number[];
  /** Cells of all units. */
  readonly cells: number;
  readonly cellStart: Int32Array;
  readonly cellDomains: Int32Array;
}

/** What {@link runEngine} sums: the design, the groups as sums of cells, and the variables. @internal */
export interface EngineInput extends DesignArrays, AccumulationUnits {
  /** The rows in the analysis, ascending. */
  readonly rows: Int32Array;
  /** Total domains (groups). */
  readonly domains: number;
  readonly cat: readonly CategoricalVar[];
  /** Continuous variables (NaN = not in the set). */
  readonly cont: readonly Float64Array[];
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

