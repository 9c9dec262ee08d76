/**
 * Results assembly: a computation's groups, breakdown by breakdown and level
 * by level, as the `PrevalenceResult` of `prevalence` and `prevalence5to19`.
 * @internal
 */
import type { Breakdown } from "./breakdowns.js";
import type { Computed } from "./computation.js";
import { combinedEstimates, indicatorEstimates } from "./estimates.js";
import type { IndicatorEstimates, PrevalenceGroup, PrevalenceIndicator, PrevalenceResult } from "./types.js";

/**
 * Calls `visit` for every group of a computation, in order: its breakdown
 * (and that breakdown's index), its level and label, and its domain `d`.
 * @internal
 */
export function forEachGroup(c: Computed, visit: (b: Breakdown, bi: number, level: number, label: string, d: number) => void): void {
  c.breakdowns.forEach((b, bi) => {
    b.labels.forEach((label, l) => visit(b, bi, l, label, c.offsets[bi]! + l));
  });
}

/**
 * The result's groups. `omitWithoutAge` names an indicator that is left out
 * of breakdowns without an age component (anthroplus's weight-for-age).
 * @internal
 */
export function toResult(c: Computed, omitWithoutAge: PrevalenceIndicator | null): PrevalenceResult {
  const groups: PrevalenceGroup[] = [];
  forEachGroup(c, (b, _bi, l, label, d) => {
    const indicators: Partial<Record<PrevalenceIndicator, IndicatorEstimates>> = {};
    c.indicators.forEach((spec, v) => {
      if (spec.code === omitWithoutAge && !b.hasAge) return;
      indicators[spec.code] = indicatorEstimates(c, d, v);
    });
    groups.push({
      breakdown: b.name,
      label,
      key: b.keys[l]!,
      indicators,
      ...(c.combined ? { combined: combinedEstimates(c, d) } : {}),
    });
  });
  return { method: c.method, df: c.df, rows: c.rows, analysed: c.analysed, groups, excluded: c.excluded };
}
