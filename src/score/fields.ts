/**
 * The output of the scorer, declared once: {@link OUTPUT_FIELDS} lists every
 * field with its array type, standard, indicator, flag and the reason bits
 * that can make it NA. The `KernelOutput` type, the allocators (fresh,
 * caller-supplied, shared memory, worker), {@link SCORE_FIELDS}, the z/flag
 * pairs and the per-field NA reasons are all derived from it.
 */
import type { Indicator } from "../who/indicators.js";
import type { KernelOutput } from "./generated/kernel-output.js";
import { R } from "../record/reasons.js";

const SEX = R.SEX_MISSING | R.SEX_INVALID;
const AGE = R.AGE_MISSING | R.AGE_INVALID | R.AGE_OUT_OF_RANGE | R.AGE_BEFORE_TERM;
const HEIGHT = R.LENHEI_MISSING | R.LENHEI_INVALID;
const LEN = R.LENHEI_MISSING | R.LENHEI_INVALID | R.MEASURE_INVALID;
const WEIGHT = R.WEIGHT_MISSING | R.WEIGHT_INVALID;
const WEIGHT_Z = WEIGHT | R.OEDEMA | R.OEDEMA_INVALID;
const OVER = R.VALUE_OVERFLOW;
const HEAD = R.HEADC_MISSING | R.HEADC_INVALID;

/**
 * Every output field, in WHO anthro's column order, then WHO anthroplus's,
 * then tumbuh's own; the source of the `KernelOutput` interface
 * (`scripts/generate-output-type.ts` writes it, with each field's `doc`; a
 * flag field's doc is made from its indicator's limits).
 */
const FIELDS = [
  { name: "clenhei", array: "f64", kind: "value", standard: "both", indicator: null, flag: null, na: LEN, doc: "Length/height (cm) after WHO's ±0.7 cm lying/standing conversion (under 5 years); NaN for NA." },
  { name: "cbmi", array: "f64", kind: "value", standard: "both", indicator: null, flag: null, na: LEN | WEIGHT | OVER, doc: "BMI (kg/m²) from weight and `clenhei` (from 60 months: height as measured)." },
  { name: "c9mo_flag", array: "u8", kind: "marker", standard: "who2006", indicator: null, flag: null, na: 0, doc: "1 where a standing height under 9 months was measured (the position is then ignored), else 0." },
  { name: "zlen", array: "f64", kind: "z", standard: "who2006", indicator: "len", flag: "flen", na: SEX | AGE | LEN | OVER, doc: "Length/height-for-age z (WHO 2006)." },
  { name: "flen", array: "f64", kind: "flag", standard: "who2006", indicator: "len", flag: null, na: 0, doc: null },
  { name: "zwei", array: "f64", kind: "z", standard: "who2006", indicator: "wei", flag: "fwei", na: SEX | AGE | WEIGHT_Z | OVER, doc: "Weight-for-age z (WHO 2006)." },
  { name: "fwei", array: "f64", kind: "flag", standard: "who2006", indicator: "wei", flag: null, na: 0, doc: null },
  {
    name: "zwfl", array: "f64", kind: "z", standard: "who2006", indicator: "wfl", flag: "fwfl",
    na: SEX | R.AGE_OUT_OF_RANGE | LEN | WEIGHT_Z | R.LENHEI_OUTSIDE_WFL_RANGE | OVER, doc: "Weight-for-length/height z (WHO 2006).",
  },
  { name: "fwfl", array: "f64", kind: "flag", standard: "who2006", indicator: "wfl", flag: null, na: 0, doc: null },
  { name: "zbmi", array: "f64", kind: "z", standard: "who2006", indicator: "bmi", flag: "fbmi", na: SEX | AGE | LEN | WEIGHT_Z | OVER, doc: "BMI-for-age z (WHO 2006)." },
  { name: "fbmi", array: "f64", kind: "flag", standard: "who2006", indicator: "bmi", flag: null, na: 0, doc: null },
  {
    name: "zhc", array: "f64", kind: "z", standard: "who2006", indicator: "hc", flag: "fhc",
    na: SEX | AGE | HEAD | OVER, doc: "Head circumference-for-age z (WHO 2006).",
  },
  { name: "fhc", array: "f64", kind: "flag", standard: "who2006", indicator: "hc", flag: null, na: 0, doc: null },
  {
    name: "zac", array: "f64", kind: "z", standard: "who2006", indicator: "ac", flag: "fac",
    na: SEX | AGE | R.AGE_UNDER_91_DAYS | R.MUAC_MISSING | R.MUAC_INVALID | OVER, doc: "Arm circumference-for-age z (WHO 2006).",
  },
  { name: "fac", array: "f64", kind: "flag", standard: "who2006", indicator: "ac", flag: null, na: 0, doc: null },
  {
    name: "zts", array: "f64", kind: "z", standard: "who2006", indicator: "ts", flag: "fts",
    na: SEX | AGE | R.AGE_UNDER_91_DAYS | R.TRISKIN_MISSING | R.TRISKIN_INVALID | OVER, doc: "Triceps skinfold-for-age z (WHO 2006).",
  },
  { name: "fts", array: "f64", kind: "flag", standard: "who2006", indicator: "ts", flag: null, na: 0, doc: null },
  {
    name: "zss", array: "f64", kind: "z", standard: "who2006", indicator: "ss", flag: "fss",
    na: SEX | AGE | R.AGE_UNDER_91_DAYS | R.SUBSKIN_MISSING | R.SUBSKIN_INVALID | OVER, doc: "Subscapular skinfold-for-age z (WHO 2006).",
  },
  { name: "fss", array: "f64", kind: "flag", standard: "who2006", indicator: "ss", flag: null, na: 0, doc: null },
  { name: "zhfa", array: "f64", kind: "z", standard: "who2007", indicator: "hfa", flag: "fhfa", na: SEX | AGE | HEIGHT | OVER, doc: "Height-for-age z (WHO 2007)." },
  { name: "fhfa", array: "f64", kind: "flag", standard: "who2007", indicator: "hfa", flag: null, na: 0, doc: null },
  {
    name: "zwfa", array: "f64", kind: "z", standard: "who2007", indicator: "wfa", flag: "fwfa",
    na: SEX | AGE | R.AGE_OVER_120_MONTHS | WEIGHT_Z | OVER, doc: "Weight-for-age z (WHO 2007).",
  },
  { name: "fwfa", array: "f64", kind: "flag", standard: "who2007", indicator: "wfa", flag: null, na: 0, doc: null },
  { name: "zbfa", array: "f64", kind: "z", standard: "who2007", indicator: "bfa", flag: "fbfa", na: SEX | AGE | HEIGHT | WEIGHT_Z | OVER, doc: "BMI-for-age z (WHO 2007)." },
  { name: "fbfa", array: "f64", kind: "flag", standard: "who2007", indicator: "bfa", flag: null, na: 0, doc: null },
  {
    name: "cage_days", array: "f64", kind: "value", standard: "both", indicator: null, flag: null, na: R.AGE_MISSING | R.AGE_INVALID | R.AGE_BEFORE_TERM,
    doc: "The age in days the z-scores used: corrected for a child born preterm (see `corrected`), else as given; NaN when unknown.",
  },
  {
    name: "corrected", array: "u8", kind: "marker", standard: "both", indicator: null, flag: null, na: 0,
    doc: "1 where the age is corrected for preterm birth (`gaDays`/`gaWeeks` under 37+0 weeks, see `correctUntilMonths`), else 0.",
  },
  {
    name: "igp_zwei", array: "f64", kind: "ig-z", standard: "intergrowth", indicator: null, flag: null, na: SEX | WEIGHT_Z | OVER,
    doc: "Weight z on the INTERGROWTH-21st standard that applies (at birth the Newborn Size Standard, after birth for a child born preterm the postnatal standard to 64 weeks postmenstrual age); NaN where WHO's standards apply.",
  },
  {
    name: "igp_zlen", array: "f64", kind: "ig-z", standard: "intergrowth", indicator: null, flag: null, na: SEX | LEN | OVER,
    doc: "Length z on the INTERGROWTH-21st standard that applies (see `igp_zwei`), from `clenhei`.",
  },
  {
    name: "igp_zhc", array: "f64", kind: "ig-z", standard: "intergrowth", indicator: null, flag: null, na: SEX | HEAD | OVER,
    doc: "Head circumference z on the INTERGROWTH-21st standard that applies (see `igp_zwei`).",
  },
  { name: "reasons", array: "u32", kind: "reasons", standard: "both", indicator: null, flag: null, na: 0, doc: "Why values are NA: a bit mask of reason codes (see `reasonCodes`)." },
] as const satisfies readonly OutputFieldSpec[];

/**
 * Every output field of {@link score} and {@link scoreColumns}, in WHO
 * anthro's column order, then WHO anthroplus's, then tumbuh's own
 * (`cage_days`, `corrected`), then the INTERGROWTH-21st z-scores (`igp_zwei`,
 * `igp_zlen`, `igp_zhc`), then `reasons` (see {@link OutputFieldSpec}).
 *
 * @example
 * OUTPUT_FIELDS.find((f) => f.name === "zwfl")?.flag; // => "fwfl"
 * @category Scoring
 */
export const OUTPUT_FIELDS: readonly OutputFieldSpec[] = FIELDS;

/**
 * An entry of {@link OUTPUT_FIELDS}.
 * @category Scoring
 */
export interface OutputFieldSpec {
  /** The field (WHO's column name where WHO has one). */
  readonly name: string;
  /** Its column type in {@link scoreColumns}' result: `f64` Float64Array (NaN for NA), `u8` Uint8Array, `u32` Uint32Array. */
  readonly array: "f64" | "u8" | "u32";
  /**
   * `value` (a measurement or age tumbuh derives), `marker` (0/1), `z` (a WHO
   * z-score, with its flag), `flag` (1 implausible, 0 plausible, NaN when the
   * z-score is NA), `ig-z` (an INTERGROWTH-21st z-score: no flag) or `reasons`.
   */
  readonly kind: "value" | "marker" | "z" | "flag" | "ig-z" | "reasons";
  /**
   * `who2006` (WHO Child Growth Standards, under 60 months), `who2007` (WHO
   * Growth Reference 2007, 60–228 months), `intergrowth` (INTERGROWTH-21st,
   * newborns and preterm infants) or `both` (WHO's two).
   */
  readonly standard: "who2006" | "who2007" | "intergrowth" | "both";
  /** The WHO indicator of a z or flag field (see {@link Indicator}); null for the others. */
  readonly indicator: Indicator | null;
  /** A z field's flag field; null for the others. */
  readonly flag: string | null;
  /** The reason bits that can make the field NA (see {@link REASON_CODES}). */
  readonly na: number;
  /** What the field holds (null for a flag field, whose description comes from its indicator's limits). */
  readonly doc: string | null;
}

type Field = (typeof FIELDS)[number];

/** The column type of each `array` code. */
interface ArrayTypes {
  f64: Float64Array;
  u8: Uint8Array;
  u32: Uint32Array;
}

/** The typed-array constructor of each `array` code. @internal */
export const ARRAY_TYPES = { f64: Float64Array, u8: Uint8Array, u32: Uint32Array } as const;

export type { KernelOutput };

/** The output shape the table gives: `KernelOutput` must be exactly this (checked below). */
type TableShape = { readonly [F in Field as F["name"]]: ArrayTypes[F["array"]] };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when the generated `KernelOutput` is not the table's shape (run `npm run generate`). */
const kernelOutputIsCurrent: Same<KernelOutput, TableShape> = true;
void kernelOutputIsCurrent;

/**
 * Every output field's name.
 * @category Scoring
 */
export type OutputFieldName = keyof KernelOutput;

/**
 * Every numeric value field {@link score} and {@link scoreColumns} return (every output field but `reasons`).
 * @category Scoring
 */
export type ScoreField = Exclude<OutputFieldName, "reasons">;

/**
 * The z-score fields of the WHO 2006 indicators (under 60 months), by WHO anthro's column names.
 * @category Scoring
 */
export type Who2006ZField = "zlen" | "zwei" | "zwfl" | "zbmi" | "zhc" | "zac" | "zts" | "zss";

/**
 * The z-score fields of the WHO 2007 indicators (60–228 months), by WHO anthroplus's column names.
 * @category Scoring
 */
export type Who2007ZField = "zhfa" | "zwfa" | "zbfa";

/**
 * Every z-score field.
 * @category Scoring
 */
export type ZField = Who2006ZField | Who2007ZField;

/**
 * The flag fields (1 = implausible z, 0 = plausible, NaN when z is NA).
 * @category Scoring
 */
export type FlagField = "flen" | "fwei" | "fwfl" | "fbmi" | "fhc" | "fac" | "fts" | "fss" | "fhfa" | "fwfa" | "fbfa";

/**
 * The INTERGROWTH-21st z-scores of children born preterm and of
 * measurements at birth (see docs/newborn-and-preterm.md).
 * @category Scoring
 */
export type IntergrowthZField = "igp_zwei" | "igp_zlen" | "igp_zhc";

/**
 * The fields with a per-field NA reason list in {@link score}'s `naReasons`: the values and the z-scores.
 * @category Scoring
 */
export type NaReasonField = "clenhei" | "cbmi" | ZField | "cage_days" | IntergrowthZField;

/** The unions above must be exactly what the table says (a compile error otherwise). */
const unionsAreCurrent: [
  Same<Who2006ZField, Extract<Field, { kind: "z"; standard: "who2006" }>["name"]>,
  Same<Who2007ZField, Extract<Field, { kind: "z"; standard: "who2007" }>["name"]>,
  Same<FlagField, Extract<Field, { kind: "flag" }>["name"]>,
  Same<IntergrowthZField, Extract<Field, { kind: "ig-z" }>["name"]>,
  Same<NaReasonField, Extract<Field, { kind: "value" | "z" | "ig-z" }>["name"]>,
] = [true, true, true, true, true];
void unionsAreCurrent;

/**
 * The output fields: WHO anthro's in its order, then WHO anthroplus's.
 *
 * @example
 * SCORE_FIELDS.slice(0, 5); // => ["clenhei", "cbmi", "c9mo_flag", "zlen", "flen"]
 * @category Scoring
 */
export const SCORE_FIELDS: readonly ScoreField[] = /* @__PURE__ */ namesOf((f) => f.kind !== "reasons");

/** Each z field with its flag field. @internal */
export const Z_FLAG_PAIRS: readonly (readonly [ZField, FlagField])[] = /* @__PURE__ */ zFlagPairs();

/** The z fields of each standard. @internal */
export const WHO2006_Z_FIELDS: readonly Who2006ZField[] = /* @__PURE__ */ namesOf((f) => f.kind === "z" && f.standard === "who2006");
/** @internal */
export const WHO2007_Z_FIELDS: readonly Who2007ZField[] = /* @__PURE__ */ namesOf((f) => f.kind === "z" && f.standard === "who2007");
/** @internal */
export const INTERGROWTH_Z_FIELDS: readonly IntergrowthZField[] = /* @__PURE__ */ namesOf((f) => f.kind === "ig-z");

/**
 * Which reason bits can make each value field NA.
 * @internal
 */
export const FIELD_REASON_MASK: Readonly<Record<NaReasonField, number>> = /* @__PURE__ */ reasonMasks();

/** The names of the fields that `keep` selects, in table order. */
function namesOf<N extends OutputFieldName>(keep: (f: Field) => boolean): N[] {
  return FIELDS.filter(keep).map((f) => f.name as N);
}

function zFlagPairs(): (readonly [ZField, FlagField])[] {
  const pairs: (readonly [ZField, FlagField])[] = [];
  for (const f of FIELDS) if (f.kind === "z") pairs.push([f.name, f.flag]);
  return pairs;
}

function reasonMasks(): Record<NaReasonField, number> {
  const masks = Object.create(null) as Record<NaReasonField, number>;
  for (const f of FIELDS) if (f.kind === "value" || f.kind === "z" || f.kind === "ig-z") masks[f.name] = f.na;
  return masks;
}

/** A column of one of the output array types. */
type OutputColumn = Float64Array | Uint8Array | Uint32Array;

/**
 * Output columns made field by field by `make`, in one object literal (the
 * only place the fields are spelled out): every output object the
 * scorer makes has the same shape, so the kernel's property reads stay
 * monomorphic. `make` must return a column of the field's `array` type.
 * @internal
 */
export function outputOf(make: (field: OutputFieldSpec) => OutputColumn): KernelOutput {
  const f = <N extends OutputFieldName>(name: N) => make(FIELD_BY_NAME[name]) as KernelOutput[N];
  return {
    clenhei: f("clenhei"), cbmi: f("cbmi"), c9mo_flag: f("c9mo_flag"),
    zlen: f("zlen"), flen: f("flen"), zwei: f("zwei"), fwei: f("fwei"), zwfl: f("zwfl"), fwfl: f("fwfl"), zbmi: f("zbmi"), fbmi: f("fbmi"),
    zhc: f("zhc"), fhc: f("fhc"), zac: f("zac"), fac: f("fac"), zts: f("zts"), fts: f("fts"), zss: f("zss"), fss: f("fss"),
    zhfa: f("zhfa"), fhfa: f("fhfa"), zwfa: f("zwfa"), fwfa: f("fwfa"), zbfa: f("zbfa"), fbfa: f("fbfa"),
    cage_days: f("cage_days"), corrected: f("corrected"),
    igp_zwei: f("igp_zwei"), igp_zlen: f("igp_zlen"), igp_zhc: f("igp_zhc"),
    reasons: f("reasons"),
  };
}

const FIELD_BY_NAME: Readonly<Record<OutputFieldName, OutputFieldSpec>> = /* @__PURE__ */ fieldsByName();

function fieldsByName(): Record<OutputFieldName, OutputFieldSpec> {
  const byName = {} as Record<OutputFieldName, OutputFieldSpec>;
  for (const f of FIELDS) byName[f.name] = f;
  return byName;
}

/** Fresh output columns of length `n`. @internal */
export function allocateOutput(n: number): KernelOutput {
  return outputOf((field) => new ARRAY_TYPES[field.array](n));
}

/** Output columns of length `n`, each on a SharedArrayBuffer of its own. @internal */
export function allocateSharedOutput(n: number): KernelOutput {
  return outputOf((field) => {
    const type = ARRAY_TYPES[field.array] as { new (buffer: SharedArrayBuffer): OutputColumn; readonly BYTES_PER_ELEMENT: number };
    return new type(new SharedArrayBuffer(n * type.BYTES_PER_ELEMENT));
  });
}
