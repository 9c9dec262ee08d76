/**
 * `score` (one record per call) against `scoreColumns` (the bulk path) on
 * 0–5-year records with sex, age in days, weight, length/height and
 * position, at each size: records per second and time per record, which
 * should stay flat as the size grows (linear time). `scoreColumns` is
 * measured twice: allocating its output columns (the default) and writing
 * into columns the caller supplies (`options.out`), which shows the cost of
 * the fresh memory. A growth-of-cost table gives the time per size with the
 * time per record relative to the smallest size and the fitted exponent of
 * time against records (1 = linear). At the largest size a child process
 * measures memory.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { score, scoreColumns } from "../../src/index.js";
import { collectGarbage, measure, type Timing } from "../lib/timing.js";
import { count, si, type BenchContext, type Section } from "../lib/section.js";
import { syntheticColumns } from "../lib/synthetic.js";

const MEASURE_CODES = [undefined, "l", "h"] as const;

interface SizeResult {
  readonly records: number;
  readonly score: Timing | null;
  readonly scoreColumns: Timing;
  readonly scoreColumnsOut: Timing;
}

/** Least-squares slope of log(time) on log(records): 1 for linear time. */
function exponent(points: readonly { records: number; ms: number }[]): number {
  if (points.length < 2) return NaN;
  const xs = points.map((p) => Math.log(p.records));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  return Math.round((sxy / sxx) * 1000) / 1000;
}

/** scoreColumns' time per size, ns/record relative to the smallest size, and the fitted exponent. */
function growthOfCost(sizes: readonly SizeResult[]) {
  const first = sizes[0];
  const rows = sizes.map((s) => ({
    records: s.records,
    intoOutMs: s.scoreColumnsOut.medianMs,
    intoOutNsPerRecord: s.scoreColumnsOut.nsPerRecord,
    intoOutRatio: Math.round((s.scoreColumnsOut.nsPerRecord / first!.scoreColumnsOut.nsPerRecord) * 100) / 100,
    allocatingMs: s.scoreColumns.medianMs,
    allocatingNsPerRecord: s.scoreColumns.nsPerRecord,
    allocatingRatio: Math.round((s.scoreColumns.nsPerRecord / first!.scoreColumns.nsPerRecord) * 100) / 100,
  }));
  return {
    rows,
    /** Time ∝ records^exponent, fitted over all sizes: 1 is linear. */
    exponentIntoOut: exponent(sizes.map((s) => ({ records: s.records, ms: s.scoreColumnsOut.medianMs }))),
    exponentAllocating: exponent(sizes.map((s) => ({ records: s.records, ms: s.scoreColumns.medianMs }))),
  };
}

async function run(ctx: BenchContext): Promise<unknown> {
  const sizes: SizeResult[] = [];
  let sink = 0;
  for (const n of ctx.sizes) {
    ctx.log(`score: ${count(n)} records …`);
    const cols = syntheticColumns(n);
    const big = n >= 5_000_000;
    const opts = ctx.quick
      ? { warmup: 1, minRuns: 1, maxRuns: 3, minTotalMs: 100 }
      : { warmup: big ? 0 : 1, minRuns: big ? 3 : 5, maxRuns: 50, minTotalMs: 1000 };

    // Bulk, allocating fresh output columns every call (the default).
    collectGarbage();
    const fresh = await measure(n, () => scoreColumns(cols), opts);

    // Bulk, into caller-supplied columns (allocated once, outside the timing).
    const { length: _length, ...out } = scoreColumns(cols);
    const given = await measure(n, () => scoreColumns(cols, { out }), opts);

    // One record per call, with record objects as an application has them.
    let perRecord: Timing | null = null;
    if (!(ctx.quick && n > 100_000)) {
      const { sex, ageDays, weightKg, lenheiCm, measure: position } = cols;
      const one = () => {
        for (let i = 0; i < n; i++) {
          sink += score({ sex: sex[i], ageDays: ageDays[i], weightKg: weightKg[i], lenheiCm: lenheiCm[i], measure: MEASURE_CODES[position[i]!] }).zwei || 0;
        }
      };
      perRecord = await measure(n, one, big || ctx.quick ? { warmup: 0, minRuns: 1, maxRuns: 1, minTotalMs: 0 } : { warmup: 1, minRuns: 3, maxRuns: 10, minTotalMs: 1000 });
    }
    sizes.push({ records: n, score: perRecord, scoreColumns: fresh, scoreColumnsOut: given });
  }

  ctx.table(
    "score (per record) vs scoreColumns (bulk): records/s at the median run, time per record",
    ["records", "score rec/s", "ns/rec", "scoreColumns rec/s", "ns/rec", "ms/run", "… into out rec/s", "ns/rec", "ms/run"],
    sizes.map((s) => [
      count(s.records),
      s.score ? si(s.score.recordsPerSecond) : "–",
      s.score ? s.score.nsPerRecord : "–",
      si(s.scoreColumns.recordsPerSecond),
      s.scoreColumns.nsPerRecord,
      s.scoreColumns.medianMs,
      si(s.scoreColumnsOut.recordsPerSecond),
      s.scoreColumnsOut.nsPerRecord,
      s.scoreColumnsOut.medianMs,
    ]),
  );

  const growth = growthOfCost(sizes);
  ctx.table(
    "Growth of cost: scoreColumns time by number of records (median run); linear time keeps ns/record flat",
    ["records", "into out ms", "ns/rec", "× ns/rec of the smallest", "allocating ms", "ns/rec", "× ns/rec of the smallest"],
    growth.rows.map((g) => [count(g.records), g.intoOutMs, g.intoOutNsPerRecord, `${g.intoOutRatio}×`, g.allocatingMs, g.allocatingNsPerRecord, `${g.allocatingRatio}×`]),
  );
  if (growth.rows.length > 1) {
    ctx.log(
      `Linear: from ${count(growth.rows[0]!.records)} to ${count(growth.rows[growth.rows.length - 1]!.records)} records, time grows as records^${growth.exponentIntoOut} into out ` +
        `(records^${growth.exponentAllocating} allocating); ns/record at the largest size is ${growth.rows[growth.rows.length - 1]!.intoOutRatio}× (into out) and ` +
        `${growth.rows[growth.rows.length - 1]!.allocatingRatio}× (allocating) that at the smallest.`,
    );
  }

  let memory: unknown = null;
  const largest = Math.max(...ctx.sizes);
  if (!ctx.quick && largest >= 1_000_000) {
    ctx.log(`score: memory probe at ${count(largest)} records (child process) …`);
    const probe = fileURLToPath(new URL("../lib/memory-probe.ts", import.meta.url));
    const stdout = execFileSync(process.execPath, [...process.execArgv, "--expose-gc", probe, String(largest)], { encoding: "utf8", maxBuffer: 1 << 20 });
    memory = JSON.parse(stdout.trim().split("\n").pop()!);
    const m = memory as Record<string, number>;
    ctx.table(`scoreColumns memory at ${count(largest)} records`, ["input MiB", "output MiB", "extra array buffers MiB", "extra peak RSS MiB", "GCs while scoring into given columns", "heap growth MiB"], [
      [m.inputMiB!, m.outputMiB!, m.extraArrayBufferMiB!, m.extraPeakRssMiB!, m.reuseGarbageCollections!, m.reuseHeapDeltaMiB!],
    ]);
  }
  if (sink === 0.5) ctx.log(""); // keep the per-record results alive
  return { sizes, growth, memory };
}

export const scoreSection: Section = {
  name: "score",
  description: "score (per record) vs scoreColumns (bulk) on 0–5-year records; memory at the largest size",
  run,
};
