import { lmsZ } from "../lms/lms-z.js";
import { lmsValue } from "../lms/lms-value.js";
import type { VelocityTable } from "../tables/velocity-table.js";

/**
 * WHO's velocity z-score of an increment `y` (in the table's unit) over
 * interval `k`: `(((y + Delta) / M)^L − 1) / (L·S)` (WHO Child Growth
 * Standards: Growth velocity, 2009), unrounded and without any tail
 * restriction. NaN where `y + Delta ≤ 0` (outside the distribution) or `y`
 * is not a finite number.
 * @internal
 */
export function incrementZ(t: VelocityTable, k: number, y: number): number {
  const shifted = y + t.delta;
  if (!(shifted > 0 && shifted < Infinity)) return Number.NaN;
  return lmsZ(shifted, t.l[k]!, t.m[k]!, t.s[k]!);
}

/**
 * The increment (in the table's unit) whose z-score is `z` over interval `k`:
 * `M·(1 + L·S·z)^(1/L) − Delta`, the inverse of {@link incrementZ}. NaN where
 * `1 + L·S·z ≤ 0` (no increment has that z: the lowest z of a length or
 * head row) or `z` is NaN.
 * @internal
 */
export function incrementAtZ(t: VelocityTable, k: number, z: number): number {
  return lmsValue(z, t.l[k]!, t.m[k]!, t.s[k]!) - t.delta;
}
