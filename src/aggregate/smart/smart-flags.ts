/**
 * SMART flags (ENA for SMART): a z-score is flagged when it lies more than
 * 3 from the survey's own mean of that indicator — the mean of the
 * z-scores WHO does not flag — instead of outside WHO's fixed limits. The
 * window moves with the population: with a mean WHZ of −0.8 it is
 * −3.8 … +2.2. A z-score WHO flags is flagged here too.
 */
import { numberValue } from "../../record/codes.js";
import type { NumberColumn } from "../../score/score-columns.js";
import { checkColumn } from "../../util/checks.js";

/**
 * How far from the survey mean a z-score may lie before SMART flags it.
 * @category Aggregation
 */
export const SMART_FLAG_RANGE = 3;

/**
 * The SMART flags of one indicator, and the window they come from.
 * @category Aggregation
 */
export interface SmartFlags {
  /** Mean of the z-scores counted (finite, not flagged by WHO); null when there are none. */
  readonly mean: number | null;
  /** mean − 3: lower z-scores are flagged; null without a mean. */
  readonly lower: number | null;
  /** mean + 3: higher z-scores are flagged; null without a mean. */
  readonly upper: number | null;
  /** Per row: 1 flagged, 0 not, NaN where the z-score is missing (as WHO's flag columns). */
  readonly flags: Float64Array;
  /** Rows flagged. */
  readonly flagged: number;
}

/**
 * The mean of the z-scores in `rows` (all rows when undefined) that are
 * finite and not flagged by WHO (`whoFlags[i] === 1`). NaN when none.
 * @internal
 */
export function unflaggedMean(z: ArrayLike<number>, whoFlags: ArrayLike<number> | undefined, rows?: (i: number) => boolean): number {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    const x = z[i]!;
    if (!Number.isFinite(x) || (whoFlags !== undefined && whoFlags[i] === 1) || (rows !== undefined && !rows(i))) continue;
    n++;
    sum += x;
  }
  return n > 0 ? sum / n : Number.NaN;
}

/**
 * Whether a z-score is SMART-flagged around `mean`: flagged by WHO, or
 * outside mean ± 3. False for a missing z-score.
 * @internal
 */
export function isSmartFlagged(z: number, whoFlag: number, mean: number): boolean {
  if (!Number.isFinite(z)) return false;
  return whoFlag === 1 || z < mean - SMART_FLAG_RANGE || z > mean + SMART_FLAG_RANGE;
}

/**
 * SMART flags of one z-score column: the mean of the z-scores WHO does
 * not flag, and each z-score flagged when it lies outside that mean ± 3
 * (strictly) or is flagged by WHO. As ENA for SMART uses them for WHZ, HAZ
 * and WAZ; compute them on the survey's children only (one call per survey
 * or stratum), since the window depends on who is in it.
 *
 * @param z - z-scores (NaN, null or blank for missing), e.g. `zwfl` of {@link scoreColumns}
 * @param whoFlags - WHO's flags of the same z-scores (1 = implausible), e.g. `fwfl`; they are left out of the mean and flagged
 * @returns the mean, the window and the flags
 * @throws TypeError when a column is not an array; RangeError when the lengths differ
 *
 * @example
 * // WHZ of six children; WHO flags the last (−7 is below −5)
 * const s = smartFlags([-0.5, -1, 0.5, -4, 2.5, -7], [0, 0, 0, 0, 0, 1]);
 * s.mean; // => -0.5
 * [s.lower, s.upper]; // => [-3.5, 2.5]
 * Array.from(s.flags); // => [0, 0, 0, 1, 0, 1]
 * @category Aggregation
 */
export function smartFlags(z: NumberColumn, whoFlags?: NumberColumn): SmartFlags {
  const caller = "smartFlags";
  const zc = checkColumn(z, undefined, caller, "z");
  const n = zc.length;
  const zs = Float64Array.from({ length: n }, (_, i) => numberValue(zc[i]));
  const fc = whoFlags === undefined ? undefined : checkColumn(whoFlags, n, caller, "whoFlags", "z");
  const fs = fc === undefined ? undefined : Float64Array.from({ length: n }, (_, i) => numberValue(fc[i]));
  const m = unflaggedMean(zs, fs);
  const flags = new Float64Array(n);
  let flagged = 0;
  for (let i = 0; i < n; i++) {
    const x = zs[i]!;
    if (!Number.isFinite(x)) flags[i] = Number.NaN;
    else if (isSmartFlagged(x, fs === undefined ? 0 : fs[i]!, m)) {
      flags[i] = 1;
      flagged++;
    }
  }
  const has = m === m;
  return { mean: has ? m : null, lower: has ? m - SMART_FLAG_RANGE : null, upper: has ? m + SMART_FLAG_RANGE : null, flags, flagged };
}
