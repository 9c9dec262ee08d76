/**
 * Survey variances with clusters: the rows ordered by stratum and PSU
 * (gathered into that order first, so that memory is read sequentially),
 * each PSU's centred total per group, and per stratum their spread with
 * Welford's update.
 * @internal
 */
import type { EngineInput, EngineOutput } from "./survey-variance-types.js";
import { readRow, type Layout } from "./weighted-sums.js";

/**
 * Orders the analysed rows by stratum, then PSU (counting sorts). Returns the
 * order and, per position, a key that changes exactly where a PSU starts
 * (every position when rows are their own PSUs).
 */
function orderByPsu(input: EngineInput): { order: Int32Array; key: Int32Array } {
  const { rows, stratum, psu, nStrata, nPsu } = input;
  const n = rows.length;
  let key: Int32Array;
  let nKeys: number;
  if (psu !== null) {
    // PSUs renumbered so that the PSUs of a stratum are consecutive
    const psuStratum = new Int32Array(nPsu).fill(-1);
    for (let ri = 0; ri < n; ri++) {
      const i = rows[ri]!;
      psuStratum[psu[i]!] = stratum === null ? 0 : stratum[i]!;
    }
    const count = new Int32Array(nStrata + 1);
    for (let p = 0; p < nPsu; p++) if (psuStratum[p]! >= 0) count[psuStratum[p]! + 1] = count[psuStratum[p]! + 1]! + 1;
    for (let h = 0; h < nStrata; h++) count[h + 1] = count[h + 1]! + count[h]!;
    const rank = new Int32Array(nPsu);
    for (let p = 0; p < nPsu; p++) {
      if (psuStratum[p]! >= 0) {
        const h = psuStratum[p]!;
        rank[p] = count[h]!;
        count[h] = count[h]! + 1;
      }
    }
    key = new Int32Array(n);
    for (let ri = 0; ri < n; ri++) key[ri] = rank[psu[rows[ri]!]!]!;
    nKeys = nPsu;
  } else {
    key = new Int32Array(n);
    for (let ri = 0; ri < n; ri++) key[ri] = stratum === null ? 0 : stratum[rows[ri]!]!;
    nKeys = nStrata;
  }
  const start = new Int32Array(nKeys + 1);
  for (let ri = 0; ri < n; ri++) start[key[ri]! + 1] = start[key[ri]! + 1]! + 1;
  for (let k = 0; k < nKeys; k++) start[k + 1] = start[k + 1]! + start[k]!;
  const order = new Int32Array(n);
  const sortedKey = new Int32Array(n);
  for (let ri = 0; ri < n; ri++) {
    const k = key[ri]!;
    const at = start[k]!;
    order[at] = rows[ri]!;
    sortedKey[at] = psu === null ? at : k;
    start[k] = at + 1;
  }
  return { order, key: sortedKey };
}

/** `src` read in `order` (one array at a time, so that the random reads stay in cache). */
function gather<T extends Float64Array | Int32Array | Int8Array>(src: T, order: Int32Array, make: (n: number) => T): T {
  const out = make(order.length);
  for (let k = 0; k < order.length; k++) out[k] = src[order[k]!]!;
  return out;
}

/** Variances by streaming over PSUs: each PSU's centred totals, squared per stratum. @internal */
export function psuVariances(input: EngineInput, L: Layout, out: EngineOutput): void {
  const { weight, stratum, units, unitOffsets, cellStart, cellDomains, domains: D, cat, cont } = input;
  const nu = units.length;
  const nCat = cat.length;
  const nCont = cont.length;
  // scratch per cell and per domain: per categorical Σw by bucket, per continuous Σw and Σwx
  const scrCat = new Int32Array(nCat);
  let scrSlots = 0;
  for (let v = 0; v < nCat; v++) {
    scrCat[v] = scrSlots;
    scrSlots += cat[v]!.buckets;
  }
  const scrCont = new Int32Array(nCont);
  for (let c = 0; c < nCont; c++) {
    scrCont[c] = scrSlots;
    scrSlots += 2;
  }
  const catK = Int32Array.from(cat, (v) => v.buckets);
  const catBuckets = cat.map((v) => v.bucket);
  const uoff = Int32Array.from(unitOffsets);
  // proportions as flat bucket lists
  const propStart: number[] = [0];
  const propBuckets: number[] = [];
  for (const v of cat) for (const set of v.props) {
    propBuckets.push(...set);
    propStart.push(propBuckets.length);
  }
  const pStart = Int32Array.from(propStart);
  const pBuckets = Int32Array.from(propBuckets);
  const stats = L.totalProps + nCont;
  const cellScratch = new Float64Array(input.cells * scrSlots);
  const scratch = new Float64Array(D * scrSlots);
  // per (domain, statistic) within the current stratum: Welford's running mean and sum of squared deviations of the PSU totals
  const zMean = new Float64Array(D * stats);
  const zM2 = new Float64Array(D * stats);
  const zCount = new Float64Array(D);
  const cellTouched = new Uint8Array(input.cells);
  const cellList = new Int32Array(input.cells);
  const psuTouched = new Uint8Array(D);
  const psuList = new Int32Array(D);
  const stTouched = new Uint8Array(D);
  const stList = new Int32Array(D);
  let nCellList = 0;
  let nPsuList = 0;
  let nStList = 0;

  // domain-level constants: W and proportions / means
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
  for (let j = 0; j < D * nCont; j++) {
    const W = out.contWeight[j]!;
    contMean[j] = W > 0 ? out.contSum[j]! / W : 0;
  }

  const foldPsu = () => {
    // cells into domains
    for (let t = 0; t < nCellList; t++) {
      const c = cellList[t]!;
      cellTouched[c] = 0;
      const src = c * scrSlots;
      for (let e = cellStart[c]!; e < cellStart[c + 1]!; e++) {
        const d = cellDomains[e]!;
        const dst = d * scrSlots;
        for (let s = 0; s < scrSlots; s++) scratch[dst + s] = scratch[dst + s]! + cellScratch[src + s]!;
        if (psuTouched[d] === 0) {
          psuTouched[d] = 1;
          psuList[nPsuList++] = d;
        }
      }
      for (let s = 0; s < scrSlots; s++) cellScratch[src + s] = 0;
    }
    nCellList = 0;
    for (let t = 0; t < nPsuList; t++) {
      const d = psuList[t]!;
      psuTouched[d] = 0;
      const sb = d * scrSlots;
      const zb = d * stats;
      const k = (zCount[d] = zCount[d]! + 1);
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
            zMean[s] = zMean[s]! + delta / k;
            zM2[s] = zM2[s]! + delta * (Z - zMean[s]!);
          }
        }
        for (let k = 0; k < K; k++) scratch[o + k] = 0;
      }
      for (let c = 0; c < nCont; c++) {
        const j = d * nCont + c;
        const W = out.contWeight[j]!;
        const o = sb + scrCont[c]!;
        if (W > 0) {
          const Z = (scratch[o + 1]! - contMean[j]! * scratch[o]!) / W;
          const s = zb + L.totalProps + c;
          const delta = Z - zMean[s]!;
          zMean[s] = zMean[s]! + delta / k;
          zM2[s] = zM2[s]! + delta * (Z - zMean[s]!);
        }
        scratch[o] = 0;
        scratch[o + 1] = 0;
      }
      if (stTouched[d] === 0) {
        stTouched[d] = 1;
        stList[nStList++] = d;
      }
    }
    nPsuList = 0;
  };
  const foldStratum = (h: number) => {
    const nh = input.psusInStratum[h]!;
    for (let t = 0; t < nStList; t++) {
      const d = stList[t]!;
      stTouched[d] = 0;
      const zb = d * stats;
      const k = zCount[d]!;
      zCount[d] = 0;
      for (let s = 0; s < stats; s++) {
        const mean = zMean[zb + s]!;
        // the stratum's other nh − k PSUs have a total of 0 in this domain
        const m2 = zM2[zb + s]! + (mean * mean * k * (nh - k)) / nh;
        const v = nh > 1 ? (nh / (nh - 1)) * m2 : k * mean * mean + zM2[zb + s]!;
        if (s < L.totalProps) out.propVar[d * L.totalProps + s] = out.propVar[d * L.totalProps + s]! + v;
        else out.contVar[d * nCont + s - L.totalProps] = out.contVar[d * nCont + s - L.totalProps]! + v;
        zMean[zb + s] = 0;
        zM2[zb + s] = 0;
      }
    }
    nStList = 0;
  };

  // the rows' values in PSU order, so that the pass below reads memory sequentially
  const { order, key } = orderByPsu(input);
  const m = order.length;
  const sW = weight === null ? null : gather(weight, order, (k) => new Float64Array(k));
  const sH = stratum === null ? null : gather(stratum, order, (k) => new Int32Array(k));
  const sUnits = units.map((u) => gather(u, order, (k) => new Int32Array(k)));
  const sBuckets = catBuckets.map((b) => gather(b, order, (k) => new Int8Array(k)));
  const sCont = cont.map((c) => gather(c, order, (k) => new Float64Array(k)));
  const rowBucket = new Int32Array(nCat);
  const rowX = new Float64Array(nCont);
  let curPsu = -1;
  let curStratum = -1;
  for (let oi = 0; oi < m; oi++) {
    const h = sH === null ? 0 : sH[oi]!;
    const p = key[oi]!;
    if (p !== curPsu) {
      foldPsu();
      if (h !== curStratum) {
        if (curStratum >= 0) foldStratum(curStratum);
        curStratum = h;
      }
      curPsu = p;
    }
    const w = sW === null ? 1 : sW[oi]!;
    if (w === 0) continue;
    if (!readRow(sBuckets, sCont, oi, rowBucket, rowX)) continue;
    for (let u = 0; u < nu; u++) {
      const code = sUnits[u]![oi]!;
      if (code < 0) continue;
      const cell = uoff[u]! + code;
      const sb = cell * scrSlots;
      for (let v = 0; v < nCat; v++) {
        const k = rowBucket[v]!;
        if (k < 0) continue;
        const o = sb + scrCat[v]! + k;
        cellScratch[o] = cellScratch[o]! + w;
      }
      for (let c = 0; c < nCont; c++) {
        const x = rowX[c]!;
        if (x !== x) continue;
        const o = sb + scrCont[c]!;
        cellScratch[o] = cellScratch[o]! + w;
        cellScratch[o + 1] = cellScratch[o + 1]! + w * x;
      }
      if (cellTouched[cell] === 0) {
        cellTouched[cell] = 1;
        cellList[nCellList++] = cell;
      }
    }
  }
  foldPsu();
  if (curStratum >= 0) foldStratum(curStratum);
  for (let j = 0; j < out.propVar.length; j++) out.propVar[j] = Math.max(0, out.propVar[j]!);
  for (let j = 0; j < out.contVar.length; j++) out.contVar[j] = Math.max(0, out.contVar[j]!);
}
