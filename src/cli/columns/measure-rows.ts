/**
 * A batch's measurements as typed columns: codes as bytes (`sexCode`,
 * `measureCode`, `oedemaCode`), numbers and date day numbers as floats,
 * and the named columns (`--by`, the design) — what `prevalence` and
 * `quality` analyse, one batch at a time, and what a register keeps of a
 * child's chosen visit (`register-rows.ts`). Read into buffers reused
 * from batch to batch: nothing is kept.
 */
import { measureCode, oedemaCode, sexCode } from "../../index.js";
import type { Batch } from "./batch.js";
import type { ColumnMap } from "./column-map.js";

/** The number columns, by the batch's target name and the field they fill. */
export const MEASURE_NUMBERS = [
  ["age_months", "ageMonths"],
  ["weight", "weightKg"],
  ["lenhei", "lenheiCm"],
  ["ga_days", "gaDays"],
  ["ga_weeks", "gaWeeks"],
  ["birth_weight", "birthWeightKg"],
] as const;

/** Number fields that are not measurements to score (the newborn indicators read them). */
const NOT_SCORED: readonly string[] = ["birthWeightKg"];

/** The code columns, by target name, field, and how a cell becomes a code. */
export const MEASURE_CODES = [
  ["measure", "measure", measureCode],
  ["oedema", "oedema", oedemaCode],
] as const;

type NumberField = (typeof MEASURE_NUMBERS)[number][1];
type CodeField = (typeof MEASURE_CODES)[number][1];

/** Rows of measurements: `n` of them, every column as long. */
export type MeasureRows = {
  readonly n: number;
  /** 1 male, 2 female, 0 missing, 255 invalid. */
  readonly sex: Uint8Array;
  /** Age in days: the age_days column, or visit − dob when the dates give the age (NaN missing, −Infinity invalid). */
  readonly ageDays: Float64Array | undefined;
  /** Day numbers of the dates of birth and visit, when the file's dates give the age. */
  readonly dob: Float64Array | undefined;
  readonly visit: Float64Array | undefined;
  /** The named columns, in the read plan's order: numbers, or trimmed text. */
  readonly named: readonly (Float64Array | readonly string[])[];
} & { readonly [F in NumberField]: Float64Array | undefined } & { readonly [F in CodeField]: Uint8Array | undefined };

/** Which columns a file has, from its column map. */
export interface MeasureLayout {
  readonly ageDays: boolean;
  readonly dates: boolean;
  readonly numbers: readonly NumberField[];
  readonly codes: readonly CodeField[];
}

/** The measurement columns of a file. */
export function measureLayout(map: ColumnMap): MeasureLayout {
  return {
    ageDays: map.useDates || map.index.has("age_days"),
    dates: map.useDates,
    numbers: MEASURE_NUMBERS.filter(([t]) => map.index.has(t)).map(([, f]) => f),
    codes: MEASURE_CODES.filter(([t]) => map.index.has(t)).map(([, f]) => f),
  };
}

/** Reads batches into {@link MeasureRows} (the codes into reused buffers). */
export class MeasureReader {
  private sex = new Uint8Array(0);
  private readonly codes = new Map<CodeField, Uint8Array>();

  /** @param kinds - the named columns' kinds, in the read plan's order */
  constructor(
    readonly layout: MeasureLayout,
    private readonly kinds: readonly ("text" | "number")[],
  ) {}

  /** No rows (for a file with a header only). */
  empty(): MeasureRows {
    const none = new Float64Array(0);
    const out: Record<string, unknown> = {
      n: 0,
      sex: new Uint8Array(0),
      ageDays: this.layout.ageDays ? none : undefined,
      dob: this.layout.dates ? none : undefined,
      visit: this.layout.dates ? none : undefined,
      named: this.kinds.map((k) => (k === "number" ? none : [])),
    };
    for (const [, field] of MEASURE_NUMBERS) out[field] = this.layout.numbers.includes(field) ? none : undefined;
    for (const [, field] of MEASURE_CODES) out[field] = this.layout.codes.includes(field) ? new Uint8Array(0) : undefined;
    return out as MeasureRows;
  }

  /** The batch's rows (views valid until the next batch). */
  read(batch: Batch): MeasureRows {
    const n = batch.n;
    if (this.sex.length < n) {
      this.sex = new Uint8Array(batch.capacity);
      for (const f of this.layout.codes) this.codes.set(f, new Uint8Array(batch.capacity));
    }
    const sex = this.sex.subarray(0, n);
    const sexCells = batch.text("sex")!;
    for (let i = 0; i < n; i++) sex[i] = sexCode(sexCells[i]);
    const cols = batch.columns() as unknown as Record<string, Float64Array | undefined>;
    const out: Record<string, unknown> = { n, sex, ageDays: this.layout.ageDays ? cols.ageDays : undefined, named: namedViews(batch) };
    for (const [target, field] of MEASURE_NUMBERS) out[field] = this.layout.numbers.includes(field) ? batch.number(target) : undefined;
    for (const [target, field, code] of MEASURE_CODES) {
      if (!this.layout.codes.includes(field)) {
        out[field] = undefined;
        continue;
      }
      const into = this.codes.get(field)!.subarray(0, n);
      const cells = batch.text(target)!;
      for (let i = 0; i < n; i++) into[i] = code(cells[i]);
      out[field] = into;
    }
    const dates = batch.dates();
    out.dob = dates?.dob;
    out.visit = dates?.visit;
    return out as MeasureRows;
  }
}

/** The batch's named columns, each cut to its rows. */
export function namedViews(batch: Batch): (Float64Array | readonly string[])[] {
  const out: (Float64Array | readonly string[])[] = [];
  for (let k = 0; k < batch.namedCount; k++) {
    const c = batch.named(k);
    out.push(c.length === batch.n ? c : c instanceof Float64Array ? c.subarray(0, batch.n) : c.slice(0, batch.n));
  }
  return out;
}

/** The columns `scoreColumns` takes, from rows of measurements. */
export function scoreInput(rows: MeasureRows): Record<string, Uint8Array | Float64Array> {
  const input: Record<string, Uint8Array | Float64Array> = { sex: rows.sex };
  if (rows.ageDays !== undefined) input.ageDays = rows.ageDays;
  for (const [, field] of MEASURE_NUMBERS) if (rows[field] !== undefined && !NOT_SCORED.includes(field)) input[field] = rows[field]!;
  for (const [, field] of MEASURE_CODES) if (rows[field] !== undefined) input[field] = rows[field]!;
  return input;
}

/** The rows `at[0..m)` of `rows` (copies: valid after the batch is gone). */
export function pickRows(rows: MeasureRows, at: Int32Array, m: number): MeasureRows {
  const floats = (c: Float64Array | undefined) => (c === undefined ? undefined : Float64Array.from({ length: m }, (_, j) => c[at[j]!]!));
  const bytes = (c: Uint8Array | undefined) => (c === undefined ? undefined : Uint8Array.from({ length: m }, (_, j) => c[at[j]!]!));
  const out: Record<string, unknown> = {
    n: m,
    sex: bytes(rows.sex),
    ageDays: floats(rows.ageDays),
    dob: floats(rows.dob),
    visit: floats(rows.visit),
    named: rows.named.map((c) => (c instanceof Float64Array ? floats(c) : Array.from({ length: m }, (_, j) => c[at[j]!]!))),
  };
  for (const [, field] of MEASURE_NUMBERS) out[field] = floats(rows[field]);
  for (const [, field] of MEASURE_CODES) out[field] = bytes(rows[field]);
  return out as MeasureRows;
}
