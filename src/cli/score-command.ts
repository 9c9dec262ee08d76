/**
 * `tumbuh score`: reads a CSV in batches, scores each batch with
 * `scoreColumns`, and writes it out before reading on, so memory stays flat
 * for any file size.
 */
import { scoreColumns, type ScoreColumnsOptions, type ScoreColumnsResult } from "../index.js";
import type { ScoreArgs } from "./args.js";
import { Batch } from "./batch.js";
import { mapColumns } from "./column-map.js";
import { CsvReader } from "./csv-reader.js";
import { CsvWriter } from "./csv-writer.js";
import { detectDelimiter } from "./delimiter.js";
import { dataError } from "./errors.js";
import { absentColumnBits, Notes } from "./notes.js";
import { openInput, type InputStream } from "./input.js";
import { openOutput, type OutputStream } from "./output.js";
import { NOTES_COLUMN, OUTPUT_FIELDS } from "./output-fields.js";
import { Progress } from "./progress.js";

/** The streams the command uses (the process's, or a test's). */
export interface CommandIo {
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream & { readonly isTTY?: boolean };
}

/** Internal knobs (for tests and benchmarks). */
export interface ScoreTuning {
  /** Rows per `scoreColumns` call. @defaultValue 8192 */
  readonly batchSize?: number;
}

export const DEFAULT_BATCH_SIZE = 8192;

interface Scoring {
  readonly batch: Batch;
  readonly writer: CsvWriter;
  pendingHeader: string | undefined;
}

/**
 * Runs `tumbuh score`.
 * @throws CliError for usage, file and data errors (the caller prints them)
 */
export async function runScore(args: ScoreArgs, io: CommandIo, tuning: ScoreTuning = {}): Promise<void> {
  const batchSize = tuning.batchSize ?? DEFAULT_BATCH_SIZE;
  const input = await openInput(args.input, io.stdin);
  let output;
  try {
    output = await openOutput(args.output, io.stdout);
  } catch (e) {
    input.close();
    throw e;
  }
  const showProgress = args.progress ?? io.stderr.isTTY === true;
  const progress = showProgress ? new Progress(io.stderr, input.size) : undefined;
  const warn = (message: string) => {
    progress?.clear();
    io.stderr.write(`tumbuh: warning: ${message}\n`);
  };

  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let bytes = 0;
  let bom = false;
  let first = true;
  let head = ""; // text before the delimiter is known
  let reader: CsvReader | undefined;
  let blankBeforeHeader = 0;
  let scoring: Scoring | undefined;
  const options: { precision: "who" | "full"; out?: ScoreColumnsOptions["out"] } = { precision: args.precision };

  const startReader = (delimiter: string) => {
    const decimalComma = delimiter === ";";
    reader = new CsvReader(delimiter, (r, start, end) => {
      if (scoring !== undefined) return scoring.batch.add(r, start, end);
      if (r.count === 1 && start === end) {
        blankBeforeHeader++; // blank lines before the header
        return true;
      }
      const header = Array.from({ length: r.count }, (_, k) => r.cell(k));
      const map = mapColumns(header, args.columns, [...OUTPUT_FIELDS, NOTES_COLUMN]);
      for (const w of map.warnings) warn(w);
      const writer = new CsvWriter(delimiter, r.terminator === 13 ? "\r\n" : "\n", new Notes(delimiter, absentColumnBits(map)));
      scoring = {
        batch: new Batch(batchSize, map, decimalComma),
        writer,
        pendingHeader: (bom ? "\uFEFF" : "") + writer.header(r.text.slice(start, end)),
      };
      return true;
    });
  };

  const flush = async () => {
    if (scoring === undefined) return;
    const { batch, writer } = scoring;
    if (scoring.pendingHeader !== undefined) {
      await output.write(scoring.pendingHeader);
      scoring.pendingHeader = undefined;
    }
    if (batch.n > 0) {
      const result: ScoreColumnsResult = scoreColumns(batch.columns(), options);
      if (options.out === undefined) {
        const { length: _, ...columns } = result;
        options.out = columns;
      }
      const encoded = writer.rows(batch, result);
      batch.clear();
      await output.write(encoded);
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

  try {
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
    if (scoring === undefined) throw dataError(`${input.name}: no header row (the input is empty)`);
    await flush();
    await output.finish();
  } catch (e) {
    progress?.clear();
    await output.abort();
    throw e;
  }
  const { batch } = scoring;
  const blank = blankBeforeHeader + batch.blankLines;
  if (blank > 0) warn(`skipped ${blank} blank line(s)`);
  progress?.done(batch.rowsRead, args.output ?? "stdout");
}

function decodeChunk(decoder: TextDecoder, chunk: Uint8Array | undefined, bytes: number, name: string): string {
  try {
    return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
  } catch {
    throw dataError(`${name} is not valid UTF-8 (within the first ${bytes} bytes); save it as UTF-8 (in Excel: "CSV UTF-8")`);
  }
}
