/** Opens the input: a file (with its size, for progress) or stdin. */
import { open } from "node:fs/promises";
import { dataError, usageError } from "./errors.js";

export interface Input {
  /** Byte chunks (or strings, from some streams). */
  readonly chunks: AsyncIterable<Uint8Array | string>;
  /** Size in bytes when reading a regular file. */
  readonly size: number | undefined;
  /** For messages: the path, or "stdin". */
  readonly name: string;
  /** Closes a file that will not be read (stdin is left alone). */
  close(): void;
}

/** The input stream a test or the process gives. */
export type InputStream = AsyncIterable<Uint8Array | string> & { readonly isTTY?: boolean };

const CHUNK_BYTES = 256 * 1024;

/**
 * Opens `path` (stdin for undefined or `-`).
 * @throws CliError (exit 1) when the file cannot be opened or is a directory; (exit 2) when stdin is a terminal and no file was given
 */
export async function openInput(path: string | undefined, stdin: InputStream): Promise<Input> {
  if (path === undefined || path === "-") {
    if (path === undefined && stdin.isTTY) {
      throw usageError("no input file: give IN.csv, or pipe a CSV file into stdin (see tumbuh score --help)");
    }
    return { chunks: stdin, size: undefined, name: "stdin", close: () => undefined };
  }
  let handle;
  try {
    handle = await open(path, "r");
  } catch (e) {
    throw dataError(`cannot read ${path}: ${describeFsError(e)}`);
  }
  const stat = await handle.stat();
  if (stat.isDirectory()) {
    await handle.close();
    throw dataError(`cannot read ${path}: it is a directory`);
  }
  const stream = handle.createReadStream({ highWaterMark: CHUNK_BYTES });
  return { chunks: stream, size: stat.isFile() ? stat.size : undefined, name: path, close: () => stream.destroy() };
}

/** A short description of a file-system error. */
export function describeFsError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const reasons: Record<string, string> = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EISDIR: "it is a directory",
    ENOTDIR: "a part of the path is not a directory",
    EPERM: "operation not permitted",
    ENOSPC: "no space left on the device",
    EROFS: "read-only file system",
  };
  return (err.code !== undefined ? reasons[err.code] : undefined) ?? err.message ?? String(e);
}
