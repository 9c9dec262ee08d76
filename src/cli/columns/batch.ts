/**
 * A batch of rows read from the CSV: the raw text of every record (for
 * `score`, which writes it out unchanged) and the cells that are read,
 * parsed into typed columns. Allocated once and reused for every batch.
 */
import type { ScoreColumnsInput } from "../../index.js";
import type { ColumnMap } from "./column-map.js";
import type { CsvReader } from "../csv/reader.js";
import { dataError } from "../io/errors.js";
import { parseIsoDate } from "../csv/date.js";
import { parseNumber } from "../csv/number.js";
import { TARGETS } from "./targets.js";

interface NumberSlot {
  readonly field: number;
  readonly name: string;
  readonly input: string | undefined;
  readonly values: Float64Array;
}

interface TextSlot {
  readonly field: number;
  readonly name: string;
  readonly input: string | undefined;
  readonly values: string[];
}

/** How the batch reads the file. */
export interface BatchLayout {
  /** Keep each record's text (to write it out again). */
  readonly keepRaw: boolean;
  /** Further columns by header index (`--by`, `--id`, `--weights`, …). */
  readonly named: readonly { readonly field: number; readonly kind: "text" | "number" }[];
}

export class Batch {
  /** Rows in the batch. */
  n = 0;
  /** Each row's record text, without its line break (empty unless the layout keeps it). */
  readonly raw: string[];
  /** Cells missing from each row (short rows are padded). */
  readonly missingCells: Int32Array;
  /** Blank lines skipped so far (in all batches). */
  blankLines = 0;
  /** Rows read so far (in all batches). */
  rowsRead = 0;

  private readonly numbers: NumberSlot[] = [];
  private readonly texts: TextSlot[] = [];
  private readonly namedSlots: { readonly field: number; readonly values: Float64Array | string[] }[] = [];
  private readonly dob: number;
  private readonly visit: number;
  private readonly dobDays: Float64Array | undefined;
  private readonly visitDayValues: Float64Array | undefined;
  private readonly ageFromDates: Float64Array | undefined;
  private readonly width: number;
  private readonly keepRaw: boolean;

  constructor(
    readonly capacity: number,
    map: ColumnMap,
    private readonly decimalComma: boolean,
    layout: BatchLayout = { keepRaw: true, named: [] },
  ) {
    this.keepRaw = layout.keepRaw;
    this.raw = new Array<string>(layout.keepRaw ? capacity : 0).fill("");
    this.missingCells = new Int32Array(capacity);
    this.width = map.width;
    for (const t of TARGETS) {
      const field = map.index.get(t.name);
      if (field === undefined || t.kind === "date") continue;
      if (t.kind === "number") this.numbers.push({ field, name: t.name, input: t.input, values: new Float64Array(capacity) });
      else this.texts.push({ field, name: t.name, input: t.input, values: new Array<string>(capacity).fill("") });
    }
    for (const c of layout.named) {
      this.namedSlots.push({ field: c.field, values: c.kind === "number" ? new Float64Array(capacity) : new Array<string>(capacity).fill("") });
    }
    this.dob = map.useDates ? map.index.get("dob")! : -1;
    this.visit = map.index.get("visit_date") ?? -1;
    this.dobDays = map.useDates ? new Float64Array(capacity) : undefined;
    this.visitDayValues = this.visit >= 0 ? new Float64Array(capacity) : undefined;
    this.ageFromDates = map.useDates ? new Float64Array(capacity) : undefined;
  }

  /**
   * Adds the reader's current record (`text[start, end)`). Returns false
   * when the batch is full. Blank lines are skipped.
   * @throws CliError (exit 1) for a row with more cells than the header
   */
  add(r: CsvReader, start: number, end: number): boolean {
    const count = r.count;
    if (count === 1 && start === end) {
      this.blankLines++;
      return true;
    }
    this.rowsRead++;
    if (count > this.width) {
      throw dataError(`line ${r.recordLine}: ${count} cells, but the header has ${this.width}; a row may not have more cells than the header (an unquoted delimiter inside a value?)`);
    }
    const i = this.n;
    const dc = this.decimalComma;
    if (this.keepRaw) this.raw[i] = r.text.slice(start, end);
    this.missingCells[i] = this.width - count;
    for (const slot of this.numbers) slot.values[i] = slot.field < count ? numberCell(r, slot.field, dc) : Number.NaN;
    for (const slot of this.texts) slot.values[i] = slot.field < count ? r.cell(slot.field).trim() : "";
    for (const slot of this.namedSlots) {
      const has = slot.field >= 0 && slot.field < count; // an optional column the file lacks has field −1
      if (slot.values instanceof Float64Array) slot.values[i] = has ? numberCell(r, slot.field, dc) : Number.NaN;
      else slot.values[i] = has ? r.cell(slot.field).trim() : "";
    }
    const seen = this.visitDayValues === undefined ? Number.NaN : this.visit < count ? dateCell(r, this.visit) : Number.NaN;
    if (this.visitDayValues !== undefined) this.visitDayValues[i] = seen;
    if (this.ageFromDates !== undefined) {
      const born = this.dob < count ? dateCell(r, this.dob) : Number.NaN;
      this.dobDays![i] = born;
      // −Infinity (an invalid date) stays invalid; NaN (a blank date) stays missing.
      this.ageFromDates[i] = born === -Infinity || seen === -Infinity ? -Infinity : seen - born;
    }
    this.n = i + 1;
    return this.n < this.capacity;
  }

  /** The batch's columns for `scoreColumns` (views of the reused arrays). */
  columns(): ScoreColumnsInput {
    const cols: Record<string, unknown> = {};
    for (const slot of this.numbers) if (slot.input !== undefined) cols[slot.input] = this.view(slot.values);
    for (const slot of this.texts) if (slot.input !== undefined) cols[slot.input] = this.list(slot.values);
    if (this.ageFromDates !== undefined) cols.ageDays = this.view(this.ageFromDates);
    return cols as unknown as ScoreColumnsInput;
  }

  /** A number column by target name (`weight`, `age_days`, …): NaN missing, −Infinity invalid; undefined when the file lacks it. */
  number(target: string): Float64Array | undefined {
    const slot = this.numbers.find((s) => s.name === target);
    return slot === undefined ? undefined : this.view(slot.values);
  }

  /** A code or text column by target name (`sex`, `kia_book`, …), cells trimmed; undefined when the file lacks it. */
  text(target: string): readonly string[] | undefined {
    const slot = this.texts.find((s) => s.name === target);
    return slot === undefined ? undefined : this.list(slot.values);
  }

  /** Day numbers of the dates of birth and visit (NaN missing, −Infinity invalid), when the dates give the age. */
  dates(): { readonly dob: Float64Array; readonly visit: Float64Array } | undefined {
    if (this.dobDays === undefined) return undefined;
    return { dob: this.view(this.dobDays), visit: this.view(this.visitDayValues!) };
  }

  /** Day numbers of the visit dates (NaN missing, −Infinity invalid), when the visit date is read. */
  visitDays(): Float64Array | undefined {
    return this.visitDayValues === undefined ? undefined : this.view(this.visitDayValues);
  }

  /** Named column `k` (in the layout's order): trimmed cells for text, numbers otherwise. The arrays are reused: read the first `n`. */
  named(k: number): Float64Array | readonly string[] {
    return this.namedSlots[k]!.values;
  }

  /** The number of named columns. */
  get namedCount(): number {
    return this.namedSlots.length;
  }

  /** Empties the batch for reuse. */
  clear(): void {
    this.n = 0;
  }

  private view(values: Float64Array): Float64Array {
    return this.n === this.capacity ? values : values.subarray(0, this.n);
  }

  private list(values: string[]): string[] {
    return this.n === this.capacity ? values : values.slice(0, this.n);
  }
}

function numberCell(r: CsvReader, k: number, decimalComma: boolean): number {
  const q = r.quoted[k]!;
  if (q === 0) return parseNumber(r.text, r.starts[k]!, r.ends[k]!, decimalComma);
  if (q === 1) return parseNumber(r.text, r.starts[k]! + 1, r.ends[k]! - 1, decimalComma);
  const cell = r.cell(k);
  return parseNumber(cell, 0, cell.length, decimalComma);
}

function dateCell(r: CsvReader, k: number): number {
  const cell = r.quoted[k] === 0 ? undefined : r.cell(k);
  return cell === undefined ? parseIsoDate(r.text, r.starts[k]!, r.ends[k]!) : parseIsoDate(cell, 0, cell.length);
}
