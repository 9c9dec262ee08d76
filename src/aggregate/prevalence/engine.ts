/**
 * The numerical core of the survey prevalences: weighted totals and
 * Taylor-linearised variances of ratio means for many domains (groups) at
 * once, for a stratified cluster design with clusters nested in strata and
 * lonely PSUs handled as R's survey package does with
 * `options(survey.lonely.psu = "adjust")`.
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
 * once per group. Two strategies, both passes over typed arrays with no
 * per-row objects:
 *  - rows are their own PSUs (no clusters): weighted moments per (stratum,
 *    cell) — Σw, Σw², and per value bucket Σw·y, Σw²·y; for z-scores,
 *    moments centred on each cell's mean (a second pass) — expanded in
 *    closed form after the pass;
 *  - clusters: a pass for the domain means, then a pass over the rows
 *    ordered by stratum and PSU (gathered into that order first, so that
 *    memory is read sequentially) that accumulates each PSU's centred total
 *    and, per stratum, their spread with Welford's update.
 * @internal
 */

/** A categorical variable: each row's bucket (−1 = not in the set), and the proportions to estimate as sets of buckets. */
export interface CategoricalVar {
  readonly bucket: Int8Array;
  readonly buckets: number;
  readonly props: readonly (readonly number[])[];
}

export interface EngineInput {
  /** The rows in the analysis, ascending. */
  readonly rows: Int32Array;
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
  /**
   * Accumulation units: each row adds to one cell of each unit (its code, −1 =
   * none), and each cell belongs to a list of domains (groups): cell c of unit
   * u feeds domains `cellDomains[cellStart[c] .. cellStart[c + 1])`, cells
   * numbered across units. Sums are additive, so a unit can merge several
   * breakdowns (e.g. age group × sex feeds "All", the age group, the sex
   * and the age-sex group) and each row is accumulated once.
   */
  readonly units: readonly Int32Array[];
  readonly unitOffsets: readonly number[];
  readonly cells: number;
  readonly cellStart: Int32Array;
  readonly cellDomains: Int32Array;
  /** Total domains (groups). */
  readonly domains: number;
  readonly cat: readonly CategoricalVar[];
  /** Continuous variables (NaN = not in the set). */
  readonly cont: readonly Float64Array[];
}

export interface EngineOutput {
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
  /** Index of each categorical variable's first bucket / first proportion. */
  readonly bucketOffset: readonly number[];
  readonly propOffset: readonly number[];
  readonly totalBuckets: number;
  readonly totalProps: number;
}

/** Memory budget (doubles) for the per-(stratum, domain) moment strategy. */
const MOMENT_BUDGET = 1 << 22;

interface Layout {
  catOff: number[];
  contOff: number[];
  slots: number;
  bucketOffset: number[];
  propOffset: number[];
  totalBuckets: number;
  totalProps: number;
}

function layout(input: EngineInput): Layout {
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
function accumulate(input: EngineInput, L: Layout, acc: Float64Array, byStratum: boolean): void {
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
    let any = false;
    for (let v = 0; v < nCat; v++) {
      const k = catBuckets[v]![i]!;
      rowBucket[v] = k;
      if (k >= 0) any = true;
    }
    for (let c = 0; c < nCont; c++) {
      const x = cont[c]![i]!;
      rowX[c] = x;
      if (x === x) any = true;
    }
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
function cellsToDomains(input: EngineInput, slots: number, cellAcc: Float64Array, nBlocks: number): Float64Array {
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
function totals(input: EngineInput, L: Layout, acc: Float64Array, nBlocks: number): EngineOutput {
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

/** Slots of the centred moments per (block, domain, continuous variable): Σw·d, Σw·d², Σw²·d, Σw²·d². */
const CEN = 4;

/**
 * Moments of the continuous variables centred at each domain's mean, per
 * (stratum or 0, domain): a second pass over the rows takes deviations from
 * each cell's mean, which are then moved to the domain's mean exactly
 * (Σw(x−r)² = Σw(x−c)² + 2(c−r)Σw(x−c) + (c−r)²Σw), so that variances that
 * are zero (one child, equal z-scores) come out as zero.
 */
function centredMoments(input: EngineInput, L: Layout, cellAcc: Float64Array, nBlocks: number, out: EngineOutput): Float64Array {
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

/** Stratum contribution of Σz and Σz² for a stratum with n PSUs. */
function contribution(sz: number, sz2: number, n: number): number {
  return n > 1 ? (n / (n - 1)) * (sz2 - (sz * sz) / n) : sz2;
}

/** Variances from per-(stratum, domain) moments, rows being their own PSUs. */
function momentVariances(input: EngineInput, L: Layout, acc: Float64Array, cen: Float64Array, out: EngineOutput): void {
  const D = input.domains;
  const nCat = input.cat.length;
  const nCont = input.cont.length;
  const S = input.nStrata;
  for (let d = 0; d < D; d++) {
    for (let v = 0; v < nCat; v++) {
      const cv = input.cat[v]!;
      const K = cv.buckets;
      const bo = d * L.totalBuckets + L.bucketOffset[v]!;
      let W = 0;
      for (let k = 0; k < K; k++) W += out.catWeight[bo + k]!;
      if (!(W > 0)) continue;
      for (let p = 0; p < cv.props.length; p++) {
        const set = cv.props[p]!;
        let Sy = 0;
        for (const k of set) Sy += out.catWeight[bo + k]!;
        const r = Sy / W;
        let variance = 0;
        for (let h = 0; h < S; h++) {
          const o = (h * D + d) * L.slots + L.catOff[v]!;
          if (acc[o] === 0) continue;
          let A = 0;
          let B = 0;
          let A2 = 0;
          let B2 = 0;
          for (let k = 0; k < K; k++) {
            B += acc[o + 1 + k]!;
            B2 += acc[o + 1 + K + k]!;
          }
          for (const k of set) {
            A += acc[o + 1 + k]!;
            A2 += acc[o + 1 + K + k]!;
          }
          const sz = (A - r * B) / W;
          const sz2 = (A2 * (1 - 2 * r) + r * r * B2) / (W * W);
          variance += contribution(sz, sz2, input.psusInStratum[h]!);
        }
        out.propVar[d * L.totalProps + L.propOffset[v]! + p] = Math.max(0, variance);
      }
    }
    for (let c = 0; c < nCont; c++) {
      const j = d * nCont + c;
      const W = out.contWeight[j]!;
      if (!(W > 0)) continue;
      let variance = 0;
      for (let h = 0; h < S; h++) {
        const o = (h * D + d) * L.slots + L.contOff[c]!;
        if (acc[o] === 0) continue;
        const k = ((h * D + d) * nCont + c) * CEN;
        const sz = cen[k]! / W;
        const sz2 = cen[k + 3]! / (W * W);
        variance += contribution(sz, sz2, input.psusInStratum[h]!);
      }
      out.contVar[j] = Math.max(0, variance);
    }
  }
}

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

/** Variances by streaming over PSUs: each PSU's centred totals, squared per stratum. */
function psuVariances(input: EngineInput, L: Layout, out: EngineOutput): void {
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
    let any = false;
    for (let v = 0; v < nCat; v++) {
      const k = sBuckets[v]![oi]!;
      rowBucket[v] = k;
      if (k >= 0) any = true;
    }
    for (let c = 0; c < nCont; c++) {
      const x = sCont[c]![oi]!;
      rowX[c] = x;
      if (x === x) any = true;
    }
    if (!any) continue;
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
