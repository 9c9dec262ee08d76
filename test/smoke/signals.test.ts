/**
 * The built executable on signals (issue 13, item 3: a SIGHUP left a 93 MB
 * hidden temporary file behind): `tumbuh score - -o out.csv` is started
 * with a stdin that stays open, so that it is writing its temporary file
 * when the signal comes. For every signal a process can catch and that
 * ends it by default, the temporary file is removed, no output file
 * appears, and the exit status is 128 + the signal's number.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { constants, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const CLI = join(__dirname, "..", "..", "dist", "cli.js");
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}

const SIGNALS = ["SIGHUP", "SIGINT", "SIGQUIT", "SIGTERM", "SIGUSR2", "SIGALRM"] as const;

describe.runIf(process.platform !== "win32")("tumbuh on a signal", () => {
  it.each(SIGNALS)("%s: the temporary file is removed, no output appears, exit 128 + n", async (signal) => {
    const dir = mkdtempSync(join(tmpdir(), "tumbuh-sig-"));
    dirs.push(dir);
    const child = spawn(process.execPath, [CLI, "score", "-", "-o", join(dir, "out.csv"), "--quiet"], { stdio: ["pipe", "ignore", "pipe"] });
    child.stdin.write("sex,age_days,weight\n");
    for (let i = 0; i < 2000; i++) child.stdin.write("1,400,9.1\n");
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, sig) => resolve({ code, signal: sig })));
    expect(await until(() => readdirSync(dir).some((n) => n.endsWith(".tmp")), 20_000)).toBe(true);
    child.kill(signal);
    const end = await exited;
    expect(end).toEqual({ code: 128 + constants.signals[signal], signal: null });
    expect(readdirSync(dir)).toEqual([]);
  });
});
