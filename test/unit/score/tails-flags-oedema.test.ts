import { describe, expect, it } from "vitest";
import { score } from "../../../src/index.js";
import { atZ, atZRestricted, round2, row, zPlain, zRestricted } from "../../support/by-hand.js";

describe("restricted LMS tails beyond ±3 SD", () => {
  const r = row("weianthro.txt", 1, 500);

  it("weight-for-age above +3 SD is linear in units of SD3 − SD2", () => {
    const y = atZ(3, r) + 1.5 * (atZ(3, r) - atZ(2, r)); // restricted z = 4.5 exactly
    expect(score({ sex: 1, ageDays: 500, weightKg: y }).zwei).toBe(4.5);
    // the plain LMS z of the same weight is different (the tail is compressed)
    expect(round2(zPlain(y, r))).not.toBe(4.5);
  });

  it("weight-for-age below −3 SD is linear in units of SD2 − SD3", () => {
    const y = atZ(-3, r) - 2.25 * (atZ(-2, r) - atZ(-3, r)); // restricted z = −5.25
    expect(score({ sex: 1, ageDays: 500, weightKg: y }).zwei).toBe(-5.25);
  });

  it("length-for-age and head circumference are not restricted", () => {
    const len = row("lenanthro.txt", 2, 500);
    const y = atZ(4.2, len);
    expect(score({ sex: 2, ageDays: 500, lenheiCm: y }).zlen).toBe(4.2);
    const hc = row("hcanthro.txt", 2, 500);
    expect(score({ sex: 2, ageDays: 500, headCm: atZ(-4.4, hc) }).zhc).toBe(-4.4);
  });

  it("arm circumference and skinfolds are restricted", () => {
    for (const [file, field, key] of [
      ["acanthro.txt", "zac", "muacCm"],
      ["tsanthro.txt", "zts", "tricepsMm"],
      ["ssanthro.txt", "zss", "subscapularMm"],
    ] as const) {
      const t = row(file, 1, 1000);
      const y = atZRestricted(3.8, t);
      expect(score({ sex: 1, ageDays: 1000, [key]: y })[field], file).toBe(3.8);
      expect(round2(zPlain(y, t))).not.toBe(3.8);
    }
  });
});

describe("flags are set on the rounded z (WHO parity)", () => {
  const wei = row("weianthro.txt", 2, 900);
  const len = row("lenanthro.txt", 2, 900);

  it("weight-for-age: z < −6 or z > 5", () => {
    const at = (z: number) => score({ sex: 2, ageDays: 900, weightKg: atZRestricted(z, wei) });
    expect(at(5.004)).toMatchObject({ zwei: 5, fwei: 0 });
    expect(at(5.006)).toMatchObject({ zwei: 5.01, fwei: 1 });
    expect(at(-6.004)).toMatchObject({ zwei: -6, fwei: 0 });
    expect(at(-6.006)).toMatchObject({ zwei: -6.01, fwei: 1 });
    expect(at(-5.5)).toMatchObject({ zwei: -5.5, fwei: 0 });
  });

  it("length-for-age: |z| > 6", () => {
    const at = (z: number) => score({ sex: 2, ageDays: 900, lenheiCm: atZ(z, len) });
    expect(at(6.004)).toMatchObject({ zlen: 6, flen: 0 });
    expect(at(6.006)).toMatchObject({ zlen: 6.01, flen: 1 });
    expect(at(-6.004)).toMatchObject({ zlen: -6, flen: 0 });
    expect(at(-6.006)).toMatchObject({ zlen: -6.01, flen: 1 });
  });

  it("head circumference and the others: |z| > 5", () => {
    const hc = row("hcanthro.txt", 1, 200);
    expect(score({ sex: 1, ageDays: 200, headCm: atZ(5.004, hc) })).toMatchObject({ zhc: 5, fhc: 0 });
    expect(score({ sex: 1, ageDays: 200, headCm: atZ(-5.006, hc) })).toMatchObject({ zhc: -5.01, fhc: 1 });
    const bmiAt = (z: number) => {
      const b = atZRestricted(z, row("bmianthro.txt", 1, 200));
      // weight for a 65 cm child (length, no conversion) with that BMI
      return score({ sex: 1, ageDays: 200, lenheiCm: 65, weightKg: b * 0.65 * 0.65 });
    };
    expect(bmiAt(-5.004).fbmi).toBe(0);
    expect(bmiAt(-5.006).fbmi).toBe(1);
  });

  it("full precision keeps the unrounded z and flags it unrounded", () => {
    const y = atZRestricted(5.004, wei);
    const full = score({ sex: 2, ageDays: 900, weightKg: y }, { precision: "full" });
    expect(full.zwei).toBeCloseTo(5.004, 9);
    expect(full.zwei).toBe(zRestricted(y, wei));
    expect(full.fwei).toBe(1);
  });

  it("flags are NaN when the z-score is NA", () => {
    const r = score({ sex: 2, ageDays: 900 });
    expect(r.zwei).toBeNaN();
    expect(r.fwei).toBeNaN();
  });
});

describe("oedema", () => {
  for (const oedema of ["y", "Y", "1", 1, true, "yes"]) {
    it(`oedema ${JSON.stringify(oedema)} makes weight-for-age, weight-for-length and BMI NA`, () => {
      const r = score({ sex: 1, ageDays: 400, weightKg: 9, lenheiCm: 75, measure: "l", oedema });
      expect(r.zwei).toBeNaN();
      expect(r.zwfl).toBeNaN();
      expect(r.zbmi).toBeNaN();
      expect(r.fwei).toBeNaN();
      expect(r.naReasons.zwei).toEqual(["oedema"]);
      expect(r.zlen).not.toBeNaN();
      expect(r.cbmi).not.toBeNaN();
    });
  }

  for (const oedema of ["n", "N", "2", 2, 0, false, "no", null, undefined]) {
    it(`oedema ${JSON.stringify(oedema)} is no oedema`, () => {
      const r = score({ sex: 1, ageDays: 400, weightKg: 9, oedema });
      expect(r.zwei).toBe(round2(zRestricted(9, row("weianthro.txt", 1, 400))));
    });
  }

  it("an unrecognised oedema code is not guessed", () => {
    const r = score({ sex: 1, ageDays: 400, weightKg: 9, oedema: "maybe" });
    expect(r.zwei).toBeNaN();
    expect(r.naReasons.zwei).toEqual(["oedema-invalid"]);
  });
});

describe("arm circumference and skinfolds start at day 91", () => {
  it("day 90 is NA with a reason and day 91 is scored", () => {
    const r90 = score({ sex: 2, ageDays: 90, muacCm: 12 });
    expect(r90.zac).toBeNaN();
    expect(r90.naReasons.zac).toEqual(["age-under-91-days"]);
    expect(score({ sex: 2, ageDays: 91, muacCm: 12 }).zac).toBe(round2(zRestricted(12, row("acanthro.txt", 2, 91))));
    // 90.5 days rounds to day 91
    expect(score({ sex: 2, ageDays: 90.5, muacCm: 12 }).zac).toBe(round2(zRestricted(12, row("acanthro.txt", 2, 91))));
  });
});

describe("sex codes", () => {
  const expected = round2(zRestricted(9, row("weianthro.txt", 2, 400)));
  for (const sex of [2, "2", "f", "F", "female", "P", "p", "perempuan", " f "]) {
    it(`${JSON.stringify(sex)} is female`, () => {
      expect(score({ sex, ageDays: 400, weightKg: 9 }).zwei).toBe(expected);
    });
  }
  for (const sex of [1, "1", "m", "M", "male", "L", "laki-laki"]) {
    it(`${JSON.stringify(sex)} is male`, () => {
      expect(score({ sex, ageDays: 400, weightKg: 9 }).zwei).toBe(round2(zRestricted(9, row("weianthro.txt", 1, 400))));
    });
  }
  for (const sex of ["x", 3, "boy?", {}, true]) {
    it(`${JSON.stringify(sex)} is invalid, not guessed`, () => {
      const r = score({ sex, ageDays: 400, weightKg: 9 });
      expect(r.zwei).toBeNaN();
      expect(r.naReasons.zwei).toEqual(["sex-invalid"]);
    });
  }
  it("missing sex gives NA for every z-score", () => {
    const r = score({ sex: null, ageDays: 400, weightKg: 9, lenheiCm: 75 });
    expect([r.zwei, r.zlen, r.zwfl, r.zbmi].every(Number.isNaN)).toBe(true);
    expect(r.naReasons.zwfl).toEqual(["sex-missing"]);
  });
});
