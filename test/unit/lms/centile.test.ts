import { describe, expect, it } from "vitest";
import { centileToZ, zToCentile } from "../../../src/index.js";

// Reference values of the standard normal distribution (Abramowitz & Stegun, table 26.1,
// and the familiar 97.5 % quantile 1.959963984540054).
describe("z ↔ centile", () => {
  it("matches tabulated values of Φ", () => {
    expect(zToCentile(0)).toBe(50);
    expect(zToCentile(1)).toBeCloseTo(84.13447460685429, 11);
    expect(zToCentile(-2)).toBeCloseTo(2.275013194817921, 11);
    expect(zToCentile(-3)).toBeCloseTo(0.13498980316301, 12);
    expect(zToCentile(3.5)).toBeCloseTo(99.97673709209645, 11);
    expect(zToCentile(-5) / 100).toBeCloseTo(2.866515718791939e-7, 18);
  });

  it("inverts: centileToZ(97.5) is 1.959963984540054", () => {
    expect(centileToZ(97.5)).toBeCloseTo(1.959963984540054, 12);
    expect(centileToZ(2.5)).toBeCloseTo(-1.959963984540054, 12);
    expect(centileToZ(50)).toBe(0);
  });

  it("round-trips across −6…6", () => {
    for (let z = -6; z <= 6; z += 0.37) {
      expect(centileToZ(zToCentile(z))).toBeCloseTo(z, z > 3 ? 8 : 11);
    }
  });

  it("gives ±Infinity at 0 and 100 and NaN outside", () => {
    expect(centileToZ(0)).toBe(-Infinity);
    expect(centileToZ(100)).toBe(Infinity);
    expect(centileToZ(-1)).toBeNaN();
    expect(centileToZ(101)).toBeNaN();
    expect(zToCentile(Number.NaN)).toBeNaN();
  });
});
