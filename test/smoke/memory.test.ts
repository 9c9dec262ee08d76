/**
 * Memory that does not grow with the rows (issue 13, item 9), on the built
 * executable: `prevalence`, `quality` and `chart --only` on registers of
 * 200,000 and 600,000 rows (the bundled sample repeated with other child
 * ids, scripts/register-sample.ts). Their peak resident memory must not grow
 * with the file: the earlier commands kept every row and grew by 150–400
 * bytes a row (60–160 MB for the 400,000 rows more); now the growth is
 * what the groups need. V8's young generation is fixed at 1 MiB so that the
 * peak does not drift with the garbage collector's sizing. The 3-million-row targets are measured by
 * `npm run bench` (bench/sections/cli.ts) and docs/performance.md.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeRegister } from "../../scripts/register-sample.js";

const CLI = join(__dirname, "..", "..", "dist", "cli.js");
const SMALL = 200_000;
const LARGE = 600_000;
/** The most the peak may grow for the 400,000 rows more: 40 MB, 100 bytes a row (GC timing varies by a few MB). */
const MAX_GROWTH_MB = 40;

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tumbuh-mem-"));
  writeRegister(join(dir, "small.csv"), SMALL);
  writeRegister(join(dir, "large.csv"), LARGE);
  // prints the process's peak resident memory (KiB) when it ends
  writeFileSync(join(dir, "peak.cjs"), `process.on("exit", () => require("fs").writeFileSync(process.env.PEAK_FILE, String(process.resourceUsage().maxRSS)));\n`);
});
afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

/** The peak RSS in MB of `tumbuh ...args` on the file `name`. */
function peakMb(name: string, args: readonly string[]): number {
  const peak = join(dir, "peak.txt");
  const r = spawnSync(process.execPath, ["--max-semi-space-size=1", "-r", join(dir, "peak.cjs"), CLI, ...args.map((a) => (a === "IN" ? join(dir, name) : a === "OUT_SVG" ? join(dir, "chart.svg") : a))], {
    env: { ...process.env, PEAK_FILE: peak },
    encoding: "utf8",
    timeout: 300_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return Number(readFileSync(peak, "utf8")) / 1024;
}

const COMMANDS: readonly (readonly string[])[] = [
  ["prevalence", "IN", "--by", "puskesmas", "-q", "-o", "/dev/null"],
  ["quality", "IN", "--by", "puskesmas", "-q", "-o", "/dev/null"],
  ["prevalence", "IN", "--id", "child_id", "--month", "2025-11", "-q", "-o", "/dev/null"],
  ["chart", "IN", "--id", "child_id", "--only", "C001-BTG-00048", "--indicator", "wei", "--sex", "f", "-q", "-o", "OUT_SVG"],
];

describe.runIf(process.platform === "linux")("peak memory does not grow with the rows", () => {
  it.each(COMMANDS.map((c) => [c.join(" "), c] as const))("%s: 200 k → 600 k rows", (_, args) => {
    const small = peakMb("small.csv", args);
    const large = peakMb("large.csv", args);
    expect(large - small, `peak ${small.toFixed(0)} MB → ${large.toFixed(0)} MB`).toBeLessThan(MAX_GROWTH_MB);
  });
});
