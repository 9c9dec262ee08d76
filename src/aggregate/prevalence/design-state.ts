/**
 * The survey design as the rows stream past: sampling weights read and
 * checked, clusters and strata interned, rows without a cluster or stratum
 * or with an unusable weight marked, and, over the analysed rows, the
 * strata, the PSUs (clusters nested in strata) and what WHO anthro's choice
 * of method — simple (no design, or all weights 1), weighted (weights only)
 * or survey (clusters and/or strata) — and the design's degrees of freedom
 * need. Memory grows with the strata and clusters, not with the rows.
 * @internal
 */
import { grow } from "./block-store.js";
import { ValueInterner } from "./group-levels.js";
import { INVALID_WEIGHT, KEPT, MISSING_DESIGN } from "./inclusion.js";
import type { PrevalenceMethod } from "./types.js";

/**
 * The usable sampling weights: 0 (a child in `unwpop` only) or from
 * `MIN_WEIGHT` to `MAX_WEIGHT`. Beyond them the squares of the weights,
 * which the variances sum, would underflow to 0 or overflow to Infinity.
 * @internal
 */
export const MIN_WEIGHT = 1e-100;
/** @internal */
export const MAX_WEIGHT = 1e100;

/** A cluster code and a stratum code in one key: exact for fewer than 2^26 clusters. */
const CLUSTER_RADIX = 1 << 26;

/** The design's columns of one chunk of rows, read. @internal */
export interface DesignRows {
  /** Each row's weight (0 for a missing weight, and for rows out of the analysis). */
  readonly weight: Float64Array;
  /** 1 for a missing or zero weight. */
  readonly zeroWeight: Uint8Array;
  readonly cluster: Int32Array;
  readonly strata: Int32Array;
}

/** The design of the analysed rows, once all are in. @internal */
export interface DesignSummary {
  readonly method: PrevalenceMethod;
  /** PSUs − strata, counting those with a non-zero weight (rows − 1 without clusters or strata). */
  readonly df: number;
  /** Weights are all 1 (or not given): the simple method's unweighted sums. */
  readonly unweighted: boolean;
  readonly nStrata: number;
  /** Whether the PSUs are clusters (more than one cluster); else every row is its own PSU. */
  readonly clustered: boolean;
  /** PSUs in each stratum of the whole design (n_h). */
  readonly psusInStratum: Float64Array;
}

/** The design's state over the rows seen so far. @internal */
export class DesignState {
  readonly cluster: ValueInterner | null;
  readonly strata: ValueInterner | null;
  /** Strata codes as dense codes in order of appearance among the analysed rows. */
  private stratumOfCode = new Int32Array(16).fill(-1);
  private nStrata = 0;
  private rowsInStratum = new Float64Array(16);
  private stratumNonzero = new Uint8Array(16);
  private clusterSeen = new Uint8Array(16);
  private distinctClusters = 0;
  private readonly psuIndex = new Map<number, number>();
  private psuStratum = new Int32Array(16);
  private psuNonzero = new Uint8Array(16);
  private nPsu = 0;
  private analysed = 0;
  private nonzeroRows = 0;
  private allOne = true;

  constructor(readonly spec: { readonly weights: boolean; readonly cluster: boolean; readonly strata: boolean }) {
    this.cluster = spec.cluster ? new ValueInterner() : null;
    this.strata = spec.strata ? new ValueInterner() : null;
  }

  /**
   * Reads one chunk's design into `out[0..]`: its weights (`weights[0..]`,
   * read already) and rows `from`..`to` of the cluster and stratum columns,
   * marking in `reason` the rows still in the analysis that have no
   * cluster or stratum (`MISSING_DESIGN`) or a negative, infinite or
   * out-of-range weight (`INVALID_WEIGHT`).
   */
  read(
    cols: { readonly weights: Float64Array | null; readonly cluster: ArrayLike<unknown> | null; readonly strata: ArrayLike<unknown> | null },
    from: number,
    to: number,
    reason: Uint8Array,
    out: DesignRows,
  ): void {
    const { cluster, strata } = this;
    for (let i = from, j = 0; i < to; i++, j++) {
      const c = cluster === null ? 0 : cluster.code(cols.cluster![i]);
      const s = strata === null ? 0 : strata.code(cols.strata![i]);
      out.cluster[j] = c;
      out.strata[j] = s;
      if (reason[j] === KEPT && (c < 0 || s < 0)) reason[j] = MISSING_DESIGN;
      let w = 1;
      let zero = 0;
      if (cols.weights !== null) {
        const x = cols.weights[j]!;
        if (x !== x) {
          w = 0; // WHO anthro: a missing weight is 0
          zero = 1;
        } else if (x === 0) {
          w = 0;
          zero = 1;
        } else if (x >= MIN_WEIGHT && x <= MAX_WEIGHT) w = x;
        else {
          w = 0;
          if (reason[j] === KEPT) reason[j] = INVALID_WEIGHT;
        }
      }
      out.weight[j] = w;
      out.zeroWeight[j] = zero;
    }
  }

  /**
   * Adds an analysed row (its weight and interned cluster and stratum codes);
   * returns its dense stratum, and its PSU in `psuOut[0]` (−1 without clusters).
   */
  addAnalysed(w: number, clusterCode: number, strataCode: number, psuOut: Int32Array): number {
    this.analysed++;
    const nonzero = w !== 0;
    if (nonzero) this.nonzeroRows++;
    if (w !== 1) this.allOne = false;
    let h = 0;
    if (this.strata !== null) {
      if (strataCode >= this.stratumOfCode.length) {
        const grown = new Int32Array(Math.max(strataCode + 1, this.stratumOfCode.length * 2)).fill(-1);
        grown.set(this.stratumOfCode);
        this.stratumOfCode = grown;
      }
      h = this.stratumOfCode[strataCode]!;
      if (h < 0) {
        h = this.nStrata++;
        this.stratumOfCode[strataCode] = h;
        if (h >= this.rowsInStratum.length) {
          this.rowsInStratum = growFloat(this.rowsInStratum, h + 1);
          this.stratumNonzero = growBytes(this.stratumNonzero, h + 1);
        }
      }
    } else if (this.nStrata === 0) this.nStrata = 1;
    this.rowsInStratum[h]!++;
    if (nonzero) this.stratumNonzero[h] = 1;
    psuOut[0] = -1;
    if (this.cluster !== null) {
      if (clusterCode >= this.clusterSeen.length) this.clusterSeen = growBytes(this.clusterSeen, clusterCode + 1);
      if (this.clusterSeen[clusterCode] === 0) {
        this.clusterSeen[clusterCode] = 1;
        this.distinctClusters++;
      }
      if (clusterCode >= CLUSTER_RADIX) throw new RangeError("prevalence: more than 2^26 clusters");
      const key = h * CLUSTER_RADIX + clusterCode;
      let p = this.psuIndex.get(key);
      if (p === undefined) {
        p = this.nPsu++;
        this.psuIndex.set(key, p);
        if (p >= this.psuStratum.length) {
          this.psuStratum = grow(this.psuStratum, p + 1);
          this.psuNonzero = growBytes(this.psuNonzero, p + 1);
        }
        this.psuStratum[p] = h;
      }
      if (nonzero) this.psuNonzero[p] = 1;
      psuOut[0] = p;
    }
    return h;
  }

  /** The stratum of PSU `p`. */
  stratumOfPsu(p: number): number {
    return this.psuStratum[p]!;
  }

  /** The number of PSUs (clusters within strata) seen. */
  get psus(): number {
    return this.nPsu;
  }

  /** The method, degrees of freedom and PSUs per stratum of the analysed rows. */
  summary(): DesignSummary {
    const N = this.analysed;
    if (this.cluster === null && this.strata === null) {
      const unweighted = !this.spec.weights || this.allOne;
      const nonzero = unweighted ? N : this.nonzeroRows;
      return {
        method: unweighted ? "simple" : "weighted",
        df: nonzero > 0 ? nonzero - 1 : 0,
        unweighted,
        nStrata: 1,
        clustered: false,
        psusInStratum: Float64Array.of(N),
      };
    }
    const nStrata = Math.max(1, this.nStrata);
    const clustered = this.distinctClusters > 1; // one cluster only: the rows are the PSUs (as anthro does)
    const psusInStratum = new Float64Array(nStrata);
    let df = 0;
    if (clustered) {
      for (let p = 0; p < this.nPsu; p++) {
        psusInStratum[this.psuStratum[p]!]!++;
        df += this.psuNonzero[p]!;
      }
    } else {
      for (let h = 0; h < this.nStrata; h++) psusInStratum[h] = this.rowsInStratum[h]!;
      df = this.nonzeroRows;
    }
    for (let h = 0; h < this.nStrata; h++) df -= this.stratumNonzero[h]!;
    return { method: "survey", df, unweighted: !this.spec.weights, nStrata, clustered, psusInStratum };
  }
}

function growFloat(a: Float64Array, need: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(Math.max(need, a.length * 2));
  out.set(a);
  return out;
}

function growBytes(a: Uint8Array, need: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(Math.max(need, a.length * 2));
  out.set(a);
  return out;
}
