import { describe, expect, it } from "vitest";
import {
  weightForAge, lengthHeightForAge, weightForLengthHeight, bmiForAge, headCircumferenceForAge,
  armCircumferenceForAge, tricepsSkinfoldForAge, subscapularSkinfoldForAge, heightForAge2007, weightForAge2007, bmiForAge2007,
} from "../../../../src/index.js";
import { atZRestricted, between, round2, row, zPlain, zRestricted } from "../../../support/by-hand.js";

const ALL = {
  weightForAge, lengthHeightForAge, weightForLengthHeight, bmiForAge, headCircumferenceForAge,
  armCircumferenceForAge, tricepsSkinfoldForAge, subscapularSkinfoldForAge, heightForAge2007, weightForAge2007, bmiForAge2007,
};

describe("one-indicator functions: misuse throws, naming the function", () => {
  for (const [name, fn] of Object.entries(ALL)) {
    it(name, () => {
      expect(() => fn(null as never)).toThrow(new TypeError(`${name}: record must be an object`));
      expect(() => fn({ sex: 1, weight: 9 } as never)).toThrow(TypeError);
      expect(() => fn({ sex: 1, weight: 9 } as never)).toThrow(`${name}: unknown field "weight"`);
      expect(() => fn({ sex: 1 }, { rounding: "who" } as never)).toThrow(new TypeError(`${name}: unknown options key "rounding"; expected precision, correctUntilMonths`));
      expect(() => fn({ sex: 1 }, { precision: "exact" } as never)).toThrow(RangeError);
      expect(() => fn({ sex: 1 }, "full" as never)).toThrow(new TypeError(`${name}: options must be an object`));
    });
  }
});

describe("one-indicator functions: each standard's ages", () => {
  it("WHO 2006 functions are NA from 60 months, with age-outside-standard", () => {
    for (const fn of [weightForAge, lengthHeightForAge, weightForLengthHeight, bmiForAge, headCircumferenceForAge, armCircumferenceForAge, tricepsSkinfoldForAge, subscapularSkinfoldForAge]) {
      const r = fn({ sex: 1, ageMonths: 60, weightKg: 18, lenheiCm: 110, headCm: 50, muacCm: 16, tricepsMm: 8, subscapularMm: 6 });
      expect(r.z).toBeNaN();
      expect(r.flag).toBeNaN();
      expect(r.reasons).toEqual(["age-outside-standard"]);
    }
  });

  it("WHO 2007 functions are NA under 60 months, with age-outside-standard, and over 228 months with age-out-of-range", () => {
    for (const fn of [heightForAge2007, weightForAge2007, bmiForAge2007]) {
      expect(fn({ sex: 2, ageMonths: 59.99, weightKg: 18, lenheiCm: 110 }).reasons).toEqual(["age-outside-standard"]);
      expect(fn({ sex: 2, ageMonths: 228.01, weightKg: 50, lenheiCm: 160 }).reasons).toEqual(["age-out-of-range"]);
    }
    expect(weightForAge2007({ sex: 2, ageMonths: 120.5, weightKg: 30 }).reasons).toEqual(["age-over-120-months"]);
  });

  it("WHO 2007 functions without an age give the age's reason and look at no measurement", () => {
    // weight / (0.45 m)² overflows; with no age, no BMI is computed at all
    expect(bmiForAge2007({ sex: 1, weightKg: 1e308, lenheiCm: 45 }).reasons).toEqual(["age-missing"]);
    expect(heightForAge2007({ sex: 1, ageDays: -3, lenheiCm: 110 }).reasons).toEqual(["age-invalid"]);
  });

  it("at 60 months the WHO 2007 functions use the 60-month row", () => {
    expect(heightForAge2007({ sex: 1, ageMonths: 60, lenheiCm: 110 }).z).toBe(round2(zPlain(110, row("hfawho2007.txt", 1, 60))));
    expect(weightForAge2007({ sex: 1, ageMonths: 60, weightKg: 18 }).z).toBe(round2(zRestricted(18, row("wfawho2007.txt", 1, 60))));
    expect(bmiForAge2007({ sex: 1, ageMonths: 60, weightKg: 18, lenheiCm: 110 }).z).toBe(round2(zRestricted(18 / 1.21, row("bfawho2007.txt", 1, 60))));
  });
});

describe("one-indicator functions: WHO anthro's rules", () => {
  it("weight-for-age: restricted tail and the flag on the rounded z (> 5)", () => {
    const r = row("weianthro.txt", 2, 400);
    expect(weightForAge({ sex: 2, ageDays: 400, weightKg: atZRestricted(5.004, r) })).toEqual({ z: 5, flag: 0, reasons: [] });
    expect(weightForAge({ sex: 2, ageDays: 400, weightKg: atZRestricted(5.006, r) })).toEqual({ z: 5.01, flag: 1, reasons: [] });
    const full = weightForAge({ sex: 2, ageDays: 400, weightKg: atZRestricted(5.004, r) }, { precision: "full" });
    expect(full.z).toBeCloseTo(5.004, 9);
    expect(full.flag).toBe(1);
  });

  it("length/height-for-age: +0.7 cm for standing under 731 days, and standing under 9 months is ignored", () => {
    expect(lengthHeightForAge({ sex: 1, ageDays: 500, lenheiCm: 78, measure: "h" }).z).toBe(round2(zPlain(78.7, row("lenanthro.txt", 1, 500))));
    const young = lengthHeightForAge({ sex: 1, ageDays: 200, lenheiCm: 66, measure: "h" });
    expect(young.z).toBe(round2(zPlain(66, row("lenanthro.txt", 1, 200))));
  });

  it("weight-for-length/height: without an age, the position picks the table; without either, 87 cm does", () => {
    // 80.25 cm lies between the 80.2 and 80.3 cm rows
    const wfh = between(row("wfhanthro.txt", 2, "80.2"), row("wfhanthro.txt", 2, "80.3"), (80.25 - 80.2) / 0.1);
    const wfl = between(row("wflanthro.txt", 2, "80.2"), row("wflanthro.txt", 2, "80.3"), (80.25 - 80.2) / 0.1);
    expect(weightForLengthHeight({ sex: 2, weightKg: 10, lenheiCm: 80.25, measure: "h" }).z).toBe(round2(zRestricted(10, wfh)));
    expect(weightForLengthHeight({ sex: 2, weightKg: 10, lenheiCm: 80.25, measure: "l" }).z).toBe(round2(zRestricted(10, wfl)));
    expect(weightForLengthHeight({ sex: 2, weightKg: 10, lenheiCm: 80.25 }).z).toBe(round2(zRestricted(10, wfl)));
    expect(weightForLengthHeight({ sex: 2, weightKg: 12, lenheiCm: 90 }).z).toBe(round2(zRestricted(12, row("wfhanthro.txt", 2, "90"))));
  });

  it("weight-for-length/height: outside 45–110 cm (length) is NA with its reason", () => {
    expect(weightForLengthHeight({ sex: 1, ageDays: 100, weightKg: 2, lenheiCm: 44.9, measure: "l" }).reasons).toEqual(["lenhei-outside-wfl-range"]);
  });

  it("oedema makes the weight-based z-scores NA, not the others", () => {
    const rec = { sex: 1, ageDays: 400, weightKg: 9, lenheiCm: 75, measure: "l", oedema: "y" } as const;
    for (const fn of [weightForAge, weightForLengthHeight, bmiForAge]) expect(fn(rec).reasons).toEqual(["oedema"]);
    expect(lengthHeightForAge(rec).z).toBe(round2(zPlain(75, row("lenanthro.txt", 1, 400))));
  });

  it("arm circumference and skinfolds start at day 91; head circumference does not", () => {
    for (const [fn, key] of [[armCircumferenceForAge, "muacCm"], [tricepsSkinfoldForAge, "tricepsMm"], [subscapularSkinfoldForAge, "subscapularMm"]] as const) {
      expect(fn({ sex: 2, ageDays: 90.49, [key]: 10 }).reasons).toEqual(["age-under-91-days"]);
      expect(fn({ sex: 2, ageDays: 90.5, [key]: 10 }).z).not.toBeNaN(); // rounds to day 91
      expect(fn({ sex: 2, ageDays: 60 }).reasons).toEqual([(key === "muacCm" ? "muac" : key === "tricepsMm" ? "triskin" : "subskin") + "-missing"]);
    }
    expect(headCircumferenceForAge({ sex: 2, ageDays: 0, headCm: 34 }).z).toBe(round2(zPlain(34, row("hcanthro.txt", 2, 0))));
  });

  it("bad data gives NA with the reasons, never a throw", () => {
    expect(weightForAge({ sex: "x", ageDays: -1, weightKg: 0 }).reasons).toEqual(["sex-invalid", "age-invalid", "weight-invalid"]);
    expect(bmiForAge({ sex: 1, ageDays: 100, weightKg: 1e300, lenheiCm: 1e-200 }).reasons).toContain("value-overflow");
    expect(lengthHeightForAge({ sex: 1, ageDays: 100, lenheiCm: 60, measure: "sideways" }).reasons).toEqual(["measure-invalid"]);
  });
});
