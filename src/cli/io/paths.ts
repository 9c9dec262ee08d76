/**
 * What an output path leads to, and whether two paths are one file: the
 * chain of symbolic links followed to the file it ends at (existing or
 * not), stopping at a process's descriptor link (`/dev/stdout`,
 * `/dev/fd/N`, `/proc/self/fd/N`), which is a stream to write, not a file
 * to replace.
 */
import type { Stats } from "node:fs";
import { lstat, readlink, realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { dataError } from "./errors.js";

/** The most links followed before giving up (as the kernel's ELOOP). */
const MAX_LINKS = 40;
/** `/dev/fd/N`, `/proc/self/fd/N`, `/proc/PID/fd/N`: an open file of a process. */
const FD_PATH = /^\/(?:dev\/fd|proc\/(?:self|\d+)\/fd)\/(\d+)$/;
/** The standard streams' device links. */
const STD_PATHS: ReadonlyMap<string, number> = new Map([["/dev/stdin", 0], ["/dev/stdout", 1], ["/dev/stderr", 2]]);

/** What a path leads to after its symbolic links. */
export type Resolved =
  /** A descriptor (1 stdout, 2 stderr, or another), at `path`: written directly. */
  | { readonly kind: "fd"; readonly fd: number; readonly path: string }
  /** A file (existing or not) at `path`, the end of the links; `stats` when it exists. */
  | { readonly kind: "file"; readonly path: string; readonly stats: Stats | undefined };

/**
 * Follows the chain of symbolic links that starts at `path`.
 * @throws CliError (exit 1) for a loop of links; file-system errors other than "no such file"
 */
export async function follow(path: string): Promise<Resolved> {
  if (path === "-") return { kind: "fd", fd: 1, path };
  let current = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const std = STD_PATHS.get(current);
    if (std !== undefined) return { kind: "fd", fd: std, path: current };
    const fd = FD_PATH.exec(current);
    if (fd !== null) return { kind: "fd", fd: Number(fd[1]), path: current };
    const link = await lstat(current).catch((e: { code?: string }) => {
      if (e.code === "ENOENT" || e.code === "ENOTDIR") return undefined;
      throw e;
    });
    if (link === undefined || !link.isSymbolicLink()) {
      return { kind: "file", path: current, stats: link === undefined ? undefined : await stat(current) };
    }
    const to = await readlink(current);
    current = isAbsolute(to) ? resolve(to) : resolve(dirname(current), to);
  }
  throw dataError(`cannot write ${path}: too many levels of symbolic links`);
}

/** The path with its directory's links resolved (the directory must exist), for comparing files that do not exist yet. */
async function canonical(path: string): Promise<string> {
  const dir = await realpath(dirname(path)).catch(() => dirname(path));
  return join(dir, basename(path));
}

/**
 * Whether `a` and `b` are one file: the same device and inode when both
 * exist (through links and hard links), else the same canonical path, or
 * the same descriptor (`-` is stdout).
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([follow(a), follow(b)]);
  if (x.kind === "fd" || y.kind === "fd") return x.kind === "fd" && y.kind === "fd" && x.fd === y.fd;
  if (x.stats !== undefined && y.stats !== undefined) return x.stats.dev === y.stats.dev && x.stats.ino === y.stats.ino;
  return (await canonical(x.path)) === (await canonical(y.path));
}
