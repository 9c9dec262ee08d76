/**
 * Reading the prevalence functions' number columns a chunk at a time:
 * typed float arrays as they are, anything else through `numberValue`
 * (NaN for missing). Data problems never throw.
 * @internal
 */
import { numberValue } from "../../record/codes.js";

/**
 * Rows `from`..`to` of `col` as numbers into `out[0..]` (NaN for missing;
 * all NaN when the column is not given).
 * @internal
 */
export function readNumbers(col: ArrayLike<unknown> | null, from: number, to: number, out: Float64Array): void {
  if (col === null) out.fill(Number.NaN, 0, to - from);
  else if (col instanceof Float64Array || col instanceof Float32Array) {
    for (let i = from, j = 0; i < to; i++, j++) out[j] = col[i]!;
  } else for (let i = from, j = 0; i < to; i++, j++) out[j] = numberValue(col[i]);
}
