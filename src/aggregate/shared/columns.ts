/**
 * Input checks shared by the aggregations: one place that says what a column
 * is and which keys an object may have. Misuse throws; data never does.
 */

import { isArrayLike } from "../../util/checks.js";

export { isArrayLike };

/**
 * Checks that `v` is a column of `length` rows.
 * @throws TypeError when `v` is not an array; RangeError on a length mismatch
 * @internal
 */
export function checkColumn<T = unknown>(v: unknown, length: number, caller: string, name: string): ArrayLike<T> {
  if (!isArrayLike(v)) throw new TypeError(`${caller}: ${name} must be an array or typed array`);
  if (v.length !== length) {
    throw new RangeError(`${caller}: ${name} has length ${v.length} but the columns have length ${length}`);
  }
  return v as ArrayLike<T>;
}

/**
 * Checks that `obj` is an object whose keys are all in `allowed`.
 * @throws TypeError for a non-object or an unknown key
 * @internal
 */
export function checkKeys(obj: unknown, allowed: ReadonlySet<string>, caller: string, what: string): Record<string, unknown> {
  if (obj === null || typeof obj !== "object" || isArrayLike(obj)) throw new TypeError(`${caller}: ${what} must be an object`);
  for (const key of Object.keys(obj)) {
    if (!allowed.has(key)) {
      throw new TypeError(`${caller}: unknown ${what} key "${key}"; expected ${[...allowed].join(", ")}`);
    }
  }
  return obj as Record<string, unknown>;
}

/** `part / whole` as a percentage, or null when `whole` is 0. @internal */
export function pct(part: number, whole: number): number | null {
  return whole > 0 ? (100 * part) / whole : null;
}

/** NaN (and ±Infinity) as null, for JSON-serialisable reports. @internal */
export function orNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
