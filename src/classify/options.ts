/**
 * Checks of the options and inputs shared by the classification functions.
 * Misuse throws, naming the function and the parameter; data never does.
 */
import { oedemaCode } from "../record/codes.js";
import { isArrayLike as isColumn } from "../util/checks.js";

/**
 * How the z-score is used: `"who"` rounds it to 2 decimals first, exactly as
 * WHO anthro/anthroplus report it (R's `round(z, 2)`, see {@link roundZ}), and
 * classifies and flags the rounded value; `"none"` uses it as given.
 */
export type ZRounding = "who" | "none";

/**
 * Checks that `obj` is undefined or a plain object whose keys are all in
 * `allowed`; returns it as a record (empty when undefined).
 * @throws TypeError for a non-object or an unknown key
 * @internal
 */
export function checkObject(obj: unknown, allowed: readonly string[], caller: string, what: string): Record<string, unknown> {
  if (obj === undefined) return {};
  if (obj === null || typeof obj !== "object" || Array.isArray(obj) || ArrayBuffer.isView(obj)) {
    throw new TypeError(`${caller}: ${what} must be an object`);
  }
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      throw new TypeError(`${caller}: unknown ${what} key "${key}"; expected ${allowed.join(", ")}`);
    }
  }
  return obj as Record<string, unknown>;
}

/**
 * `rounding` as a boolean (true = WHO rounding, the default).
 * @throws RangeError for a value other than "who", "none" or undefined
 * @internal
 */
export function checkRounding(rounding: unknown, caller: string): boolean {
  if (rounding === undefined || rounding === "who") return true;
  if (rounding === "none") return false;
  throw new RangeError(`${caller}: options.rounding must be "who" or "none"; got ${JSON.stringify(rounding)}`);
}

/**
 * Whether an oedema value means "yes": `true`, `1`, `"y"`, `"yes"`, `"ya"`,
 * `"1"`, `"true"` (any case). Anything else (no, missing, unrecognised) is not
 * "yes"; it never throws.
 * @internal
 */
export function oedemaYes(v: unknown): boolean {
  return oedemaCode(v) === 1;
}

export { isColumn };

/**
 * Checks that `v` is a column, of `length` rows when `length` is given.
 * @throws TypeError when `v` is not an array; RangeError on a length mismatch
 * @internal
 */
export function checkColumn(v: unknown, length: number | undefined, caller: string, name: string): ArrayLike<unknown> {
  if (!isColumn(v)) throw new TypeError(`${caller}: ${name} must be an array or typed array`);
  if (length !== undefined && v.length !== length) {
    throw new RangeError(`${caller}: ${name} has length ${v.length} but the other columns have length ${length}`);
  }
  return v;
}

/**
 * An output column: `out` when given (checked to be a Uint8Array of at least
 * `length`), else a new one.
 * @throws TypeError / RangeError for an unusable `out`
 * @internal
 */
export function outputColumn(out: unknown, length: number, caller: string): Uint8Array {
  if (out === undefined) return new Uint8Array(length);
  if (!(out instanceof Uint8Array)) throw new TypeError(`${caller}: options.out must be a Uint8Array`);
  if (out.length < length) throw new RangeError(`${caller}: options.out has length ${out.length}, less than ${length}`);
  return out;
}
