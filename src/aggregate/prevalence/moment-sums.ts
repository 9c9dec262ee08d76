/**
 * Running sums per (stratum, cell): for each row added, its weight, its
 * weight squared and its weighted values per categorical bucket and
 * continuous variable, and the continuous variables' moments about a
 * shift (the first value of the block), so that they can be centred on each
 * group's mean once the means are known, exactly:
 *
 *   Σw(x−r)² = Σw(x−s)² + 2(s−r)Σw(x−s) + (s−r)²Σw,
 *
 * and a variance that is zero (one child, equal z-scores) comes out as
 * zero. Groups (domains) are sums of cells. From these sums come every
 * group's totals and, when rows are their own PSUs (no clusters), the
 * survey variances in closed form:
 *
 *   Σz = (A − rB)/W,   Σz² = (A₂(1 − 2r) + r²B₂)/W²   (0/1 variables),
 *   Σz = Σw(x−r)/W,    Σz² = Σw²(x−r)²/W²            (z-scores),
 *
 * per stratum, with var = Σ_h n_h/(n_h − 1)(Σz² − (Σz)²/n_h) (n_h > 1) or
 * Σz² (a lonely PSU, "adjust").
 * @internal
 */
import { BlockStore } from "./block-store.js";
import type { CategoricalVar, EngineOutput, OutputLayout } from "./survey-variance-types.js";

/** Where each variable's sums sit in a block. @internal */
export interface Layout extends OutputLayout {
  /** Per categorical variable: count, then Σw per bucket, then Σw² per bucket. */
  readonly catOff: readonly number[];
  /** Per continuous variable: count, Σw, Σwx, Σw², shift, Σw·d, Σw·d², Σw²·d, Σw²·d² (d = x − shift). */
  readonly contOff: readonly number[];
  readonly slots: number;
}

/** Slots per continuous variable. */
const CONT_SLOTS = 9;
/** Slots per continuous variable of a group's centred sums in a stratum. */
const CENTRED = 5;

/** The block layout for the variables `cat` and `nCont` continuous ones. @internal */
export function layoutOf(cat: readonly CategoricalVar[], nCont: number): Layout {
  let slots = 1; // rows with a non-zero weight
  const catOff: number[] = [];
  const bucketOffset: number[] = [];
  const propOffset: number[] = [];
  let totalBuckets = 0;
  let totalProps = 0;
  for (const v of cat) {
    catOff.push(slots);
    slots += 1 + 2 * v.buckets;
    bucketOffset.push(totalBuckets);
    totalBuckets += v.buckets;
    propOffset.push(totalProps);
    totalProps += v.props.length;
  }
  const contOff: number[] = [];
  for (let c = 0; c < nCont; c++) {
    contOff.push(slots);
    slots += CONT_SLOTS;
  }
  return { catOff, contOff, slots, bucketOffset, propOffset, totalBuckets, totalProps };
}

/** Which groups (domains) each cell adds to: `cellDomains[cellStart[c] .. cellStart[c + 1])`. @internal */
export interface CellDomains {
  readonly cellStart: Int32Array;
  readonly cellDomains: Int32Array;
}

/** Sums per (stratum, cell). @internal */
export class MomentSums {
  readonly blocks: BlockStore;
  private readonly catOff: Int32Array;
  private readonly catK: Int32Array;
  private readonly contOff: Int32Array;

  constructor(
    readonly layout: Layout,
    private readonly cat: readonly CategoricalVar[],
    private readonly nCont: number,
  ) {
    this.blocks = new BlockStore(layout.slots);
    this.catOff = Int32Array.from(layout.catOff);
    this.catK = Int32Array.from(cat, (v) => v.buckets);
    this.contOff = Int32Array.from(layout.contOff);
  }

  /**
   * Adds a row to the block of (`stratum`, `cell`): weight `w`, its bucket
   * of each categorical variable (`buckets[v]`, −1 none) and value of each
   * continuous one (`xs[c]`, NaN none); `any` when it has one of them.
   */
  add(stratum: number, cell: number, w: number, buckets: Int32Array, xs: Float64Array, any: boolean): void {
    const blocks = this.blocks;
    const b = blocks.block(stratum, cell);
    const acc = blocks.page(b);
    const base = blocks.offset(b);
    const w2 = w * w;
    if (w !== 0) acc[base]!++;
    if (!any) return;
    for (let v = 0; v < this.catK.length; v++) {
      const k = buckets[v]!;
      if (k < 0) continue;
      const o = base + this.catOff[v]!;
      acc[o]!++;
      acc[o + 1 + k]! += w;
      acc[o + 1 + this.catK[v]! + k]! += w2;
    }
    for (let c = 0; c < this.nCont; c++) {
      const x = xs[c]!;
      if (x !== x) continue;
      const o = base + this.contOff[c]!;
      if (acc[o] === 0) acc[o + 4] = x; // the block's shift: its first value
      acc[o]!++;
      acc[o + 1]! += w;
      acc[o + 2]! += w * x;
      acc[o + 3]! += w2;
      const d = x - acc[o + 4]!;
      acc[o + 5]! += w * d;
      acc[o + 6]! += w * d * d;
      acc[o + 7]! += w2 * d;
      acc[o + 8]! += w2 * d * d;
    }
  }

  /** Every group's totals: rows with a non-zero weight, counts, Σw per bucket, and the continuous variables' count, Σw and Σwx. */
  totals(map: CellDomains, D: number): EngineOutput {
    const L = this.layout;
    const nCat = this.cat.length;
    const nCont = this.nCont;
    const out: EngineOutput = {
      nonzero: new Float64Array(D),
      catCount: new Float64Array(D * nCat),
      catWeight: new Float64Array(D * L.totalBuckets),
      propVar: new Float64Array(D * L.totalProps),
      contCount: new Float64Array(D * nCont),
      contWeight: new Float64Array(D * nCont),
      contSum: new Float64Array(D * nCont),
      contSS: new Float64Array(D * nCont),
      contVar: new Float64Array(D * nCont),
      bucketOffset: L.bucketOffset,
      propOffset: L.propOffset,
      totalBuckets: L.totalBuckets,
      totalProps: L.totalProps,
    };
    const blocks = this.blocks;
    for (let b = 0; b < blocks.count; b++) {
      const acc = blocks.page(b);
      const base = blocks.offset(b);
      const cell = blocks.cell(b);
      for (let e = map.cellStart[cell]!; e < map.cellStart[cell + 1]!; e++) {
        const d = map.cellDomains[e]!;
        out.nonzero[d]! += acc[base]!;
        for (let v = 0; v < nCat; v++) {
          const o = base + this.catOff[v]!;
          out.catCount[d * nCat + v]! += acc[o]!;
          const bo = d * L.totalBuckets + L.bucketOffset[v]!;
          for (let k = 0; k < this.catK[v]!; k++) out.catWeight[bo + k]! += acc[o + 1 + k]!;
        }
        for (let c = 0; c < nCont; c++) {
          const o = base + this.contOff[c]!;
          const j = d * nCont + c;
          out.contCount[j]! += acc[o]!;
          out.contWeight[j]! += acc[o + 1]!;
          out.contSum[j]! += acc[o + 2]!;
        }
      }
    }
    return out;
  }

  /**
   * The groups' sums of squared deviations from their means (`contSS`,
   * for the SD) and, when `psusInStratum` is given (rows are their own
   * PSUs), the survey variances (`propVar`, `contVar`), stratum by stratum:
   * only the groups a stratum has rows in are visited.
   */
  centred(map: CellDomains, D: number, nStrata: number, out: EngineOutput, psusInStratum: Float64Array | null): void {
    const L = this.layout;
    const cat = this.cat;
    const nCat = cat.length;
    const nCont = this.nCont;
    const blocks = this.blocks;
    // per group, within the current stratum: the categorical sums, and per continuous variable
    // its count, Σw·e, Σw·e², Σw²·e, Σw²·e² (e = x − the group's mean)
    const catSlots = L.contOff.length > 0 ? L.contOff[0]! : L.slots;
    const stride = catSlots + CENTRED * nCont;
    const scratch = new Float64Array(D * stride);
    const touched = new Uint8Array(D);
    const list = new Int32Array(D);
    const mean = new Float64Array(D * nCont);
    for (let j = 0; j < D * nCont; j++) mean[j] = out.contWeight[j]! > 0 ? out.contSum[j]! / out.contWeight[j]! : 0;
    const order = blocks.byOuter(nStrata);
    let at = 0;
    for (let h = 0; h < nStrata; h++) {
      let nList = 0;
      for (; at < order.length && blocks.outer(order[at]!) === h; at++) {
        const b = order[at]!;
        const acc = blocks.page(b);
        const base = blocks.offset(b);
        const cell = blocks.cell(b);
        for (let e = map.cellStart[cell]!; e < map.cellStart[cell + 1]!; e++) {
          const d = map.cellDomains[e]!;
          if (touched[d] === 0) {
            touched[d] = 1;
            list[nList++] = d;
          }
          const sb = d * stride;
          for (let s = 0; s < catSlots; s++) scratch[sb + s]! += acc[base + s]!;
          for (let c = 0; c < nCont; c++) {
            const o = base + this.contOff[c]!;
            if (acc[o] === 0) continue;
            const W = acc[o + 1]!;
            const W2 = acc[o + 3]!;
            const swd = acc[o + 5]!;
            const sw2d = acc[o + 7]!;
            const delta = acc[o + 4]! - mean[d * nCont + c]!;
            const q = sb + catSlots + CENTRED * c;
            scratch[q]! += acc[o]!;
            scratch[q + 1]! += swd + delta * W;
            scratch[q + 2]! += acc[o + 6]! + 2 * delta * swd + delta * delta * W;
            scratch[q + 3]! += sw2d + delta * W2;
            scratch[q + 4]! += acc[o + 8]! + 2 * delta * sw2d + delta * delta * W2;
          }
        }
      }
      const nh = psusInStratum === null ? 0 : psusInStratum[h]!;
      for (let t = 0; t < nList; t++) {
        const d = list[t]!;
        touched[d] = 0;
        const sb = d * stride;
        for (let c = 0; c < nCont; c++) out.contSS[d * nCont + c]! += Math.max(0, scratch[sb + catSlots + CENTRED * c + 2]!);
        if (psusInStratum !== null) {
          for (let v = 0; v < nCat; v++) catVariance(out, L, cat[v]!, v, d, scratch, sb + L.catOff[v]!, nh);
          for (let c = 0; c < nCont; c++) {
            const j = d * nCont + c;
            const W = out.contWeight[j]!;
            if (!(W > 0)) continue;
            const q = sb + catSlots + CENTRED * c;
            if (scratch[q] === 0) continue;
            out.contVar[j]! += contribution(scratch[q + 1]! / W, scratch[q + 4]! / (W * W), nh);
          }
        }
        scratch.fill(0, sb, sb + stride);
      }
    }
    if (psusInStratum !== null) {
      for (let j = 0; j < out.propVar.length; j++) out.propVar[j] = Math.max(0, out.propVar[j]!);
      for (let j = 0; j < out.contVar.length; j++) out.contVar[j] = Math.max(0, out.contVar[j]!);
    }
  }
}

/** A stratum's contribution from its Σz and Σz² over n PSUs. */
function contribution(sz: number, sz2: number, n: number): number {
  return n > 1 ? (n / (n - 1)) * (sz2 - (sz * sz) / n) : sz2;
}

/** Adds one stratum's contribution to the variances of the proportions of categorical variable `v` in group `d`. */
function catVariance(out: EngineOutput, L: Layout, cv: CategoricalVar, v: number, d: number, acc: Float64Array, o: number, nh: number): void {
  if (acc[o] === 0) return;
  const K = cv.buckets;
  const bo = d * L.totalBuckets + L.bucketOffset[v]!;
  let W = 0;
  for (let k = 0; k < K; k++) W += out.catWeight[bo + k]!;
  if (!(W > 0)) return;
  let B = 0;
  let B2 = 0;
  for (let k = 0; k < K; k++) {
    B += acc[o + 1 + k]!;
    B2 += acc[o + 1 + K + k]!;
  }
  for (let p = 0; p < cv.props.length; p++) {
    const set = cv.props[p]!;
    let Sy = 0;
    let A = 0;
    let A2 = 0;
    for (const k of set) {
      Sy += out.catWeight[bo + k]!;
      A += acc[o + 1 + k]!;
      A2 += acc[o + 1 + K + k]!;
    }
    const r = Sy / W;
    const sz = (A - r * B) / W;
    const sz2 = (A2 * (1 - 2 * r) + r * r * B2) / (W * W);
    out.propVar[d * L.totalProps + L.propOffset[v]! + p]! += contribution(sz, sz2, nh);
  }
}
