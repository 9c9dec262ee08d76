/**
 * The input columns of the scorer, declared once: {@link INPUT_COLUMNS}
 * lists each column the kernel reads, with how a plain array's values are
 * read into it. The `KernelInput` type, the column reading of
 * `scoreColumns`, the shared-memory copy of `tumbuh/parallel` and its
 * worker's view all come from it.
 */
import { measureCode, numberValue, oedemaCode, sexCode } from "../record/codes.js";

/**
 * The kernel's input columns: `code` columns hold small integer codes
 * (read from plain arrays with `read`, kept as Uint8Array), `number`
 * columns numbers (NaN = missing, kept as Float64Array or Float32Array).
 * `sex` is required; a column left out means "not measured".
 * @internal
 */
export const INPUT_COLUMNS = [
  { name: "sex", kind: "code", read: sexCode },
  { name: "ageDays", kind: "number", read: numberValue },
  { name: "ageMonths", kind: "number", read: numberValue },
  { name: "weightKg", kind: "number", read: numberValue },
  { name: "lenheiCm", kind: "number", read: numberValue },
  { name: "measure", kind: "code", read: measureCode },
  { name: "oedema", kind: "code", read: oedemaCode },
  { name: "headCm", kind: "number", read: numberValue },
  { name: "muacCm", kind: "number", read: numberValue },
  { name: "tricepsMm", kind: "number", read: numberValue },
  { name: "subscapularMm", kind: "number", read: numberValue },
  { name: "gaDays", kind: "number", read: numberValue },
  { name: "gaWeeks", kind: "number", read: numberValue },
] as const;

/** An input column's name. @internal */
export type InputColumnName = (typeof INPUT_COLUMNS)[number]["name"];

/**
 * Columns as the kernel reads them. Numbers: NaN = missing, anything not
 * finite and positive (ages: not finite and ≥ 0) = invalid. Codes: see
 * `record/codes.ts` (sex 1/2, 0 missing; measure 1 lying, 2 standing, 0
 * missing; oedema 1 yes, 0 or 2 no; any other value invalid).
 * @internal
 */
export type KernelInput = { readonly length: number; readonly sex: ArrayLike<number> } & {
  readonly [C in Exclude<InputColumnName, "sex">]: ArrayLike<number> | undefined;
};

/**
 * Input columns of `length` rows made column by column by `make`, in one
 * object literal (the only place the columns are spelled out), so that every
 * input object the kernel sees has the same shape.
 * @internal
 */
export function inputOf(length: number, make: (name: InputColumnName) => ArrayLike<number> | undefined): KernelInput {
  return {
    length,
    sex: make("sex")!,
    ageDays: make("ageDays"),
    ageMonths: make("ageMonths"),
    weightKg: make("weightKg"),
    lenheiCm: make("lenheiCm"),
    measure: make("measure"),
    oedema: make("oedema"),
    headCm: make("headCm"),
    muacCm: make("muacCm"),
    tricepsMm: make("tricepsMm"),
    subscapularMm: make("subscapularMm"),
    gaDays: make("gaDays"),
    gaWeeks: make("gaWeeks"),
  };
}
