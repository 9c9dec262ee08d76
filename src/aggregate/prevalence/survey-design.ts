/**
 * The survey design: sampling weights, clusters (PSUs) and strata read from
 * `options.design` and checked, rows without a cluster or stratum or with an
 * unusable weight marked, and WHO anthro's choice of method — simple (no
 * design, or all weights 1), weighted (weights only) or survey (clusters
 * and/or strata) — with the design's degrees of freedom.
 * @internal
 */
import { checkOptions } from "../../util/checks.js";
import { numbers } from "./columns.js";
import { intern } from "./group-levels.js";
import { INVALID_WEIGHT, KEPT, MISSING_DESIGN } from "./inclusion.js";
import type { DesignArrays } from "./survey-variance.js";
import type { PrevalenceMethod } from "./types.js";

const DESIGN_KEYS = ["weights", "cluster", "strata"];

/** The design of the analysed rows, and WHO anthro's method for it. @internal */
export interface Design extends DesignArrays {
  readonly method: PrevalenceMethod;
  /** The design's degrees of freedom: PSUs − strata, counting those with a non-zero weight (rows − 1 without clusters or strata). */
  readonly df: number;
  /** 1 for a row whose weight is missing or 0 (it counts in `unwpop` only); null without weights. */
  readonly zeroWeight: Uint8Array | null;
}

/**
 * Reads `options.design`, marks rows without a cluster or stratum
 * (`MISSING_DESIGN`) or with a negative or infinite weight
 * (`INVALID_WEIGHT`), and returns how to build the design of the rows that
 * are finally analysed, with WHO anthro's choice of method.
 * @throws TypeError/RangeError for a misused design
 * @internal
 */
export function readDesign(design: unknown, n: number, caller: string, reason: Uint8Array): (rows: Int32Array) => Design {
  const d = checkOptions(design, DESIGN_KEYS, caller, "options.design");
  const cluster = d.cluster === undefined ? null : intern(d.cluster, n, caller, "options.design.cluster");
  const strata = d.strata === undefined ? null : intern(d.strata, n, caller, "options.design.strata");
  const rawW = d.weights === undefined ? null : numbers(d.weights, n, caller, "options.design.weights");
  for (let i = 0; i < n; i++) {
    if (reason[i] !== KEPT) continue;
    if ((cluster !== null && cluster.codes[i]! < 0) || (strata !== null && strata.codes[i]! < 0)) reason[i] = MISSING_DESIGN;
  }
  let weight: Float64Array | null = null;
  let zeroWeight: Uint8Array | null = null;
  if (rawW !== null) {
    weight = new Float64Array(n);
    zeroWeight = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const x = rawW[i]!;
      if (x !== x) {
        weight[i] = 0; // WHO anthro: a missing weight is 0
        zeroWeight[i] = 1;
      } else if (x < 0 || x === Infinity) {
        if (reason[i] === KEPT) reason[i] = INVALID_WEIGHT;
      } else {
        weight[i] = x;
        if (x === 0) zeroWeight[i] = 1;
      }
    }
  }
  const build = (rows: Int32Array): Design => {
    const N = rows.length;
    if (cluster === null && strata === null) {
      let allOne = true;
      if (weight !== null) for (let ri = 0; ri < N && allOne; ri++) allOne = weight[rows[ri]!] === 1;
      const w = allOne ? null : weight;
      let nonzero = N;
      if (w !== null) {
        nonzero = 0;
        for (let ri = 0; ri < N; ri++) if (w[rows[ri]!] !== 0) nonzero++;
      }
      return {
        method: w === null ? "simple" : "weighted",
        weight: w,
        stratum: null,
        nStrata: 1,
        psu: null,
        nPsu: N,
        psusInStratum: Float64Array.of(N),
        df: nonzero > 0 ? nonzero - 1 : 0,
        zeroWeight,
      };
    }
    // strata: dense codes over the analysed rows
    let stratum: Int32Array | null = null;
    let nStrata = 1;
    if (strata !== null) {
      stratum = new Int32Array(n).fill(-1);
      const remap = new Int32Array(strata.labels.length).fill(-1);
      nStrata = 0;
      for (let ri = 0; ri < N; ri++) {
        const i = rows[ri]!;
        const c = strata.codes[i]!;
        if (remap[c] === -1) remap[c] = nStrata++;
        stratum[i] = remap[c]!;
      }
      if (nStrata === 0) nStrata = 1;
    }
    // PSUs: clusters nested in strata; one cluster only means rows are the PSUs (as anthro does)
    let psu: Int32Array | null = null;
    let nPsu = N;
    if (cluster !== null) {
      const seen = new Int32Array(cluster.labels.length);
      let distinct = 0;
      for (let ri = 0; ri < N; ri++) {
        const c = cluster.codes[rows[ri]!]!;
        if (seen[c] === 0) {
          seen[c] = 1;
          distinct++;
        }
      }
      if (distinct > 1) {
        psu = new Int32Array(n).fill(-1);
        const map = new Map<number, number>();
        const nc = cluster.labels.length;
        nPsu = 0;
        for (let ri = 0; ri < N; ri++) {
          const i = rows[ri]!;
          const key = (stratum === null ? 0 : stratum[i]!) * nc + cluster.codes[i]!;
          let p = map.get(key);
          if (p === undefined) {
            p = nPsu++;
            map.set(key, p);
          }
          psu[i] = p;
        }
      }
    }
    const psusInStratum = new Float64Array(nStrata);
    const psuNonzero = new Uint8Array(nPsu);
    const stratumNonzero = new Uint8Array(nStrata);
    const psuSeen = new Uint8Array(nPsu);
    for (let ri = 0; ri < N; ri++) {
      const i = rows[ri]!;
      const h = stratum === null ? 0 : stratum[i]!;
      const p = psu === null ? ri : psu[i]!;
      if (psuSeen[p] === 0) {
        psuSeen[p] = 1;
        psusInStratum[h] = psusInStratum[h]! + 1;
      }
      if (weight === null || weight[i] !== 0) {
        psuNonzero[p] = 1;
        stratumNonzero[h] = 1;
      }
    }
    let df = 0;
    for (let p = 0; p < nPsu; p++) df += psuNonzero[p]!;
    for (let h = 0; h < nStrata; h++) df -= stratumNonzero[h]!;
    return { method: "survey", weight, stratum, nStrata, psu, nPsu, psusInStratum, df, zeroWeight };
  };
  return build;
}
