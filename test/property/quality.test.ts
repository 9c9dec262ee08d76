import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { qualityReport } from "../../src/aggregate/quality/quality-report.js";
import type { QualityColumns, QualitySummary } from "../../src/aggregate/quality/types.js";

const record = fc.record({
  sex: fc.constantFrom<unknown>(1, 2, 0, "x", null, "L", "P"),
  ageMonths: fc.oneof(fc.double({ min: 0, max: 70, noNaN: true }), fc.constant(Number.NaN), fc.constant(-1)),
  dob: fc.oneof(fc.integer({ min: 0, max: 2200 }), fc.constant(null), fc.constant("2024-13-01")),
  weight: fc.oneof(fc.integer({ min: 10, max: 300 }).map((x) => x / 10), fc.constant(Number.NaN), fc.constant(-2), fc.constant(250)),
  lenhei: fc.oneof(fc.integer({ min: 450, max: 1200 }).map((x) => x / 10), fc.constant(Number.NaN), fc.constant(0)),
  measure: fc.constantFrom<unknown>("l", "h", null, "x"),
  group: fc.constantFrom<unknown>("A", "B", null, 3),
});
type Rec = typeof record extends fc.Arbitrary<infer T> ? T : never;
const dataset = fc.array(record, { maxLength: 80 });

const VISIT = 20089; // 2025-01-01 as a day number

function columnsOf(rows: readonly Rec[]): QualityColumns {
  return {
    sex: rows.map((r) => r.sex),
    ageMonths: rows.map((r) => r.ageMonths),
    // rows with a date of birth are dated (the dates then take precedence over ageMonths)
    dateOfBirth: rows.map((r) => (typeof r.dob === "number" ? VISIT - r.dob : r.dob)),
    visitDate: rows.map((r) => (r.dob === null ? null : "2025-01-01")),
    weightKg: rows.map((r) => r.weight),
    lenheiCm: rows.map((r) => r.lenhei),
    measure: rows.map((r) => r.measure),
  };
}

function report(rows: readonly Rec[]) {
  return qualityReport(columnsOf(rows), { groupBy: { g: rows.map((r) => r.group) } });
}

function visit(x: unknown, f: (key: string, value: unknown) => void, key = ""): void {
  if (Array.isArray(x)) x.forEach((v) => visit(v, f, key));
  else if (x !== null && typeof x === "object") for (const [k, v] of Object.entries(x)) visit(v, f, k);
  else f(key, x);
}

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

function checkCounts(s: QualitySummary): void {
  const c = s.completeness;
  expect(sum(s.age.byYear)).toBe(s.age.n);
  expect(sum(s.age.byMonth)).toBe(s.age.n);
  expect(s.age.n + s.age.outOfRange + c.age.missing + c.age.invalid).toBe(s.records);
  expect(s.sexRatio.boys + s.sexRatio.girls + c.sex.missing + c.sex.invalid).toBe(s.records);
  expect(s.digitPreference.weight!.n).toBe(s.records - c.weight!.missing - c.weight!.invalid);
  expect(s.digitPreference.lenhei!.n).toBe(s.records - c.lenhei!.missing - c.lenhei!.invalid);
  expect(c.measure!.n).toBe(s.digitPreference.lenhei!.n);
  expect(sum(s.age.byBirthMonth!)).toBe(s.records - c.dateOfBirth!.missing - c.dateOfBirth!.invalid);
  for (const z of Object.values(s.zScores)) {
    expect(z.nUsed).toBe(z.n - z.flagged);
    expect(z.n).toBeLessThanOrEqual(s.records);
  }
}

function rounded(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x, (_, v) => (typeof v === "number" ? Number(v.toPrecision(9)) : v)));
}

describe("qualityReport properties", () => {
  it("percentages lie in [0, 100] and p-values in [0, 1]", () => {
    fc.assert(
      fc.property(dataset, (rows) => {
        visit(report(rows), (key, v) => {
          if (typeof v !== "number") return;
          if (key.endsWith("Pct") || key === "pct") expect(v >= 0 && v <= 100, `${key} = ${v}`).toBe(true);
          if (key === "pValue") expect(v >= 0 && v <= 1, `${key} = ${v}`).toBe(true);
          if (key === "dps") expect(v >= 0 && v <= 100 + 1e-9, `${key} = ${v}`).toBe(true);
        });
      }),
    );
  });

  it("counts add up, overall and in each group, and groups add up to the whole", () => {
    fc.assert(
      fc.property(dataset, (rows) => {
        const r = report(rows);
        expect(r.records).toBe(rows.length);
        checkCounts(r);
        r.groups.forEach(checkCounts);
        expect(sum(r.groups.map((g) => g.records))).toBe(r.records);
        expect(sum(r.groups.map((g) => g.sexRatio.boys))).toBe(r.sexRatio.boys);
        for (let m = 0; m < 60; m++) expect(sum(r.groups.map((g) => g.age.byMonth[m]!))).toBe(r.age.byMonth[m]);
        for (let d = 0; d < 10; d++) expect(sum(r.groups.map((g) => g.digitPreference.weight!.counts[d]!))).toBe(r.digitPreference.weight!.counts[d]);
        expect(sum(r.groups.map((g) => g.zScores.zwei.flagged))).toBe(r.zScores.zwei.flagged);
      }),
    );
  });

  it("does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(
        dataset.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows.map((_, i) => i), { minLength: rows.length, maxLength: rows.length }))),
        ([rows, order]) => {
          const shuffled = order.map((i) => rows[i]!);
          expect(rounded(report(shuffled))).toEqual(rounded(report(rows)));
        },
      ),
    );
  });

  it("never throws on junk data", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.anything(), fc.anything(), fc.anything(), fc.anything()), { maxLength: 20 }), (rows) => {
        const col = (k: number) => rows.map((r) => r[k]);
        expect(() =>
          qualityReport(
            { sex: col(0), dateOfBirth: col(1), visitDate: col(2), ageMonths: col(3), weightKg: col(1), lenheiCm: col(2), measure: col(3), oedema: col(0) },
            { groupBy: { g: col(3) } },
          ),
        ).not.toThrow();
      }),
    );
  });
});

