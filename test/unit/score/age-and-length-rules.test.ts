import { describe, expect, it } from "vitest";
import { score } from "../../../src/index.js";
import { between, round2, row, zPlain, zRestricted } from "../../support/by-hand.js";

describe("age rounding (WHO anthro: whole days, .5 rounds up)", () => {
  it("730.49 days uses the day-730 row and 730.5 days the day-731 row", () => {
    const at730 = round2(zPlain(85, row("lenanthro.txt", 1, 730)));
    const at731 = round2(zPlain(85, row("lenanthro.txt", 1, 731)));
    expect(at730).not.toBe(at731);
    // measure unknown, so no ±0.7 cm: only the table row changes
    expect(score({ sex: 1, ageDays: 730.49, lenheiCm: 85 }).zlen).toBe(at730);
    expect(score({ sex: 1, ageDays: 730.5, lenheiCm: 85 }).zlen).toBe(at731);
  });

  it("months are converted with × 30.4375 and then rounded: 24 months is day 731", () => {
    const expected = round2(zRestricted(12, row("weianthro.txt", 2, 731)));
    expect(score({ sex: 2, ageMonths: 24, weightKg: 12 }).zwei).toBe(expected);
  });

  it("scores under 60 months and not at 60 (days or months)", () => {
    const expected = round2(zRestricted(18, row("weianthro.txt", 1, 1826)));
    expect(score({ sex: 1, ageMonths: 59.99, weightKg: 18 }).zwei).toBe(expected);
    expect(score({ sex: 1, ageDays: 1826.2, weightKg: 18 }).zwei).toBe(expected);
    // from 60 months the WHO 2007 reference applies instead (see who2007.test.ts)
    const at60 = score({ sex: 1, ageMonths: 60, weightKg: 18 });
    expect(at60.zwei).toBeNaN();
    expect(at60.naReasons.zwei).toBeUndefined();
    expect(at60.zwfa).not.toBeNaN();
    expect(score({ sex: 1, ageDays: 1826.25, weightKg: 18 }).zwei).toBeNaN();
  });

  it("age in days takes precedence over age in months", () => {
    const expected = round2(zRestricted(10, row("weianthro.txt", 1, 400)));
    expect(score({ sex: 1, ageDays: 400, ageMonths: 30, weightKg: 10 }).zwei).toBe(expected);
  });

  it("negative or infinite age is invalid, missing age is missing", () => {
    expect(score({ sex: 1, ageDays: -1, weightKg: 10 }).naReasons.zwei).toEqual(["age-invalid"]);
    expect(score({ sex: 1, ageDays: Infinity, weightKg: 10 }).naReasons.zwei).toEqual(["age-invalid"]);
    expect(score({ sex: 1, weightKg: 10 }).naReasons.zwei).toEqual(["age-missing"]);
  });
});

describe("length/height conversion (±0.7 cm)", () => {
  it("standing height under 731 days gains 0.7 cm; lying length from 731 days loses 0.7 cm", () => {
    expect(score({ sex: 1, ageDays: 730, lenheiCm: 80, measure: "h" }).clenhei).toBe(80 + 0.7);
    expect(score({ sex: 1, ageDays: 731, lenheiCm: 80, measure: "h" }).clenhei).toBe(80);
    expect(score({ sex: 1, ageDays: 730, lenheiCm: 80, measure: "l" }).clenhei).toBe(80);
    expect(score({ sex: 1, ageDays: 731, lenheiCm: 80, measure: "l" }).clenhei).toBe(80 - 0.7);
    // 730.5 rounds to day 731
    expect(score({ sex: 1, ageDays: 730.5, lenheiCm: 80, measure: "l" }).clenhei).toBe(80 - 0.7);
  });

  it("an unknown measure means no conversion", () => {
    expect(score({ sex: 1, ageDays: 100, lenheiCm: 60 }).clenhei).toBe(60);
    expect(score({ sex: 1, ageDays: 1000, lenheiCm: 90 }).clenhei).toBe(90);
  });

  it("length-for-age uses the converted value", () => {
    const expected = round2(zPlain(80 + 0.7, row("lenanthro.txt", 2, 600)));
    expect(score({ sex: 2, ageDays: 600, lenheiCm: 80, measure: "h" }).zlen).toBe(expected);
  });

  it("standing under 9 months is an invalid position: no conversion, c9mo_flag = 1", () => {
    const young = score({ sex: 1, ageDays: 273, lenheiCm: 68, measure: "h" }); // 8.97 months
    expect(young.c9mo_flag).toBe(1);
    expect(young.clenhei).toBe(68);
    expect(young.reasons).toContain("measure-standing-under-9-months");
    expect(young.zlen).toBe(round2(zPlain(68, row("lenanthro.txt", 1, 273))));
    const nine = score({ sex: 1, ageDays: 274, lenheiCm: 68, measure: "h" }); // 9.0021 months
    expect(nine.c9mo_flag).toBe(0);
    expect(nine.clenhei).toBe(68 + 0.7);
    expect(score({ sex: 1, ageMonths: 8.99, lenheiCm: 68, measure: "h" }).c9mo_flag).toBe(1);
    expect(score({ sex: 1, ageMonths: 9, lenheiCm: 68, measure: "h" }).c9mo_flag).toBe(0);
    expect(score({ sex: 1, ageMonths: 5, lenheiCm: 68, measure: "l" }).c9mo_flag).toBe(0);
  });

  it("an unrecognised measure code is not guessed: length-based values are NA", () => {
    const r = score({ sex: 1, ageDays: 400, weightKg: 9, lenheiCm: 75, measure: "x" });
    expect(r.clenhei).toBeNaN();
    expect(r.zlen).toBeNaN();
    expect(r.zwfl).toBeNaN();
    expect(r.zbmi).toBeNaN();
    expect(r.naReasons.zlen).toEqual(["measure-invalid"]);
    expect(r.zwei).not.toBeNaN();
  });
});

describe("weight-for-length/height", () => {
  it("uses the length table under 731 days and the height table from 731", () => {
    const l = round2(zRestricted(11, row("wflanthro.txt", 1, 85)));
    const h = round2(zRestricted(11, row("wfhanthro.txt", 1, 85)));
    expect(l).not.toBe(h);
    expect(score({ sex: 1, ageDays: 730, weightKg: 11, lenheiCm: 85 }).zwfl).toBe(l);
    expect(score({ sex: 1, ageDays: 731, weightKg: 11, lenheiCm: 85 }).zwfl).toBe(h);
  });

  it("without age, uses the measure, and without measure, < 87 cm means length", () => {
    expect(score({ sex: 2, weightKg: 11, lenheiCm: 86.9 }).zwfl).toBe(round2(zRestricted(11, row("wflanthro.txt", 2, 86.9))));
    expect(score({ sex: 2, weightKg: 11, lenheiCm: 87 }).zwfl).toBe(round2(zRestricted(11, row("wfhanthro.txt", 2, 87))));
    expect(score({ sex: 2, weightKg: 11, lenheiCm: 90, measure: "l" }).zwfl).toBe(round2(zRestricted(11, row("wflanthro.txt", 2, 90))));
    expect(score({ sex: 2, weightKg: 8, lenheiCm: 70, measure: "h" }).zwfl).toBe(round2(zRestricted(8, row("wfhanthro.txt", 2, 70))));
  });

  it("interpolates L, M and S linearly between 0.1 cm rows", () => {
    const lms = between(row("wflanthro.txt", 1, "80.3"), row("wflanthro.txt", 1, "80.4"), 0.5);
    const expected = round2(zRestricted(10.5, lms));
    expect(expected).not.toBe(round2(zRestricted(10.5, row("wflanthro.txt", 1, "80.3"))));
    expect(score({ sex: 1, ageDays: 500, weightKg: 10.5, lenheiCm: 80.35 }).zwfl).toBe(expected);
  });

  it("is valid from 45 to 110 cm on the length table, on the adjusted length", () => {
    const at = (cm: number, extra: object = {}) => score({ sex: 1, ageDays: 30, weightKg: 3, lenheiCm: cm, ...extra });
    expect(at(45).zwfl).toBe(round2(zRestricted(3, row("wflanthro.txt", 1, 45))));
    expect(at(44.9).zwfl).toBeNaN();
    expect(at(44.9).naReasons.zwfl).toEqual(["lenhei-outside-wfl-range"]);
    expect(score({ sex: 1, ageDays: 700, weightKg: 18, lenheiCm: 110 }).zwfl).not.toBeNaN();
    expect(score({ sex: 1, ageDays: 700, weightKg: 18, lenheiCm: 110.01 }).zwfl).toBeNaN();
    // 109.4 cm standing at 700 days is 110.1 cm lying: outside
    expect(score({ sex: 1, ageDays: 700, weightKg: 18, lenheiCm: 109.4, measure: "h" }).zwfl).toBeNaN();
  });

  it("is valid from 65 to 120 cm on the height table", () => {
    const at = (cm: number) => score({ sex: 2, ageDays: 800, weightKg: 8, lenheiCm: cm });
    expect(at(65).zwfl).toBe(round2(zRestricted(8, row("wfhanthro.txt", 2, 65))));
    expect(at(64.99).zwfl).toBeNaN();
    expect(score({ sex: 2, ageDays: 1800, weightKg: 22, lenheiCm: 120 }).zwfl).toBe(round2(zRestricted(22, row("wfhanthro.txt", 2, 120))));
    expect(score({ sex: 2, ageDays: 1800, weightKg: 22, lenheiCm: 120.01 }).zwfl).toBeNaN();
  });

  it("is NA at or over 60 months even though it does not depend on age", () => {
    expect(score({ sex: 1, ageMonths: 60, weightKg: 18, lenheiCm: 110 }).zwfl).toBeNaN();
  });
});

describe("BMI", () => {
  it("is weight over the adjusted length squared, and BMI-for-age uses it", () => {
    const r = score({ sex: 1, ageDays: 800, weightKg: 12, lenheiCm: 86, measure: "l" });
    const clen = 86 - 0.7;
    expect(r.cbmi).toBe(12 / ((clen / 100) * (clen / 100)));
    expect(r.zbmi).toBe(round2(zRestricted(r.cbmi, row("bmianthro.txt", 1, 800))));
  });

  it("is NA when weight or length is not positive", () => {
    expect(score({ sex: 1, ageDays: 800, weightKg: 0, lenheiCm: 86 }).cbmi).toBeNaN();
    expect(score({ sex: 1, ageDays: 800, weightKg: 12, lenheiCm: -86 }).cbmi).toBeNaN();
    expect(score({ sex: 1, ageDays: 800, weightKg: 12, lenheiCm: -86 }).naReasons.zbmi).toEqual(["lenhei-invalid"]);
  });
});
