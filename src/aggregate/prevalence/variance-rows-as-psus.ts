/**
 * Survey variances when rows are their own PSUs (no clusters): from the
 * weighted moments per (stratum, domain), Σz and Σz² of each stratum in
 * closed form.
 * @internal
 */
import type { EngineInput, EngineOutput } from "./survey-variance-types.js";
import { CEN, type Layout } from "./weighted-sums.js";

/** Stratum contribution of Σz and Σz² for a stratum with n PSUs. */
function contribution(sz: number, sz2: number, n: number): number {
  return n > 1 ? (n / (n - 1)) * (sz2 - (sz * sz) / n) : sz2;
}

/** Variances from per-(stratum, domain) moments, rows being their own PSUs. @internal */
export function momentVariances(input: EngineInput, L: Layout, acc: Float64Array, cen: Float64Array, out: EngineOutput): void {
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
