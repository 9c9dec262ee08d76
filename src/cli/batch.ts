/**
 * A batch of rows on their way to `scoreColumns`: the raw text of every
 * record (written out unchanged later) and the cells that are read, parsed
 * into typed columns. Allocated once and reused for every batch.
 */
import type { ScoreColumnsInput } from "../index.js";
import type { ColumnMap } from "./column-map.js";
import type { CsvReader } from "./csv-reader.js";
import { dataError } from "./errors.js";
import { parseIsoDate } from "./iso-date.js";
import { parseNumber } from "./parse-number.js";
import { TARGETS } from "./targets.js";

type NumberInput = "ageDays" | "ageMonths" | "weightKg" | "lenheiCm" | "headCm" | "muacCm" | "tricepsMm" | "subscapularMm";
type CodeInput = "sex" | "measure" | "oedema";

interface NumberSlot {
  readonly field: number;
  readonly input: NumberInput;
  readonly values: Float64Array;
}

interface CodeSlot {
  readonly field: number;
  readonly input: CodeInput;
  readonly values: string[];
}

export class Batch {
  /** Rows in the batch. */
  n = 0;
  /** Each row's record text, without its line break. */
  readonly raw: string[];
  /** Cells missing from each row (short rows are padded). */
  readonly missingCells: Int32Array;
  /** Blank lines skipped so far (in all batches). */
  blankLines = 0;
  /** Rows read so far (in all batches). */
  rowsRead = 0;

  private readonly numbers: NumberSlot[] = [];
  private readonly codes: CodeSlot[] = [];
  private readonly dob: number;
  private readonly visit: number;
  private readonly ageFromDates: Float64Array | undefined;
  private readonly width: number;

  constructor(
    readonly capacity: number,
    map: ColumnMap,
    private readonly decimalComma: boolean,
  ) {
    this.raw = new Array<string>(capacity).fill("");
    this.missingCells = new Int32Array(capacity);
    this.width = map.width;
    for (const t of TARGETS) {
      const field = map.index.get(t.name);
      if (field === undefined || t.input === undefined) continue;
      if (t.kind === "number") this.numbers.push({ field, input: t.input as NumberInput, values: new Float64Array(capacity) });
      else if (t.kind === "code") this.codes.push({ field, input: t.input as CodeInput, values: new Array<string>(capacity).fill("") });
    }
    this.dob = map.useDates ? map.index.get("dob")! : -1;
    this.visit = map.useDates ? map.index.get("visit_date")! : -1;
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
    const text = r.text;
    const dc = this.decimalComma;
    this.raw[i] = text.slice(start, end);
    this.missingCells[i] = this.width - count;
    for (const slot of this.numbers) slot.values[i] = slot.field < count ? numberCell(r, slot.field, dc) : Number.NaN;
    for (const slot of this.codes) slot.values[i] = slot.field < count ? r.cell(slot.field).trim() : "";
    if (this.ageFromDates !== undefined) {
      const born = this.dob < count ? dateCell(r, this.dob) : Number.NaN;
      const seen = this.visit < count ? dateCell(r, this.visit) : Number.NaN;
      // −Infinity (an invalid date) stays invalid; NaN (a blank date) stays missing.
      this.ageFromDates[i] = born === -Infinity || seen === -Infinity ? -Infinity : seen - born;
    }
    this.n = i + 1;
    return this.n < this.capacity;
  }

  /** The batch's columns for `scoreColumns` (views of the reused arrays). */
  columns(): ScoreColumnsInput {
    const n = this.n;
    const full = n === this.capacity;
    const cols: Record<string, unknown> = {};
    for (const slot of this.numbers) cols[slot.input] = full ? slot.values : slot.values.subarray(0, n);
    for (const slot of this.codes) cols[slot.input] = full ? slot.values : slot.values.slice(0, n);
    if (this.ageFromDates !== undefined) cols.ageDays = full ? this.ageFromDates : this.ageFromDates.subarray(0, n);
    return cols as unknown as ScoreColumnsInput;
  }

  /** Empties the batch for reuse. */
  clear(): void {
    this.n = 0;
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
