/**
 * `tumbuh/parallel`: {@link tumbuh!scoreColumns} split over worker threads, for
 * populations of hundreds of thousands of children and more (Node only,
 * ES module only).
 *
 * ```ts
 * import { scoreColumnsParallel } from "tumbuh/parallel";
 * const r = await scoreColumnsParallel(columns); // same columns, same result as scoreColumns
 * ```
 *
 * Inputs and outputs live in SharedArrayBuffers, so the workers read and
 * write them in place and nothing is copied back. Typed-array inputs that
 * are not on a SharedArrayBuffer are copied onto one first; plain arrays are
 * converted straight onto one. The workers are kept for the next call and do
 * not keep the process alive while idle; {@link closeParallelWorkers} ends
 * them.
 *
 * Memory: V8 does not count SharedArrayBuffer memory when it decides to
 * collect garbage, so the columns of results you have dropped are freed only
 * at the next collection your program triggers otherwise. To score batch
 * after batch in a loop, pass the columns of the first result back as
 * `options.out` (and keep inputs on SharedArrayBuffers): then no new shared
 * memory is allocated at all.
 * @categoryDescription Parallel
 * {@link tumbuh!scoreColumns} on worker threads (Node only).
 * @module tumbuh/parallel
 */
import os from "node:os";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { prepareColumns, type ScoreColumnsInput, type ScoreColumnsResult } from "../score/score-columns.js";
import { SCORE_OPTION_KEYS, scoringOptions } from "../score/options.js";
import { scoreKernel } from "../score/kernel.js";
import { allocateSharedOutput, type KernelOutput } from "../score/fields.js";
import { inputOf, type KernelInput } from "../score/input-columns.js";
import { adoptOutput } from "../score/adopt-output.js";
import { checkInteger, checkOptions } from "../util/checks.js";
import type { ScoreJob, ScoreJobDone } from "./protocol.js";

/**
 * Options of {@link scoreColumnsParallel}.
 * @category Parallel
 */
export interface ScoreColumnsParallelOptions {
  /**
   * Worker threads to split the rows over (each gets one contiguous range).
   * @defaultValue `os.availableParallelism()` (all cores)
   */
  readonly workers?: number;
  /**
   * As for {@link tumbuh!scoreColumns}: `"who"` rounds z-scores to 2 decimals as
   * WHO does and flags the rounded value; `"full"` keeps them unrounded.
   * @defaultValue "who"
   */
  readonly precision?: "who" | "full";
  /** As for {@link tumbuh!scoreColumns}: corrected age for children born preterm until this many months. @defaultValue 24 */
  readonly correctUntilMonths?: number;
  /**
   * Output columns to write into instead of allocating, as for
   * {@link tumbuh!scoreColumns} (any subset, each at least as long as the input),
   * but each on a SharedArrayBuffer: typically the columns of an earlier
   * `scoreColumnsParallel` result, reused batch after batch.
   */
  readonly out?: Partial<KernelOutput>;
  /**
   * The fewest rows worth a worker: at most `⌊rows / minRowsPerWorker⌋`
   * workers are used, and an input with fewer rows than this is scored on
   * the calling thread. (Handing a range to a worker costs a few
   * milliseconds, as much as scoring tens of thousands of rows.)
   * @defaultValue 100000
   */
  readonly minRowsPerWorker?: number;
}

const CALLER = "scoreColumnsParallel";
const OPTION_KEYS: readonly string[] = ["workers", ...SCORE_OPTION_KEYS, "out", "minRowsPerWorker"];
const DEFAULT_MIN_ROWS = 100_000;

/**
 * Scores a whole population in columns on several threads: exactly
 * {@link tumbuh!scoreColumns} (same validation, same result, bit for bit), with the
 * rows split into contiguous ranges scored by worker threads in parallel.
 * Up to about 1.8× faster on 2 cores, and more with more cores, from a few
 * hundred thousand rows on (see docs/performance.md).
 *
 * The output columns are typed arrays on SharedArrayBuffers (one per
 * column). They read and write like any typed array; posting one to another
 * thread shares it rather than copying it.
 *
 * @param columns - input columns, as for {@link tumbuh!scoreColumns}
 * @param options - worker count, precision, smallest range worth a worker
 * @returns a promise of the output columns, as {@link tumbuh!scoreColumns} returns them
 * @throws TypeError / RangeError (as a rejected promise) for the misuse {@link tumbuh!scoreColumns} rejects, and for a bad option
 *
 * Usage (Node, ES module): `const r = await scoreColumnsParallel({ sex, ageDays, weightKg, lenheiCm, measure });`
 * then `r.zwfl`, `r.reasons`, … exactly as from `scoreColumns`.
 * @category Parallel
 */
export async function scoreColumnsParallel(columns: ScoreColumnsInput, options?: ScoreColumnsParallelOptions): Promise<ScoreColumnsResult> {
  const input = prepareColumns(columns, CALLER, true);
  const o = checkOptions(options, OPTION_KEYS, CALLER) as ScoreColumnsParallelOptions;
  const { full, correctUntilDays } = scoringOptions(o, CALLER, OPTION_KEYS);
  const workers = o.workers === undefined ? defaultWorkers() : checkInteger(o.workers, 1, maxWorkers(), CALLER, "options.workers");
  const minRows = o.minRowsPerWorker === undefined ? DEFAULT_MIN_ROWS : checkInteger(o.minRowsPerWorker, 1, Number.MAX_SAFE_INTEGER, CALLER, "options.minRowsPerWorker");

  const n = input.length;
  const out = sharedOutput(n, o.out);
  if (n < minRows) {
    scoreKernel(input, out, 0, n, full, correctUntilDays);
  } else {
    const k = Math.max(1, Math.min(workers, Math.floor(n / minRows)));
    const shared = shareInput(input);
    const jobs: Promise<void>[] = [];
    for (let j = 0; j < k; j++) {
      const from = Math.floor((j * n) / k);
      const to = Math.floor(((j + 1) * n) / k);
      jobs.push(run(workerAt(j), { id: nextId++, input: shared, out, from, to, full, correctUntilDays }));
    }
    await Promise.all(jobs);
  }
  return Object.assign(out, { length: n });
}

/**
 * Ends the worker threads {@link scoreColumnsParallel} keeps between calls
 * (they are started again on the next call). Idle workers never keep the
 * process alive, so this is only needed to free their memory early or
 * before a clean shutdown in tests.
 * @category Parallel
 */
export async function closeParallelWorkers(): Promise<void> {
  const all = pool.splice(0, pool.length);
  await Promise.all(all.map((p) => p.worker.terminate()));
}

function defaultWorkers(): number {
  const available = (os as { availableParallelism?: () => number }).availableParallelism;
  return Math.max(1, typeof available === "function" ? available() : os.cpus().length);
}

/**
 * The most workers a call may ask for: four per core. More threads than that
 * only add start-up time and memory (each worker is a V8 isolate of ~10 MB);
 * a larger number is almost certainly a mistake.
 */
function maxWorkers(): number {
  return 4 * defaultWorkers();
}

// ---------------------------------------------------------------------------
// Shared memory

type Column = Float64Array | Float32Array | Uint8Array;

/** `a` if it is already on a SharedArrayBuffer, else a copy on one. */
function share(a: ArrayLike<number> | undefined): ArrayLike<number> | undefined {
  if (a === undefined) return undefined;
  const c = a as Column;
  if (c.buffer instanceof SharedArrayBuffer) return c;
  const Ctor = c.constructor as new (buffer: SharedArrayBuffer) => Column;
  const copy = new Ctor(new SharedArrayBuffer(c.byteLength));
  copy.set(c);
  return copy;
}

function shareInput(input: KernelInput): KernelInput {
  return inputOf(input.length, (name) => share(input[name]));
}

/**
 * Output columns of length `n`, in scoreColumns' order: the caller's where
 * given (checked as scoreColumns checks them, and to be on shared memory),
 * else each on a new SharedArrayBuffer.
 */
function sharedOutput(n: number, given: Partial<KernelOutput> | undefined): KernelOutput {
  return given === undefined || given === null ? allocateSharedOutput(n) : adoptOutput(n, given, CALLER, true);
}

// ---------------------------------------------------------------------------
// The pool

interface Pending {
  readonly resolve: () => void;
  readonly reject: (e: Error) => void;
}

interface Pooled {
  readonly worker: Worker;
  readonly jobs: Map<number, Pending>;
}

const pool: Pooled[] = [];
let nextId = 1;

/** The j-th pooled worker, started if need be. */
function workerAt(j: number): Pooled {
  while (pool.length <= j) pool.push(start());
  return pool[j]!;
}

function start(): Pooled {
  const p: Pooled = { worker: spawn(), jobs: new Map() };
  const fail = (e: Error) => {
    const i = pool.indexOf(p);
    if (i >= 0) pool.splice(i, 1);
    for (const job of p.jobs.values()) job.reject(e);
    p.jobs.clear();
  };
  p.worker.on("message", (m: ScoreJobDone) => {
    const job = p.jobs.get(m.id);
    if (job === undefined) return;
    p.jobs.delete(m.id);
    if (p.jobs.size === 0) p.worker.unref();
    if (m.error === undefined) job.resolve();
    else job.reject(new Error(`${CALLER}: a worker failed: ${m.error}`));
  });
  p.worker.on("error", (e) => fail(e instanceof Error ? e : new Error(String(e))));
  p.worker.on("exit", (code) => fail(new Error(`${CALLER}: a worker exited (code ${code})`)));
  p.worker.unref();
  return p;
}

function run(p: Pooled, job: ScoreJob): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    p.jobs.set(job.id, { resolve, reject });
    // Keep the process alive while a job is out (an idle pool does not).
    p.worker.ref();
    p.worker.postMessage(job);
  });
}

/**
 * Starts `parallel-worker.js`, the file built next to this module. When this
 * module runs from its TypeScript source (the package's own tests and
 * benchmarks, with tsx installed), the worker's `.ts` source is loaded
 * through tsx instead.
 */
function spawn(): Worker {
  const here = import.meta.url;
  // No inherited node options: the worker needs none, and some break it
  // (`node --input-type=module -e …` would apply to the worker's file).
  const execArgv: string[] = [];
  if (!here.endsWith(".ts")) return new Worker(new URL("./parallel-worker.js", here), { execArgv });
  // tsx's ESM API (its `import` build sits next to the `require` build).
  const api = pathToFileURL(createRequire(here).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const source = new URL("./parallel-worker.ts", here).href;
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true, execArgv });
}
