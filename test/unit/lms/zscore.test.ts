import { describe, expect, it } from "vitest";
import { lmsParameters, valueAtZ, zscore } from "../../../src/index.js";
import { atZ, atZRestricted, between, row, zPlain, zRestricted } from "../../support/by-hand.js";

describe("zscore(indicator, sex, x, y)", () => {
  it("is the unrounded LMS z of the row at the rounded day", () => {
    expect(zscore("len", 2, 365, 74)).toBe(zPlain(74, row("lenanthro.txt", 2, 365)));
    expect(zscore("len", 2, 364.5, 74)).toBe(zPlain(74, row("lenanthro.txt", 2, 365)));
    expect(zscore("wei", 1, 0, 3.3464)).toBe(0);
  });

  it("uses the restricted tails for weight-based indicators", () => {
    const r = row("weianthro.txt", 1, 100);
    expect(zscore("wei", 1, 100, 12)).toBe(zRestricted(12, r));
    expect(zscore("wei", 1, 100, 12)).not.toBe(zPlain(12, r));
  });

  it("interpolates weight-for-length and weight-for-height by 0.1 cm", () => {
    const lms = between(row("wfhanthro.txt", 2, "99.1"), row("wfhanthro.txt", 2, "99.2"), 0.25);
    expect(zscore("wfh", 2, 99.125, 15)).toBeCloseTo(zRestricted(15, lms), 12);
  });

  it("is NaN outside the table or for unusable input", () => {
    expect(zscore("wfl", 1, 44.9, 3)).toBeNaN();
    expect(zscore("wfh", 1, 120.1, 20)).toBeNaN();
    expect(zscore("ac", 1, 90, 12)).toBeNaN();
    expect(zscore("wei", 1, 1857, 18)).toBeNaN();
    expect(zscore("wei", 3, 100, 5)).toBeNaN();
    expect(zscore("wei", 1, 100, 0)).toBeNaN();
    expect(zscore("wei", 1, -1, 5)).toBeNaN();
  });

  it("throws a RangeError naming the function for an unknown indicator", () => {
    expect(() => zscore("weight" as never, 1, 100, 5)).toThrow(RangeError);
    expect(() => zscore("weight" as never, 1, 100, 5)).toThrow(/zscore: indicator/);
  });
});

describe("valueAtZ(indicator, sex, x, z)", () => {
  it("is the measurement at z, with restricted tails inverted", () => {
    expect(valueAtZ("len", 1, 700, -2)).toBeCloseTo(atZ(-2, row("lenanthro.txt", 1, 700)), 12);
    expect(valueAtZ("wei", 1, 700, 4)).toBeCloseTo(atZRestricted(4, row("weianthro.txt", 1, 700)), 12);
    expect(valueAtZ("wei", 1, 700, -4)).toBeCloseTo(atZRestricted(-4, row("weianthro.txt", 1, 700)), 12);
  });

  it("is NaN where no measurement has that z", () => {
    // L = 1 for length: 1 + S·z ≤ 0 for z ≤ −1/S
    const s = row("lenanthro.txt", 1, 700).s;
    expect(valueAtZ("len", 1, 700, -1 / s - 1)).toBeNaN();
    expect(valueAtZ("wei", 1, 700, Number.NaN)).toBeNaN();
  });
});

describe("WHO 2007 indicators (x = age in months)", () => {
  it("interpolate between whole months as anthroplus does, within 60–228 (wfa 60–120) months inclusive", () => {
    const lms = between(row("hfawho2007.txt", 1, 60), row("hfawho2007.txt", 1, 61), 0.5);
    expect(lmsParameters("hfa", 1, 60.5)).toEqual(lms);
    expect(valueAtZ("hfa", 1, 60.5, 0)).toBeCloseTo(lms.m, 12);
    expect(zscore("bfa", 2, 100.25, 16)).toBeCloseTo(zRestricted(16, between(row("bfawho2007.txt", 2, 100), row("bfawho2007.txt", 2, 101), 0.25)), 12);
    expect(zscore("wfa", 2, 120, 30)).toBe(zRestricted(30, row("wfawho2007.txt", 2, 120)));
    expect(zscore("wfa", 2, 120.5, 30)).toBeNaN();
    expect(zscore("hfa", 2, 228.5, 160)).toBeNaN();
    expect(zscore("hfa", 2, 59.9, 110)).toBeNaN();
  });
});

describe("lmsParameters", () => {
  it("returns the table row", () => {
    expect(lmsParameters("hc", 2, 10)).toEqual(row("hcanthro.txt", 2, 10));
    expect(lmsParameters("hc", 2, 1857)).toBeUndefined();
  });
});
