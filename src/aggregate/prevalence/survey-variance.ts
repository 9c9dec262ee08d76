/**
 * Survey variances of many groups at once: weighted totals and
 * Taylor-linearised variances of ratio means (prevalences and mean z-scores)
 * for a stratified cluster design with clusters nested in strata and lonely
 * PSUs handled as R's survey package does with
 * `options(survey.lonely.psu = "adjust")` — what WHO anthro and anthroplus
 * compute through `survey::svymean`.
 *
 * For a domain d and a variable y (a 0/1 indicator or a z-score), with
 * weights w over the rows of d where y is not missing:
 *
 *   W = Σ w,   r = Σ w·y / W,   z_i = w_i (y_i − r) / W
 *   Z_hj = Σ_{i in PSU j of stratum h} z_i
 *   var(r) = Σ_h  n_h/(n_h − 1) · Σ_j (Z_hj − Z̄_h)²      (n_h > 1)
 *          + Σ_h  Z_h1²                                  (n_h = 1, "adjust")
 *
 * where n_h counts the PSUs of stratum h in the whole design (PSUs outside
 * the domain count with Z = 0), as survey::svyrecvar does for a domain.
 *
 * Rows are accumulated into "cells" (combinations of breakdown levels), and
 * each group is a sum of cells, so a row is added once per unit rather than
 * once per group (`weighted-sums.ts`). Two strategies, both passes over typed
 * arrays with no per-row objects:
 *  - rows are their own PSUs (no clusters): weighted moments per (stratum,
 *    cell), expanded in closed form after the pass (`variance-rows-as-psus.ts`);
 *  - clusters: a pass over the rows ordered by stratum and PSU that
 *    accumulates each PSU's centred total and, per stratum, their spread
 *    (`variance-by-cluster.ts`).
 * @internal
 */
import { accumulate, cellsToDomains, centredMoments, layout, totals } from "./weighted-sums.js";
import { psuVariances } from "./variance-by-cluster.js";
import { momentVariances } from "./variance-rows-as-psus.js";

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

/** Memory budget (doubles) for the per-(stratum, domain) moment strategy. */
const MOMENT_BUDGET = 1 << 22;

/**
 * Totals and variances for every domain.
 * @internal
 */
export function runEngine(input: EngineInput, strategy: "auto" | "moments" | "psu" = "auto"): EngineOutput {
  const L = layout(input);
  const rowPsus = input.psu === null;
  const momentSize = input.nStrata * (input.cells + input.domains) * L.slots;
  const useMoments = strategy === "moments" || (strategy === "auto" && rowPsus && momentSize <= MOMENT_BUDGET);
  if (useMoments) {
    if (!rowPsus) throw new RangeError("runEngine: the moment strategy needs rows as PSUs");
    const cellAcc = new Float64Array(input.nStrata * input.cells * L.slots);
    accumulate(input, L, cellAcc, true);
    const acc = cellsToDomains(input, L.slots, cellAcc, input.nStrata);
    const out = totals(input, L, acc, input.nStrata);
    const cen = centredMoments(input, L, cellAcc, input.nStrata, out);
    momentVariances(input, L, acc, cen, out);
    return out;
  }
  const cellAcc = new Float64Array(input.cells * L.slots);
  accumulate(input, L, cellAcc, false);
  const out = totals(input, L, cellsToDomains(input, L.slots, cellAcc, 1), 1);
  centredMoments(input, L, cellAcc, 1, out);
  psuVariances(input, L, out);
  return out;
}
