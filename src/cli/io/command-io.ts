/**
 * What every command runs with: the streams, the opened input, the progress
 * line, warnings and notes in the language of `--lang`, what the run says
 * at its end, and an output that appears only when the run succeeds.
 */
import { printable } from "../../util/printable.js";
import type { InputArgs } from "../options/input.js";
import { openInput, type Input, type InputStream } from "./input.js";
import { messages, type Messages } from "./messages.js";
import { openOutput, type Output, type OutputStream } from "./output.js";
import { Progress } from "./progress.js";

/** The streams the commands use (the process's, or a test's). */
export interface CommandIo {
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream & { readonly isTTY?: boolean };
}

/** Internal knobs (for tests and benchmarks). */
export interface ScoreTuning {
  /** Rows per batch (per `scoreColumns` call). @defaultValue 8192 */
  readonly batchSize?: number;
}

export const DEFAULT_BATCH_SIZE = 8192;

/** An opened input with its progress line, warning and note channels. */
export interface Run {
  readonly input: Input;
  readonly progress: Progress | undefined;
  /** The messages in the language of `--lang`. */
  readonly messages: Messages;
  /** Notes and the summary are not written (`--quiet`). */
  readonly quiet: boolean;
  /** Writes `tumbuh: warning: …` on stderr (clearing the progress line first). */
  warn(message: string): void;
  /** Writes `tumbuh: note: …` on stderr, unless quiet. */
  note(message: string): void;
  /**
   * What the run says at its end (the summary of the input), set by the
   * reader; {@link withOutput} calls it once the output is written.
   * @throws CliError (exit 1) with `--strict` when a value was invalid
   */
  end: (() => void) | undefined;
}

/**
 * Opens the input and sets up progress and warnings.
 * @throws CliError when the input cannot be opened
 */
export async function openRun(args: InputArgs, io: CommandIo): Promise<Run> {
  return runOf(await openInput(args.input, io.stdin), args, io);
}

/**
 * A run on an input already opened (a second reading of a file, say);
 * `silent` runs warn and note nothing (the first reading did).
 */
export function runOf(input: Input, args: InputArgs, io: CommandIo, silent = false): Run {
  const showProgress = !args.quiet && (args.progress ?? io.stderr.isTTY === true);
  const progress = showProgress ? new Progress(io.stderr, input.size) : undefined;
  const m = messages(args.lang);
  const quiet = args.quiet || silent;
  return {
    input,
    progress,
    messages: m,
    quiet,
    warn: (message: string) => {
      if (silent) return;
      progress?.clear();
      io.stderr.write(`tumbuh: ${m.warning}: ${printable(message)}\n`);
    },
    note: (message: string) => {
      if (quiet) return;
      progress?.clear();
      io.stderr.write(`tumbuh: ${m.note}: ${printable(message)}\n`);
    },
    end: undefined,
  };
}

/**
 * Opens the output `path` (stdout when undefined), runs `work` with it, and
 * moves the file into place when `work` succeeds; on failure the file is
 * removed (an old file of that name is kept) and the error rethrown.
 */
export async function withOutput(path: string | undefined, io: CommandIo, run: Run, work: (out: Output) => Promise<void>): Promise<void> {
  let output: Output;
  try {
    output = await openOutput(path, io.stdout, io.stderr);
  } catch (e) {
    run.input.close();
    throw e;
  }
  try {
    await work(output);
    await output.finish();
  } catch (e) {
    run.progress?.clear();
    await output.abort();
    throw e;
  }
  run.end?.();
}
