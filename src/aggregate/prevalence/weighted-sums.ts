/**
 * The weighted sums behind the survey variances: each row's weight, its
 * weight squared and its weighted values accumulated per cell (and per
 * stratum when rows are their own PSUs), cells added into groups
 * (domains), and the z-scores' moments centred on each group's mean.
 * @internal
 */
import type { EngineInput, EngineOutput, OutputLayout } from "./survey-variance-types.js";

/** Where each variable's sums sit in a block of slots, and the buckets and proportions in the output. @internal */
export interface Layout extends OutputLayout {
  readonly catOff: readonly number[];
  readonly contOff: readonly number[];
  readonly slots: number;
}

/**
 * Copies row `i`'s bucket of each categorical variable and value of each
 * continuous one into `rowBucket` and `rowX`; whether the row has any.
 * @internal
 */
export function readRow(buckets: readonly Int8Array[], values: readonly Float64Array[], i: number, rowBucket: Int32Array, rowX: Float64Array): boolean {
  let any = false;
  for (let v = 0; v < buckets.length; v++) {
    const k = buckets[v]![i]!;
    rowBucket[v] = k;
    if (k >= 0) any = true;
  }
  for (let c = 0; c < values.length; c++) {
    const x = values[c]![i]!;
    rowX[c] = x;
    if (x === x) any = true;
  }
  return any;
}

/** The slots of a block for the variables of `input`. @internal */
export function layout(input: EngineInput): Layout {
  // per (stratum, cell or domain) block: [nonzero, then per categorical: cnt, Σw[K], Σw²[K], then per continuous: cnt, Σw, Σwx, Σw²]
  let slots = 1;
  const catOff: number[] = [];
  const bucketOffset: number[] = [];
  const propOffset: number[] = [];
  let totalBuckets = 0;
  let totalProps = 0;
  for (const v of input.cat) {
    catOff.push(slots);
    slots += 1 + 2 * v.buckets;
    bucketOffset.push(totalBuckets);
    totalBuckets += v.buckets;
    propOffset.push(totalProps);
    totalProps += v.props.length;
  }
  const contOff: number[] = [];
  for (let c = 0; c < input.cont.length; c++) {
    contOff.push(slots);
    slots += 4;
  }
  return { catOff, contOff, slots, bucketOffset, propOffset, totalBuckets, totalProps };
}

/** Accumulates the weighted moments of every row into blocks indexed by (stratum or 0, cell). */
export function accumulate(input: EngineInput, L: Layout, acc: Float64Array, byStratum: boolean): void {
  const { rows, weight, stratum, units, unitOffsets, cells, cat, cont } = input;
  const { slots } = L;
  const nu = units.length;
  const nCat = cat.length;
  const nCont = cont.length;
  const catOff = Int32Array.from(L.catOff);
  const contOff = Int32Array.from(L.contOff);
  const catK = Int32Array.from(cat, (v) => v.buckets);
  const catBuckets = cat.map((v) => v.bucket);
  const uoff = Int32Array.from(unitOffsets);
  const rowBucket = new Int32Array(nCat);
  const rowX = new Float64Array(nCont);
  const st = byStratum ? stratum : null;
  for (let ri = 0; ri < rows.length; ri++) {
    const i = rows[ri]!;
    const w = weight === null ? 1 : weight[i]!;
    const w2 = w * w;
    const blockBase = st === null ? 0 : st[i]! * cells;
    const any = readRow(catBuckets, cont, i, rowBucket, rowX);
    const nz = w !== 0 ? 1 : 0;
    for (let u = 0; u < nu; u++) {
      const code = units[u]![i]!;
      if (code < 0) continue;
      const base = (blockBase + uoff[u]! + code) * slots;
      acc[base] = acc[base]! + nz;
      if (!any) continue;
      for (let v = 0; v < nCat; v++) {
        const k = rowBucket[v]!;
        if (k < 0) continue;
        const o = base + catOff[v]!;
        acc[o] = acc[o]! + 1;
        acc[o + 1 + k] = acc[o + 1 + k]! + w;
        const o2 = o + 1 + catK[v]! + k;
        acc[o2] = acc[o2]! + w2;
      }
      for (let c = 0; c < nCont; c++) {
        const x = rowX[c]!;
        if (x !== x) continue;
        const o = base + contOff[c]!;
        acc[o] = acc[o]! + 1;
        acc[o + 1] = acc[o + 1]! + w;
        acc[o + 2] = acc[o + 2]! + w * x;
        acc[o + 3] = acc[o + 3]! + w2;
      }
    }
  }
}

/** Adds cell blocks into domain blocks, stratum by stratum. */
export function cellsToDomains(input: EngineInput, slots: number, cellAcc: Float64Array, nBlocks: number): Float64Array {
  const { cells, domains: D, cellStart, cellDomains } = input;
  const acc = new Float64Array(nBlocks * D * slots);
  for (let h = 0; h < nBlocks; h++) {
    for (let c = 0; c < cells; c++) {
      const src = (h * cells + c) * slots;
      if (cellAcc[src] === 0 && isZero(cellAcc, src, slots)) continue;
      for (let e = cellStart[c]!; e < cellStart[c + 1]!; e++) {
        const dst = (h * D + cellDomains[e]!) * slots;
        for (let s = 0; s < slots; s++) acc[dst + s] = acc[dst + s]! + cellAcc[src + s]!;
      }
    }
  }
  return acc;
}

function isZero(a: Float64Array, from: number, len: number): boolean {
  for (let s = from; s < from + len; s++) if (a[s] !== 0) return false;
  return true;
}

/** Sums the per-stratum blocks into per-domain totals. */
export function totals(input: EngineInput, L: Layout, acc: Float64Array, nBlocks: number): EngineOutput {
  const D = input.domains;
  const nCat = input.cat.length;
  const nCont = input.cont.length;
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
  for (let h = 0; h < nBlocks; h++) {
    for (let d = 0; d < D; d++) {
      const base = (h * D + d) * L.slots;
      out.nonzero[d] = out.nonzero[d]! + acc[base]!;
      for (let v = 0; v < nCat; v++) {
        const o = base + L.catOff[v]!;
        out.catCount[d * nCat + v] = out.catCount[d * nCat + v]! + acc[o]!;
        const K = input.cat[v]!.buckets;
        const bo = d * L.totalBuckets + L.bucketOffset[v]!;
        for (let k = 0; k < K; k++) out.catWeight[bo + k] = out.catWeight[bo + k]! + acc[o + 1 + k]!;
      }
      for (let c = 0; c < nCont; c++) {
        const o = base + L.contOff[c]!;
        const j = d * nCont + c;
        out.contCount[j] = out.contCount[j]! + acc[o]!;
        out.contWeight[j] = out.contWeight[j]! + acc[o + 1]!;
        out.contSum[j] = out.contSum[j]! + acc[o + 2]!;
      }
    }
  }
  return out;
}

/** Slots of the centred moments per (block, domain, continuous variable): Σw·d, Σw·d², Σw²·d, Σw²·d². @internal */
export const CEN = 4;

/**
 * Moments of the continuous variables centred at each domain's mean, per
 * (stratum or 0, domain): a second pass over the rows takes deviations from
 * each cell's mean, which are then moved to the domain's mean exactly
 * (Σw(x−r)² = Σw(x−c)² + 2(c−r)Σw(x−c) + (c−r)²Σw), so that variances that
 * are zero (one child, equal z-scores) come out as zero.
 */
export function centredMoments(input: EngineInput, L: Layout, cellAcc: Float64Array, nBlocks: number, out: EngineOutput): Float64Array {
  const { rows, weight, stratum, units, unitOffsets, cells, cellStart, cellDomains, domains: D, cont } = input;
  const nCont = cont.length;
  const nu = units.length;
  const uoff = Int32Array.from(unitOffsets);
  const shift = new Float64Array(cells * nCont);
  const cw = new Float64Array(cells * nCont);
  for (let h = 0; h < nBlocks; h++) {
    for (let cell = 0; cell < cells; cell++) {
      for (let c = 0; c < nCont; c++) {
        const o = (h * cells + cell) * L.slots + L.contOff[c]!;
        cw[cell * nCont + c] = cw[cell * nCont + c]! + cellAcc[o + 1]!;
        shift[cell * nCont + c] = shift[cell * nCont + c]! + cellAcc[o + 2]!;
      }
    }
  }
  for (let j = 0; j < cells * nCont; j++) shift[j] = cw[j]! > 0 ? shift[j]! / cw[j]! : 0;
  const cellCen = new Float64Array(nBlocks * cells * nCont * CEN);
  const st = nBlocks > 1 ? stratum : null;
  for (let ri = 0; ri < rows.length; ri++) {
    const i = rows[ri]!;
    const w = weight === null ? 1 : weight[i]!;
    if (w === 0) continue;
    const w2 = w * w;
    const hb = st === null ? 0 : st[i]! * cells;
    for (let c = 0; c < nCont; c++) {
      const x = cont[c]![i]!;
      if (x !== x) continue;
      for (let u = 0; u < nu; u++) {
        const code = units[u]![i]!;
        if (code < 0) continue;
        const cell = uoff[u]! + code;
        const dx = x - shift[cell * nCont + c]!;
        const o = ((hb + cell) * nCont + c) * CEN;
        cellCen[o] = cellCen[o]! + w * dx;
        cellCen[o + 1] = cellCen[o + 1]! + w * dx * dx;
        cellCen[o + 2] = cellCen[o + 2]! + w2 * dx;
        cellCen[o + 3] = cellCen[o + 3]! + w2 * dx * dx;
      }
    }
  }
  const cen = new Float64Array(nBlocks * D * nCont * CEN);
  for (let h = 0; h < nBlocks; h++) {
    for (let cell = 0; cell < cells; cell++) {
      const base = (h * cells + cell) * L.slots;
      for (let c = 0; c < nCont; c++) {
        const o = base + L.contOff[c]!;
        const W = cellAcc[o + 1]!;
        const W2 = cellAcc[o + 3]!;
        if (cellAcc[o] === 0) continue;
        const src = ((h * cells + cell) * nCont + c) * CEN;
        const swd = cellCen[src]!;
        const swdd = cellCen[src + 1]!;
        const sw2d = cellCen[src + 2]!;
        const sw2dd = cellCen[src + 3]!;
        for (let e = cellStart[cell]!; e < cellStart[cell + 1]!; e++) {
          const d = cellDomains[e]!;
          const Wd = out.contWeight[d * nCont + c]!;
          const delta = Wd > 0 ? shift[cell * nCont + c]! - out.contSum[d * nCont + c]! / Wd : 0;
          const dst = ((h * D + d) * nCont + c) * CEN;
          cen[dst] = cen[dst]! + swd + delta * W;
          cen[dst + 1] = cen[dst + 1]! + swdd + 2 * delta * swd + delta * delta * W;
          cen[dst + 2] = cen[dst + 2]! + sw2d + delta * W2;
          cen[dst + 3] = cen[dst + 3]! + sw2dd + 2 * delta * sw2d + delta * delta * W2;
        }
      }
    }
  }
  for (let h = 0; h < nBlocks; h++) {
    for (let j = 0; j < D * nCont; j++) out.contSS[j] = out.contSS[j]! + Math.max(0, cen[(h * D * nCont + j) * CEN + 1]!);
  }
  return cen;
}
