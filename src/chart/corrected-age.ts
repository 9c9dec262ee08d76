/**
 * Where a child born preterm is plotted on a WHO age-based chart: at the
 * age corrected for prematurity, as `score` computes it (chronological age
 * − (280 − gestational age) days, for a child born before 37+0 weeks, until
 * a corrected age of `correctUntilMonths`). The chart marks those points.
 * @internal
 */
import { prematurityCorrection } from "../who/rules.js";
import type { GrowthChartChild } from "./types.js";

const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : Number.NaN);

/**
 * The age in days to plot a point at, and whether it is corrected; or
 * `"before-term"` when the child has not reached its term date (a corrected
 * age below 0, before the WHO standards start). A child without a usable
 * gestational age (or born at term) is plotted at its age as given.
 * @param ageDays - the point's age in days (valid)
 * @internal
 */
export function chartAgeDays(child: GrowthChartChild, ageDays: number, untilDays: number): { readonly days: number; readonly corrected: boolean } | "before-term" {
  const c = prematurityCorrection(ageDays, num(child.gaDays), num(child.gaWeeks), untilDays);
  if (c < 0) return c === -Infinity ? { days: ageDays, corrected: false } : "before-term";
  return c === c ? { days: c, corrected: true } : { days: ageDays, corrected: false };
}
