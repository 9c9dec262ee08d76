/**
 * Run in a child process by the score section (`node [tsx flags]
 * --expose-gc bench/lib/memory-probe.ts <records>`): scores `records`
 * synthetic records once into fresh columns and then twice into the same
 * columns, and prints, as JSON, how much memory the first call took beyond
 * the input and output columns, and how many garbage collections the last
 * call (no allocation expected) triggered.
 */
import { PerformanceObserver } from "node:perf_hooks";
import { scoreColumns } from "../../src/index.js";
import { syntheticColumns } from "./synthetic.js";

const n = Number(process.argv[2] ?? 1e7);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const columns = syntheticColumns(n);
const inputBytes = Object.values(columns).reduce((s, c) => s + (c as ArrayBufferView).byteLength, 0);
gc();
const before = process.memoryUsage();

const t0 = performance.now();
const result = scoreColumns(columns);
const freshMs = performance.now() - t0;
const afterFresh = process.memoryUsage();
const peakRss = process.resourceUsage().maxRSS * 1024;
const { length: _length, ...out } = result;
const outputBytes = Object.values(out).reduce((s, c) => s + (c as ArrayBufferView).byteLength, 0);

scoreColumns(columns, { out }); // once more, so that what follows runs fully optimised

let gcs = 0;
const observer = new PerformanceObserver((list) => {
  gcs += list.getEntries().length;
});
observer.observe({ entryTypes: ["gc"] });
const heapBefore = process.memoryUsage().heapUsed;
const t1 = performance.now();
scoreColumns(columns, { out });
const reuseMs = performance.now() - t1;
const heapAfter = process.memoryUsage().heapUsed;
const arrayBuffersAfterReuse = process.memoryUsage().arrayBuffers;
await new Promise((resolve) => setTimeout(resolve, 50)); // let the observer report
observer.disconnect();

const MiB = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
console.log(
  JSON.stringify({
    records: n,
    inputMiB: MiB(inputBytes),
    outputMiB: MiB(outputBytes),
    outputBytesPerRecord: outputBytes / n,
    freshMs: Math.round(freshMs),
    reuseMs: Math.round(reuseMs),
    /** External (typed-array) memory added by the fresh call, minus the output columns. */
    extraArrayBufferMiB: MiB(afterFresh.arrayBuffers - before.arrayBuffers - outputBytes),
    /** Peak resident memory during the fresh call above the resident memory before it, minus the output columns. */
    extraPeakRssMiB: MiB(peakRss - before.rss - outputBytes),
    /** The second call writes into the first call's columns: */
    reuseArrayBufferDeltaMiB: MiB(arrayBuffersAfterReuse - afterFresh.arrayBuffers),
    reuseHeapDeltaMiB: MiB(heapAfter - heapBefore),
    reuseGarbageCollections: gcs,
  }),
);
