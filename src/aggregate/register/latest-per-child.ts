/**
 * One measurement per child from a register, where each child is weighed
 * many times: prevalence and data quality count children, not weighings.
 */
import { checkColumn, checkOptions } from "../../util/checks.js";
import { checkDateOptions, readDate, type CalendarDate, type DateFormat } from "../../dates/parse-date.js";
import { isMissingText } from "../../record/missing.js";
import { monthOfDay, parseMonth } from "../../dates/calendar.js";

/**
 * The columns {@link latestPerChild} reads, of equal length.
 * @category Aggregation
 */
export interface RegisterVisits {
  /** The child's identifier (any value; compared as text, trimmed). */
  readonly id: ArrayLike<unknown>;
  /** The visit date: text (as {@link parseDate} reads it), a `Date`, or `{ year, month, day }`. */
  readonly visitDate: ArrayLike<unknown>;
}

/**
 * Options of {@link latestPerChild}.
 * @category Aggregation
 */
export interface LatestPerChildOptions {
  /** Only visits in this calendar month, `"YYYY-MM"`; without it, each child's last visit of all. */
  readonly month?: string;
  /**
   * The order of day and month in the visit dates (see {@link DateFormat}).
   * @defaultValue "auto"
   */
  readonly format?: DateFormat;
  /** Today, for the future-date check (see {@link ParseDateOptions}). */
  readonly today?: Date | string | CalendarDate | null;
}

/**
 * The rows {@link latestPerChild} keeps, and what it set aside.
 * @category Aggregation
 */
export interface LatestPerChild {
  /** The kept rows, one per child, in increasing row order. */
  readonly rows: Uint32Array;
  /** Rows set aside, by cause (every row is kept or counted in exactly one of these). */
  readonly setAside: {
    /** No child identifier (blank or a missing marker). */
    readonly missingId: number;
    /** The visit date is missing or cannot be read (see {@link DateReason}). */
    readonly missingDate: number;
    /** A visit in another month than `options.month`. */
    readonly otherMonth: number;
    /** An earlier visit of a child who has a later one (or, on the same day, an earlier row). */
    readonly earlierVisit: number;
  };
}

const OPTION_KEYS = ["month", "format", "today"];

/**
 * Each child's last visit — of the month given, or of all — from a register
 * of visits: the row with the latest visit date; on the same date, the later
 * row. The rows to analyse then are `rows` (see {@link takeRows}). Memory
 * grows with the number of children, plus one number per row.
 *
 * @param visits - the `id` and `visitDate` columns
 * @param options - the month, and how the dates are written
 * @returns the kept rows and the counts of rows set aside
 * @throws TypeError / RangeError for columns of unequal length, a bad month or unknown options
 *
 * @example
 * const r = latestPerChild(
 *   { id: ["a", "a", "b", "b"], visitDate: ["2025-10-03", "2025-11-05", "2025-11-20", "2025-11-02"] },
 *   { month: "2025-11" },
 * );
 * Array.from(r.rows); // => [1, 2]
 * r.setAside.earlierVisit; // => 1
 * @category Aggregation
 */
export function latestPerChild(visits: RegisterVisits, options?: LatestPerChildOptions): LatestPerChild {
  const caller = "latestPerChild";
  const o = checkOptions(options, OPTION_KEYS, caller);
  const c = checkOptions(visits, ["id", "visitDate"], caller, "visits");
  const id = checkColumn(c.id, undefined, caller, "visits.id");
  const dates = checkColumn(c.visitDate, id.length, caller, "visits.visitDate", "visits.id");
  let month = Number.NaN;
  if (o.month !== undefined) {
    month = parseMonth(o.month);
    if (month !== month) throw new RangeError(`${caller}: options.month must be "YYYY-MM"; got ${JSON.stringify(o.month)}`);
  }
  const { format, today } = checkDateOptions({ format: o.format, today: o.today }, caller);
  const n = id.length;
  const best = new Map<string, number>();
  const day = new Float64Array(n);
  let missingId = 0;
  let missingDate = 0;
  let otherMonth = 0;
  for (let i = 0; i < n; i++) {
    const key = idText(id[i]);
    if (key === null) {
      missingId++;
      continue;
    }
    const d = readDate(dates[i], format, today).days;
    if (d !== d) {
      missingDate++;
      continue;
    }
    if (month === month && monthOfDay(d) !== month) {
      otherMonth++;
      continue;
    }
    day[i] = d;
    const j = best.get(key);
    if (j === undefined || d >= day[j]!) best.set(key, i);
  }
  const rows = Uint32Array.from(best.values()).sort();
  return { rows, setAside: { missingId, missingDate, otherMonth, earlierVisit: n - rows.length - missingId - missingDate - otherMonth } };
}

/** A child identifier as text (trimmed), or null when missing. */
function idText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return v === v ? String(v) : null;
  const t = typeof v === "string" ? v : String(v);
  return isMissingText(t) ? null : t.trim();
}
