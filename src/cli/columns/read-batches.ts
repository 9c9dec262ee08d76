/**
 * The input side every command shares: decodes the input (UTF-8, BOM),
 * finds the delimiter, reads the header, maps the columns, and hands the
 * rows on in batches of typed columns, waiting for each batch to be dealt
 * with before reading on — so memory stays flat for any file size.
 */
import { Batch } from "./batch.js";
import { mapColumns, type ColumnMap, type ColumnNeeds } from "./column-map.js";
import type { Run } from "../io/command-io.js";
import { CsvReader } from "../csv/reader.js";
import { detectDelimiter } from "../csv/delimiter.js";
import { dataError } from "../io/errors.js";
import type { InputArgs } from "../options/input.js";
import { findNamedColumns, type NamedColumn } from "./named-columns.js";

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
  /** Each batch of rows (never empty); the batch is reused afterwards. */
  batch(batch: Batch): Promise<void> | void;
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
}

/**
 * Reads the whole input through `sink`.
 * @throws CliError for invalid UTF-8, malformed CSV, an empty input or a missing column; whatever the sink throws
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
  let blankBeforeHeader = 0;
  let batch: Batch | undefined;
  let pendingHeader: HeaderInfo | undefined;

  const startReader = (delimiter: string) => {
    reader = new CsvReader(delimiter, (r, start, end) => {
      if (batch !== undefined) return batch.add(r, start, end);
      if (r.count === 1 && start === end) {
        blankBeforeHeader++; // blank lines before the header
        return true;
      }
      const cells = Array.from({ length: r.count }, (_, k) => r.cell(k));
      const map = mapColumns(cells, args.columns, plan.needs);
      for (const w of map.warnings) warn(w);
      const named = plan.named ?? [];
      const fields = findNamedColumns(cells, named);
      batch = new Batch(plan.batchSize, map, delimiter === ";", {
        keepRaw: plan.keepRaw,
        named: named.map((c, k) => ({ field: fields[k]!, kind: c.kind })),
      });
      pendingHeader = { delimiter, eol: r.terminator === 13 ? "\r\n" : "\n", bom, rawHeader: r.text.slice(start, end), cells, map, namedFields: fields };
      return true;
    });
  };

  const flush = async () => {
    if (batch === undefined) return;
    if (pendingHeader !== undefined) {
      const info = pendingHeader;
      pendingHeader = undefined;
      await sink.header(info);
    }
    if (batch.n > 0) {
      await sink.batch(batch);
      batch.clear();
    }
    progress?.update(batch.rowsRead, bytes);
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
    while (!reader!.scan(final)) await flush();
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
  await flush();
  const blank = blankBeforeHeader + (batch as Batch).blankLines;
  if (blank > 0) warn(`skipped ${blank} blank line(s)`);
  return { rows: (batch as Batch).rowsRead };
}

function decodeChunk(decoder: TextDecoder, chunk: Uint8Array | undefined, bytes: number, name: string): string {
  try {
    return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
  } catch {
    throw dataError(`${name} is not valid UTF-8 (within the first ${bytes} bytes); save it as UTF-8 (in Excel: "CSV UTF-8")`);
  }
}
