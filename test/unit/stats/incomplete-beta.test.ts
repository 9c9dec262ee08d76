/**
 * The beta and incomplete beta functions against closed forms (no reference
 * software needed): I_x(1, 1) = x, I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b,
 * I_x(2, 2) = 3x² − 2x³, I_½(a, a) = ½, and B(a, b) from factorials.
 */
import { describe, expect, it } from "vitest";
import { incompleteBeta, logBeta } from "../../../src/stats/incomplete-beta.js";
import { logGamma } from "../../../src/stats/log-gamma.js";

describe("logGamma", () => {
  it("equals ln((n − 1)!) and ln √π", () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(12)).toBeCloseTo(Math.log(39916800), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
  });
});

describe("logBeta", () => {
  it("equals ln of (a − 1)!(b − 1)!/(a + b − 1)!", () => {
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 14);
    expect(logBeta(3, 2)).toBeCloseTo(Math.log(1 / 12), 14);
    // B(1, b) = 1/b, also on the large-argument branch
    expect(logBeta(1, 40)).toBeCloseTo(-Math.log(40), 12);
    expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 14);
  });
});

describe("incompleteBeta", () => {
  it("matches the closed forms", () => {
    for (const x of [0.01, 0.2, 0.5, 0.73, 0.99]) {
      expect(incompleteBeta(x, 1, 1)).toBeCloseTo(x, 13);
      expect(incompleteBeta(x, 3.5, 1)).toBeCloseTo(x ** 3.5, 13);
      expect(incompleteBeta(x, 1, 7)).toBeCloseTo(1 - (1 - x) ** 7, 13);
      expect(incompleteBeta(x, 2, 2)).toBeCloseTo(3 * x * x - 2 * x * x * x, 13);
    }
  });
  it("is ½ at x = ½ for a = b, and 0 and 1 at the ends", () => {
    for (const a of [0.5, 2, 15, 80]) expect(incompleteBeta(0.5, a, a)).toBeCloseTo(0.5, 12);
    expect(incompleteBeta(0, 2, 3)).toBe(0);
    expect(incompleteBeta(1, 2, 3)).toBe(1);
  });
});
