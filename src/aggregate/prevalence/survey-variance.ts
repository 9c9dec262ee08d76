/**
 * Survey variances of many groups at once: weighted totals and
 * Taylor-linearised variances of ratio means (prevalences and mean z-scores)
 * for a stratified cluster design with clusters nested in strata and lonely
 * PSUs handled as R's survey package does with
 * `options(survey.lonely.psu = "adjust")` — what WHO anthro and anthroplus
 * compute through `survey::svymean`.
 *
 * For a domain d and a variable y (a 0/1 indicator or a z-score), with
 * weights w over the rows of d where y is not missing:
 *
 *   W = Σ w,   r = Σ w·y / W,   z_i = w_i (y_i − r) / W
 *   Z_hj = Σ_{i in PSU j of stratum h} z_i
 *   var(r) = Σ_h  n_h/(n_h − 1) · Σ_j (Z_hj − Z̄_h)²      (n_h > 1)
 *          + Σ_h  Z_h1²                                  (n_h = 1, "adjust")
 *
 * where n_h counts the PSUs of stratum h in the whole design (PSUs outside
 * the domain count with Z = 0), as survey::svyrecvar does for a domain.
 *
 * Rows are accumulated into "cells" (combinations of breakdown levels), and
 * each group is a sum of cells, so a row is added once per unit rather than
 * once per group (`weighted-sums.ts`). Two strategies, both passes over typed
 * arrays with no per-row objects:
 *  - rows are their own PSUs (no clusters): weighted moments per (stratum,
 *    cell), expanded in closed form after the pass (`variance-rows-as-psus.ts`);
 *  - clusters: a pass over the rows ordered by stratum and PSU that
 *    accumulates each PSU's centred total and, per stratum, their spread
 *    (`variance-by-cluster.ts`).
 * @internal
 */
import { accumulate, cellsToDomains, centredMoments, layout, totals } from "./weighted-sums.js";
import { psuVariances } from "./variance-by-cluster.js";
import { momentVariances } from "./variance-rows-as-psus.js";
import type { EngineInput, EngineOutput } from "./survey-variance-types.js";

/** Memory budget (doubles) for the per-(stratum, domain) moment strategy. */
const MOMENT_BUDGET = 1 << 22;

export type { AccumulationUnits, CategoricalVar, DesignArrays, EngineInput, EngineOutput, OutputLayout } from "./survey-variance-types.js";

/**
 * Totals and variances for every domain.
 * @internal
 */
export function runEngine(input: EngineInput, strategy: "auto" | "moments" | "psu" = "auto"): EngineOutput {
  const L = layout(input);
  const rowPsus = input.psu === null;
  const momentSize = input.nStrata * (input.cells + input.domains) * L.slots;
  const useMoments = strategy === "moments" || (strategy === "auto" && rowPsus && momentSize <= MOMENT_BUDGET);
  if (useMoments) {
    if (!rowPsus) throw new RangeError("runEngine: the moment strategy needs rows as PSUs");
    const cellAcc = new Float64Array(input.nStrata * input.cells * L.slots);
    accumulate(input, L, cellAcc, true);
    const acc = cellsToDomains(input, L.slots, cellAcc, input.nStrata);
    const out = totals(input, L, acc, input.nStrata);
    const cen = centredMoments(input, L, cellAcc, input.nStrata, out);
    momentVariances(input, L, acc, cen, out);
    return out;
  }
  const cellAcc = new Float64Array(input.cells * L.slots);
  accumulate(input, L, cellAcc, false);
  const out = totals(input, L, cellsToDomains(input, L.slots, cellAcc, 1), 1);
  centredMoments(input, L, cellAcc, 1, out);
  psuVariances(input, L, out);
  return out;
}
