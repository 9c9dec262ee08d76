/**
 * The options and inputs particular to the classification functions: the
 * z rounding, the oedema reading and the output column. Misuse throws,
 * naming the function and the parameter (with the checks of
 * `util/checks.ts`); data never does.
 */
import { oedemaCode } from "../record/codes.js";
import { checkChoice } from "../util/checks.js";

/**
 * How the z-score is used: `"who"` rounds it to 2 decimals first, exactly as
 * WHO anthro/anthroplus report it (R's `round(z, 2)`, see {@link roundZ}), and
 * classifies and flags the rounded value; `"none"` uses it as given.
 * @category Classification
 */
export type ZRounding = "who" | "none";

/**
 * `rounding` as a boolean (true = WHO rounding, the default).
 * @throws RangeError for a value other than "who", "none" or undefined
 * @internal
 */
export function checkRounding(rounding: unknown, caller: string): boolean {
  return rounding === undefined || checkChoice(rounding, ["who", "none"] as const, caller, "options.rounding") === "who";
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
