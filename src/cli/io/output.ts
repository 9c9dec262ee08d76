/**
 * Where scored rows go: stdout, or a file that appears only when the run
 * succeeds (rows go to a temporary file next to it, renamed at the end, so
 * a failed run leaves no half-written file and does not clobber an old one;
 * `-o` may even name the input file). Writes wait for the stream to drain.
 */
import { once } from "node:events";
import { createWriteStream, unlinkSync } from "node:fs";
import { rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { dataError } from "./errors.js";
import { describeFsError } from "./input.js";

/** Temporary files being written, for {@link removeTemporaryFiles}. */
const temporary = new Set<string>();

/** Removes the temporary files of unfinished runs (on Ctrl-C, before the process ends). */
export function removeTemporaryFiles(): void {
  for (const path of temporary) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  temporary.clear();
}

/** A writable stream as the process or a test gives it. */
export type OutputStream = NodeJS.WritableStream;

export interface Output {
  /** Writes text or UTF-8 bytes, resolving when the stream can take more. */
  write(data: string | Uint8Array): Promise<void>;
  /** Flushes and, for a file, moves it into place. */
  finish(): Promise<void>;
  /** Gives up: a temporary file is removed. */
  abort(): Promise<void>;
}

class StreamOutput implements Output {
  private error: unknown;
  private readonly onError = (e: unknown) => {
    this.error ??= e;
  };

  constructor(
    private readonly stream: OutputStream,
    private readonly close: boolean,
    private readonly tmp: string | undefined,
    private readonly path: string | undefined,
  ) {
    stream.on("error", this.onError);
  }

  async write(data: string | Uint8Array): Promise<void> {
    if (this.error !== undefined) throw this.error;
    if (!this.stream.write(data)) await once(this.stream, "drain");
    if (this.error !== undefined) throw this.error;
  }

  async finish(): Promise<void> {
    if (this.error !== undefined) throw this.error;
    if (this.close) {
      const done = once(this.stream, "finish");
      this.stream.end();
      await done;
    } else {
      await new Promise<void>((resolve, reject) => this.stream.write("", (e) => (e ? reject(e) : resolve())));
    }
    this.stream.off("error", this.onError);
    if (this.tmp !== undefined && this.path !== undefined) {
      try {
        await rename(this.tmp, this.path);
      } catch (e) {
        await unlink(this.tmp).catch(() => undefined);
        throw dataError(`cannot write ${this.path}: ${describeFsError(e)}`);
      } finally {
        temporary.delete(this.tmp);
      }
    }
  }

  async abort(): Promise<void> {
    if (this.close) (this.stream as unknown as { destroy(): void }).destroy();
    if (this.tmp !== undefined) {
      await unlink(this.tmp).catch(() => undefined);
      temporary.delete(this.tmp);
    }
  }
}

/**
 * Opens the output: `stdout` for undefined or `-`, else the file `path`.
 * @throws CliError (exit 1) when the file cannot be created
 */
export async function openOutput(path: string | undefined, stdout: OutputStream): Promise<Output> {
  if (path === undefined || path === "-") return new StreamOutput(stdout, false, undefined, undefined);
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw dataError(`cannot write ${path}: it is a directory`);
  // Devices and pipes (e.g. /dev/null) are written directly.
  const direct = existing !== undefined && !existing.isFile();
  const tmp = direct ? undefined : join(dirname(path), `.${basename(path)}.tumbuh-${process.pid}-${Date.now()}.tmp`);
  const stream = createWriteStream(tmp ?? path, { flags: direct ? "w" : "wx" });
  if (tmp !== undefined) temporary.add(tmp);
  try {
    await once(stream, "open");
  } catch (e) {
    if (tmp !== undefined) temporary.delete(tmp);
    throw dataError(`cannot write ${path}: ${describeFsError(e)}`);
  }
  return new StreamOutput(stream, true, tmp, direct ? undefined : path);
}
