import { describe, expect, it } from "vitest";
import { daysFromCivil, parseIsoDate } from "../../../src/cli/csv/date.js";

const parse = (s: string) => parseIsoDate(s, 0, s.length);
const DAY_MS = 86_400_000;

describe("ISO dates as day numbers", () => {
  it("day numbers agree with Date.UTC for every day of 1899–2101", () => {
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += DAY_MS) {
      const d = new Date(t);
      expect(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(t / DAY_MS);
    }
  });

  it("parses YYYY-MM-DD, with spaces around", () => {
    expect(parse("1970-01-01")).toBe(0);
    expect(parse(" 2024-02-29 ")).toBe(Date.UTC(2024, 1, 29) / DAY_MS);
    expect(parse("2024-11-14") - parse("2023-01-01")).toBe(683);
  });

  it("blank is missing; anything else, including impossible dates, is invalid", () => {
    expect(parse("")).toBeNaN();
    expect(parse("  ")).toBeNaN();
    for (const s of ["2025-02-29", "2100-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-1-5", "14/11/2024", "2024-11-14T00:00", "20241114", "abcd-ef-gh", "2024/11/14"]) {
      expect(parse(s), s).toBe(-Infinity);
    }
    expect(parse("2000-02-29")).toBe(Date.UTC(2000, 1, 29) / DAY_MS);
  });
});
