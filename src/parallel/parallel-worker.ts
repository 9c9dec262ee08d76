/**
 * The worker side of `scoreColumnsParallel`: scores the rows `[from, to)` of
 * shared input columns into shared output columns with the same kernel as
 * `scoreColumns`, and says when it is done. Built as its own file
 * (`dist/parallel-worker.js`), next to `dist/parallel.js`, which starts it
 * with `new URL("./parallel-worker.js", import.meta.url)`.
 * @internal
 * @packageDocumentation
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort } from "node:worker_threads";
import { scoreKernel } from "../score/kernel.js";
import { outputOf, type KernelOutput } from "../score/fields.js";
import { inputOf, type KernelInput } from "../score/input-columns.js";
import type { ScoreJob, ScoreJobDone } from "./protocol.js";

const port = parentPort;
if (port === null) throw new Error("tumbuh/parallel: parallel-worker must run in a worker thread");

/**
 * A full garbage collection of this worker's heap, or undefined if it
 * cannot be had. V8 does not count SharedArrayBuffer memory when deciding to
 * collect, and this worker allocates almost nothing, so without it the
 * views of every job's columns would stay reachable here (and their memory
 * held) long after the caller has dropped them. The collection takes about
 * a millisecond (the heap is tiny). `gc` is exposed only while this worker
 * takes it: the flag is process-wide, and is set back at once.
 */
function garbageCollector(): (() => void) | undefined {
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === "function") return existing as () => void;
  try {
    setFlagsFromString("--expose-gc");
    try {
      const gc: unknown = runInNewContext("gc");
      return typeof gc === "function" ? (gc as () => void) : undefined;
    } finally {
      setFlagsFromString("--no-expose-gc");
    }
  } catch {
    return undefined;
  }
}

const collect = garbageCollector();

/**
 * The job's columns in objects of this module's own making. A message's
 * objects get their hidden classes from the deserializer; once a job is
 * garbage, the collection below may drop those classes, and the kernel's
 * optimised code, which depends on them, would be thrown away and compiled
 * again for the next job (tens of milliseconds). Literals here keep the
 * same classes for the life of the worker.
 */
function input(i: KernelInput): KernelInput {
  return inputOf(i.length, (name) => i[name]);
}

function output(o: KernelOutput): KernelOutput {
  return outputOf((field) => o[field.name as keyof KernelOutput]);
}

port.on("message", (job: ScoreJob) => {
  let reply: ScoreJobDone;
  try {
    scoreKernel(input(job.input), output(job.out), job.from, job.to, job.full, job.correctUntilDays);
    reply = { id: job.id };
  } catch (e) {
    reply = { id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
  // Once this handler has returned, nothing here refers to the job's columns.
  if (collect !== undefined) setImmediate(collect);
});
