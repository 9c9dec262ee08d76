/**
 * The date cells of a column, read as the library's `parseDate` reads them
 * (ISO with or without a time, day first, month first, `/ - .`, padded or
 * not, month names), as day numbers with a reading code per cell. With
 * `--date-format auto`, the order of day and month is decided for the whole
 * column by the values that show it (`dateOrderEvidence`): a value whose
 * first number is above 12 makes the column day first. Until the column is
 * decided, a value that fits both orders with different dates is *pending*:
 * the caller keeps its text and reads it again once the order is known.
 * Values that show both orders are a usage error.
 */
import { digits } from "../../dates/calendar.js";
import { dateOrderEvidence, type DateOrderEvidence } from "../../dates/date-order.js";
import { checkedDay, dateParts, monthDay, type DateFormat, type DateParts, type DateReason } from "../../dates/parse-date.js";
import { usageError } from "../io/errors.js";
import type { ColumnName, DateOrder, Messages } from "../io/messages.js";

/** The reasons a date is not read, in code order: code `k + 1` is `DATE_REASONS[k]` (0 is a date read). */
export const DATE_REASONS: readonly DateReason[] = [
  "date-missing",
  "date-invalid",
  "date-ambiguous",
  "date-two-digit-year",
  "date-impossible",
  "date-before-1900",
  "date-in-future",
  "visit-before-birth",
];

/** The code of a date that was read. */
export const DATE_READ = 0;
/** The code of `reason`. */
export function dateCode(reason: DateReason): number {
  return DATE_REASONS.indexOf(reason) + 1;
}
/** The code of a blank date or a missing marker. */
export const DATE_MISSING = 1;
/** The code of a value that fits both orders while the column's order is not known yet. */
export const DATE_PENDING = 255;

/** Distinct values remembered per column (their parts); the memory is dropped and started again beyond this. */
const CACHE_LIMIT = 10_000;

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/** A copy of `s` that holds no reference to the chunk of text it was cut from. */
function ownCopy(s: string): string {
  return Buffer.from(s, "utf8").toString("utf8");
}

/** Reads the dates of one column. */
export class DateColumnReader {
  /** The day number of the last date read (NaN when not read). */
  days = Number.NaN;
  /** The reading code of the last date read: {@link DATE_READ}, a reason's code, or {@link DATE_PENDING}. */
  code = DATE_READ;
  /**
   * The text of the last value read, trimmed; "" for an ISO date read
   * directly and well. A pending value's text is a copy of its own; otherwise it may
   * be cut from the input's text (copy it to keep it).
   */
  text = "";
  /** The column's order of day and month, once known (the format given, or decided from the data). */
  order: DateOrder | undefined;
  /** The value that showed the order, or the column whose order this one took. */
  decidedBy: { readonly example: string } | { readonly like: string } | undefined;

  private readonly evidence: DateOrderEvidence | undefined;
  private readonly cache = new Map<string, DateParts | DateReason>();

  /**
   * @param today - today's day number (a later date is `date-in-future`)
   */
  constructor(
    readonly format: DateFormat,
    private readonly today: number,
    readonly column: ColumnName,
    private readonly messages: Messages,
  ) {
    this.evidence = format === "auto" ? dateOrderEvidence() : undefined;
    if (format === "dmy" || format === "mdy") this.order = format;
  }

  /** Whether the column has values that fit both orders and nothing yet tells which. */
  get undecided(): boolean {
    return this.order === undefined && this.evidence?.order === "ambiguous";
  }

  /** A value that fits both orders (for messages), if any. */
  get ambiguousExample(): string | undefined {
    return this.evidence?.example;
  }

  /**
   * Reads `s[start, end)`, setting {@link days}, {@link code} and {@link text}.
   * @throws CliError (exit 2) when the column's values show both orders
   */
  read(s: string, start: number, end: number): void {
    let i = start;
    let j = end;
    while (i < j && isSpace(s.charCodeAt(i))) i++;
    while (j > i && isSpace(s.charCodeAt(j - 1))) j--;
    if (j - i === 10 && s.charCodeAt(i + 4) === 45 && s.charCodeAt(i + 7) === 45) {
      // YYYY-MM-DD, the common case: no text is cut out
      const y = digits(s, i, 4);
      const m = digits(s, i + 5, 2);
      const d = digits(s, i + 8, 2);
      if (y >= 0 && m >= 0 && d >= 0) {
        this.set(checkedDay(y, m, d, this.today));
        this.text = this.code === DATE_READ ? "" : s.slice(i, j);
        return;
      }
    }
    this.readText(s.slice(i, j));
  }

  /**
   * Reads one trimmed value (a pending one again, once the order is known).
   * @throws CliError (exit 2) when the column's values show both orders
   */
  readText(t: string): void {
    let parts = this.cache.get(t);
    if (parts === undefined) {
      parts = dateParts(t);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      const key = ownCopy(t);
      this.cache.set(key, parts);
      if (this.evidence !== undefined && typeof parts !== "string" && parts.shape === "dm") {
        this.evidence.add(key);
        this.checkEvidence();
      }
    }
    this.text = t;
    if (typeof parts === "string") return this.fail(parts);
    const md = monthDay(parts, this.order ?? this.format);
    if (md === "date-ambiguous") {
      this.days = Number.NaN;
      this.code = DATE_PENDING;
      this.text = ownCopy(t);
    } else if (typeof md === "string") this.fail(md);
    else if (parts.yearDigits !== 4) this.fail("date-two-digit-year");
    else this.set(checkedDay(parts.year, md[0], md[1], this.today));
  }

  /**
   * Takes the order of another date column of the file, this one having
   * shown none.
   */
  adopt(other: DateColumnReader): void {
    if (this.order !== undefined || other.order === undefined) return;
    this.order = other.order;
    this.decidedBy = { like: other.column.target };
  }

  /** The order the values show, checked against the order known. */
  private checkEvidence(): void {
    const e = this.evidence!;
    const shown = e.order;
    if (shown === "conflict") {
      throw usageError(this.messages.datesConflict(this.column, e.example!, e.counterExample!));
    }
    if (shown !== "dmy" && shown !== "mdy") return;
    if (this.order === undefined) {
      this.order = shown;
      this.decidedBy = { example: e.example! };
    } else if (this.order !== shown) {
      // the order was taken from the other date column, and this value shows the other one
      const [dayFirst, monthFirst] = shown === "dmy" ? [e.example!, `${this.order} like ${this.likeName()}`] : [`${this.order} like ${this.likeName()}`, e.example!];
      throw usageError(this.messages.datesConflict(this.column, dayFirst, monthFirst));
    }
  }

  private likeName(): string {
    const by = this.decidedBy;
    return by !== undefined && "like" in by ? by.like : "";
  }

  private set(r: number | DateReason): void {
    if (typeof r === "string") this.fail(r);
    else {
      this.days = r;
      this.code = DATE_READ;
    }
  }

  private fail(reason: DateReason): void {
    this.days = Number.NaN;
    this.code = dateCode(reason);
  }
}
