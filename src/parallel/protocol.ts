import type { KernelOutput } from "../score/fields.js";
import type { KernelInput } from "../score/input-columns.js";

/**
 * A job for a worker: rows `[from, to)`. The typed arrays of `input` and
 * `out` are views of SharedArrayBuffers, so posting them shares the memory
 * (nothing is copied).
 * @internal
 */
export interface ScoreJob {
  readonly id: number;
  readonly input: KernelInput;
  readonly out: KernelOutput;
  readonly from: number;
  readonly to: number;
  readonly full: boolean;
  readonly correctUntilDays: number;
}

/** A worker's reply to job `id`: done, or the error it threw. @internal */
export interface ScoreJobDone {
  readonly id: number;
  readonly error?: string;
}
