/**
 * The computation shared by the 0–5 and 5–19 prevalence functions and by
 * the WHO-compatible tables: all rows added to one accumulator (see
 * `accumulator.ts`) and its sums taken; `estimates.ts` turns them into
 * estimates.
 * @internal
 */
import { PrevalenceAccumulator, type Computed, type ComputeMode } from "./accumulator.js";
import type { Analysis } from "./analyses.js";

export type { Computed, ComputeMode, EstimateSettings } from "./accumulator.js";

/**
 * Runs the whole computation on `columns` with `options`.
 * @internal
 */
export function compute(columns: unknown, options: unknown, analysis: Analysis, mode: ComputeMode): Computed {
  const acc = new PrevalenceAccumulator(analysis, mode);
  acc.add(columns, options);
  return acc.finish();
}
