/**
 * The input side every command shares: decodes the input (UTF-8, BOM),
 * finds the delimiter, reads the header, maps the columns, and hands the
 * rows on in batches of typed columns, waiting for each batch to be dealt
 * with before reading on — so memory stays flat for any file size. It also
 * counts what every column held and every row's notes, for what the run
 * says at its end (`ReadReport`).
 *
 * Dates with `--date-format auto`: a date column's order of day and month
 * is decided by the first value that shows it (a day above 12). Rows whose
 * dates fit both orders before that are held back, batch by batch, until
 * the order is known; then they go on in their place. A column that shows
 * no order takes that of the other date column. If neither column shows it
 * within {@link HOLD_ROWS} rows (or by the end of the input), the run stops
 * with a usage error naming `--date-format`. A later value showing the other
 * order is a usage error too. So at most {@link HOLD_ROWS} rows are held.
 */
import type { ScoreColumnsResult } from "../../index.js";
import { todayDays } from "../../dates/parse-date.js";
import { Batch, cellTallies } from "./batch.js";
import { BatchScorer } from "./batch-scorer.js";
import { mapColumns, type ColumnMap, type ColumnNeeds } from "./column-map.js";
import type { Run } from "../io/command-io.js";
import { CsvReader } from "../csv/reader.js";
import { DateColumnReader } from "../csv/date.js";
import { detectDelimiter } from "../csv/delimiter.js";
import { dataError, usageError } from "../io/errors.js";
import type { InputArgs } from "../options/input.js";
import { findNamedColumns, type NamedColumn } from "./named-columns.js";
import { ReadReport } from "./read-report.js";
import { absentColumnBits } from "./row-notes.js";

/** The most rows held back while the order of day and month of a date column is not known. */
export const HOLD_ROWS = 65_536;

/** The input's header and format. */
export interface HeaderInfo {
  readonly delimiter: string;
  /** The header record's line ending. */
  readonly eol: "\n" | "\r\n";
  /** The input started with a byte-order mark. */
  readonly bom: boolean;
  /** The header record's text, as it was. */
  readonly rawHeader: string;
  /** The header cells, unquoted. */
  readonly cells: readonly string[];
  readonly map: ColumnMap;
  /** The header index of each named column of the read plan (−1 for an optional one the header lacks). */
  readonly namedFields: readonly number[];
}

/** What a command does with the input. */
export interface BatchSink {
  /** Once, before the first batch (also when there are no rows). */
  header(info: HeaderInfo): Promise<void> | void;
  /**
   * Each batch of rows (never empty); the batch is reused afterwards. A sink
   * that scores the batch returns the scores (their reasons are counted);
   * otherwise the batch is scored for its reasons.
   */
  batch(batch: Batch): Promise<ScoreColumnsResult | void> | ScoreColumnsResult | void;
}

/** How the input is read. */
export interface ReadPlan {
  readonly args: InputArgs;
  readonly needs: ColumnNeeds;
  /** Further columns by header name, read into the batch's `named(k)`. */
  readonly named?: readonly NamedColumn[];
  /** Keep each record's text in the batch. */
  readonly keepRaw: boolean;
  readonly batchSize: number;
}

/** What was read. */
export interface ReadSummary {
  /** Data rows (blank lines not counted). */
  readonly rows: number;
  /** Numbers written for people (tables) take a decimal comma: `--decimal comma`, or `auto` on an input whose numbers have one. */
  readonly decimalComma: boolean;
}

/** Everything decided once the header is read. */
interface Reading {
  readonly info: HeaderInfo;
  readonly dates: readonly DateColumnReader[];
  readonly report: ReadReport;
  readonly make: () => Batch;
  /** The output's decimal style is decided from the first batches' numbers. */
  readonly countMarks: boolean;
}

/**
 * Reads the whole input through `sink`.
 * @throws CliError for invalid UTF-8, malformed CSV, an empty input or a missing column; (exit 2) for dates whose order of day and month cannot be told; whatever the sink throws
 */
export async function readBatches(run: Run, plan: ReadPlan, sink: BatchSink): Promise<ReadSummary> {
  const { input, progress, warn } = run;
  const { args } = plan;
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let bytes = 0;
  let bom = false;
  let first = true;
  let head = ""; // text before the delimiter is known
  let reader: CsvReader | undefined;
  let reading: Reading | undefined;
  let batch: Batch | undefined;
  /** Full batches not handed on yet: their dates wait for the order of day and month. */
  const queue: Batch[] = [];
  const free: Batch[] = [];
  let headerSent = false;
  let writeComma: boolean | undefined;
  let scorer: BatchScorer | undefined;
  let rowsRead = 0;
  let blankLines = 0;
  /** Takes an empty batch for the next rows. */
  const next = () => {
    const b = free.pop() ?? reading!.make();
    b.firstRow = rowsRead;
    return b;
  };

  const begin = (delimiter: string, r: CsvReader, start: number, end: number): Reading => {
    const cells = Array.from({ length: r.count }, (_, k) => r.cell(k));
    const map = mapColumns(cells, args.columns, plan.needs);
    for (const w of map.warnings) warn(w);
    if (map.guessed) run.note(run.messages.columnsRead(map.read));
    if (map.ignored.length > 0) run.note(run.messages.colNotRead(map.ignored));
    const named = plan.named ?? [];
    const fields = findNamedColumns(cells, named);
    const tallies = cellTallies(map);
    const today = todayDays();
    const dateReader = (target: string) => new DateColumnReader(args.dateFormat, today, tallies.get(target)!.column, run.messages);
    // the dates of birth and visit when they give the age; else the visit date alone when it is read (a register's last visit)
    const dates = map.useDates ? [dateReader("dob"), dateReader("visit_date")] : map.index.has("visit_date") ? [dateReader("visit_date")] : undefined;
    const decimalComma = args.decimal === "comma" || (args.decimal === "auto" && delimiter !== ",");
    const report = new ReadReport(tallies, dates ?? [], absentColumnBits(map), { messages: run.messages, quiet: run.quiet, strict: args.strict, decimalComma });
    run.end = () => report.end(run);
    const layout = { keepRaw: plan.keepRaw, named: named.map((c, k) => ({ field: fields[k]!, kind: c.kind })) };
    const countMarks = args.decimal === "auto" && decimalComma;
    const make = () => {
      const b = new Batch(plan.batchSize, map, { decimalComma, dates: dates === undefined ? undefined : { dob: map.useDates ? dates[0] : undefined, visit: dates[dates.length - 1]! }, tallies }, layout);
      b.countMarks = countMarks && writeComma === undefined;
      return b;
    };
    const info: HeaderInfo = { delimiter, eol: r.terminator === 13 ? "\r\n" : "\n", bom, rawHeader: r.text.slice(start, end), cells, map, namedFields: fields };
    return { info, dates: dates ?? [], report, make, countMarks };
  };

  const startReader = (delimiter: string) => {
    reader = new CsvReader(delimiter, (r, s, e) => {
      if (r.count === 1 && s === e) {
        blankLines++;
        return true;
      }
      if (batch !== undefined) {
        rowsRead++;
        return batch.add(r, s, e);
      }
      reading = begin(delimiter, r, s, e);
      batch = next();
      return true;
    });
  };

  /** Hands a batch whose dates are complete to the sink, and counts its notes. */
  const deliver = async (b: Batch) => {
    const { report, countMarks } = reading!;
    if (writeComma === undefined) {
      // the output's decimal style, from the numbers read so far (every batch read is still here)
      const all = [b, ...queue, batch!];
      const commas = all.reduce((n, x) => n + x.commaNumbers, 0);
      const points = all.reduce((n, x) => n + x.pointNumbers, 0);
      writeComma = args.decimal === "comma" || (countMarks && commas > points);
      for (const x of all) x.countMarks = false;
    }
    b.writeComma = writeComma;
    await sendHeader();
    const result = await sink.batch(b);
    const scores = result === undefined ? (scorer ??= new BatchScorer("who")).score(b) : result;
    report.add(scores.reasons, b.n, b.ageReasons(), b.missingCells);
    report.addFlags(scores, b);
    report.rows += b.n;
  };

  const sendHeader = async () => {
    if (headerSent) return;
    headerSent = true;
    await sink.header(reading!.info);
  };

  /** Hands on the batches whose dates are complete, in order; with `force`, decides the columns still waiting first. */
  const drain = async (force: boolean) => {
    if (force || queue.reduce((n, b) => n + b.n, 0) >= HOLD_ROWS) decideDates(queue.reduce((n, b) => n + b.n, 0), force);
    while (queue.length > 0 && queue[0]!.completeDates()) {
      const b = queue.shift()!;
      await deliver(b);
      b.clear();
      free.push(b);
    }
  };

  /** Gives every undecided date column an order: the other column's, or a usage error. */
  const decideDates = (held: number, atEnd: boolean) => {
    const dates = reading!.dates;
    for (const d of dates) for (const other of dates) if (other !== d && d.undecided) d.adopt(other);
    const stuck = dates.find((d) => d.undecided);
    if (stuck !== undefined) throw usageError(run.messages.datesAmbiguous(stuck.column, stuck.ambiguousExample!, atEnd ? undefined : held));
  };

  const flush = async (final: boolean) => {
    if (batch === undefined) return;
    if (batch.n > 0) {
      queue.push(batch);
      batch = next();
    }
    await drain(final);
    progress?.update(rowsRead, bytes);
  };

  const feed = async (text: string, final: boolean) => {
    if (reader === undefined) {
      head += text;
      const delimiter = args.delimiter ?? detectDelimiter(head, final);
      if (delimiter === undefined) return;
      startReader(delimiter);
      text = head;
      head = "";
    }
    reader!.push(text);
    while (!reader!.scan(final)) await flush(false);
  };

  for await (const chunk of input.chunks) {
    let text: string;
    if (typeof chunk === "string") {
      text = chunk;
      bytes += Buffer.byteLength(chunk);
    } else {
      bytes += chunk.length;
      text = decodeChunk(decoder, chunk, bytes, input.name);
    }
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) {
        bom = true;
        text = text.slice(1);
      }
    }
    await feed(text, false);
  }
  await feed(decodeChunk(decoder, undefined, bytes, input.name), true);
  if (batch === undefined) throw dataError(`${input.name}: no header row (the input is empty)`);
  await flush(true);
  await sendHeader();
  if (blankLines > 0) warn(`skipped ${blankLines} blank line(s)`);
  return { rows: rowsRead, decimalComma: writeComma ?? args.decimal === "comma" };
}

function decodeChunk(decoder: TextDecoder, chunk: Uint8Array | undefined, bytes: number, name: string): string {
  try {
    return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
  } catch {
    throw dataError(`${name} is not valid UTF-8 (within the first ${bytes} bytes); save it as UTF-8 (in Excel: "CSV UTF-8")`);
  }
}
