/**
 * `tumbuh trends` streams: on a register in date order, its memory grows
 * with the number of children, not of rows. The same 20,000 children
 * weighed 10 and 30 times (200,000 and 600,000 rows) must take the same
 * peak memory, within a margin below what keeping even the input text of
 * the 400,000 more rows would cost (about 48 bytes a row: 18 MiB). Each run
 * is a child process (`test/support/trends-memory-probe.ts`) measuring its
 * own peak resident memory, with V8's young generation fixed at 1 MiB and
 * its heap capped at 96 MiB, so that the peak does not drift with the
 * garbage collector's sizing (a leak of JavaScript objects per row would
 * also hit the cap and fail the run); the lower of two runs counts.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../../support/by-hand.js";
import { writeRegister } from "../../../bench/lib/register.js";

const NODE_FLAGS = ["--max-semi-space-size=1", "--max-old-space-size=96", "--import", "tsx"];
const MARGIN_MIB = 12;

const dir = mkdtempSync(join(tmpdir(), "tumbuh-trends-memory-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function peakMiB(rows: number): number {
  const input = join(dir, `in-${rows}.csv`);
  const output = join(dir, `out-${rows}.csv`);
  writeRegister(input, rows, 20_000);
  const peaks: number[] = [];
  for (let k = 0; k < 2; k++) {
    const r = spawnSync(process.execPath, [...NODE_FLAGS, join(ROOT, "test/support/trends-memory-probe.ts"), input, output], { cwd: ROOT, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout.trim().split("\n").pop()!) as { code: number; stderr: string; peakRssMiB: number };
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe("");
    peaks.push(result.peakRssMiB);
  }
  // Every row written.
  expect(readFileSync(output, "utf8").split("\n")).toHaveLength(rows + 2);
  rmSync(input);
  rmSync(output);
  return Math.min(...peaks);
}

describe("tumbuh trends: bounded memory", () => {
  it("peak memory at 600,000 rows is that at 200,000 rows (the same 20,000 children)", () => {
    const small = peakMiB(200_000);
    const large = peakMiB(600_000);
    expect(large - small, `peak RSS ${small.toFixed(1)} MiB at 200 k rows, ${large.toFixed(1)} MiB at 600 k rows`).toBeLessThan(MARGIN_MIB);
  }, 300_000);
});
