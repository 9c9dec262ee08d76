import { describe, expect, it } from "vitest";
import { skdn } from "../../../src/aggregate/skdn/skdn.js";
import { readCsv } from "../../support/csv.js";
import { ROOT } from "../../support/by-hand.js";

// Structural facts on the synthetic Bontang sample (examples/README.md),
// with the expected counts recomputed here straight from the CSV.
const csv = readCsv(`${ROOT}/examples/bontang-posyandu-2025.csv`);
const columns = {
  childId: csv.col("child_id"),
  sex: csv.col("sex"),
  dateOfBirth: csv.col("dob"),
  visitDate: csv.col("visit_date"),
  weightKg: csv.num("weight"),
  hasBook: csv.col("kia_book"),
};
const days = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const under60 = csv.rows.map((_, i) => (days(columns.visitDate[i]!) - days(columns.dateOfBirth[i]!)) / 30.4375 < 60);

// Distinct children weighed per month, and the month of each child's first weighing.
const weighed = new Map<string, Set<string>>();
const firstMonth = new Map<string, string>();
columns.visitDate.forEach((v, i) => {
  if (!under60[i]) return;
  const month = v.slice(0, 7);
  const id = columns.childId[i]!;
  if (!weighed.has(month)) weighed.set(month, new Set());
  weighed.get(month)!.add(id);
  if (!firstMonth.has(id) || month < firstMonth.get(id)!) firstMonth.set(id, month);
});

describe("skdn on the Bontang 2025 sample", () => {
  const city = skdn(columns);
  const byPosyandu = skdn(columns, { groupBy: { puskesmas: csv.col("puskesmas"), posyandu: csv.col("posyandu") } });
  const totals = city.rows.filter((r) => r.ageGroup === "all" && r.sex === "all");

  it("covers February–December (January is history) and leaves out weighings at 60 months or more", () => {
    expect(city.dataMonths).toEqual({ from: "2025-01", to: "2025-12" });
    expect(city.months).toEqual(["02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((m) => `2025-${m}`));
    expect(city.issues.age60MonthsOrMore).toBe(under60.filter((u) => !u).length);
    expect(city.issues.used).toBe(under60.filter(Boolean).length);
    expect(city.issues.records).toBe(csv.rows.length);
  });

  it("counts D as the distinct children weighed each month", () => {
    for (const r of totals) expect(r.d, r.month).toBe(weighed.get(r.month)!.size);
  });

  it("counts B as the children first weighed that month", () => {
    for (const r of totals) expect(r.b, r.month).toBe([...firstMonth.values()].filter((m) => m === r.month).length);
  });

  it("has N + T + O + B = D ≤ S, K ≤ S and 2T ≤ T in every row", () => {
    for (const r of byPosyandu.rows) {
      expect(r.n + r.t + r.o + r.b).toBe(r.d);
      expect(r.d).toBeLessThanOrEqual(r.s!);
      expect(r.k!).toBeLessThanOrEqual(r.s!);
      expect(r.twoT).toBeLessThanOrEqual(r.t);
    }
  });

  it("adds the 60 posyandu up to the city", () => {
    expect(byPosyandu.groups.length).toBe(new Set(csv.col("posyandu")).size);
    for (const t of totals) {
      const parts = byPosyandu.rows.filter((r) => r.month === t.month && r.ageGroup === "all" && r.sex === "all");
      for (const key of ["s", "k", "d", "n", "t", "o", "b", "twoT", "bgm"] as const) {
        expect(parts.reduce((s, r) => s + r[key]!, 0), `${t.month} ${key}`).toBe(t[key]);
      }
    }
  });

  it("lists one case per child and month weighed", () => {
    expect(city.cases.length).toBe(totals.reduce((s, r) => s + r.d, 0));
    expect(city.cases.bgm.filter((b) => b === true).length).toBe(totals.reduce((s, r) => s + r.bgm, 0));
    expect(city.cases.twoT.filter(Boolean).length).toBe(totals.reduce((s, r) => s + r.twoT, 0));
  });
});
