/**
 * Calendar dates as people write them in registers and spreadsheet exports:
 * ISO `2024-11-14` (with or without zero padding, with a time part), day
 * first `14/11/2024`, `14-11-2024`, `14.11.2024` (the Indonesian default),
 * month first `11/14/2024`, and month names in English or Bahasa Indonesia
 * (`14 Nov 2024`, `14-Agustus-2024`). A date that cannot be read, or that
 * cannot be a child's real date, is never guessed: it comes back with a
 * reason.
 */
import { isMissingText } from "../record/missing.js";
import { daysFromCivil, daysInMonth } from "./calendar.js";

/**
 * The order of day, month and year: `ymd` year first (ISO), `dmy` day
 * first (Indonesia, most of the world), `mdy` month first (the USA), or
 * `auto`: year-first dates and month names read in any case; for a day-first
 * or month-first date, the order its numbers show (a first number above 12
 * is a day), and otherwise `date-ambiguous` (see {@link dateOrderEvidence}
 * to decide a whole column).
 * @category Dates
 */
export type DateFormat = "auto" | "ymd" | "dmy" | "mdy";

/**
 * Why a date was not read:
 * - `date-missing`: blank or a missing marker (`NA`, `-`, …);
 * - `date-invalid`: not a date in any form tumbuh reads, or not in the given format;
 * - `date-ambiguous`: `auto` cannot tell day from month (`05/03/2024`);
 * - `date-two-digit-year`: a year of two digits (`14/11/24`), which could be 1924 or 2024;
 * - `date-impossible`: no such day (`30/02/2024`, month 13);
 * - `date-before-1900`: a year before 1900 (a typing slip such as `0024`);
 * - `date-in-future`: after today (or after `options.today`);
 * - `visit-before-birth` ({@link ageInDays} only): the visit is before the birth.
 * @category Dates
 */
export type DateReason =
  | "date-missing"
  | "date-invalid"
  | "date-ambiguous"
  | "date-two-digit-year"
  | "date-impossible"
  | "date-before-1900"
  | "date-in-future"
  | "visit-before-birth";

/**
 * A date as {@link parseDate} read it.
 * @category Dates
 */
export interface DateReading {
  /** Days since 1970-01-01 (proleptic Gregorian calendar); NaN when not read. */
  readonly days: number;
  /** The date as `YYYY-MM-DD`; null when not read. */
  readonly iso: string | null;
  /** Why the date was not read; null when it was. */
  readonly reason: DateReason | null;
}

/**
 * A calendar date given as its parts.
 * @category Dates
 */
export interface CalendarDate {
  /** The year, e.g. 2024. */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month, 1–31. */
  readonly day: number;
}

/**
 * Options of {@link parseDate} and {@link ageInDays}.
 * @category Dates
 */
export interface ParseDateOptions {
  /**
   * The order of day and month in dates that are not year first.
   * @defaultValue "auto"
   */
  readonly format?: DateFormat;
  /**
   * Today, for the `date-in-future` check: a date (`Date`, ISO string or
   * {@link CalendarDate}), or `null` for no check.
   * @defaultValue the current date (UTC)
   */
  readonly today?: Date | string | CalendarDate | null;
}

/**
 * The earliest year tumbuh reads: no child measured today was born before 1900.
 * @category Dates
 */
export const EARLIEST_YEAR = 1900;

const FORMATS: readonly DateFormat[] = ["auto", "ymd", "dmy", "mdy"];

/** Month names and abbreviations, English and Bahasa Indonesia, lower case. */
const MONTH_NAMES: Readonly<Record<string, number>> = {
  jan: 1, january: 1, januari: 1,
  feb: 2, february: 2, februari: 2, peb: 2, pebruari: 2,
  mar: 3, march: 3, maret: 3,
  apr: 4, april: 4,
  may: 5, mei: 5,
  jun: 6, june: 6, juni: 6,
  jul: 7, july: 7, juli: 7,
  aug: 8, august: 8, agu: 8, agt: 8, agus: 8, agustus: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, okt: 10, oktober: 10,
  nov: 11, november: 11, nop: 11, nopember: 11,
  dec: 12, december: 12, des: 12, desember: 12,
};

/** An optional time after the date: ` 00:00`, `T08:30:00`, `T08:30:00.000Z`, `+07:00`. */
const TIME = String.raw`(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}))?)?`;
/** Three numbers with one separator: `2024-11-14`, `14/11/2024`, `1.2.2023`. */
const NUMERIC = new RegExp(String.raw`^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})${TIME}$`);
/** Day, month name, year: `14 Nov 2024`, `14-Agustus-2024`, `1 Jan. 2024`. */
const DAY_NAME_YEAR = new RegExp(String.raw`^(\d{1,2})[-/. ]+([a-z]{3,9})\.?[-/. ,]+(\d{1,4})${TIME}$`, "i");
/** Month name, day, year: `Nov 14, 2024`. */
const NAME_DAY_YEAR = new RegExp(String.raw`^([a-z]{3,9})\.?[ -]+(\d{1,2}),?[ -]+(\d{1,4})${TIME}$`, "i");

/**
 * The parts of a date text, before any check of the calendar: `a`, `b`,
 * `c` in the order written, and what is known of their meaning. @internal
 */
export interface DateParts {
  /** `ymd` (year first), `named` (month given by name: `month` and `day` known), or `dm` (day and month in `a` and `b`, in an order the format decides). */
  readonly shape: "ymd" | "named" | "dm";
  readonly year: number;
  /** Digits in the year as written. */
  readonly yearDigits: number;
  readonly a: number;
  readonly b: number;
}

/**
 * Splits a date text into its parts, or returns the reason it has none
 * (`date-missing`, `date-invalid`). Knows nothing of calendars yet.
 * @internal
 */
export function dateParts(text: string): DateParts | DateReason {
  const t = text.trim();
  if (isIsoDay(t)) return { shape: "ymd", year: digitsAt(t, 0, 4), yearDigits: 4, a: digitsAt(t, 5, 2), b: digitsAt(t, 8, 2) };
  if (isMissingText(t)) return "date-missing";
  let m = NUMERIC.exec(t);
  if (m !== null) {
    const first = m[1]!;
    const last = m[4]!;
    if (first.length === 4) {
      return last.length <= 2 ? { shape: "ymd", year: +first, yearDigits: 4, a: +m[3]!, b: +last } : "date-invalid";
    }
    if (first.length > 2 || (last.length !== 4 && last.length !== 2)) return "date-invalid";
    return { shape: "dm", year: +last, yearDigits: last.length, a: +first, b: +m[3]! };
  }
  m = DAY_NAME_YEAR.exec(t);
  if (m !== null) return named(m[2]!, +m[1]!, m[3]!);
  m = NAME_DAY_YEAR.exec(t);
  if (m !== null) return named(m[1]!, +m[2]!, m[3]!);
  return "date-invalid";
}

/** Whether `t` is exactly `YYYY-MM-DD` (the common case, read without a regular expression). */
function isIsoDay(t: string): boolean {
  if (t.length !== 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return false;
  for (const k of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const c = t.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function digitsAt(t: string, from: number, count: number): number {
  let v = 0;
  for (let k = from; k < from + count; k++) v = v * 10 + (t.charCodeAt(k) - 48);
  return v;
}

function named(name: string, day: number, year: string): DateParts | DateReason {
  const key = name.toLowerCase();
  if (!Object.prototype.hasOwnProperty.call(MONTH_NAMES, key)) return "date-invalid";
  if (year.length !== 4 && year.length !== 2) return "date-invalid";
  return { shape: "named", year: +year, yearDigits: year.length, a: MONTH_NAMES[key]!, b: day };
}

/**
 * Month and day of `parts` in `format`: [month, day], or a reason.
 * @internal
 */
export function monthDay(parts: DateParts, format: DateFormat): readonly [number, number] | DateReason {
  if (parts.shape === "ymd" || parts.shape === "named") return [parts.a, parts.b];
  if (format === "ymd") return "date-invalid";
  if (format === "dmy") return [parts.b, parts.a];
  if (format === "mdy") return [parts.a, parts.b];
  // auto: the numbers show the order only when one of them cannot be a month
  const order = shownOrder(parts.a, parts.b);
  if (order === "dmy") return [parts.b, parts.a];
  if (order === "mdy" || order === "same") return [parts.a, parts.b];
  return order === "ambiguous" ? "date-ambiguous" : "date-impossible";
}

/**
 * The order that day-or-month numbers `a`, `b` (as written) show: `dmy`
 * when only `a` can be the day (the other reading has no such month),
 * `mdy` when only `b` can, `same` when both readings are one date,
 * `ambiguous` when both are possible dates, `none` when neither is.
 * @internal
 */
export function shownOrder(a: number, b: number): "dmy" | "mdy" | "same" | "ambiguous" | "none" {
  const dayFirst = b >= 1 && b <= 12 && a >= 1 && a <= 31;
  const monthFirst = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  if (dayFirst && monthFirst) return a === b ? "same" : "ambiguous";
  return dayFirst ? "dmy" : monthFirst ? "mdy" : "none";
}

/**
 * Reads one date. `text` may be a string (see {@link DateFormat} for the
 * forms), a `Date` (its UTC calendar date) or a {@link CalendarDate}. Never
 * throws for a bad date: the reading's `reason` says what is wrong.
 *
 * @param text - the date
 * @param options - the order of day and month, and today for the future check
 * @returns days since 1970-01-01 and the ISO date, or NaN and the reason
 * @throws RangeError for an unknown `format`; TypeError for unknown options
 *
 * @example
 * parseDate("14/11/2024").iso; // => "2024-11-14"
 * @example
 * parseDate("05/03/2024").reason; // => "date-ambiguous"
 * @example
 * parseDate("05/03/2024", { format: "dmy" }).iso; // => "2024-03-05"
 * @example
 * parseDate("14 Agustus 2023").iso; // => "2023-08-14"
 * @example
 * parseDate("30/02/2024").reason; // => "date-impossible"
 * @category Dates
 */
export function parseDate(text: unknown, options?: ParseDateOptions): DateReading {
  const { format, today } = checkDateOptions(options, "parseDate");
  return readDate(text, format, today);
}

/**
 * {@link parseDate} with checked options: `today` as days since 1970-01-01
 * (Infinity for no check).
 * @internal
 */
export function readDate(text: unknown, format: DateFormat, today: number): DateReading {
  let year: number;
  let month: number;
  let day: number;
  if (typeof text === "string") {
    const parts = dateParts(text);
    if (typeof parts === "string") return failed(parts);
    const md = monthDay(parts, format);
    if (typeof md === "string") return failed(md);
    if (parts.yearDigits !== 4) return failed("date-two-digit-year");
    year = parts.year;
    month = md[0];
    day = md[1];
  } else if (text instanceof Date) {
    if (Number.isNaN(text.getTime())) return failed("date-invalid");
    year = text.getUTCFullYear();
    month = text.getUTCMonth() + 1;
    day = text.getUTCDate();
  } else if (text === null || text === undefined || (typeof text === "number" && Number.isNaN(text))) {
    return failed("date-missing");
  } else if (isCalendarDate(text)) {
    year = text.year;
    month = text.month;
    day = text.day;
  } else return failed("date-invalid");
  return checkedDate(year, month, day, today);
}

/** A reading of year, month and day, checked against the calendar, 1900 and today. @internal */
export function checkedDate(year: number, month: number, day: number, today: number): DateReading {
  const days = checkedDay(year, month, day, today);
  if (typeof days === "string") return failed(days);
  return { days, iso: `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`, reason: null };
}

/**
 * The day number (days since 1970-01-01) of year, month and day, checked
 * against the calendar, 1900 and today; or why it is not a date.
 * @internal
 */
export function checkedDay(year: number, month: number, day: number, today: number): number | DateReason {
  if (!(Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day))) return "date-invalid";
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return "date-impossible";
  if (year < EARLIEST_YEAR) return "date-before-1900";
  const days = daysFromCivil(year, month, day);
  return days > today ? "date-in-future" : days;
}

function pad2(v: number): string {
  return v < 10 ? `0${v}` : String(v);
}

function failed(reason: DateReason): DateReading {
  return { days: Number.NaN, iso: null, reason };
}

function isCalendarDate(v: unknown): v is CalendarDate {
  if (v === null || typeof v !== "object") return false;
  const o = v as Record<string, unknown>;
  return typeof o.year === "number" && typeof o.month === "number" && typeof o.day === "number";
}

/**
 * Checks the options of the date functions for `caller`: the format, and
 * today as days since 1970-01-01 (Infinity for no check).
 * @throws TypeError / RangeError naming `caller`
 * @internal
 */
export function checkDateOptions(options: unknown, caller: string): { readonly format: DateFormat; readonly today: number } {
  if (options === undefined) return { format: "auto", today: todayDays() };
  if (options === null || typeof options !== "object" || Array.isArray(options)) throw new TypeError(`${caller}: options must be an object`);
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (key !== "format" && key !== "today") throw new TypeError(`${caller}: unknown options key "${key}"; expected format, today`);
  }
  const format = o.format === undefined ? "auto" : (o.format as DateFormat);
  if (!FORMATS.includes(format)) throw new RangeError(`${caller}: options.format must be one of ${FORMATS.map((f) => `"${f}"`).join(", ")}; got ${JSON.stringify(o.format)}`);
  let today = todayDays();
  if (o.today === null) today = Infinity;
  else if (o.today !== undefined) {
    const t = readDate(o.today, "ymd", Infinity);
    if (t.reason !== null) throw new RangeError(`${caller}: options.today is not a date (${t.reason}); give a Date, "YYYY-MM-DD" or { year, month, day }`);
    today = t.days;
  }
  return { format, today };
}

/** Today's date (UTC) as days since 1970-01-01. @internal */
export function todayDays(): number {
  return Math.floor(Date.now() / 86_400_000);
}
