/**
 * Readers of the prevalence functions' input columns: numbers (NaN for
 * missing), sex codes and oedema, each checked to be an array as long as the
 * data (the length of `columns.sex`). Misuse throws a TypeError or
 * RangeError naming the function and the parameter; data problems never
 * throw.
 * @internal
 */
import { numberValue, oedemaCode, sexCode } from "../../record/codes.js";
import { checkColumn } from "../../util/checks.js";

/**
 * Checks that `v` is a column of the data's `length` rows (at least `length`
 * with `atLeast`: a longer column is read up to `length`).
 * @internal
 */
export function dataColumn(v: unknown, length: number, caller: string, name: string, atLeast = false): ArrayLike<unknown> {
  return checkColumn(v, length, caller, name, "columns.sex", atLeast);
}

/** A number column as numbers, NaN for missing (typed float arrays are read as they are). @internal */
export function numbers(v: unknown, length: number, caller: string, name: string, atLeast = false): ArrayLike<number> {
  const col = dataColumn(v, length, caller, name, atLeast);
  if (col instanceof Float64Array || col instanceof Float32Array) return col;
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = numberValue(col[i]);
  return out;
}

/** Sex as 1 male, 2 female, anything else missing. @internal */
export function sexes(v: unknown, length: number, caller: string): Uint8Array {
  const col = dataColumn(v, length, caller, "columns.sex");
  if (col instanceof Uint8Array) return col;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = sexCode(col[i]);
  return out;
}

/** Oedema as 1 yes, 0 no (missing and invalid count as no, as WHO anthro does). @internal */
export function oedemas(v: unknown, length: number, caller: string): Uint8Array {
  const out = new Uint8Array(length);
  if (v === undefined) return out;
  const col = dataColumn(v, length, caller, "columns.oedema");
  if (col instanceof Uint8Array) {
    for (let i = 0; i < length; i++) out[i] = col[i] === 1 ? 1 : 0;
    return out;
  }
  for (let i = 0; i < length; i++) out[i] = oedemaCode(col[i]) === 1 ? 1 : 0;
  return out;
}
