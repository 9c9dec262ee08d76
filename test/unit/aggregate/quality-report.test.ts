import { describe, expect, it } from "vitest";
import { qualityReport } from "../../../src/aggregate/quality/quality-report.js";
import { digitPreference } from "../../../src/aggregate/quality/digit-preference.js";
import { addMoment, momentSummary } from "../../../src/aggregate/quality/moments.js";
import { chiSquarePValue } from "../../../src/stats/chi-square.js";
import { scoreColumns } from "../../../src/score/score-columns.js";

describe("digitPreference", () => {
  it("counts first decimals and scores them (by hand)", () => {
    // digits 1, 1, 2, 3 → counts [0, 2, 1, 1, 0, 0, 0, 0, 0, 0]; E = 4 / 10 = 0.4
    // χ² = (2 − 0.4)²/0.4 + 2 × (1 − 0.4)²/0.4 + 7 × (0 − 0.4)²/0.4 = 6.4 + 1.8 + 2.8 = 11
    // DPS = 100 √(11 / (4 × 9)) = 55.2770798…
    const d = digitPreference([10.1, 10.1, 10.2, 10.3]);
    expect(d.n).toBe(4);
    expect(d.counts).toEqual([0, 2, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(d.pct).toEqual([0, 50, 25, 25, 0, 0, 0, 0, 0, 0]);
    expect(d.chiSquare).toBeCloseTo(11, 12);
    expect(d.dps).toBeCloseTo(55.27707983925667, 10);
    expect(d.rating).toBe("problematic");
  });

  it("is 0 for equal digits and 100 for a single digit", () => {
    expect(digitPreference([1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9]).dps).toBe(0);
    expect(digitPreference([2.5, 3.5, 4.5]).dps).toBeCloseTo(100, 12);
  });

  it("rounds to 0.1 as recorded and skips what is not a positive number", () => {
    const d = digitPreference(new Float64Array([12.299999999, 0.7000001, 0, -3.2, Number.NaN, Infinity]));
    expect(d.counts).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0, 0]);
    expect(digitPreference(["8.5", null, undefined, 9.5]).counts[5]).toBe(1);
    expect(digitPreference([]).dps).toBeNull();
  });

  it("throws for a value that is not an array", () => {
    expect(() => digitPreference(12 as never)).toThrow(new TypeError("digitPreference: values must be an array or typed array"));
  });
});

describe("running moments", () => {
  // Sample −1, 0, 0, 1, 3: mean 0.6; deviations −1.6, −0.6, −0.6, 0.4, 2.4
  // Σd² = 9.2, Σd³ = 9.36, Σd⁴ = 40.016
  // SD = √(9.2 / 4) = 1.5165750…; g1 = √5 × 9.36 / 9.2^1.5 = 0.7500299…;
  // g2 = 5 × 40.016 / 9.2² − 3 = −0.6361059…
  it("match the textbook moment coefficients", () => {
    const m = new Float64Array(5);
    for (const x of [-1, 0, 0, 1, 3]) addMoment(m, 0, x);
    const s = momentSummary(m, 0);
    expect(s.n).toBe(5);
    expect(s.mean).toBeCloseTo(0.6, 14);
    expect(s.sd).toBeCloseTo(Math.sqrt(2.3), 14);
    expect(s.skewness).toBeCloseTo((Math.sqrt(5) * 9.36) / Math.pow(9.2, 1.5), 12);
    expect(s.skewness).toBeCloseTo(0.75003, 5);
    expect(s.excessKurtosis).toBeCloseTo((5 * 40.016) / (9.2 * 9.2) - 3, 12);
    expect(s.excessKurtosis).toBeCloseTo(-0.63611, 5);
  });

  it("are null where undefined", () => {
    const m = new Float64Array(5);
    expect(momentSummary(m, 0)).toEqual({ n: 0, mean: null, sd: null, skewness: null, excessKurtosis: null });
    addMoment(m, 0, 2);
    addMoment(m, 0, 2);
    addMoment(m, 0, 2);
    expect(momentSummary(m, 0)).toEqual({ n: 3, mean: 2, sd: 0, skewness: null, excessKurtosis: null });
  });
});

describe("chiSquarePValue", () => {
  it("matches known chi-square quantiles", () => {
    // qchisq(0.95, df) for df = 1, 9, 11, and P(χ²₁ ≥ 4) = 2 (1 − Φ(2))
    expect(chiSquarePValue(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
    expect(chiSquarePValue(16.918977604620448, 9)).toBeCloseTo(0.05, 12);
    expect(chiSquarePValue(19.67513757268249, 11)).toBeCloseTo(0.05, 12);
    expect(chiSquarePValue(4, 1)).toBeCloseTo(0.04550026389635842, 12);
    expect(chiSquarePValue(0, 9)).toBe(1);
    expect(chiSquarePValue(Number.NaN, 9)).toBeNaN();
  });
});

describe("qualityReport", () => {
  it("counts missing and invalid values of each variable", () => {
    const r = qualityReport({
      sex: [1, 2, null, "x", 1],
      dateOfBirth: ["2024-01-01", "", "2024-02-30", "2023-06-01", "2024-01-01"],
      visitDate: ["2025-01-01", "2025-01-01", "2025-01-01", null, "2023-12-01"],
      weightKg: [9.1, null, -1, "heavy", 10],
      lenheiCm: [75, 80.2, null, 0, 90],
      measure: ["l", null, "h", "l", "sideways"],
    });
    expect(r.records).toBe(5);
    const c = r.completeness;
    expect(c.dateOfBirth).toEqual({ n: 5, missing: 1, invalid: 1, missingPct: 20, invalidPct: 20 });
    expect(c.visitDate).toMatchObject({ missing: 1, invalid: 0 });
    // row 2 has no dob, row 3 an invalid one, row 4 no visit: no age; row 5 visits before birth.
    expect(c.age).toMatchObject({ missing: 2, invalid: 2 });
    expect(c.sex).toMatchObject({ missing: 1, invalid: 1 });
    expect(c.weight).toMatchObject({ missing: 1, invalid: 2 });
    expect(c.lenhei).toMatchObject({ missing: 1, invalid: 1 });
    // position among the 3 valid lengths: one missing, one invalid
    expect(c.measure).toEqual({ n: 3, missing: 1, invalid: 1, missingPct: 100 / 3, invalidPct: 100 / 3 });
  });

  it("leaves out checks of columns not given", () => {
    const r = qualityReport({ sex: [1], ageMonths: [12] });
    expect([r.completeness.dateOfBirth, r.completeness.weight, r.completeness.measure]).toEqual([null, null, null]);
    expect([r.age.byBirthMonth, r.digitPreference.weight, r.digitPreference.lenhei]).toEqual([null, null, null]);
  });

  it("tests the sex ratio with chi-square, 1 df", () => {
    const sex = [...Array<number>(60).fill(1), ...Array<number>(40).fill(2), 0, 7];
    const r = qualityReport({ sex });
    // X² = (60 − 50)² / (100 × 0.5 × 0.5) = 4; p = 0.0455
    expect(r.sexRatio).toMatchObject({ boys: 60, girls: 40, ratio: 1.5, expectedRatio: 1, chiSquare: 4, rating: "acceptable" });
    expect(r.sexRatio.pValue).toBeCloseTo(0.04550026389635842, 12);
    // against 1.05: p0 = 1.05 / 2.05; X² = (60 − 100 p0)² / (100 p0 (1 − p0))
    const p0 = 1.05 / 2.05;
    const r2 = qualityReport({ sex }, { expectedSexRatio: 1.05 });
    expect(r2.sexRatio.chiSquare).toBeCloseTo((60 - 100 * p0) ** 2 / (100 * p0 * (1 - p0)), 12);
    expect(qualityReport({ sex: [1, 1] }).sexRatio.ratio).toBeNull();
  });

  it("distributes ages by completed year, month and month of birth, with heaping", () => {
    const r = qualityReport({
      sex: Array<number>(10).fill(1),
      ageMonths: [0, 5.5, 12, 12.9, 18, 24, 59.99, 60, -1, Number.NaN],
    });
    expect(r.age.n).toBe(7);
    expect(r.age.outOfRange).toBe(1);
    expect(r.age.byYear).toEqual([2, 3, 1, 0, 1]);
    expect(r.age.byMonth[12]).toBe(2);
    expect(r.age.byMonth[59]).toBe(1);
    expect(r.completeness.age).toMatchObject({ missing: 1, invalid: 1 });
    // ages 12–59: 12, 12, 18, 24, 59 → remainders mod 12: 0, 0, 6, 0, 11
    expect(r.age.heaping).toMatchObject({ n: 5, wholeYearPct: 60, halfYearPct: 20 });
    // χ² = (3 − 5/12)²/(5/12) + (1 − 5/12)²·2/(5/12) + 9 × 5/12
    const e = 5 / 12;
    expect(r.age.heaping.chiSquare).toBeCloseTo((3 - e) ** 2 / e + (2 * (1 - e) ** 2) / e + 9 * e, 12);

    const b = qualityReport({ sex: [1, 2, 1], dateOfBirth: ["2024-03-31", "2024-03-01", "2023-12-25"] });
    expect(b.age.byBirthMonth).toEqual([0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it("takes age from the dates, then ageDays, then ageMonths", () => {
    const r = qualityReport({
      sex: [1, 1, 1],
      dateOfBirth: ["2024-01-01", null, null],
      visitDate: ["2025-01-01", "2025-01-01", null],
      ageDays: [10, 400, Number.NaN],
      ageMonths: [50, 50, 30],
    });
    // 366 days → 12 months; 400 days → 13 months; 30 months
    expect([r.age.byMonth[12], r.age.byMonth[13], r.age.byMonth[30]]).toEqual([1, 1, 1]);
  });

  it("counts flagged z-scores and describes the unflagged ones", () => {
    const columns = {
      sex: [1, 1, 2, 2, 1, 2, 1],
      ageMonths: [12, 18, 24, 30, 36, 42, 12],
      weightKg: [9.5, 10.2, 11.0, 13.1, 14.0, 12.9, 40],
    };
    const r = qualityReport(columns);
    const z = scoreColumns(columns);
    const kept = Array.from(z.zwei).filter((_, i) => z.fwei[i] === 0);
    expect(z.fwei[6]).toBe(1); // 40 kg at a year: flagged
    expect(r.zScores.zwei).toMatchObject({ n: 7, flagged: 1, nUsed: 6 });
    expect(r.zScores.zwei.flaggedPct).toBeCloseTo(100 / 7, 12);
    // textbook two-pass formulas on the unflagged z
    const n = kept.length;
    const mean = kept.reduce((s, x) => s + x, 0) / n;
    const d2 = kept.reduce((s, x) => s + (x - mean) ** 2, 0);
    const d3 = kept.reduce((s, x) => s + (x - mean) ** 3, 0);
    const d4 = kept.reduce((s, x) => s + (x - mean) ** 4, 0);
    expect(r.zScores.zwei.mean).toBeCloseTo(mean, 12);
    expect(r.zScores.zwei.sd).toBeCloseTo(Math.sqrt(d2 / (n - 1)), 12);
    expect(r.zScores.zwei.skewness).toBeCloseTo((Math.sqrt(n) * d3) / d2 ** 1.5, 12);
    expect(r.zScores.zwei.excessKurtosis).toBeCloseTo((n * d4) / d2 ** 2 - 3, 12);
    expect(r.zScores.zlen).toMatchObject({ n: 0, flaggedPct: null, sd: null, sdVsReference: null, skewnessRating: null });
  });

  it("grades the SD against the DHS range and shape by SMART's bands", () => {
    const r = qualityReport({ sex: [1, 1, 1, 1], ageMonths: [12, 12, 12, 12], weightKg: [7.0, 9.6, 9.6, 12.5] });
    const z = r.zScores.zwei;
    expect(z.sdVsReference).toBe(z.sd! > 1.46 ? "above" : z.sd! < 1.17 ? "below" : "within");
    expect(z.skewnessRating).toBe(Math.abs(z.skewness!) < 0.2 ? "excellent" : Math.abs(z.skewness!) < 0.4 ? "good" : Math.abs(z.skewness!) < 0.6 ? "acceptable" : "problematic");
  });

  it("repeats the checks per group, sorted, missing values last", () => {
    const r = qualityReport(
      { sex: [1, 2, 1, 2, 1], weightKg: [9.5, 9.5, 10.0, 10.1, 11.2] },
      { groupBy: { puskesmas: ["B", "A", "B", null, "A"], posyandu: [1, 2, 1, 2, 2] } },
    );
    expect(r.groups.map((g) => g.group)).toEqual([
      { puskesmas: "A", posyandu: "2" },
      { puskesmas: "B", posyandu: "1" },
      { puskesmas: null, posyandu: "2" },
    ]);
    expect(r.groups.map((g) => g.records)).toEqual([2, 2, 1]);
    expect(r.groups.map((g) => g.sexRatio.boys)).toEqual([1, 2, 0]);
    expect(r.groups[1]!.digitPreference.weight!.counts[5]).toBe(1);
    expect(qualityReport({ sex: [1] }).groups).toEqual([]);
  });

  it("is plain data that survives JSON", () => {
    const r = qualityReport(
      { sex: [1, 2, 2], ageMonths: [3, 40, Number.NaN], weightKg: [6, 14, 12], lenheiCm: [60, 100, 90], measure: ["l", "h", "h"] },
      { groupBy: { g: ["x", "y", "x"] } },
    );
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("throws for misuse, naming the function and the input", () => {
    expect(() => qualityReport({} as never)).toThrow(new TypeError("qualityReport: columns.sex is required"));
    expect(() => qualityReport({ sex: [1], height: [80] } as never)).toThrow(/qualityReport: unknown columns key "height"/);
    expect(() => qualityReport({ sex: [1, 2], weightKg: [9] })).toThrow(RangeError);
    expect(() => qualityReport({ sex: [1, 2], dateOfBirth: ["2024-01-01"] })).toThrow(RangeError);
    expect(() => qualityReport({ sex: [1] }, { group: {} } as never)).toThrow(TypeError);
    expect(() => qualityReport({ sex: [1] }, { expectedSexRatio: 0 })).toThrow(RangeError);
    expect(() => qualityReport({ sex: [1] }, { groupBy: { p: [1, 2] } })).toThrow(RangeError);
    expect(() => qualityReport({ sex: [1] }, { groupBy: [[1]] as never })).toThrow(TypeError);
  });
});
