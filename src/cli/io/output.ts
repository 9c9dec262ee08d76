/**
 * Where results go: stdout, or a file that appears only when the run
 * succeeds. Rows go to a hidden temporary file next to the file
 * (`.NAME.tumbuh-ID.tmp`), renamed over it at the end, so a failed or
 * interrupted run leaves no half-written file under the real name and does
 * not clobber an old one; `-o` may even name the input file. The promises,
 * and how they are kept:
 *
 * - a symbolic link is written through: the file its chain of links ends at
 *   is replaced (or created), the link stays a link;
 * - `-o /dev/stdout` (`/dev/fd/1`, `/proc/self/fd/1`) is stdout and
 *   `/dev/stderr` is stderr: written as streams, never replaced; other
 *   devices, pipes and `/dev/fd/N` are opened and written directly;
 * - an existing file keeps its permissions (and, where allowed, its owner
 *   and group); a new file gets the default mode less the umask. The
 *   temporary file of an existing file is readable by its owner only until
 *   it takes the old file's mode;
 * - the temporary file's name fits the file system's 255-byte limit (the
 *   output's name is shortened in it when needed);
 * - the temporary files of a run are removed on failure, on Ctrl-C and on
 *   every other signal that can be caught ({@link removeTemporaryFiles},
 *   called by the executable), and at exit.
 *
 * Writes wait for the stream to drain.
 */
import { once } from "node:events";
import { createWriteStream, unlinkSync } from "node:fs";
import { chmod, chown, rename, unlink } from "node:fs/promises";
import type { Stats } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { CliError, dataError } from "./errors.js";
import { describeFsError } from "./input.js";
import { follow, type Resolved } from "./paths.js";

/** Temporary files being written, for {@link removeTemporaryFiles}. */
const temporary = new Set<string>();

/** Notes a temporary file of the run, removed by {@link removeTemporaryFiles} unless released. */
export function holdTemporary(path: string): void {
  temporary.add(path);
}

/** The temporary file is gone or kept: no longer removed at exit. */
export function releaseTemporary(path: string): void {
  temporary.delete(path);
}

/** Removes the temporary files of unfinished runs (on a signal or at exit, before the process ends). */
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

/** Where a file output goes once it is done. */
interface Placement {
  readonly tmp: string;
  /** The file replaced or created (the end of the path's chain of links). */
  readonly target: string;
  /** The path as the user gave it, for messages. */
  readonly shown: string;
  /** The existing file, whose mode and owner the new one keeps. */
  readonly existing: Stats | undefined;
}

class StreamOutput implements Output {
  private error: unknown;
  private readonly onError = (e: unknown) => {
    this.error ??= e;
  };

  constructor(
    private readonly stream: OutputStream,
    private readonly close: boolean,
    private readonly placement: Placement | undefined,
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
    const p = this.placement;
    if (p === undefined) return;
    try {
      if (p.existing !== undefined) await keepModeAndOwner(p.tmp, p.existing);
      await rename(p.tmp, p.target);
    } catch (e) {
      await unlink(p.tmp).catch(() => undefined);
      throw dataError(`cannot write ${p.shown}: ${describeFsError(e)}`);
    } finally {
      temporary.delete(p.tmp);
    }
  }

  async abort(): Promise<void> {
    if (this.close) (this.stream as unknown as { destroy(): void }).destroy();
    const p = this.placement;
    if (p !== undefined) {
      await unlink(p.tmp).catch(() => undefined);
      temporary.delete(p.tmp);
    }
  }
}

/** The new file takes the old one's owner and group (where the process may set them) and then its permissions. */
async function keepModeAndOwner(tmp: string, old: Stats): Promise<void> {
  await chown(tmp, old.uid, old.gid).catch(() => undefined); // only root (or the owner, for a group it is in) may
  await chmod(tmp, old.mode & 0o7777);
}

/** The file-system limit on one name, in bytes (NAME_MAX on Linux, macOS and Windows). */
const NAME_MAX_BYTES = 255;

/**
 * A hidden temporary name next to `target`: `.NAME.tumbuh-ID.tmp`, NAME
 * shortened (at a character boundary) so that the whole fits in 255 bytes.
 * @internal
 */
export function temporaryName(target: string): string {
  const suffix = `.tumbuh-${process.pid.toString(36)}${randomBytes(4).toString("hex")}.tmp`;
  const room = NAME_MAX_BYTES - 1 - Buffer.byteLength(suffix);
  let name = basename(target);
  while (Buffer.byteLength(name) > room) name = [...name].slice(0, -1).join("");
  return join(dirname(target), `.${name}${suffix}`);
}

/**
 * Opens the output: `stdout` for undefined or `-`, else the file `path`
 * (see the module's description for links, devices and permissions).
 * @param streams - the process's (or a test's) stdout, and stderr for `/dev/stderr`
 * @throws CliError (exit 1) when the file cannot be created
 */
export async function openOutput(path: string | undefined, stdout: OutputStream, stderr?: OutputStream): Promise<Output> {
  if (path === undefined || path === "-") return new StreamOutput(stdout, false, undefined);
  let resolved: Resolved;
  try {
    resolved = await follow(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw dataError(`cannot write ${path}: ${describeFsError(e)}`);
  }
  if (resolved.kind === "fd" && resolved.fd === 1) return new StreamOutput(stdout, false, undefined);
  if (resolved.kind === "fd" && resolved.fd === 2 && stderr !== undefined) return new StreamOutput(stderr, false, undefined);
  const existing = resolved.kind === "file" ? resolved.stats : undefined;
  if (existing?.isDirectory()) throw dataError(`cannot write ${path}: it is a directory`);
  // Devices, pipes and other processes' descriptors (e.g. /dev/null) are written directly, never replaced.
  const direct = resolved.kind === "fd" || (existing !== undefined && !existing.isFile());
  if (direct) return new StreamOutput(await openStream(resolved.path, "w", 0o666, path), true, undefined);

  let tmp = temporaryName(resolved.path);
  temporary.add(tmp);
  // An existing file's data stays private while it is written (the old mode is set before the rename).
  const mode = existing === undefined ? 0o666 : 0o600;
  let stream: OutputStream;
  try {
    stream = await openStream(tmp, "wx", mode, path);
  } catch (e) {
    temporary.delete(tmp);
    if ((e as { cause?: { code?: string } }).cause?.code !== "ENAMETOOLONG") throw e;
    // a file system with a shorter limit: the shortest hidden name
    tmp = join(dirname(resolved.path), `.tumbuh-${process.pid.toString(36)}${randomBytes(4).toString("hex")}.tmp`);
    temporary.add(tmp);
    try {
      stream = await openStream(tmp, "wx", mode, path);
    } catch (again) {
      temporary.delete(tmp);
      throw again;
    }
  }
  return new StreamOutput(stream, true, { tmp, target: resolved.path, shown: path, existing });
}

/** A write stream on `file`, open. @throws CliError naming `shown`, with the file-system error as its cause */
async function openStream(file: string, flags: string, mode: number, shown: string): Promise<OutputStream> {
  const stream = createWriteStream(file, { flags, mode });
  try {
    await once(stream, "open");
  } catch (e) {
    const err = dataError(`cannot write ${shown}: ${describeFsError(e)}`);
    (err as { cause?: unknown }).cause = e;
    throw err;
  }
  return stream;
}
