import { scoreKernel } from "./kernel.js";
import { allocateOutput, type KernelOutput } from "./fields.js";
import { INPUT_COLUMNS, inputOf, type KernelInput } from "./input-columns.js";
import { adoptOutput } from "./adopt-output.js";
import { checkColumn, hasOwn } from "../util/checks.js";
import { SCORE_OPTION_KEYS, scoringOptions, type ScoreOptions } from "./options.js";

export type { ScoreOptions } from "./options.js";

/**
 * A column of numbers: a `Float64Array` (NaN = missing) or any array-like.
 * @category Scoring
 */
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
 * @category Scoring
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
  /** Gestational age at birth in days, for corrected age (see `correctUntilMonths`). Takes precedence over `gaWeeks` in each row where it is not missing. */
  readonly gaDays?: NumberColumn;
  /** Gestational age at birth in (fractional) weeks; used in rows where `gaDays` is missing. */
  readonly gaWeeks?: NumberColumn;
}

/**
 * The result of {@link scoreColumns}: WHO anthro's fields as typed columns
 * (NaN for NA) and a `reasons` bit mask per row (see {@link reasonCodes}).
 * @category Scoring
 */
export interface ScoreColumnsResult extends KernelOutput {
  /** The number of rows scored (the input's length). */
  readonly length: number;
}

/**
 * Options of {@link scoreColumns}.
 * @category Scoring
 */
export interface ScoreColumnsOptions extends ScoreOptions {
  /**
   * Output columns to write into instead of allocating (each at least as long
   * as the input). Any subset; the rest are allocated. A previous result of
   * {@link scoreColumns} may be given, to score batch after batch into the
   * same columns (its `length` is ignored).
   */
  readonly out?: Partial<KernelOutput>;
}

const OPTION_KEYS: readonly string[] = [...SCORE_OPTION_KEYS, "out"];
const INPUT_NAMES: readonly string[] = INPUT_COLUMNS.map((c) => c.name);
const INPUT_BY_NAME = new Map(INPUT_COLUMNS.map((c) => [c.name as string, c]));

/**
 * A column in the kernel's form: a typed array of the kernel's type as it is
 * (Float64Array/Float32Array for numbers, Uint8Array for codes), anything
 * else read value by value into a new one (on a SharedArrayBuffer when
 * `shared`).
 */
function kernelColumn(v: unknown, column: (typeof INPUT_COLUMNS)[number], caller: string, shared: boolean): ArrayLike<number> {
  const isNumber = column.kind === "number";
  if (isNumber ? v instanceof Float64Array || v instanceof Float32Array : v instanceof Uint8Array) return v as ArrayLike<number>;
  const col = checkColumn(v, undefined, caller, `columns.${column.name}`);
  const n = col.length;
  const type = (isNumber ? Float64Array : Uint8Array) as { new (size: number | SharedArrayBuffer): Float64Array | Uint8Array; readonly BYTES_PER_ELEMENT: number };
  const out = new type(shared ? new SharedArrayBuffer(n * type.BYTES_PER_ELEMENT) : n);
  const read = column.read;
  for (let i = 0; i < n; i++) out[i] = read(col[i]);
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
    if (!INPUT_NAMES.includes(key)) {
      throw new TypeError(`${caller}: unknown column "${key}"; expected ${INPUT_NAMES.join(", ")}`);
    }
  }
  const given = columns as unknown as Record<string, unknown>;
  if (!hasOwn(given, "sex") || given.sex === undefined) throw new TypeError(`${caller}: columns.sex is required`);
  const length = (given.sex as ArrayLike<unknown>).length;
  return inputOf(length, (name) => {
    const v = hasOwn(given, name) ? given[name] : undefined;
    if (v === undefined) return undefined;
    const col = kernelColumn(v, INPUT_BY_NAME.get(name)!, caller, shared);
    if (col.length !== length) {
      throw new RangeError(`${caller}: columns.${name} has length ${col.length} but columns.sex has length ${length}`);
    }
    return col;
  });
}

/**
 * Checks options and allocates (or adopts) the output columns.
 * @internal
 */
export function prepareOutput(n: number, options: ScoreColumnsOptions | undefined, caller: string): { out: KernelOutput; full: boolean; correctUntilDays: number } {
  const { full, correctUntilDays } = scoringOptions(options, caller, OPTION_KEYS);
  const given = options?.out;
  return { out: given === undefined || given === null ? allocateOutput(n) : adoptOutput(n, given, caller, false), full, correctUntilDays };
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
 * With a gestational age (`gaDays`/`gaWeeks`), a child born before 37+0
 * weeks is scored at corrected age (`cage_days`, `corrected`; see
 * `correctUntilMonths`), and the INTERGROWTH-21st z-scores `igp_zwei`,
 * `igp_zlen`, `igp_zhc` are given where an INTERGROWTH-21st standard
 * applies: at birth (under half a day of age) the Newborn Size Standard,
 * after birth for a child born preterm the postnatal growth standard from
 * 27+0 to 64+0 weeks postmenstrual age (see docs/newborn-and-preterm.md).
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
 * @category Scoring
 */
export function scoreColumns(columns: ScoreColumnsInput, options?: ScoreColumnsOptions): ScoreColumnsResult {
  const input = prepareColumns(columns, "scoreColumns");
  const { out, full, correctUntilDays } = prepareOutput(input.length, options, "scoreColumns");
  scoreKernel(input, out, 0, input.length, full, correctUntilDays);
  return Object.assign(out, { length: input.length });
}
