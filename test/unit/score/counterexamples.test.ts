/**
 * Records that fast-check found to break a property, kept as named tests so
 * that they are checked on every run whatever the seed.
 */
import { describe, expect, it } from "vitest";
import { bmiForAge, measureCode, oedemaCode, score, sexCode, weightForLengthHeight } from "../../../src/index.js";

describe("value-overflow belongs to the field that overflowed", () => {
  it("a weight of 5.6e307 kg at 45 cm: zwfl NA with value-overflow, the same in score and weightForLengthHeight (seed -13266982)", () => {
    const rec = { sex: 1, ageMonths: 0, weightKg: 5.574303376765397e307, lenheiCm: 45 };
    for (const precision of ["who", "full"] as const) {
      expect(score(rec, { precision }).naReasons.zwfl).toEqual(["value-overflow"]);
      expect(weightForLengthHeight(rec, { precision }).reasons).toEqual(["value-overflow"]);
    }
  });

  it("with oedema, a BMI that overflows is cbmi's reason, not zbmi's (zbmi is NA for the oedema)", () => {
    const rec = { sex: "m", measure: "l", oedema: "y", ageDays: 481.97, weightKg: 6.5, lenheiCm: 1e-300 };
    const r = score(rec, { precision: "full" });
    expect(r.naReasons.cbmi).toEqual(["value-overflow"]);
    expect(r.naReasons.zbmi).toEqual(["oedema"]);
    expect(bmiForAge(rec, { precision: "full" }).reasons).toEqual(["oedema"]);
  });

  it("a missing head circumference is zhc's reason even when the BMI overflows", () => {
    const r = score({ sex: 2, ageDays: 300, weightKg: 8, lenheiCm: 1e-300 });
    expect(r.naReasons.zhc).toEqual(["headc-missing"]);
    expect(r.naReasons.zbmi).toEqual(["value-overflow"]);
  });
});

describe("codes are looked up in tumbuh's own lists, never in Object.prototype", () => {
  const names = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf"];
  it.each(names)("sex, measure and oedema %s are invalid (code 255)", (name) => {
    expect(sexCode(name)).toBe(255);
    expect(measureCode(name)).toBe(255);
    expect(oedemaCode(name)).toBe(255);
  });
  it.each(names)("a record with sex, measure and oedema %s gets the invalid reasons (seed 20261204 draws __proto__)", (name) => {
    const r = score({ sex: name, ageDays: 400, weightKg: 9, lenheiCm: 75, measure: name, oedema: name });
    expect(r.reasons).toEqual(expect.arrayContaining(["sex-invalid", "measure-invalid", "oedema-invalid"]));
    expect(r.naReasons.zwei).toEqual(["sex-invalid", "oedema-invalid"]);
  });
});
