/**
 * Bad record data never throws: NaN/null and a reason code. Misuse (a
 * record that is not an object, an unknown key or option, a bad option or
 * measure) throws a TypeError or RangeError naming the function and the
 * parameter.
 */
import { describe, expect, it } from "vitest";
import {
  newbornSize, newbornSizeValue, newbornSizeValueAtCentile, pretermGrowth, pretermGrowthValue, pretermGrowthValueAtCentile,
  type NewbornRecord, type PretermRecord,
} from "../../../src/index.js";

const GOOD: NewbornRecord = { sex: 2, gaDays: 273, weightKg: 3.1, lengthCm: 49, headCm: 34 };
const BAD_NUMBERS: readonly unknown[] = [-1, 0, -0, Infinity, -Infinity, "3.1", "abc", true, {}, [], 10n];
const MISSING: readonly unknown[] = [undefined, null, NaN, "", "  "];

describe("newbornSize: bad data gives NA with a reason, never a throw", () => {
  it("a good record has no reason and every value", () => {
    const r = newbornSize(GOOD);
    expect(r.reasons).toEqual([]);
    expect([r.zwei, r.zlen, r.zhc, r.cwei, r.clen, r.chc].every(Number.isFinite)).toBe(true);
  });

  it("missing or invalid sex: no z-score or centile; the weight category and preterm birth remain", () => {
    for (const [sex, code] of [[undefined, "sex-missing"], ["", "sex-missing"], ["x", "sex-invalid"], [3, "sex-invalid"], [{}, "sex-invalid"]] as const) {
      const r = newbornSize({ ...GOOD, sex });
      expect(r.reasons, String(sex)).toEqual([code]);
      expect([r.zwei, r.zlen, r.zhc, r.cwei, r.clen, r.chc]).toEqual([NaN, NaN, NaN, NaN, NaN, NaN]);
      expect([r.sizeForGa, r.severeSga, r.newbornType]).toEqual([null, null, null]);
      expect([r.lowBirthWeight, r.preterm]).toEqual(["not-LBW", false]);
    }
  });

  it("sex codes as the rest of tumbuh reads them: L/P, m/f, 1/2", () => {
    expect(newbornSize({ ...GOOD, sex: "P" })).toEqual(newbornSize(GOOD));
    expect(newbornSize({ ...GOOD, sex: "L" })).toEqual(newbornSize({ ...GOOD, sex: 1 }));
  });

  it("missing gestational age: ga-missing; invalid (≤ 0, infinite, not a number): ga-invalid", () => {
    for (const v of MISSING) {
      const r = newbornSize({ ...GOOD, gaDays: v as never });
      expect(r.reasons, String(v)).toEqual(["ga-missing"]);
      expect([r.zwei, r.preterm, r.sizeForGa]).toEqual([NaN, null, null]);
    }
    for (const v of BAD_NUMBERS) {
      const r = newbornSize({ ...GOOD, gaDays: v as never });
      expect(r.reasons, String(v)).toEqual(["ga-invalid"]);
      expect([r.zwei, r.preterm]).toEqual([NaN, null]);
      expect(newbornSize({ ...GOOD, gaDays: undefined, gaWeeks: v as never }).reasons).toEqual(["ga-invalid"]);
    }
  });

  it("gaDays wins over gaWeeks; an invalid gaDays is not replaced by gaWeeks; a missing one is", () => {
    expect(newbornSize({ ...GOOD, gaWeeks: 30 })).toEqual(newbornSize(GOOD));
    expect(newbornSize({ ...GOOD, gaDays: -5, gaWeeks: 39 }).reasons).toEqual(["ga-invalid"]);
    expect(newbornSize({ ...GOOD, gaDays: null, gaWeeks: 39 })).toEqual(newbornSize(GOOD));
  });

  it("huge gestational ages are outside the standard (1e308 days, 1e308 weeks, which overflows to Infinity days)", () => {
    expect(newbornSize({ ...GOOD, gaDays: 1e308 }).reasons).toEqual(["ga-outside-standard"]);
    const weeks = newbornSize({ ...GOOD, gaDays: undefined, gaWeeks: 1e308 });
    expect(weeks.reasons).toEqual(["ga-outside-standard"]);
    expect(weeks.preterm).toBe(false);
  });

  for (const [key, z, stem] of [["weightKg", "zwei", "weight"], ["lengthCm", "zlen", "length"], ["headCm", "zhc", "headc"]] as const) {
    it(`${key}: missing → ${stem}-missing, invalid → ${stem}-invalid; only its own values are NA`, () => {
      for (const v of MISSING) {
        const r = newbornSize({ ...GOOD, [key]: v });
        expect(r.reasons, String(v)).toEqual([`${stem}-missing`]);
        expect(r[z]).toBeNaN();
      }
      for (const v of BAD_NUMBERS) {
        const r = newbornSize({ ...GOOD, [key]: v });
        expect(r.reasons, String(v)).toEqual([`${stem}-invalid`]);
        expect(r[z]).toBeNaN();
        const others = (["zwei", "zlen", "zhc"] as const).filter((f) => f !== z);
        expect(others.every((f) => Number.isFinite(r[f]))).toBe(true);
      }
    });
  }

  it("a measurement so large its z-score overflows: NA with value-overflow (not a throw, not Infinity)", () => {
    const r = newbornSize({ ...GOOD, weightKg: 1e308 });
    expect([r.zwei, r.cwei, r.sizeForGa, r.severeSga]).toEqual([NaN, NaN, null, null]);
    expect(r.reasons).toEqual(["value-overflow"]);
    // a large but representable z-score is given exactly (a weight in grams by mistake: check units)
    expect(newbornSize({ ...GOOD, weightKg: 3100 }).zwei).toBeGreaterThan(15);
  });

  it("reasons come in a fixed order: sex, gestational age, weight, length, head, overflow", () => {
    expect(newbornSize({ sex: "x", gaWeeks: "x" as never, weightKg: -1, headCm: 1e308 }).reasons)
      .toEqual(["sex-invalid", "ga-invalid", "weight-invalid", "length-missing"]);
    expect(newbornSize({ sex: 1, gaDays: 280, lengthCm: 1e308, headCm: 1e308 }).reasons).toEqual(["weight-missing", "value-overflow"]);
  });

  it("an empty record is all NA with every reason", () => {
    expect(newbornSize({ sex: undefined })).toEqual({
      zwei: NaN, zlen: NaN, zhc: NaN, cwei: NaN, clen: NaN, chc: NaN,
      sizeForGa: null, severeSga: null, lowBirthWeight: null, preterm: null, newbornType: null, smallVulnerable: null,
      reasons: ["sex-missing", "ga-missing", "weight-missing", "length-missing", "headc-missing"],
    });
  });
});

describe("pretermGrowth: bad data gives NA with a reason", () => {
  const P: PretermRecord = { sex: 1, pmaWeeks: 36, weightKg: 2.3, lengthCm: 45, headCm: 32 };

  it("a good record has no reason", () => {
    expect(pretermGrowth(P).reasons).toEqual([]);
  });

  it("missing and invalid postmenstrual age; pmaDays wins over pmaWeeks", () => {
    for (const v of MISSING) expect(pretermGrowth({ ...P, pmaWeeks: v as never }).reasons).toEqual(["pma-missing"]);
    for (const v of BAD_NUMBERS) {
      expect(pretermGrowth({ ...P, pmaWeeks: v as never }).reasons, String(v)).toEqual(["pma-invalid"]);
      expect(pretermGrowth({ ...P, pmaDays: v as never }).reasons, String(v)).toEqual(["pma-invalid"]);
    }
    expect(pretermGrowth({ ...P, pmaDays: 252 })).toEqual(pretermGrowth(P));
    expect(pretermGrowth({ ...P, pmaDays: 400 })).not.toEqual(pretermGrowth(P));
    expect(pretermGrowth({ ...P, pmaDays: 1e308 }).reasons).toEqual(["pma-outside-standard"]);
  });

  it("missing and invalid sex and measurements", () => {
    expect(pretermGrowth({ ...P, sex: "x" }).reasons).toEqual(["sex-invalid"]);
    expect(pretermGrowth({ ...P, weightKg: -2, lengthCm: null, headCm: "32" as never }).reasons)
      .toEqual(["weight-invalid", "length-missing", "headc-invalid"]);
  });
});

describe("misuse throws, naming the function and the parameter", () => {
  it("a record that is not an object", () => {
    for (const v of [null, undefined, 3, "x", [GOOD]]) {
      expect(() => newbornSize(v as never)).toThrow(new TypeError("newbornSize: record must be an object"));
      expect(() => pretermGrowth(v as never)).toThrow(new TypeError("pretermGrowth: record must be an object"));
    }
  });

  it("an unknown record key (a misspelling, or a field of the WHO scorers)", () => {
    expect(() => newbornSize({ ...GOOD, weightkg: 3 } as never)).toThrow(TypeError);
    expect(() => newbornSize({ ...GOOD, weightkg: 3 } as never)).toThrow(/^newbornSize: unknown record key "weightkg"; expected sex, gaDays, gaWeeks, weightKg, lengthCm, headCm$/);
    expect(() => pretermGrowth({ sex: 1, ageDays: 30 } as never)).toThrow(/^pretermGrowth: unknown record key "ageDays"/);
    expect(() => pretermGrowth({ sex: 1, gaDays: 30 } as never)).toThrow(/^pretermGrowth: unknown record key "gaDays"/);
  });

  it("unknown options and bad option values", () => {
    expect(() => newbornSize(GOOD, { fractional: "round" } as never)).toThrow(new TypeError('newbornSize: unknown options key "fractional"; expected fractionalGa'));
    expect(() => newbornSize(GOOD, { fractionalGa: "floor" } as never)).toThrow(new RangeError('newbornSize: options.fractionalGa must be "interpolate" or "round"; got "floor"'));
    expect(() => newbornSize(GOOD, 3 as never)).toThrow(/^newbornSize: options must be an object$/);
    expect(() => newbornSizeValue("wei", 1, 280, 0, { fractionalGa: 1 } as never)).toThrow(/^newbornSizeValue: options\.fractionalGa must be/);
  });

  it("an unknown measure in the value functions", () => {
    expect(() => newbornSizeValue("weight" as never, 1, 280, 0)).toThrow(new RangeError('newbornSizeValue: measure must be one of "wei", "len", "hc"; got "weight"'));
    expect(() => newbornSizeValueAtCentile("bmi" as never, 1, 280, 50)).toThrow(/^newbornSizeValueAtCentile: measure must be/);
    expect(() => pretermGrowthValue(undefined as never, 1, 280, 0)).toThrow(/^pretermGrowthValue: measure must be/);
    expect(() => pretermGrowthValueAtCentile("hc " as never, 1, 280, 50)).toThrow(/^pretermGrowthValueAtCentile: measure must be/);
  });
});

describe("the value functions give NaN for unusable data", () => {
  it("sex, age, z-score or centile that cannot be used", () => {
    for (const fn of [newbornSizeValue, newbornSizeValueAtCentile, pretermGrowthValue, pretermGrowthValueAtCentile]) {
      expect(fn("wei", "x", 280, 0)).toBeNaN();
      expect(fn("wei", 1, "280" as never, 0)).toBeNaN();
      expect(fn("wei", 1, NaN, 0)).toBeNaN();
      expect(fn("wei", 1, 280, NaN)).toBeNaN();
      expect(fn("wei", 1, 280, "1" as never)).toBeNaN();
    }
    for (const fn of [newbornSizeValueAtCentile, pretermGrowthValueAtCentile]) {
      expect(fn("len", 1, 280, -0.1)).toBeNaN();
      expect(fn("len", 1, 280, 100.1)).toBeNaN();
    }
  });

  it("the ends of the distribution: z = ±Infinity and centiles 0 and 100", () => {
    expect(newbornSizeValue("len", 1, 280, Infinity)).toBe(Infinity);
    expect(newbornSizeValue("len", 1, 280, -Infinity)).toBe(-Infinity);
    expect(newbornSizeValueAtCentile("len", 1, 280, 100)).toBe(Infinity);
    expect(newbornSizeValueAtCentile("wei", 1, 200, 0)).toBe(0); // log-normal below 231 days
    expect(pretermGrowthValueAtCentile("hc", 2, 300, 0)).toBe(-Infinity);
  });
});
