/**
 * `options.flags: "smart"`: the flag column an indicator is read with when
 * SMART's flags replace WHO's — 1 for a z-score more than 3 from the mean of
 * the analysed children's unflagged z-scores of that indicator, or flagged
 * by WHO.
 * @internal
 */
import { isSmartFlagged, unflaggedMean } from "../smart/smart-flags.js";
import type { AnalysisIndicator } from "./analyses.js";
import { KEPT, type RowStatus } from "./inclusion.js";

/**
 * SMART's flags of indicator `spec` over the rows in the analysis (right
 * age, with a design), oedema left out of the mean where it counts for the
 * indicator.
 * @internal
 */
export function smartFlagColumn(spec: AnalysisIndicator, z: ArrayLike<number>, whoFlags: ArrayLike<number> | null, status: RowStatus): Float64Array {
  const { reason, months, oedema } = status;
  const counted = (i: number) =>
    reason[i] === KEPT && !(spec.oedema && oedema[i] === 1) && (spec.maxMonths === undefined || months[i]! <= spec.maxMonths);
  const mean = unflaggedMean(z, whoFlags ?? undefined, counted);
  const out = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) out[i] = isSmartFlagged(z[i]!, whoFlags === null ? 0 : whoFlags[i]!, mean) ? 1 : 0;
  return out;
}
