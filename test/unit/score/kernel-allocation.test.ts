/**
 * The bulk kernel allocates nothing per row: once warm, scoring 300 000
 * rows into caller-supplied columns triggers no garbage collection (a few
 * bytes per row would trigger several).
 */
import { PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { scoreColumns } from "../../../src/index.js";
import { syntheticColumns } from "../../../bench/lib/synthetic.js";
import { edgeColumns } from "../../support/edge-records.js";

async function collectionsDuring(fn: () => void): Promise<number> {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });
  const t0 = performance.now();
  fn();
  const t1 = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return entries.filter((e) => e.startTime >= t0 && e.startTime <= t1).length;
}

describe("scoreColumns into given columns allocates nothing per row", () => {
  for (const [label, columns] of [
    ["0–5-year survey columns", syntheticColumns(300_000, 3)],
    ["edge-heavy columns of every kind, all ages", edgeColumns(300_000, 4)],
  ] as const) {
    it(label, async () => {
      const { length: _length, ...out } = scoreColumns(columns);
      for (let i = 0; i < 5; i++) scoreColumns(columns, { out }); // warm up the optimiser
      expect(await collectionsDuring(() => scoreColumns(columns, { out }))).toBeLessThanOrEqual(1);
    });
  }
});
