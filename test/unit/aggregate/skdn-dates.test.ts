/**
 * Dates that cannot be real do not make months (issue 13, item 4: one
 * weighing dated 0023 turned a 1,189-line SKDN table into 2,593,081 lines,
 * and years 0001/9999 gave the library 2,159,766 rows). A visit or birth
 * before 1900 or after today is set aside and counted; the months reported
 * are those of the real weighings; a month range asked for is at most a
 * century.
 */
import { describe, expect, it } from "vitest";
import { skdn } from "../../../src/index.js";

const good = {
  childId: ["a", "a", "b", "b"],
  sex: [1, 1, 2, 2],
  dateOfBirth: ["2024-01-10", "2024-01-10", "2024-06-02", "2024-06-02"],
  visitDate: ["2025-01-12", "2025-02-11", "2025-01-20", "2025-02-11"],
  weightKg: [8.0, 8.3, 7.0, 7.5],
};

function withRows(extra: { childId: string; dob: string; visit: string }[]) {
  return {
    childId: [...good.childId, ...extra.map((e) => e.childId)],
    sex: [...good.sex, ...extra.map(() => 1)],
    dateOfBirth: [...good.dateOfBirth, ...extra.map((e) => e.dob)],
    visitDate: [...good.visitDate, ...extra.map((e) => e.visit)],
    weightKg: [...good.weightKg, ...extra.map(() => 9)],
  };
}

describe("skdn: dates that cannot be real", () => {
  const today = "2026-01-01";
  const base = skdn(good, { today });

  it("a visit in year 0023, 0001 or 9999 is set aside: the months, rows and groups are those of the real weighings", () => {
    const r = skdn(withRows([
      { childId: "c", dob: "2024-01-01", visit: "0023-05-05" },
      { childId: "d", dob: "2024-01-01", visit: "0001-01-01" },
      { childId: "e", dob: "2024-01-01", visit: "9999-12-31" },
    ]), { today });
    expect(r.months).toEqual(base.months);
    expect(r.rows).toHaveLength(base.rows.length);
    expect(r.dataMonths).toEqual({ from: "2025-01", to: "2025-02" });
    expect(r.issues).toMatchObject({ visitDateBefore1900: 2, visitDateInFuture: 1, used: 4, records: 7 });
    expect(r.rows).toEqual(base.rows);
  });

  it("a birth in year 0025 or after today, and a visit before birth, are set aside and counted", () => {
    const r = skdn(withRows([
      { childId: "f", dob: "0025-03-01", visit: "2025-02-11" },
      { childId: "g", dob: "2027-01-01", visit: "2025-02-11" },
      { childId: "h", dob: "2025-03-01", visit: "2025-02-11" },
    ]), { today });
    expect(r.issues).toMatchObject({ dateOfBirthBefore1900: 1, dateOfBirthInFuture: 1, visitBeforeBirth: 1, used: 4 });
    expect(r.rows).toEqual(base.rows);
  });

  it("today is the default, and null turns the future check off", () => {
    const future = withRows([{ childId: "x", dob: "2098-06-01", visit: "2099-01-15" }]);
    expect(skdn(future).issues).toMatchObject({ visitDateInFuture: 1, dateOfBirthInFuture: 0 });
    expect(skdn(future, { today: null }).months.at(-1)).toBe("2099-01");
    expect(() => skdn(good, { today: "not a date" })).toThrow(RangeError);
  });

  it("a month range of more than a century is refused (it would be millions of rows), a century is not", () => {
    expect(() => skdn(good, { from: "0001-01", to: "9999-12" })).toThrow(/at most 1200/);
    expect(skdn(good, { from: "1926-03", to: "2026-02" }).months).toHaveLength(1200);
  });
});
