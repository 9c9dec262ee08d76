import { scoreKernel, type KernelInput, type KernelOutput } from "./kernel.js";
import { measureCode, numberValue, oedemaCode, sexCode } from "../record/codes.js";
import { isArrayLike } from "../util/checks.js";
import { fullPrecision } from "./precision-option.js";

/** A column of numbers: a `Float64Array` (NaN = missing) or any array-like. */
export type NumberColumn = Float64Array | Float32Array | ArrayLike<number | null | undefined | unknown>;

/**
 * Columns for {@link scoreColumns}, all of the same length. Only `sex` is
 * required; a missing column means "not measured" for every row.
 *
 * Typed arrays are read as they are, without copying: `sex` as a
 * `Uint8Array` (1 male, 2 female, 0 missing), `measure` as a `Uint8Array`
 * (0 unknown, 1 lying/`l`, 2 standing/`h`), `oedema` as a `Uint8Array`
 * (0 no, 1 yes; WHO's 2 = no is accepted too), numbers as `Float64Array`
 * with NaN for missing. Plain arrays may hold the codes {@link sexCode},
 * {@link measureCode} and {@link oedemaCode} accept, and numbers with
 * `null`/`undefined` for missing.
 */
export interface ScoreColumnsInput {
  /** 1/2, `m`/`f`, `male`/`female`, `L`/`P` (laki-laki/perempuan). */
  readonly sex: Uint8Array | ArrayLike<unknown>;
  /** Age in days (may be fractional; rounded half up for the tables). Takes precedence over `ageMonths` in each row where it is not missing. */
  readonly ageDays?: NumberColumn;
  /** Age in months (converted with × 30.4375, as WHO does). Used in rows where `ageDays` is missing. */
  readonly ageMonths?: NumberColumn;
  /** Weight in kg. */
  readonly weightKg?: NumberColumn;
  /** Length or height in cm, as measured; adjusted ±0.7 cm by `measure` and age. */
  readonly lenheiCm?: NumberColumn;
  /** `l`/`h` (lying/standing); missing means unknown (no adjustment). */
  readonly measure?: Uint8Array | ArrayLike<unknown>;
  /** Bilateral pitting oedema: `y`/`n`, `1`/`2`, true/false; missing = no. */
  readonly oedema?: Uint8Array | ArrayLike<unknown>;
  /** Head circumference in cm. */
  readonly headCm?: NumberColumn;
  /** Mid-upper arm circumference in cm. */
  readonly muacCm?: NumberColumn;
  /** Triceps skinfold in mm. */
  readonly tricepsMm?: NumberColumn;
  /** Subscapular skinfold in mm. */
  readonly subscapularMm?: NumberColumn;
}

/**
 * The result of {@link scoreColumns}: WHO anthro's fields as typed columns
 * (NaN for NA) and a `reasons` bit mask per row (see {@link reasonCodes}).
 */
export interface ScoreColumnsResult extends KernelOutput {
  /** The number of rows scored (the input's length). */
  readonly length: number;
}

/** Options of {@link scoreColumns} and {@link score}. */
export interface ScoreOptions {
  /**
   * `"who"` rounds z-scores to 2 decimals as WHO anthro reports them and
   * sets flags on the rounded value (WHO parity); `"full"` keeps them
   * unrounded and flags the unrounded value.
   * @defaultValue "who"
   */
  readonly precision?: "who" | "full";
}

/** Options of {@link scoreColumns}. */
export interface ScoreColumnsOptions extends ScoreOptions {
  /**
   * Output columns to write into instead of allocating (each at least as long
   * as the input). Any subset; the rest are allocated. A previous result of
   * {@link scoreColumns} may be given, to score batch after batch into the
   * same columns (its `length` is ignored).
   */
  readonly out?: Partial<KernelOutput>;
}

const NUMBER_COLUMNS = ["ageDays", "ageMonths", "weightKg", "lenheiCm", "headCm", "muacCm", "tricepsMm", "subscapularMm"] as const;
const CODE_COLUMNS = { sex: sexCode, measure: measureCode, oedema: oedemaCode } as const;
const INPUT_KEYS = new Set<string>(["sex", "measure", "oedema", ...NUMBER_COLUMNS]);
const OPTION_KEYS: readonly string[] = ["precision", "out"];
const FLOAT_OUTPUTS = ["clenhei", "cbmi", "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi", "zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss", "zhfa", "fhfa", "zwfa", "fwfa", "zbfa", "fbfa"] as const;


function numberColumn(v: unknown, name: string, shared: boolean): ArrayLike<number> {
  if (v instanceof Float64Array || v instanceof Float32Array) return v;
  if (!isArrayLike(v)) throw new TypeError(`scoreColumns: columns.${name} must be an array or typed array`);
  const n = v.length;
  const out = shared ? new Float64Array(new SharedArrayBuffer(n * 8)) : new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = numberValue(v[i]);
  return out;
}

function codeColumn(v: unknown, name: keyof typeof CODE_COLUMNS, shared: boolean): ArrayLike<number> {
  if (v instanceof Uint8Array) return v;
  if (!isArrayLike(v)) throw new TypeError(`scoreColumns: columns.${name} must be an array or typed array`);
  const code = CODE_COLUMNS[name];
  const n = v.length;
  const out = shared ? new Uint8Array(new SharedArrayBuffer(n)) : new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = code(v[i]);
  return out;
}

/**
 * Validates the columns and puts them in the kernel's form. Typed arrays of
 * the kernel's types are used as they are; other columns are converted into
 * new arrays, on SharedArrayBuffers when `shared` is true (for the parallel
 * scorer, which shares them with its workers).
 * @internal
 */
export function prepareColumns(columns: ScoreColumnsInput, caller: string, shared: boolean = false): KernelInput {
  if (columns === null || typeof columns !== "object") {
    throw new TypeError(`${caller}: columns must be an object of arrays`);
  }
  for (const key of Object.keys(columns)) {
    if (!INPUT_KEYS.has(key)) {
      throw new TypeError(`${caller}: unknown column "${key}"; expected ${[...INPUT_KEYS].join(", ")}`);
    }
  }
  if (columns.sex === undefined) throw new TypeError(`${caller}: columns.sex is required`);
  const length = (columns.sex as ArrayLike<unknown>).length;
  const read = <T>(name: string, convert: (v: unknown) => T): T | undefined => {
    const v = (columns as unknown as Record<string, unknown>)[name];
    if (v === undefined) return undefined;
    const col = convert(v);
    const n = (col as unknown as ArrayLike<unknown>).length;
    if (n !== length) {
      throw new RangeError(`${caller}: columns.${name} has length ${n} but columns.sex has length ${length}`);
    }
    return col;
  };
  return {
    length,
    sex: read("sex", (v) => codeColumn(v, "sex", shared))!,
    measure: read("measure", (v) => codeColumn(v, "measure", shared)),
    oedema: read("oedema", (v) => codeColumn(v, "oedema", shared)),
    ageDays: read("ageDays", (v) => numberColumn(v, "ageDays", shared)),
    ageMonths: read("ageMonths", (v) => numberColumn(v, "ageMonths", shared)),
    weightKg: read("weightKg", (v) => numberColumn(v, "weightKg", shared)),
    lenheiCm: read("lenheiCm", (v) => numberColumn(v, "lenheiCm", shared)),
    headCm: read("headCm", (v) => numberColumn(v, "headCm", shared)),
    muacCm: read("muacCm", (v) => numberColumn(v, "muacCm", shared)),
    tricepsMm: read("tricepsMm", (v) => numberColumn(v, "tricepsMm", shared)),
    subscapularMm: read("subscapularMm", (v) => numberColumn(v, "subscapularMm", shared)),
  };
}

/**
 * Checks options and allocates (or adopts) the output columns.
 * @internal
 */
export function prepareOutput(n: number, options: ScoreColumnsOptions | undefined, caller: string): { out: KernelOutput; full: boolean } {
  const full = fullPrecision(options, caller, OPTION_KEYS);
  const o = options ?? {};
  if (o.out === undefined || o.out === null) return { out: allocateOutput(n), full };
  const given = o.out as Record<string, unknown>;
  const f = (name: (typeof FLOAT_OUTPUTS)[number]) => adopt(given[name], Float64Array, n, name, caller);
  // One literal, in the order of FLOAT_OUTPUTS then c9mo_flag and reasons.
  const out: KernelOutput = {
    clenhei: f("clenhei"), cbmi: f("cbmi"),
    zlen: f("zlen"), flen: f("flen"), zwei: f("zwei"), fwei: f("fwei"), zwfl: f("zwfl"), fwfl: f("fwfl"), zbmi: f("zbmi"), fbmi: f("fbmi"),
    zhc: f("zhc"), fhc: f("fhc"), zac: f("zac"), fac: f("fac"), zts: f("zts"), fts: f("fts"), zss: f("zss"), fss: f("fss"),
    zhfa: f("zhfa"), fhfa: f("fhfa"), zwfa: f("zwfa"), fwfa: f("fwfa"), zbfa: f("zbfa"), fbfa: f("fbfa"),
    c9mo_flag: adopt(given.c9mo_flag, Uint8Array, n, "c9mo_flag", caller),
    reasons: adopt(given.reasons, Uint32Array, n, "reasons", caller),
  };
  for (const key of Object.keys(given)) {
    if (!(key in out) && key !== "length") throw new TypeError(`${caller}: unknown output column options.out.${key}`);
  }
  return { out, full };
}

/** Fresh output columns of length `n`, as one object literal (fixed shape, fast property access). */
function allocateOutput(n: number): KernelOutput {
  return {
    clenhei: new Float64Array(n), cbmi: new Float64Array(n),
    zlen: new Float64Array(n), flen: new Float64Array(n), zwei: new Float64Array(n), fwei: new Float64Array(n),
    zwfl: new Float64Array(n), fwfl: new Float64Array(n), zbmi: new Float64Array(n), fbmi: new Float64Array(n),
    zhc: new Float64Array(n), fhc: new Float64Array(n), zac: new Float64Array(n), fac: new Float64Array(n),
    zts: new Float64Array(n), fts: new Float64Array(n), zss: new Float64Array(n), fss: new Float64Array(n),
    zhfa: new Float64Array(n), fhfa: new Float64Array(n), zwfa: new Float64Array(n), fwfa: new Float64Array(n),
    zbfa: new Float64Array(n), fbfa: new Float64Array(n),
    c9mo_flag: new Uint8Array(n),
    reasons: new Uint32Array(n),
  };
}

function adopt<T extends Float64Array | Uint8Array | Uint32Array>(
  v: unknown,
  type: { new (n: number): T; name: string },
  n: number,
  name: string,
  caller: string,
): T {
  if (v === undefined) return new type(n);
  if (!(v instanceof type)) throw new TypeError(`${caller}: options.out.${name} must be a ${type.name}`);
  if (v.length < n) throw new RangeError(`${caller}: options.out.${name} has length ${v.length}, needs ${n}`);
  return v;
}

/**
 * Scores a whole population in columns: the bulk path. Children under 60
 * months get the WHO Child Growth Standards with every WHO anthro 1.1.0 rule
 * (`clenhei`, `cbmi`, `c9mo_flag`, `zlen`, `flen`, `zwei`, `fwei`, `zwfl`,
 * `fwfl`, `zbmi`, `fbmi`, `zhc`, `fhc`, `zac`, `fac`, `zts`, `fts`, `zss`,
 * `fss`); children of 60–228 months the WHO Growth Reference 2007 with every
 * WHO anthroplus 1.0.0 rule (`zhfa`, `fhfa`, `zwfa` (to 120 months), `fwfa`,
 * `zbfa`, `fbfa`). Fields of the standard that does not apply are NaN. All
 * are typed columns with NaN for NA, plus a `reasons` bit mask per row.
 *
 * Bad data never throws: a value that cannot be scored is NaN and its row's
 * `reasons` say why. Misuse throws.
 *
 * @param columns - input columns of equal length (see {@link ScoreColumnsInput})
 * @param options - precision and caller-supplied output columns
 * @returns the output columns, each of the input's length (or the caller's arrays)
 * @throws TypeError for a missing `sex` column, an unknown column or option, or a column that is not an array
 * @throws RangeError for columns of unequal length, a bad `precision`, or an output column that is too short
 *
 * @example
 * // Children 1 and 2 of WHO's demo survey (both girls, lying length).
 * const r = scoreColumns({
 *   sex: new Uint8Array([2, 2]),
 *   ageMonths: new Float64Array([22.45, 21.47]),
 *   weightKg: new Float64Array([10.4, 11.7]),
 *   lenheiCm: new Float64Array([84.8, 83.5]),
 *   measure: new Uint8Array([1, 1]),
 * });
 * Array.from(r.zwfl); // => [-0.81, 0.83]
 * Array.from(r.zlen); // => [-0.07, -0.19]
 */
export function scoreColumns(columns: ScoreColumnsInput, options?: ScoreColumnsOptions): ScoreColumnsResult {
  const input = prepareColumns(columns, "scoreColumns");
  const { out, full } = prepareOutput(input.length, options, "scoreColumns");
  scoreKernel(input, out, 0, input.length, full);
  return Object.assign(out, { length: input.length });
}
