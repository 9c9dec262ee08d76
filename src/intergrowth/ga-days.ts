import { DAYS_PER_WEEK } from "./constants.js";

/**
 * Gestational weeks to days, a whole day when within 1e-9 of one (so 32 +
 * 6/7 weeks is day 230, not 229.99999999999997).
 * @internal
 */
export function gaWeeksToDays(weeks: number): number {
  const days = weeks * DAYS_PER_WEEK;
  const whole = Math.round(days);
  return Math.abs(days - whole) <= 1e-9 ? whole : days;
}

/**
 * The gestational age at birth in days of a row: `gaDays` where it is not
 * NaN, else `gaWeeks` converted by {@link gaWeeksToDays}; NaN when neither
 * is given.
 * @internal
 */
export function birthGaDays(gaDays: number, gaWeeks: number): number {
  return gaDays === gaDays ? gaDays : gaWeeksToDays(gaWeeks);
}
