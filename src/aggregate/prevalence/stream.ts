/**
 * Prevalence a batch at a time, for callers that read their rows in
 * batches (the command line): an accumulator for the analysis, fed with
 * `add(columns, options)` as `prevalence` takes them for each batch, and
 * the same result as one call on all rows.
 * @internal
 */
import { PrevalenceAccumulator } from "./accumulator.js";
import { ANALYSIS_0TO5, ANALYSIS_5TO19 } from "./analyses.js";
import { ANTHRO_MODE, ANTHROPLUS_MODE, anthroplusTableOf, anthroTableOf, type AnthroTable } from "./anthro-table.js";
import { toResult } from "./results.js";
import type { PrevalenceResult } from "./types.js";

/** The age range analysed: 0–5 years (WHO anthro) or 5–19 years (WHO anthroplus). @internal */
export type PrevalenceAges = "0-5" | "5-19";

/** A running prevalence: the library's result, or WHO's own table. @internal */
export interface PrevalenceStream {
  readonly accumulator: PrevalenceAccumulator;
  /** `prevalence`'s (`prevalence5to19`'s) result of every row added. */
  result(): PrevalenceResult;
  /** WHO anthro's (anthroplus's) table of every row added. */
  whoTable(): AnthroTable;
}

/**
 * A prevalence that takes its rows in batches.
 * @param whoTable - computed as WHO's table is (its grouping columns, its level order)
 * @internal
 */
export function prevalenceStream(ages: PrevalenceAges, whoTable: boolean): PrevalenceStream {
  const analysis = ages === "0-5" ? ANALYSIS_0TO5 : ANALYSIS_5TO19;
  const mode = whoTable ? (ages === "0-5" ? ANTHRO_MODE : ANTHROPLUS_MODE) : { anthro: false };
  const accumulator = new PrevalenceAccumulator(analysis, mode);
  return {
    accumulator,
    result: () => toResult(accumulator.finish(), ages === "0-5" ? null : "WA"),
    whoTable: () => (ages === "0-5" ? anthroTableOf : anthroplusTableOf)(accumulator.finish()),
  };
}
