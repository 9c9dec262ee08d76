import type { LmsTable } from "./lms-table.js";
import { lmsAt } from "../lms/lms-z.js";

/**
 * Index into `t.l/m/s` of the row for `sex` (1 or 2) at `step` (whole days,
 * months or mm), or −1 when the table has no such row.
 * @internal
 */
export function rowAt(t: LmsTable, sex: number, step: number): number {
  const i = step - t.xFirst;
  return i >= 0 && i < t.rowsPerSex ? (sex - 1) * t.rowsPerSex + i : -1;
}

/**
 * L, M and S of a 0.1 cm table at a length/height in cm, interpolated
 * linearly between the two rows around it exactly as WHO anthro does
 * (`low = trunc(10·cm)/10`, `fraction = (cm − low)/0.1`). Writes
 * `[L, M, S]` into `out` and returns true, or returns false when a needed row
 * is not in the table.
 * @internal
 */
export function interpolateByLength(t: LmsTable, sex: number, cm: number, out: Float64Array): boolean {
  const lowStep = Math.trunc(cm * 10);
  const lo = rowAt(t, sex, lowStep);
  if (lo < 0) return false;
  const fraction = (cm - lowStep / 10) / 0.1;
  return blend(t, lo, fraction > 0 ? rowAt(t, sex, Math.trunc(cm * 10 + 1)) : lo, fraction, out);
}

/** Writes row `lo` blended toward row `hi` by `fraction` (when > 0) into `out`. */
function blend(t: LmsTable, lo: number, hi: number, fraction: number, out: Float64Array): boolean {
  if (hi < 0) return false;
  if (fraction > 0) {
    out[0] = t.l[lo]! + fraction * (t.l[hi]! - t.l[lo]!);
    out[1] = t.m[lo]! + fraction * (t.m[hi]! - t.m[lo]!);
    out[2] = t.s[lo]! + fraction * (t.s[hi]! - t.s[lo]!);
  } else {
    out[0] = t.l[lo]!;
    out[1] = t.m[lo]!;
    out[2] = t.s[lo]!;
  }
  return true;
}

/**
 * L, M and S of a monthly table at an age in months, interpolated linearly
 * between `trunc(age)` and `trunc(age + 1)` exactly as WHO anthroplus does.
 * Writes `[L, M, S]` into `out` and returns true, or false when a needed row
 * is not in the table.
 * @internal
 */
export function interpolateByMonth(t: LmsTable, sex: number, months: number, out: Float64Array): boolean {
  const low = Math.trunc(months);
  const lo = rowAt(t, sex, low);
  if (lo < 0) return false;
  const fraction = months - low;
  return blend(t, lo, fraction > 0 ? rowAt(t, sex, Math.trunc(months + 1)) : lo, fraction, out);
}

/**
 * Values per row of {@link packedRows}: L, M, S, S·L, then WHO's restricted
 * tail cut-offs SD3 (= M·(1 + 3·L·S)^(1/L)), SD3 − SD2, SD3neg (at −3 SD) and
 * SD2neg − SD3neg.
 * @internal
 */
export const PACKED_STRIDE = 8;

const packedCache = new WeakMap<LmsTable, Float64Array>();

/**
 * The rows of `t` in one interleaved array for the bulk kernel (row `k` at
 * `k · PACKED_STRIDE`), with the products and restricted-tail cut-offs the
 * z-score needs computed once per row instead of once per record. Every
 * value is computed by the very expression `lmsZ` and
 * `lmsZRestricted` evaluate (`s * l`, `lmsAt(±3 | ±2, l, m, s)` and
 * the same differences), so the doubles are identical. Built on first use
 * and kept for the life of the table.
 * @internal
 */
export function packedRows(t: LmsTable): Float64Array {
  let p = packedCache.get(t);
  if (p === undefined) {
    const n = t.l.length;
    p = new Float64Array(n * PACKED_STRIDE);
    for (let k = 0; k < n; k++) {
      const l = t.l[k]!;
      const m = t.m[k]!;
      const s = t.s[k]!;
      const sd3 = lmsAt(3, l, m, s);
      const sd3neg = lmsAt(-3, l, m, s);
      const b = k * PACKED_STRIDE;
      p[b] = l;
      p[b + 1] = m;
      p[b + 2] = s;
      p[b + 3] = s * l;
      p[b + 4] = sd3;
      p[b + 5] = sd3 - lmsAt(2, l, m, s);
      p[b + 6] = sd3neg;
      p[b + 7] = lmsAt(-2, l, m, s) - sd3neg;
    }
    packedCache.set(t, p);
  }
  return p;
}
