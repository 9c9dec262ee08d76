/**
 * The date cells of a column as the command line reads them
 * (`DateColumnReader`): day numbers against Date.UTC, an independent
 * calendar; ISO dates read in place; the order of day and month decided by
 * the first value that shows it, pending values until then, and a usage
 * error for values that show both orders.
 */
import { describe, expect, it } from "vitest";
import { DATE_MISSING, DATE_PENDING, DATE_READ, DATE_REASONS, DateColumnReader, dateCode } from "../../../src/cli/csv/date.js";
import { CliError } from "../../../src/cli/io/errors.js";
import { messages } from "../../../src/cli/io/messages.js";
import { daysFromCivil } from "../../../src/dates/calendar.js";

const DAY_MS = 86_400_000;
const TODAY = Date.UTC(2025, 11, 31) / DAY_MS;
const reader = (format: "auto" | "dmy" | "mdy" | "ymd" = "auto") => new DateColumnReader(format, TODAY, { header: "Tgl Lahir", target: "dob" }, messages("en"));
const read = (r: DateColumnReader, s: string) => {
  r.read(s, 0, s.length);
  return { days: r.days, code: r.code, reason: r.code === DATE_READ || r.code === DATE_PENDING ? null : DATE_REASONS[r.code - 1] };
};

describe("date cells", () => {
  it("day numbers agree with Date.UTC for every day of 1899–2101", () => {
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += DAY_MS) {
      const d = new Date(t);
      expect(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(t / DAY_MS);
    }
  });

  it("ISO dates read in place, with spaces around and a time after them; blank and missing markers are missing", () => {
    const r = reader();
    expect(read(r, " 2024-02-29 ").days).toBe(Date.UTC(2024, 1, 29) / DAY_MS);
    expect(read(r, "2024-11-14 08:30:00").days).toBe(Date.UTC(2024, 10, 14) / DAY_MS);
    expect(read(r, "2024-1-5").days).toBe(Date.UTC(2024, 0, 5) / DAY_MS);
    for (const s of ["", "  ", "NA", "-", "?"]) expect(read(r, s).code, s).toBe(DATE_MISSING);
  });

  it("each date that cannot be used has its reason, and the text of an ISO one is kept for the example", () => {
    const r = reader();
    expect(read(r, "2025-02-29").reason).toBe("date-impossible");
    expect(r.text).toBe("2025-02-29");
    expect(read(r, "1899-12-31").reason).toBe("date-before-1900");
    expect(read(r, "2026-01-01").reason).toBe("date-in-future");
    expect(read(r, "14/11/24").reason).toBe("date-two-digit-year");
    expect(read(r, "kemarin").reason).toBe("date-invalid");
    expect(dateCode("visit-before-birth")).toBe(DATE_REASONS.length);
  });

  it("auto: a value fitting both orders waits until a value shows the order, then reads in it", () => {
    const r = reader();
    expect(read(r, "05/03/2024").code).toBe(DATE_PENDING);
    expect(r.order).toBeUndefined();
    expect(r.undecided).toBe(true);
    expect(read(r, "14/11/2024").days).toBe(Date.UTC(2024, 10, 14) / DAY_MS);
    expect(r.order).toBe("dmy");
    expect(r.decidedBy).toEqual({ example: "14/11/2024" });
    r.readText("05/03/2024");
    expect(r.days).toBe(Date.UTC(2024, 2, 5) / DAY_MS);
    expect(read(r, "5.3.2024").days).toBe(Date.UTC(2024, 2, 5) / DAY_MS);
  });

  it("auto: values showing both orders are a usage error naming --date-format", () => {
    const r = reader();
    read(r, "14/11/2024");
    let error: unknown;
    try {
      read(r, "11/14/2024");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toMatch(/"Tgl Lahir" \(dob\) mix day-first \("14\/11\/2024"\) and month-first \("11\/14\/2024"\) values; give --date-format/);
  });

  it("a given order reads every value straight away; ymd refuses day-first dates", () => {
    expect(read(reader("mdy"), "05/03/2024").days).toBe(Date.UTC(2024, 4, 3) / DAY_MS);
    expect(read(reader("dmy"), "05/03/2024").days).toBe(Date.UTC(2024, 2, 5) / DAY_MS);
    expect(read(reader("dmy"), "11/14/2024").reason).toBe("date-impossible");
    expect(read(reader("ymd"), "05/03/2024").reason).toBe("date-invalid");
    expect(read(reader("ymd"), "2024-03-05").days).toBe(Date.UTC(2024, 2, 5) / DAY_MS);
  });

  it("a column showing no order takes another's", () => {
    const dob = reader();
    const visit = reader();
    read(dob, "25/12/2023");
    read(visit, "01/02/2024");
    visit.adopt(dob);
    expect(visit.order).toBe("dmy");
    expect(visit.decidedBy).toEqual({ like: "dob" });
  });
});
