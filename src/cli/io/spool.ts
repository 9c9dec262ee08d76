/**
 * An input that can be read twice (`tumbuh report` reads its file once to
 * choose the month and again to analyse it, so that it needs to keep
 * neither): a regular file as it is; stdin, a pipe or a device copied
 * first to a private temporary file (readable by its owner only, removed
 * when the run ends and on every signal that can be caught).
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { stat, unlink } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dataError } from "./errors.js";
import { describeFsError, openInput, type Input, type InputStream } from "./input.js";
import { holdTemporary, releaseTemporary } from "./output.js";

/** An input to read from the start as often as needed. */
export interface RereadableInput {
  /** Opens it again, from its first byte (named as the user named it). */
  open(): Promise<Input>;
  /** Removes a temporary copy. */
  dispose(): Promise<void>;
}

/**
 * `path` (stdin for undefined or `-`) as an input that can be read again.
 * @throws CliError when the input cannot be opened or copied
 */
export async function rereadableInput(path: string | undefined, stdin: InputStream): Promise<RereadableInput> {
  const isFile = path !== undefined && path !== "-" && (await stat(path).then((s) => s.isFile(), () => false));
  if (isFile) return { open: () => openInput(path, stdin), dispose: async () => undefined };
  const first = await openInput(path, stdin); // the usual errors (a terminal, a missing file) first
  const copy = join(tmpdir(), `.tumbuh-input-${process.pid.toString(36)}${randomBytes(4).toString("hex")}.csv`);
  holdTemporary(copy);
  const dispose = async () => {
    await unlink(copy).catch(() => undefined);
    releaseTemporary(copy);
  };
  try {
    const out = createWriteStream(copy, { flags: "wx", mode: 0o600 });
    await once(out, "open");
    for await (const chunk of first.chunks) if (!out.write(chunk)) await once(out, "drain");
    out.end();
    await once(out, "finish");
  } catch (e) {
    await dispose();
    throw dataError(`cannot read ${first.name}: ${describeFsError(e)}`);
  }
  return {
    open: async () => ({ ...(await openInput(copy, stdin)), name: first.name }),
    dispose,
  };
}
