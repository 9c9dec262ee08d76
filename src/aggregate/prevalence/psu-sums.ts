/**
 * Survey variances with clusters: running sums per (PSU, cell) — Σw per
 * bucket of each categorical variable, Σw and Σwx of each continuous one —
 * kept as the rows stream past. Once every group's mean r is known, each
 * PSU's total of z_i = w_i(y_i − r)/W in a group is linear in them,
 *
 *   Z_hj = (Σ_{PSU j} w·y − r·Σ_{PSU j} w) / W,
 *
 * and, PSU by PSU within each stratum, their spread (Welford's update)
 * gives var(r) = Σ_h n_h/(n_h − 1) Σ_j (Z_hj − Z̄_h)² (n_h > 1) or Z_h1²
 * (a lonely PSU, "adjust"), n_h counting the PSUs of stratum h in the whole
 * design (those without rows in the group have Z = 0), as
 * survey::svyrecvar does for a domain. Memory grows with the PSUs and the
 * groups present in each, not with the rows.
 * @internal
 */
import { BlockStore } from "./block-store.js";
import type { CellDomains, Layout } from "./moment-sums.js";
import type { CategoricalVar, EngineOutput } from "./survey-variance-types.js";

/** Sums per (PSU, cell). @internal */
export class PsuSums {
  readonly blocks: BlockStore;
  private readonly scrCat: Int32Array;
  private readonly scrCont: Int32Array;
  private readonly catK: Int32Array;

  constructor(
    private readonly cat: readonly CategoricalVar[],
    private readonly nCont: number,
  ) {
    let slots = 0;
    this.scrCat = Int32Array.from(cat, (v) => {
      const at = slots;
      slots += v.buckets;
      return at;
    });
    this.scrCont = Int32Array.from({ length: nCont }, () => {
      const at = slots;
      slots += 2;
      return at;
    });
    this.catK = Int32Array.from(cat, (v) => v.buckets);
    this.blocks = new BlockStore(slots);
  }

  /** Adds a row with a non-zero weight `w` and at least one value to the block of (`psu`, `cell`). */
  add(psu: number, cell: number, w: number, buckets: Int32Array, xs: Float64Array): void {
    const blocks = this.blocks;
    const b = blocks.block(psu, cell);
    const acc = blocks.page(b);
    const base = blocks.offset(b);
    for (let v = 0; v < this.catK.length; v++) {
      const k = buckets[v]!;
      if (k >= 0) acc[base + this.scrCat[v]! + k]! += w;
    }
    for (let c = 0; c < this.nCont; c++) {
      const x = xs[c]!;
      if (x !== x) continue;
      const o = base + this.scrCont[c]!;
      acc[o]! += w;
      acc[o + 1]! += w * x;
    }
  }

  /**
   * The variances (`propVar`, `contVar`) of every group from the PSUs'
   * sums, given the groups' totals in `out`.
   * @param stratumOfPsu - each PSU's stratum
   */
  variances(map: CellDomains, D: number, L: Layout, out: EngineOutput, nPsu: number, stratumOfPsu: (p: number) => number, psusInStratum: Float64Array): void {
    const { cat, nCont, blocks, scrCat, scrCont, catK } = this;
    const nCat = cat.length;
    const scrSlots = blocks.slots;
    // the proportions as flat bucket lists
    const propStart: number[] = [0];
    const propBuckets: number[] = [];
    for (const v of cat) {
      for (const set of v.props) {
        propBuckets.push(...set);
        propStart.push(propBuckets.length);
      }
    }
    const pStart = Int32Array.from(propStart);
    const pBuckets = Int32Array.from(propBuckets);
    const stats = L.totalProps + nCont;
    // group constants: W and the proportions and means
    const catW = new Float64Array(D * nCat);
    const propR = new Float64Array(D * L.totalProps);
    for (let d = 0; d < D; d++) {
      for (let v = 0; v < nCat; v++) {
        const bo = d * L.totalBuckets + L.bucketOffset[v]!;
        let W = 0;
        for (let k = 0; k < catK[v]!; k++) W += out.catWeight[bo + k]!;
        catW[d * nCat + v] = W;
        const po = L.propOffset[v]!;
        for (let p = 0; p < cat[v]!.props.length; p++) {
          let Sy = 0;
          for (let e = pStart[po + p]!; e < pStart[po + p + 1]!; e++) Sy += out.catWeight[bo + pBuckets[e]!]!;
          propR[d * L.totalProps + po + p] = W > 0 ? Sy / W : 0;
        }
      }
    }
    const contMean = new Float64Array(D * nCont);
    for (let j = 0; j < D * nCont; j++) contMean[j] = out.contWeight[j]! > 0 ? out.contSum[j]! / out.contWeight[j]! : 0;

    // per group, within the current PSU: the sums; within the current stratum: the running mean and M2 of the PSU totals
    const scratch = new Float64Array(D * scrSlots);
    const zMean = new Float64Array(D * stats);
    const zM2 = new Float64Array(D * stats);
    const zCount = new Float64Array(D);
    const psuTouched = new Uint8Array(D);
    const psuList = new Int32Array(D);
    const stTouched = new Uint8Array(D);
    const stList = new Int32Array(D);
    let nPsuList = 0;
    let nStList = 0;

    const foldPsu = () => {
      for (let t = 0; t < nPsuList; t++) {
        const d = psuList[t]!;
        psuTouched[d] = 0;
        const sb = d * scrSlots;
        const zb = d * stats;
        const count = (zCount[d] = zCount[d]! + 1);
        for (let v = 0; v < nCat; v++) {
          const W = catW[d * nCat + v]!;
          const o = sb + scrCat[v]!;
          const K = catK[v]!;
          let B = 0;
          for (let k = 0; k < K; k++) B += scratch[o + k]!;
          if (W > 0) {
            const po = L.propOffset[v]!;
            const np = cat[v]!.props.length;
            for (let p = 0; p < np; p++) {
              let A = 0;
              for (let e = pStart[po + p]!; e < pStart[po + p + 1]!; e++) A += scratch[o + pBuckets[e]!]!;
              const Z = (A - propR[d * L.totalProps + po + p]! * B) / W;
              const s = zb + po + p;
              const delta = Z - zMean[s]!;
              zMean[s]! += delta / count;
              zM2[s]! += delta * (Z - zMean[s]!);
            }
          }
        }
        for (let c = 0; c < nCont; c++) {
          const j = d * nCont + c;
          const W = out.contWeight[j]!;
          const o = sb + scrCont[c]!;
          if (W > 0) {
            const Z = (scratch[o + 1]! - contMean[j]! * scratch[o]!) / W;
            const s = zb + L.totalProps + c;
            const delta = Z - zMean[s]!;
            zMean[s]! += delta / count;
            zM2[s]! += delta * (Z - zMean[s]!);
          }
        }
        scratch.fill(0, sb, sb + scrSlots);
        if (stTouched[d] === 0) {
          stTouched[d] = 1;
          stList[nStList++] = d;
        }
      }
      nPsuList = 0;
    };
    const foldStratum = (h: number) => {
      const nh = psusInStratum[h]!;
      for (let t = 0; t < nStList; t++) {
        const d = stList[t]!;
        stTouched[d] = 0;
        const zb = d * stats;
        const k = zCount[d]!;
        zCount[d] = 0;
        for (let s = 0; s < stats; s++) {
          const mean = zMean[zb + s]!;
          // the stratum's other nh − k PSUs have a total of 0 in this group
          const m2 = zM2[zb + s]! + (mean * mean * k * (nh - k)) / nh;
          const v = nh > 1 ? (nh / (nh - 1)) * m2 : k * mean * mean + zM2[zb + s]!;
          if (s < L.totalProps) out.propVar[d * L.totalProps + s]! += v;
          else out.contVar[d * nCont + s - L.totalProps]! += v;
          zMean[zb + s] = 0;
          zM2[zb + s] = 0;
        }
      }
      nStList = 0;
    };

    // the blocks by stratum, then PSU: PSUs renumbered so that those of a stratum are consecutive
    const psuRank = rankByStratum(nPsu, stratumOfPsu, psusInStratum.length);
    const order = orderBlocks(blocks, psuRank, nPsu);
    let curPsu = -1;
    let curStratum = -1;
    for (let t = 0; t < order.length; t++) {
      const b = order[t]!;
      const p = blocks.outer(b);
      if (p !== curPsu) {
        foldPsu();
        const h = stratumOfPsu(p);
        if (h !== curStratum) {
          if (curStratum >= 0) foldStratum(curStratum);
          curStratum = h;
        }
        curPsu = p;
      }
      const acc = blocks.page(b);
      const base = blocks.offset(b);
      const cell = blocks.cell(b);
      for (let e = map.cellStart[cell]!; e < map.cellStart[cell + 1]!; e++) {
        const d = map.cellDomains[e]!;
        const sb = d * scrSlots;
        for (let s = 0; s < scrSlots; s++) scratch[sb + s]! += acc[base + s]!;
        if (psuTouched[d] === 0) {
          psuTouched[d] = 1;
          psuList[nPsuList++] = d;
        }
      }
    }
    foldPsu();
    if (curStratum >= 0) foldStratum(curStratum);
    for (let j = 0; j < out.propVar.length; j++) out.propVar[j] = Math.max(0, out.propVar[j]!);
    for (let j = 0; j < out.contVar.length; j++) out.contVar[j] = Math.max(0, out.contVar[j]!);
  }
}

/** Each PSU's rank when PSUs are ordered by stratum (a counting sort; in order of appearance within a stratum). */
function rankByStratum(nPsu: number, stratumOf: (p: number) => number, nStrata: number): Int32Array {
  const start = new Int32Array(nStrata + 1);
  for (let p = 0; p < nPsu; p++) start[stratumOf(p) + 1]!++;
  for (let h = 0; h < nStrata; h++) start[h + 1]! += start[h]!;
  const rank = new Int32Array(nPsu);
  for (let p = 0; p < nPsu; p++) rank[p] = start[stratumOf(p)]!++;
  return rank;
}

/** The blocks in the order of their PSUs' ranks (a counting sort). */
function orderBlocks(blocks: BlockStore, psuRank: Int32Array, nPsu: number): Int32Array {
  const start = new Int32Array(nPsu + 1);
  for (let b = 0; b < blocks.count; b++) start[psuRank[blocks.outer(b)]! + 1]!++;
  for (let p = 0; p < nPsu; p++) start[p + 1]! += start[p]!;
  const order = new Int32Array(blocks.count);
  for (let b = 0; b < blocks.count; b++) order[start[psuRank[blocks.outer(b)]!]!++] = b;
  return order;
}
