/**
 * The values of a grouping column (or a cluster or stratum column) interned
 * to dense codes, and their order as R orders a factor's levels: what the
 * breakdowns and the survey design are built from.
 * @internal
 */
import { dataColumn } from "./columns.js";

/** A column's values interned to dense codes in order of first appearance. @internal */
export interface Interned {
  /** Code per row, −1 where missing. */
  readonly codes: Int32Array;
  /** The value of each code, as a string. */
  readonly labels: readonly string[];
  /** True when every value is a number (then values sort numerically). */
  readonly numeric: boolean;
  /** The numeric value of each code (NaN for strings). */
  readonly values: readonly number[];
}

/**
 * Interns a column: numbers by value, everything else by `String(v)`; null,
 * undefined, NaN and blank strings are missing. A number and a string that
 * print the same (`1` and `"1"`) are one value.
 * @internal
 */
export function intern(v: unknown, length: number, caller: string, name: string): Interned {
  const col = dataColumn(v, length, caller, name);
  const codes = new Int32Array(length);
  const labels: string[] = [];
  const values: number[] = [];
  let numeric = true;
  if (ArrayBuffer.isView(col) && !(col instanceof BigInt64Array) && !(col instanceof BigUint64Array)) {
    const nums = col as ArrayLike<number>;
    // small integer codes: a lookup table instead of a Map
    let lo = Infinity;
    let hi = -Infinity;
    let integers = true;
    for (let i = 0; i < length && integers; i++) {
      const x = nums[i]!;
      if (x !== x) continue;
      if (!Number.isInteger(x)) integers = false;
      else {
        if (x < lo) lo = x;
        if (x > hi) hi = x;
      }
    }
    if (integers && hi - lo <= Math.max(1 << 16, 2 * length)) {
      const table = new Int32Array(hi >= lo ? hi - lo + 1 : 0).fill(-1);
      for (let i = 0; i < length; i++) {
        const x = nums[i]!;
        if (x !== x) {
          codes[i] = -1;
          continue;
        }
        let c = table[x - lo]!;
        if (c < 0) {
          c = labels.length;
          table[x - lo] = c;
          labels.push(String(x));
          values.push(x);
        }
        codes[i] = c;
      }
      return { codes, labels, numeric, values };
    }
    const map = new Map<number, number>();
    for (let i = 0; i < length; i++) {
      const x = nums[i]!;
      if (x !== x) {
        codes[i] = -1;
        continue;
      }
      let c = map.get(x);
      if (c === undefined) {
        c = labels.length;
        map.set(x, c);
        labels.push(String(x));
        values.push(x);
      }
      codes[i] = c;
    }
    return { codes, labels, numeric, values };
  }
  const map = new Map<unknown, number>();
  const byLabel = new Map<string, number>();
  for (let i = 0; i < length; i++) {
    const x = col[i];
    if (x === null || x === undefined || (typeof x === "number" && x !== x) || (typeof x === "string" && x.trim() === "")) {
      codes[i] = -1;
      continue;
    }
    let c = map.get(x);
    if (c === undefined) {
      const label = typeof x === "string" ? x : String(x);
      c = byLabel.get(label);
      if (c === undefined) {
        c = labels.length;
        byLabel.set(label, c);
        labels.push(label);
        values.push(typeof x === "number" ? x : Number.NaN);
        if (typeof x !== "number") numeric = false;
      }
      map.set(x, c);
    }
    codes[i] = c;
  }
  return { codes, labels, numeric, values };
}

let collator: Intl.Collator | undefined;

/**
 * Compares group values as R orders a factor's levels: numbers numerically;
 * strings by the Unicode root collation (what R uses with ICU).
 * @internal
 */
export function compareLevels(a: Interned, i: number, j: number): number {
  if (a.numeric) return a.values[i]! - a.values[j]!;
  collator ??= new Intl.Collator("en", { sensitivity: "variant" });
  const la = a.labels[i]!;
  const lb = a.labels[j]!;
  return collator.compare(la, lb) || (la < lb ? -1 : la > lb ? 1 : 0);
}
