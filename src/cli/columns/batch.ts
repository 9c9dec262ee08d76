/**
 * A batch of rows read from the CSV: the raw text of every record (for
 * `score`, which writes it out unchanged) and the cells that are read,
 * parsed into typed columns, each cell counted in its column's tally.
 * Allocated once and reused for every batch (a batch whose dates wait for
 * the order of day and month is set aside, see `read-batches.ts`).
 */
import { INVALID_CODE, measureCode, oedemaCode, sexCode } from "../../record/codes.js";
import { isMissingText } from "../../record/missing.js";
import type { ScoreColumnsInput } from "../../index.js";
import type { ColumnMap } from "./column-map.js";
import type { CsvReader } from "../csv/reader.js";
import { dataError } from "../io/errors.js";
import { DATE_MISSING, DATE_PENDING, DATE_READ, DATE_REASONS, dateCode, type DateColumnReader } from "../csv/date.js";
import { INVALID, parseNumber } from "../csv/number.js";
import { CellTally } from "./cell-tally.js";
import { TARGETS } from "./targets.js";

interface NumberSlot {
  readonly field: number;
  readonly name: string;
  readonly input: string | undefined;
  readonly values: Float64Array;
  readonly tally: CellTally;
}

interface TextSlot {
  readonly field: number;
  readonly name: string;
  readonly input: string | undefined;
  readonly values: string[];
  /** For a code column: the code of a cell (255 for one tumbuh does not know) and the column's tally. */
  readonly code: ((v: unknown) => number) | undefined;
  readonly tally: CellTally | undefined;
  /** What each cell text seen is (a code column has few): 0 missing, 1 a code, 2 not a code. */
  readonly seen: Map<string, number>;
}

/** The distinct cell texts a code column remembers. */
const SEEN_LIMIT = 256;

/** The date columns of a batch: day numbers, reading codes, and the text of the values waiting for the column's order. */
interface DateSlot {
  readonly field: number;
  readonly reader: DateColumnReader;
  readonly days: Float64Array;
  readonly codes: Uint8Array;
  readonly pending: string[];
  readonly tally: CellTally;
}

const CODE_OF: Readonly<Record<string, (v: unknown) => number>> = { sex: sexCode, measure: measureCode, oedema: oedemaCode };

/** How the batch reads the file. */
export interface BatchLayout {
  /** Keep each record's text (to write it out again). */
  readonly keepRaw: boolean;
  /** Further columns by header index (`--by`, `--id`, `--weights`, …). */
  readonly named: readonly { readonly field: number; readonly kind: "text" | "number" }[];
}

/** How the cells are read: the decimal comma, the date columns' readers, and the tallies of every column read. */
export interface CellReading {
  /** A comma may be the decimal mark. */
  readonly decimalComma: boolean;
  /** The readers of the dates of birth and visit, when the dates are read (the visit date alone for a register's last visit, `--id`). */
  readonly dates: { readonly dob: DateColumnReader | undefined; readonly visit: DateColumnReader } | undefined;
  /** The tally of each column read, by target name (shared by every batch of the run). */
  readonly tallies: ReadonlyMap<string, CellTally>;
}

/** The tallies of the columns of `map`, by target name (every column read but free text). */
export function cellTallies(map: ColumnMap): Map<string, CellTally> {
  const out = new Map<string, CellTally>();
  for (const c of map.read) {
    const kind = TARGETS.find((t) => t.name === c.target)?.kind;
    if (kind === "number" || kind === "date") out.set(c.target, new CellTally(c, kind));
    else if (kind === "code" && Object.prototype.hasOwnProperty.call(CODE_OF, c.target)) out.set(c.target, new CellTally(c, "code"));
  }
  return out;
}

export class Batch {
  /** Rows in the batch. */
  n = 0;
  /** Each row's record text, without its line break (empty unless the layout keeps it). */
  readonly raw: string[];
  /** Cells missing from each row (short rows are padded). */
  readonly missingCells: Int32Array;
  /** The number of data rows before this batch's first (its rows are data rows firstRow + 1, …). */
  firstRow = 0;
  /** Number cells with a decimal comma, and with a decimal point, in this batch (while {@link countMarks}). */
  commaNumbers = 0;
  pointNumbers = 0;
  /** Count the decimal marks of the number cells (until the output's decimal style is decided). */
  countMarks = false;
  /** Write numbers with a decimal comma (decided once for the run, see `read-batches.ts`). */
  writeComma = false;

  private readonly numbers: NumberSlot[] = [];
  private readonly texts: TextSlot[] = [];
  private readonly namedSlots: { readonly field: number; readonly values: Float64Array | string[] }[] = [];
  /** The dates of birth and visit when they give the age, or the visit date alone. */
  private readonly dateSlots: readonly DateSlot[] | undefined;
  private readonly useDates: boolean;
  private readonly ageFromDates: Float64Array | undefined;
  private readonly ageCode: Uint8Array | undefined;
  private pendingDates = 0;
  private readonly width: number;
  private readonly keepRaw: boolean;
  private readonly decimalComma: boolean;

  constructor(
    readonly capacity: number,
    map: ColumnMap,
    reading: CellReading,
    layout: BatchLayout = { keepRaw: true, named: [] },
  ) {
    this.keepRaw = layout.keepRaw;
    this.decimalComma = reading.decimalComma;
    this.raw = new Array<string>(layout.keepRaw ? capacity : 0).fill("");
    this.missingCells = new Int32Array(capacity);
    this.width = map.width;
    const tally = (name: string) => reading.tallies.get(name);
    for (const t of TARGETS) {
      const field = map.index.get(t.name);
      if (field === undefined || t.kind === "date") continue;
      if (t.kind === "number") this.numbers.push({ field, name: t.name, input: t.input, values: new Float64Array(capacity), tally: tally(t.name)! });
      else {
        const code = Object.prototype.hasOwnProperty.call(CODE_OF, t.name) ? CODE_OF[t.name] : undefined;
        this.texts.push({ field, name: t.name, input: t.input, values: new Array<string>(capacity).fill(""), code, tally: tally(t.name), seen: new Map() });
      }
    }
    // an optional named column the file lacks has field −1: its cells are blank
    for (const c of layout.named) {
      this.namedSlots.push({ field: c.field, values: c.kind === "number" ? new Float64Array(capacity) : new Array<string>(capacity).fill("") });
    }
    const dates = reading.dates;
    this.useDates = map.useDates && dates?.dob !== undefined;
    const dateSlot = (target: string, reader: DateColumnReader): DateSlot => ({
      field: map.index.get(target)!,
      reader,
      days: new Float64Array(capacity),
      codes: new Uint8Array(capacity),
      pending: new Array<string>(capacity).fill(""),
      tally: tally(target)!,
    });
    this.dateSlots = dates === undefined ? undefined : this.useDates ? [dateSlot("dob", dates.dob!), dateSlot("visit_date", dates.visit)] : [dateSlot("visit_date", dates.visit)];
    this.ageFromDates = this.useDates ? new Float64Array(capacity) : undefined;
    this.ageCode = this.useDates ? new Uint8Array(capacity) : undefined;
  }

  /**
   * Adds the reader's current record (`text[start, end)`), not a blank
   * line. Returns false when the batch is full.
   * @throws CliError (exit 1) for a row with more cells than the header; (exit 2) for dates that show both orders of day and month
   */
  add(r: CsvReader, start: number, end: number): boolean {
    const count = r.count;
    if (count > this.width) {
      throw dataError(`line ${r.recordLine}: ${count} cells, but the header has ${this.width}; a row may not have more cells than the header (an unquoted delimiter inside a value?)`);
    }
    const i = this.n;
    if (this.keepRaw) this.raw[i] = r.text.slice(start, end);
    this.missingCells[i] = this.width - count;
    for (const slot of this.numbers) {
      if (slot.field >= count) {
        slot.values[i] = Number.NaN;
        continue;
      }
      const v = this.numberCell(r, slot.field);
      slot.values[i] = v;
      if (v !== v) continue; // missing
      slot.tally.present++;
      if (v === INVALID) slot.tally.addBad(r.cell(slot.field));
    }
    for (const slot of this.texts) {
      const cell = slot.field < count ? r.cell(slot.field).trim() : "";
      slot.values[i] = cell;
      if (slot.tally === undefined) continue;
      let state = slot.seen.get(cell);
      if (state === undefined) {
        state = isMissingText(cell) ? 0 : slot.code!(cell) === INVALID_CODE ? 2 : 1;
        // (a copy: the cell is cut from a large chunk of the input)
        if (slot.seen.size < SEEN_LIMIT) slot.seen.set(Buffer.from(cell, "utf8").toString("utf8"), state);
      }
      if (state === 0) continue;
      slot.tally.present++;
      if (state === 2) slot.tally.addBad(cell);
    }
    for (const slot of this.namedSlots) {
      const has = slot.field >= 0 && slot.field < count;
      if (slot.values instanceof Float64Array) slot.values[i] = has ? this.numberCell(r, slot.field) : Number.NaN;
      else slot.values[i] = has ? r.cell(slot.field).trim() : "";
    }
    if (this.dateSlots !== undefined) {
      for (const slot of this.dateSlots) {
        const reader = slot.reader;
        if (slot.field >= count) {
          slot.days[i] = Number.NaN;
          slot.codes[i] = DATE_MISSING;
          continue;
        }
        const q = r.quoted[slot.field];
        if (q === 0) reader.read(r.text, r.starts[slot.field]!, r.ends[slot.field]!);
        else {
          const cell = r.cell(slot.field);
          reader.read(cell, 0, cell.length);
        }
        slot.days[i] = reader.days;
        slot.codes[i] = reader.code;
        if (reader.code === DATE_PENDING) {
          slot.pending[i] = reader.text;
          this.pendingDates++;
        } else this.count(slot, reader.code, reader.text);
      }
    }
    this.n = i + 1;
    return this.n < this.capacity;
  }

  /**
   * Reads the dates that waited for their column's order, where it is now
   * known, and then computes the ages from the dates. Returns false while
   * some date still waits (call again once the order is known).
   * @throws CliError (exit 2) for dates that show both orders of day and month
   */
  completeDates(): boolean {
    const slots = this.dateSlots;
    if (slots === undefined) return true;
    if (this.pendingDates > 0) {
      for (const slot of slots) {
        if (slot.reader.order === undefined) continue;
        for (let i = 0; i < this.n; i++) {
          if (slot.codes[i] !== DATE_PENDING) continue;
          slot.reader.readText(slot.pending[i]!);
          slot.days[i] = slot.reader.days;
          slot.codes[i] = slot.reader.code;
          this.count(slot, slot.reader.code, slot.pending[i]!);
          slot.pending[i] = "";
          this.pendingDates--;
        }
      }
      if (this.pendingDates > 0) return false;
    }
    if (!this.useDates) return true;
    const [dob, visit] = slots as readonly [DateSlot, DateSlot];
    const age = this.ageFromDates!;
    const ageCode = this.ageCode!;
    for (let i = 0; i < this.n; i++) {
      const born = dob.codes[i]!;
      const seen = visit.codes[i]!;
      // a date that cannot be used says why, before a date that is missing
      const code = born > DATE_MISSING ? born : seen > DATE_MISSING ? seen : born !== DATE_READ ? born : seen;
      if (code !== DATE_READ) {
        ageCode[i] = code;
        // NaN (a blank date) stays missing; a date that cannot be used makes the age invalid
        age[i] = code === DATE_MISSING ? Number.NaN : -Infinity;
      } else if (visit.days[i]! < dob.days[i]!) {
        ageCode[i] = VISIT_BEFORE_BIRTH;
        age[i] = -Infinity;
      } else {
        ageCode[i] = DATE_READ;
        age[i] = visit.days[i]! - dob.days[i]!;
      }
    }
    return true;
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

  /** Day numbers of the dates of birth and visit (NaN missing, −Infinity a date that cannot be used), when the dates are read. */
  dates(): { readonly dob: Float64Array; readonly visit: Float64Array } | undefined {
    if (this.dateSlots === undefined || !this.useDates) return undefined;
    const [dob, visit] = this.dateSlots as readonly [DateSlot, DateSlot];
    return { dob: this.daysOf(dob), visit: this.daysOf(visit) };
  }

  /** Day numbers of the visit dates (NaN missing, −Infinity a date that cannot be used), when the visit date is read. */
  visitDays(): Float64Array | undefined {
    return this.dateSlots === undefined ? undefined : this.daysOf(this.dateSlots[this.dateSlots.length - 1]!);
  }

  /** A date column's day numbers, −Infinity where the date cannot be used. */
  private daysOf(slot: DateSlot): Float64Array {
    for (let i = 0; i < this.n; i++) if (slot.codes[i]! > DATE_MISSING) slot.days[i] = -Infinity;
    return this.view(slot.days);
  }

  /**
   * Why each row's age from the dates is NA: 0 when the age was computed,
   * else the code of a `DATE_REASONS` entry (`date-missing`,
   * `date-impossible`, …, `visit-before-birth`); undefined when the age does
   * not come from the dates.
   */
  ageReasons(): Uint8Array | undefined {
    return this.ageCode === undefined ? undefined : this.ageCode.subarray(0, this.n);
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
    this.commaNumbers = 0;
    this.pointNumbers = 0;
  }

  /** Counts a date read in its column's tally. */
  private count(slot: DateSlot, code: number, text: string): void {
    if (code === DATE_MISSING) return;
    slot.tally.present++;
    if (code !== DATE_READ) slot.tally.addBad(text, DATE_REASONS[code - 1]);
  }

  private numberCell(r: CsvReader, k: number): number {
    const q = r.quoted[k]!;
    const dc = this.decimalComma;
    let s = r.text;
    let start = r.starts[k]!;
    let end = r.ends[k]!;
    if (q === 1) {
      start++;
      end--;
    } else if (q === 2) {
      s = r.cell(k);
      start = 0;
      end = s.length;
    }
    if (this.countMarks) {
      const mark = decimalMark(s, start, end);
      if (mark === 44) this.commaNumbers++;
      else if (mark === 46) this.pointNumbers++;
    }
    return parseNumber(s, start, end, dc);
  }

  private view(values: Float64Array): Float64Array {
    return this.n === this.capacity ? values : values.subarray(0, this.n);
  }

  private list(values: string[]): string[] {
    return this.n === this.capacity ? values : values.slice(0, this.n);
  }
}

const VISIT_BEFORE_BIRTH = dateCode("visit-before-birth");

/** The decimal mark of a number cell: 44 (a comma), 46 (a point), or 0 (none, or not a number with one). */
function decimalMark(s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 46) return i > start && i < end - 1 && isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1)) ? c : 0;
  }
  return 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
