/**
 * Smoke tests of the built `tumbuh/parallel` entry (run after `npm run
 * build`): it resolves through the exports map, starts its worker from
 * dist/parallel-worker.js, gives exactly what scoreColumns gives, and lets
 * the process exit on its own (idle workers do not keep it alive).
 *
 * Skipped until package.json exports "./parallel" (see docs/performance.md).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: Record<string, unknown> };
const exported = pkg.exports["./parallel"] !== undefined;
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", timeout: 60_000 });

describe.skipIf(!exported)("built tumbuh/parallel", () => {
  it("dist has the entry, its worker and its declarations", () => {
    for (const f of ["parallel.js", "parallel-worker.js", "parallel.d.ts"]) {
      expect(existsSync(join(ROOT, "dist", f)), f).toBe(true);
    }
  });

  it("scores through the exports map on worker threads, equal to scoreColumns, and exits by itself", () => {
    const script = `
      import { scoreColumns } from "tumbuh";
      import { scoreColumnsParallel } from "tumbuh/parallel";
      const n = 20001;
      const sex = new Uint8Array(n), ageDays = new Float64Array(n), weightKg = new Float64Array(n), lenheiCm = new Float64Array(n), measure = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        sex[i] = 1 + (i % 2); ageDays[i] = (i * 7) % 1900; weightKg[i] = 3 + ((i * 13) % 170) / 10;
        lenheiCm[i] = 48 + ((i * 17) % 700) / 10; measure[i] = i % 3;
      }
      const columns = { sex, ageDays, weightKg, lenheiCm, measure };
      const want = scoreColumns(columns);
      const got = await scoreColumnsParallel(columns, { workers: 2, minRowsPerWorker: 1000 });
      let same = got.length === n;
      for (const k of Object.keys(want)) {
        if (k === "length") continue;
        const a = new Uint8Array(want[k].buffer), b = new Uint8Array(got[k].buffer);
        for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) { same = false; break; }
      }
      console.log(JSON.stringify({ same, shared: got.zwei.buffer instanceof SharedArrayBuffer, zwei0: got.zwei[0] }));
    `;
    const out = JSON.parse(node(["--input-type=module", "-e", script]).trim().split("\n").pop()!);
    expect(out).toEqual({ same: true, shared: true, zwei0: expect.any(Number) });
  });
});
