import type { LmsTable } from "./lms-table.js";

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
