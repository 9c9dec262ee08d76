/**
 * Corrected age for children born preterm: chronological age − (280 − GA)
 * days, while the corrected age is under 24 months (correctUntilMonths).
 * Each case is checked against scoring the corrected age by hand.
 */
import { describe, expect, it } from "vitest";
import { score, scoreColumns, weightForAge, type ScoreRecord } from "../../../src/index.js";

const child = { sex: 2, weightKg: 6.1, lenheiCm: 61.5, measure: "l", headCm: 40 } as const;
const at = (ageDays: number, extra: Partial<ScoreRecord> = {}) => score({ ...child, ageDays, ...extra } as ScoreRecord);
const FIELDS = ["zlen", "zwei", "zwfl", "zbmi", "zhc"] as const;

describe("corrected age", () => {
  it("a girl born at 32+0 weeks (224 days) is scored 56 days younger", () => {
    const corrected = at(150, { gaWeeks: 32 });
    const byHand = at(150 - 56);
    for (const f of FIELDS) expect(corrected[f], f).toBe(byHand[f]);
    expect(corrected.cage_days).toBe(94);
    expect(corrected.corrected).toBe(1);
    expect(at(150).corrected).toBe(0);
  });

  it("gestational age in days wins over weeks; fractional weeks are days / 7", () => {
    expect(at(150, { gaDays: 230, gaWeeks: 30 }).cage_days).toBe(100);
    expect(at(150, { gaWeeks: 32.5 }).cage_days).toBe(150 - (280 - 227.5));
  });

  it("born at 36+6 weeks (258 days) is corrected; at 37+0 (259 days) it is not", () => {
    expect(at(150, { gaDays: 258 })).toMatchObject({ corrected: 1, cage_days: 128 });
    expect(at(150, { gaDays: 259 })).toMatchObject({ corrected: 0, cage_days: 150 });
  });

  it("the correction stops at a corrected age of exactly 24 months", () => {
    const until = 24 * 30.4375; // 730.5 days corrected
    const gap = 280 - 224;
    expect(at(until - 0.25 + gap, { gaDays: 224 })).toMatchObject({ corrected: 1, cage_days: until - 0.25 });
    expect(at(until + gap, { gaDays: 224 })).toMatchObject({ corrected: 0, cage_days: until + gap });
    expect(at(until + gap, { gaDays: 224 }).zlen).toBe(at(until + gap).zlen);
  });

  it("correctUntilMonths changes the limit; 0 never corrects", () => {
    expect(at(300, { gaDays: 224 }, ).corrected).toBe(1);
    expect(score({ ...child, ageDays: 300, gaDays: 224 }, { correctUntilMonths: 6 }).corrected).toBe(0);
    expect(score({ ...child, ageDays: 30, gaDays: 224 }, { correctUntilMonths: 0 })).toMatchObject({ corrected: 0, cage_days: 30 });
    expect(() => score(child, { correctUntilMonths: 61 })).toThrow(new RangeError("score: options.correctUntilMonths must be a number of months from 0 to 60; got 61"));
    expect(() => scoreColumns({ sex: [1] }, { correctUntilMonths: -1 })).toThrow(RangeError);
  });

  it("before the term date the WHO z-scores are NA with age-before-term; weight-for-length is scored as without an age", () => {
    const r = at(30, { gaDays: 224 }); // corrected −26 days
    expect(r.corrected).toBe(1);
    expect(r.cage_days).toBeNaN();
    expect(r.zwei).toBeNaN();
    expect(r.naReasons.zwei).toEqual(["age-before-term"]);
    expect(r.naReasons.cage_days).toEqual(["age-before-term"]);
    expect(r.zwfl).toBe(score({ ...child }).zwfl);
    expect(weightForAge({ ...child, ageDays: 30, gaDays: 224 }).reasons).toEqual(["age-before-term"]);
  });

  it.each([[153, true], [154, false], [314, false], [315, true], [-5, true], [Infinity, true]])("a gestational age of %s days is invalid: %s (then no correction)", (ga, invalid) => {
    const r = at(150, { gaDays: ga });
    expect(r.reasons.includes("ga-invalid")).toBe(invalid);
    if (invalid) expect(r).toMatchObject({ corrected: 0, cage_days: 150, zwei: at(150).zwei });
  });

  it("scoreColumns, score and the one-indicator functions agree row by row", () => {
    const ages = [20, 60, 150, 700, 800];
    const gas = [224, 230, NaN, 250, 300];
    const cols = scoreColumns({ sex: ages.map(() => 1), ageDays: ages, gaDays: gas, weightKg: ages.map(() => 7) });
    ages.forEach((a, i) => {
      const one = score({ sex: 1, ageDays: a, gaDays: gas[i], weightKg: 7 });
      expect(cols.cage_days[i]).toEqual(one.cage_days);
      expect(cols.corrected[i]).toBe(one.corrected);
      expect(cols.zwei[i]).toEqual(one.zwei);
      expect(weightForAge({ sex: 1, ageDays: a, gaDays: gas[i], weightKg: 7 }).z).toEqual(one.zwei);
    });
  });
});
