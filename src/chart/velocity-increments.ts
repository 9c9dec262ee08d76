/**
 * The increments a velocity chart marks: a child's measurements paired the
 * way WHO's intervals need them — each measurement with the most recent
 * earlier one whose pair fits an interval of the chart's table (the rule of
 * {@link growthVelocity}) — and the measurements that make no such pair.
 * @internal
 */
import { DAYS_PER_MONTH } from "../who/constants.js";
import { matchInterval } from "../velocity/interval-match.js";
import { ONE_MONTH_INTERVALS, type VelocityMeasure, type VelocityMonths } from "../velocity/intervals.js";
import { tableUnitsPer } from "../velocity/tables.js";

/**
 * A measurement: age in days (or in months, used when `ageDays` is absent) and the value, kg or cm.
 * @category Charts
 */
export interface VelocityChartPoint {
  /** Age in days. */
  readonly ageDays?: number;
  /** Age in months (× 30.4375 days), used when `ageDays` is absent. */
  readonly ageMonths?: number;
  /** Weight in kg, or length or head circumference in cm. */
  readonly value: number;
}

/**
 * Why a measurement has no increment on the chart:
 * - `invalid-child`: the child entry is not an object with a `points` array (`point` −1);
 * - `invalid-x`: no usable age;
 * - `invalid-value`: the value is missing, not a finite number, or ≤ 0;
 * - `no-pair`: no earlier measurement of the child makes a pair that fits
 *   one of the chart's intervals (a first measurement, or the earlier ones
 *   are not one or two months before within the tolerance, or at ages the
 *   chart's table does not cover).
 * @category Charts
 */
export type VelocityChartSkipReason = "invalid-child" | "invalid-x" | "invalid-value" | "no-pair";

/** An increment: from measurement `from` to `to` (indexes into the child's points), over interval `k` of the chart's table, in the table's unit (g or cm). @internal */
export interface Increment {
  readonly from: number;
  readonly to: number;
  readonly k: number;
  readonly value: number;
}

function ageOf(p: unknown): number {
  const o = p as { ageDays?: unknown; ageMonths?: unknown };
  const a = typeof o.ageDays === "number" ? o.ageDays : typeof o.ageMonths === "number" ? o.ageMonths * DAYS_PER_MONTH : Number.NaN;
  return a >= 0 && a < Infinity ? a : Number.NaN;
}

/**
 * The increments of one child's measurements for a table (`measure`,
 * `months`), in age order, and a skip for each measurement without one.
 * @internal
 */
export function childIncrements(points: readonly unknown[], measure: VelocityMeasure, months: VelocityMonths, skip: (point: number, reason: VelocityChartSkipReason) => void): Increment[] {
  const usable: { index: number; age: number; value: number }[] = [];
  points.forEach((p, index) => {
    if (p === null || typeof p !== "object") return skip(index, "invalid-x");
    const age = ageOf(p);
    const value = (p as { value?: unknown }).value;
    if (age !== age) return skip(index, "invalid-x");
    if (typeof value !== "number" || !(value > 0 && value < Infinity)) return skip(index, "invalid-value");
    usable.push({ index, age, value });
  });
  usable.sort((a, b) => a.age - b.age || a.index - b.index);
  const first = months === 2 ? ONE_MONTH_INTERVALS.length : 0;
  const count = months === 2 ? Infinity : ONE_MONTH_INTERVALS.length;
  const out: Increment[] = [];
  for (let j = 0; j < usable.length; j++) {
    const to = usable[j]!;
    let found: Increment | undefined;
    for (let i = j - 1; i >= 0 && found === undefined; i--) {
      const from = usable[i]!;
      const code = matchInterval(measure, from.age, to.age) - 1;
      if (code >= first && code - first < count) found = { from: from.index, to: to.index, k: code - first, value: (to.value - from.value) * tableUnitsPer(measure) };
    }
    if (found === undefined) skip(to.index, "no-pair");
    else out.push(found);
  }
  return out;
}
