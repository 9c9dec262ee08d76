/**
 * Runs the command line in memory: `main()` with a stdin made of the given
 * chunks and stdout/stderr that collect what is written.
 */
import { Readable, Writable } from "node:stream";
import { main, type ScoreTuning } from "../../../src/cli/main.js";
import { parseCsv } from "../../support/csv.js";

export class Collector extends Writable {
  readonly chunks: Buffer[] = [];
  isTTY?: boolean;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    callback();
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
  text(): string {
    return this.bytes().toString("utf8");
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

export interface RunOptions {
  stderrTTY?: boolean;
  stdinTTY?: boolean;
  tuning?: ScoreTuning;
}

/** Runs `tumbuh ...argv` with `input` as stdin (one chunk, or the given chunks). */
export async function run(argv: string[], input: string | Buffer | (string | Buffer)[] = [], options: RunOptions = {}): Promise<RunResult> {
  const chunks = (Array.isArray(input) ? input : [input]).map((c) => (typeof c === "string" ? Buffer.from(c, "utf8") : c));
  const stdin = Object.assign(Readable.from(chunks), { isTTY: options.stdinTTY });
  const stdout = new Collector();
  const stderr = new Collector();
  stderr.isTTY = options.stderrTTY;
  const code = await main(argv, { stdin, stdout, stderr }, options.tuning);
  return { code, stdout: stdout.text(), stdoutBytes: stdout.bytes(), stderr: stderr.text() };
}

/** Splits text into chunks of `size` bytes (to cut records, quotes and characters anywhere). */
export function chunked(text: string | Buffer, size: number): Buffer[] {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

/** Reads comma-separated output into rows of named cells (with the test suite's own CSV reader). */
export function table(csv: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...rows] = parseCsv(csv);
  return {
    header: header!,
    rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))),
  };
}

/**
 * WHO's demo survey, child 1 (test/fixtures/who-igrowup/MySurvey_z_st.csv):
 * a girl of 22.45 months (683 days), 10.4 kg, 84.8 cm lying. WHO's software
 * gives these z-scores.
 */
export const CHILD1 = { zlen: "-0.07", zwei: "-0.57", zwfl: "-0.81", zbmi: "-0.79" } as const;

/** The columns the command adds, in order (WHO anthro's first). */
export const ANTHRO_COLUMNS = ["clenhei", "c9mo_flag", "cbmi", "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi", "zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss"];
