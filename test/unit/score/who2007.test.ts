import { describe, expect, it } from "vitest";
import { score } from "../../../src/index.js";
import { atZ, atZRestricted, between, round2, row, zPlain, zRestricted } from "../../support/by-hand.js";

const hfa = (sex: 1 | 2, month: number) => row("hfawho2007.txt", sex, month);
const wfa = (sex: 1 | 2, month: number) => row("wfawho2007.txt", sex, month);
const bfa = (sex: 1 | 2, month: number) => row("bfawho2007.txt", sex, month);

describe("WHO Growth Reference 2007 (anthroplus rules)", () => {
  it("at exactly 60 months uses the 60-month row (anthroplus ≥ 1.0.0), while WHO 2006 fields are NA", () => {
    const r = score({ sex: 1, ageMonths: 60, weightKg: 18, lenheiCm: 110 });
    expect(r.zhfa).toBe(round2(zPlain(110, hfa(1, 60))));
    expect(r.zwfa).toBe(round2(zRestricted(18, wfa(1, 60))));
    expect(r.zbfa).toBe(round2(zRestricted(18 / (1.1 * 1.1), bfa(1, 60))));
    expect([r.zlen, r.zwei, r.zwfl, r.zbmi].every(Number.isNaN)).toBe(true);
  });

  it("just under 60 months uses WHO 2006 and leaves the 2007 fields NA", () => {
    const r = score({ sex: 1, ageMonths: 59.99, weightKg: 18, lenheiCm: 110 });
    expect(r.zwei).not.toBeNaN();
    expect([r.zhfa, r.zwfa, r.zbfa].every(Number.isNaN)).toBe(true);
    expect(r.naReasons.zhfa).toBeUndefined();
  });

  it("an invalid age in days is not replaced by the age in months: the WHO 2006 fields get their reasons", () => {
    // ageDays is given but not a number, so the age is invalid (months are
    // read only when days are missing), and the child is not 60 months old.
    const r = score({ sex: "x", ageDays: false as unknown as number, ageMonths: 70, weightKg: 9, lenheiCm: 70 });
    expect(r.reasons).toContain("age-invalid");
    expect(r.naReasons.zwfl).toEqual(["sex-invalid"]);
    expect(r.naReasons.zwei).toEqual(["sex-invalid", "age-invalid"]);
    expect(r.naReasons.zhfa).toBeUndefined();
  });

  it("interpolates L, M and S linearly between whole months", () => {
    const lms = between(hfa(2, 100), hfa(2, 101), 0.25);
    expect(score({ sex: 2, ageMonths: 100.25, lenheiCm: 128 }).zhfa).toBe(round2(zPlain(128, lms)));
    const wl = between(wfa(2, 100), wfa(2, 101), 0.25);
    expect(score({ sex: 2, ageMonths: 100.25, weightKg: 26 }).zwfa).toBe(round2(zRestricted(26, wl)));
  });

  it("uses unrounded months from age in days (days / 30.4375)", () => {
    const months = 3100 / 30.4375; // 101.848…
    const lms = between(hfa(1, 101), hfa(1, 102), months - 101);
    expect(score({ sex: 1, ageDays: 3100, lenheiCm: 130 }).zhfa).toBe(round2(zPlain(130, lms)));
  });

  it("weight-for-age stops at 120 months inclusive", () => {
    expect(score({ sex: 2, ageMonths: 120, weightKg: 32 }).zwfa).toBe(round2(zRestricted(32, wfa(2, 120))));
    const over = score({ sex: 2, ageMonths: 120.5, weightKg: 32 });
    expect(over.zwfa).toBeNaN();
    expect(over.naReasons.zwfa).toEqual(["age-over-120-months"]);
  });

  it("height- and BMI-for-age stop at 228 months inclusive", () => {
    const at228 = score({ sex: 1, ageMonths: 228, weightKg: 65, lenheiCm: 176 });
    expect(at228.zhfa).toBe(round2(zPlain(176, hfa(1, 228))));
    expect(at228.zbfa).toBe(round2(zRestricted(65 / (1.76 * 1.76), bfa(1, 228))));
    const over = score({ sex: 1, ageMonths: 228.5, weightKg: 65, lenheiCm: 176 });
    expect(over.zhfa).toBeNaN();
    expect(over.zbfa).toBeNaN();
    expect(over.naReasons.zhfa).toEqual(["age-out-of-range"]);
  });

  it("uses height as measured, with no ±0.7 cm conversion (anthroplus has no measure); clenhei stays anthro's", () => {
    const r = score({ sex: 2, ageMonths: 80, lenheiCm: 115, measure: "l", weightKg: 20 });
    expect(r.clenhei).toBe(115 - 0.7);
    expect(r.zhfa).toBe(round2(zPlain(115, hfa(2, 80))));
    expect(r.cbmi).toBe(20 / (1.15 * 1.15));
  });

  it("oedema makes weight-for-age and BMI-for-age NA but not height-for-age", () => {
    const r = score({ sex: 1, ageMonths: 90, weightKg: 22, lenheiCm: 122, oedema: "y" });
    expect(r.zwfa).toBeNaN();
    expect(r.zbfa).toBeNaN();
    expect(r.naReasons.zwfa).toEqual(["oedema"]);
    expect(r.zhfa).not.toBeNaN();
  });

  it("restricted tails for weight- and BMI-for-age, plain LMS for height-for-age", () => {
    const w = wfa(1, 96);
    const y = atZRestricted(4.5, w);
    expect(score({ sex: 1, ageMonths: 96, weightKg: y }).zwfa).toBe(4.5);
    const h = hfa(1, 96);
    expect(score({ sex: 1, ageMonths: 96, lenheiCm: atZ(-4.5, h) }).zhfa).toBe(-4.5);
  });

  it("flags after rounding: |hfa| > 6, wfa < −6 or > 5, |bfa| > 5", () => {
    const h = hfa(2, 150);
    expect(score({ sex: 2, ageMonths: 150, lenheiCm: atZ(6.004, h) })).toMatchObject({ zhfa: 6, fhfa: 0 });
    expect(score({ sex: 2, ageMonths: 150, lenheiCm: atZ(-6.006, h) })).toMatchObject({ zhfa: -6.01, fhfa: 1 });
    const w = wfa(2, 100);
    expect(score({ sex: 2, ageMonths: 100, weightKg: atZRestricted(5.006, w) })).toMatchObject({ zwfa: 5.01, fwfa: 1 });
    expect(score({ sex: 2, ageMonths: 100, weightKg: atZRestricted(-5.9, w) })).toMatchObject({ zwfa: -5.9, fwfa: 0 });
    const b = bfa(2, 150);
    const bmi = atZRestricted(5.004, b);
    expect(score({ sex: 2, ageMonths: 150, lenheiCm: 150, weightKg: bmi * 1.5 * 1.5 }).fbfa).toBe(0);
  });
});
