import { checkDateOptions, readDate, type DateReason, type ParseDateOptions } from "./parse-date.js";

/**
 * An age as {@link ageInDays} computed it.
 * @category Dates
 */
export interface AgeReading {
  /** Whole days from the birth to the visit; NaN when either date cannot be read or the visit is before the birth. */
  readonly days: number;
  /** Why `days` is NaN; null when it is a number. */
  readonly reason: DateReason | null;
  /** Which date `reason` is about (`visit-before-birth`: both). */
  readonly date: "dob" | "visit" | "both" | null;
}

/**
 * A child's age in whole days at a visit: the number of days from the date
 * of birth to the visit date, counted on the calendar (no time of day, no
 * time zone, no daylight saving), as WHO anthro computes age from two dates.
 * Both dates are read as {@link parseDate} reads them, with the same
 * `format`. Never throws for a bad date: the reading's `reason` says what is
 * wrong and `date` which date it is.
 *
 * @param dob - date of birth: a string, `Date` or {@link CalendarDate}
 * @param visit - date of the measurement, likewise
 * @param options - the order of day and month, and today for the future check
 * @returns the age in days, or NaN with the reason
 * @throws RangeError for an unknown `format`; TypeError for unknown options
 *
 * @example
 * ageInDays("15/03/2022", "17/02/2024").days; // => 704
 * @example
 * ageInDays("2024-02-17", "2022-03-15").reason; // => "visit-before-birth"
 * @example
 * score({ sex: "P", ageDays: ageInDays("15/03/2022", "17/02/2024").days, weightKg: 11.2 }).zwei; // => -0.07
 * @category Dates
 */
export function ageInDays(dob: unknown, visit: unknown, options?: ParseDateOptions): AgeReading {
  const { format, today } = checkDateOptions(options, "ageInDays");
  const birth = readDate(dob, format, today);
  if (birth.reason !== null) return { days: Number.NaN, reason: birth.reason, date: "dob" };
  const seen = readDate(visit, format, today);
  if (seen.reason !== null) return { days: Number.NaN, reason: seen.reason, date: "visit" };
  const days = seen.days - birth.days;
  return days < 0 ? { days: Number.NaN, reason: "visit-before-birth", date: "both" } : { days, reason: null, date: null };
}
