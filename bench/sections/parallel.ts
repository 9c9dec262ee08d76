/**
 * `scoreColumnsParallel` (tumbuh/parallel) against single-threaded
 * `scoreColumns` at the sizes of the run from 100 k records up, on 1, 2, …
 * workers up to the number of cores. Both are measured allocating their
 * output columns (the default) and writing into columns allocated once
 * (`options.out`), which isolates the scoring from the cost of fresh
 * memory. Inputs are already on SharedArrayBuffers (shared as they are)
 * and, at 1 M records, ordinary typed arrays (copied onto shared memory on
 * every call).
 */
import { scoreColumns, type ScoreColumnsResult } from "../../src/index.js";
import { closeParallelWorkers, scoreColumnsParallel } from "../../src/parallel/index.js";
import { collectGarbage, measure, type Timing } from "../lib/timing.js";
import { count, si, type BenchContext, type Section } from "../lib/section.js";
import { syntheticColumns } from "../lib/synthetic.js";

interface Variant {
  readonly single: Timing;
  readonly workers: { readonly workers: number; readonly timing: Timing; readonly speedup: number }[];
}

interface ParallelResult {
  readonly records: number;
  readonly inputs: "shared" | "copied";
  /** Fresh output columns on every call. */
  readonly fresh: Variant;
  /** Output columns allocated once and passed as options.out. */
  readonly intoOut: Variant;
}

function columnsOf(r: ScoreColumnsResult) {
  const { length: _length, ...out } = r;
  return out;
}

async function run(ctx: BenchContext): Promise<unknown> {
  const sizes = ctx.sizes.filter((n) => n >= 100_000);
  const maxWorkers = ctx.machine.cores;
  const results: ParallelResult[] = [];
  const cases: { n: number; inputs: "shared" | "copied" }[] = sizes.map((n) => ({ n, inputs: "shared" as const }));
  if (sizes.includes(1_000_000)) cases.push({ n: 1_000_000, inputs: "copied" });
  try {
    for (const { n, inputs } of cases) {
      ctx.log(`parallel: ${count(n)} records, ${inputs} inputs …`);
      const cols = inputs === "shared" ? syntheticColumns(n, undefined, (bytes) => new SharedArrayBuffer(bytes)) : syntheticColumns(n);
      const big = n >= 5_000_000;
      const opts = ctx.quick
        ? { warmup: 1, minRuns: 1, maxRuns: 3, minTotalMs: 100 }
        : { warmup: 1, minRuns: big ? 3 : 5, maxRuns: 30, minTotalMs: 1000 };
      // Every range is worth a worker here: the point is to see the scaling.
      const minRowsPerWorker = Math.max(1, Math.floor(n / maxWorkers));

      const variant = async (intoOut: boolean): Promise<Variant> => {
        collectGarbage();
        const singleOut = intoOut ? columnsOf(scoreColumns(cols)) : undefined;
        const single = await measure(n, () => scoreColumns(cols, singleOut ? { out: singleOut } : undefined), opts);
        const workers: Variant["workers"] = [];
        for (let w = 1; w <= maxWorkers; w++) {
          collectGarbage();
          const sharedOut = intoOut ? columnsOf(await scoreColumnsParallel(cols, { workers: w, minRowsPerWorker })) : undefined;
          const timing = await measure(n, () => scoreColumnsParallel(cols, { workers: w, minRowsPerWorker, ...(sharedOut ? { out: sharedOut } : {}) }), opts);
          workers.push({ workers: w, timing, speedup: Math.round((single.medianMs / timing.medianMs) * 100) / 100 });
        }
        return { single, workers };
      };
      results.push({ records: n, inputs, fresh: await variant(false), intoOut: await variant(true) });
    }
  } finally {
    await closeParallelWorkers();
  }
  for (const [key, title] of [
    ["fresh", "fresh output columns on every call"],
    ["intoOut", "into output columns allocated once (options.out)"],
  ] as const) {
    const header = ["records", "inputs", "scoreColumns rec/s", "ms/run"];
    for (let w = 1; w <= maxWorkers; w++) header.push(`${w} worker${w > 1 ? "s" : ""} rec/s`, "ms/run", "speed-up");
    ctx.table(
      `scoreColumnsParallel vs scoreColumns, ${title}: records/s at the median run`,
      header,
      results.map((r) => [
        count(r.records),
        r.inputs,
        si(r[key].single.recordsPerSecond),
        r[key].single.medianMs,
        ...r[key].workers.flatMap((w) => [si(w.timing.recordsPerSecond), w.timing.medianMs, `${w.speedup}×`]),
      ]),
    );
  }
  return { cases: results };
}

export const parallelSection: Section = {
  name: "parallel",
  description: "scoreColumnsParallel (worker threads, shared memory) vs scoreColumns",
  run,
};
