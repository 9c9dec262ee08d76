/**
 * Input checks and column readers for the prevalence functions. Misuse
 * (wrong types, unknown keys, unequal lengths) throws a TypeError or
 * RangeError naming the function and the parameter; data problems never
 * throw.
 * @internal
 */
import { numberValue, oedemaCode, sexCode } from "../../record/codes.js";
import { isArrayLike as isColumn } from "../../util/checks.js";

export { isColumn };

/** Checks that `obj` is a plain object whose keys are all allowed. @internal */
export function checkObject(obj: unknown, allowed: readonly string[] | null, caller: string, what: string): Record<string, unknown> {
  if (obj === null || typeof obj !== "object" || isColumn(obj)) throw new TypeError(`${caller}: ${what} must be an object`);
  if (allowed !== null) {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) throw new TypeError(`${caller}: unknown ${what} key "${key}"; expected ${allowed.join(", ")}`);
    }
  }
  return obj as Record<string, unknown>;
}

/**
 * Checks a column's type and length. With `atLeast`, a longer column is
 * accepted (it is read up to `length`).
 * @internal
 */
export function checkColumn(v: unknown, length: number, caller: string, name: string, atLeast = false): ArrayLike<unknown> {
  if (!isColumn(v)) throw new TypeError(`${caller}: ${name} must be an array or typed array`);
  if (atLeast ? v.length < length : v.length !== length) {
    throw new RangeError(`${caller}: ${name} has length ${v.length} but columns.sex has length ${length}`);
  }
  return v;
}

/** A number column as numbers, NaN for missing (typed float arrays are read as they are). @internal */
export function numbers(v: unknown, length: number, caller: string, name: string, atLeast = false): ArrayLike<number> {
  const col = checkColumn(v, length, caller, name, atLeast);
  if (col instanceof Float64Array || col instanceof Float32Array) return col;
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = numberValue(col[i]);
  return out;
}

/** Sex as 1 male, 2 female, anything else missing. @internal */
export function sexes(v: unknown, length: number, caller: string): Uint8Array {
  const col = checkColumn(v, length, caller, "columns.sex");
  if (col instanceof Uint8Array) return col;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = sexCode(col[i]);
  return out;
}

/** Oedema as 1 yes, 0 no (missing and invalid count as no, as WHO anthro does). @internal */
export function oedemas(v: unknown, length: number, caller: string): Uint8Array {
  const out = new Uint8Array(length);
  if (v === undefined) return out;
  const col = checkColumn(v, length, caller, "columns.oedema");
  if (col instanceof Uint8Array) {
    for (let i = 0; i < length; i++) out[i] = col[i] === 1 ? 1 : 0;
    return out;
  }
  for (let i = 0; i < length; i++) out[i] = oedemaCode(col[i]) === 1 ? 1 : 0;
  return out;
}

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
  const col = checkColumn(v, length, caller, name);
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
