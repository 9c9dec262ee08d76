/**
 * WHO's growth-velocity intervals (WHO Child Growth Standards: Growth
 * velocity based on weight, length and head circumference, 2009), by the
 * labels WHO prints, and the ages in days each one runs between.
 */
import { DAYS_PER_MONTH, VELOCITY_WEEK_4_DAYS } from "../who/constants.js";

/**
 * What a velocity is of: weight (kg), length (cm) or head circumference (cm).
 * @category Velocity
 */
export type VelocityMeasure = "weight" | "length" | "head";

/**
 * The length of WHO's interval in months: 1 (weight only, birth to 12 months) or 2.
 * @category Velocity
 */
export type VelocityMonths = 1 | 2;

/**
 * WHO's 1-month intervals (weight, birth to 12 months), in table order: birth
 * to 4 weeks, 4 weeks to 2 months, then whole months.
 *
 * @example
 * ONE_MONTH_INTERVALS.slice(0, 3); // => ["0-4 wks", "4 wks-2 mo", "2-3 mo"]
 * @category Velocity
 */
export const ONE_MONTH_INTERVALS = [
  "0-4 wks", "4 wks-2 mo", "2-3 mo", "3-4 mo", "4-5 mo", "5-6 mo",
  "6-7 mo", "7-8 mo", "8-9 mo", "9-10 mo", "10-11 mo", "11-12 mo",
] as const;

/**
 * WHO's 2-month intervals, in table order, starting every month: weight and
 * length to 24 months (all 23), head circumference to 12 months (the first 11).
 *
 * @example
 * [TWO_MONTH_INTERVALS[0], TWO_MONTH_INTERVALS[10], TWO_MONTH_INTERVALS.length]; // => ["0-2 mo", "10-12 mo", 23]
 * @category Velocity
 */
export const TWO_MONTH_INTERVALS = [
  "0-2 mo", "1-3 mo", "2-4 mo", "3-5 mo", "4-6 mo", "5-7 mo", "6-8 mo", "7-9 mo",
  "8-10 mo", "9-11 mo", "10-12 mo", "11-13 mo", "12-14 mo", "13-15 mo", "14-16 mo", "15-17 mo",
  "16-18 mo", "17-19 mo", "18-20 mo", "19-21 mo", "20-22 mo", "21-23 mo", "22-24 mo",
] as const;

/** The number of head-circumference intervals: `0-2 mo` … `10-12 mo`. */
const HEAD_INTERVALS = 11;

/**
 * One of WHO's interval labels (ASCII hyphens; WHO prints en dashes).
 * @category Velocity
 */
export type VelocityInterval = (typeof ONE_MONTH_INTERVALS)[number] | (typeof TWO_MONTH_INTERVALS)[number];

/**
 * Every interval label, 1-month intervals first: the codes of
 * {@link GrowthTrajectories.velocityInterval} are 1 + an index into this list
 * (0 = none).
 *
 * @example
 * VELOCITY_INTERVALS[0]; // => "0-4 wks"
 * VELOCITY_INTERVALS[12]; // => "0-2 mo"
 * VELOCITY_INTERVALS.length; // => 35
 * @category Velocity
 */
export const VELOCITY_INTERVALS: readonly VelocityInterval[] = /* @__PURE__ */ (ONE_MONTH_INTERVALS as readonly VelocityInterval[]).concat(TWO_MONTH_INTERVALS);

/**
 * How many intervals WHO publishes for a measure and interval length: 12
 * (1-month weight, to 12 months), 23 (2-month weight and length, to 24
 * months), 11 (2-month head circumference, to 12 months), 0 (no such table).
 * @internal
 */
export function intervalCount(measure: VelocityMeasure, months: VelocityMonths): number {
  if (months === 1) return measure === "weight" ? ONE_MONTH_INTERVALS.length : 0;
  return measure === "head" ? HEAD_INTERVALS : TWO_MONTH_INTERVALS.length;
}

/** The label of interval `k` of the tables of `months`. @internal */
export function intervalLabel(months: VelocityMonths, k: number): VelocityInterval {
  return months === 1 ? ONE_MONTH_INTERVALS[k]! : TWO_MONTH_INTERVALS[k]!;
}

/** The index of `label` among the intervals of a measure and length, or −1. @internal */
export function intervalIndex(measure: VelocityMeasure, months: VelocityMonths, label: unknown): number {
  const list: readonly string[] = months === 1 ? ONE_MONTH_INTERVALS : TWO_MONTH_INTERVALS;
  const k = typeof label === "string" ? list.indexOf(label) : -1;
  return k < intervalCount(measure, months) ? k : -1;
}

/**
 * The age in days at which interval `k` starts: `0-4 wks` at birth, `4 wks-2 mo`
 * at day 28, the others at whole months (k·30.4375 for 2-month interval k).
 * @internal
 */
export function intervalStartDays(months: VelocityMonths, k: number): number {
  if (months === 2) return k * DAYS_PER_MONTH;
  return k === 0 ? 0 : k === 1 ? VELOCITY_WEEK_4_DAYS : k * DAYS_PER_MONTH;
}

/** The age in days at which interval `k` ends (28 days for `0-4 wks`). @internal */
export function intervalEndDays(months: VelocityMonths, k: number): number {
  if (months === 2) return (k + 2) * DAYS_PER_MONTH;
  return k === 0 ? VELOCITY_WEEK_4_DAYS : (k + 1) * DAYS_PER_MONTH;
}
