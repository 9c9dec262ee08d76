/**
 * Which of WHO's velocity intervals a pair of measurements fits. WHO's
 * tables are for increments between exact ages (the visits of the WHO
 * Multicentre Growth Reference Study: weeks 1, 2, 4 and 6, monthly from 2 to
 * 12 months, every 2 months in the second year); WHO gives no rule for
 * pairs taken a few days off those ages, so this is tumbuh's, documented in
 * docs/velocity.md:
 *
 * 1. Spacing: the days between the two measurements must be the interval's
 *    length (28 days for `0-4 wks`, 32.875 for `4 wks-2 mo`, 30.4375 for the
 *    other 1-month intervals, 60.875 for 2-month intervals) within
 *    {@link VELOCITY_SPACING_TOLERANCE_DAYS}: ±5 days for 1 month, ±10 days
 *    for 2 months (about a sixth of the length either way).
 * 2. Age: the interval is the one whose start age is nearest the age at the
 *    first measurement (each start owns the ages closer to it than to its
 *    neighbours' starts, a half-open window `[lo, hi)`; the first and last
 *    windows reach half a month (15.22 days) beyond their start).
 *
 * Weight has both 1- and 2-month tables; the spacing decides which (the two
 * spacing windows do not overlap).
 */
import { DAYS_PER_MONTH } from "../who/constants.js";
import { intervalCount, intervalEndDays, intervalStartDays, ONE_MONTH_INTERVALS, type VelocityMeasure, type VelocityMonths } from "./intervals.js";

/**
 * How far (days) the spacing of two measurements may be from the length of
 * a WHO velocity interval: 5 days for 1-month intervals, 10 days for 2-month
 * intervals. tumbuh's tolerance (WHO sets none): monthly posyandu visits 4
 * or 5 weeks apart (28–35 days) fit a 1-month interval.
 *
 * @example
 * VELOCITY_SPACING_TOLERANCE_DAYS[1]; // => 5
 * @category Velocity
 */
export const VELOCITY_SPACING_TOLERANCE_DAYS: Readonly<Record<VelocityMonths, number>> = { 1: 5, 2: 10 };

/** {@link matchInterval}: the spacing is neither 1 nor 2 months within the tolerance. @internal */
export const NOT_STANDARD = -1;
/** {@link matchInterval}: the spacing fits but WHO has no interval starting near that age. @internal */
export const AGE_OUTSIDE = -2;

const HALF_MONTH = DAYS_PER_MONTH / 2;

/** The interval of `months` whose start window holds `fromDays`, or −1. */
function startWindow(months: VelocityMonths, n: number, fromDays: number): number {
  if (!(fromDays >= intervalStartDays(months, 0) - HALF_MONTH)) return -1;
  for (let k = 0; k < n; k++) {
    const hi = k + 1 < n ? (intervalStartDays(months, k) + intervalStartDays(months, k + 1)) / 2 : intervalStartDays(months, k) + HALF_MONTH;
    if (fromDays < hi) return k;
  }
  return -1;
}

/**
 * The oldest age (days) at which a pair of measurements of `measure` can end
 * and still fit a WHO interval: the last start window's end plus the longest
 * spacing allowed. Beyond it {@link matchInterval} finds nothing.
 * @internal
 */
export function pairsEndBy(measure: VelocityMeasure): number {
  let end = 0;
  for (const months of [1, 2] as const) {
    const n = intervalCount(measure, months);
    if (n === 0) continue;
    const lastStart = intervalStartDays(months, n - 1);
    const longest = Math.max(intervalEndDays(months, n - 1) - lastStart, months * DAYS_PER_MONTH);
    end = Math.max(end, lastStart + HALF_MONTH + longest + VELOCITY_SPACING_TOLERANCE_DAYS[months]);
  }
  return end;
}

/**
 * The WHO interval a pair of measurements at ages `fromDays` and `toDays`
 * fits, as a code: 1 + its index in {@link VELOCITY_INTERVALS} (1-month
 * intervals first); or {@link NOT_STANDARD} / {@link AGE_OUTSIDE}. Ages must
 * be finite numbers ≥ 0.
 * @internal
 */
export function matchInterval(measure: VelocityMeasure, fromDays: number, toDays: number): number {
  const gap = toDays - fromDays;
  let ageOutside = false;
  for (const months of [1, 2] as const) {
    const n = intervalCount(measure, months);
    if (n === 0) continue;
    const k = startWindow(months, n, fromDays);
    const length = k >= 0 ? intervalEndDays(months, k) - intervalStartDays(months, k) : months * DAYS_PER_MONTH;
    if (!(Math.abs(gap - length) <= VELOCITY_SPACING_TOLERANCE_DAYS[months])) continue;
    if (k < 0) {
      ageOutside = true;
      continue;
    }
    return 1 + k + (months === 2 ? ONE_MONTH_INTERVALS.length : 0);
  }
  return ageOutside ? AGE_OUTSIDE : NOT_STANDARD;
}
