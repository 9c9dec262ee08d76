import { describe, expect, it } from "vitest";
import { roundZ } from "../../../src/index.js";

describe("roundZ (R ≥ 4 round(x, 2))", () => {
  it("rounds to the nearer of the two 2-decimal neighbours of the stored double", () => {
    expect(roundZ(-2.004)).toBe(-2);
    expect(roundZ(-2.006)).toBe(-2.01);
    expect(roundZ(1.234)).toBe(1.23);
    expect(roundZ(1.236)).toBe(1.24);
  });

  it("2.675 is stored as 2.67499999999999982236431605997495353221893310546875, so it rounds down", () => {
    expect(roundZ(2.675)).toBe(2.67);
    expect(roundZ(-2.675)).toBe(-2.67);
  });

  it("1.005 is stored below 1.005 and rounds down; 1.015 is stored above and rounds up", () => {
    // 1.005 = 1.00499999999999989341858963598497211933135986328125
    expect(roundZ(1.005)).toBe(1);
    // 1.015 = 1.0149999999999999023003738329862244427204132080078125 → R gives 1.01
    expect(roundZ(1.015)).toBe(1.01);
  });

  it("exact binary ties go to the even last digit", () => {
    expect(roundZ(0.125)).toBe(0.12);
    expect(roundZ(0.375)).toBe(0.38);
    expect(roundZ(-0.125)).toBe(-0.12);
    expect(roundZ(2.5)).toBe(2.5);
  });

  it("passes NaN, infinities and zero through", () => {
    expect(roundZ(Number.NaN)).toBeNaN();
    expect(roundZ(Infinity)).toBe(Infinity);
    expect(roundZ(-Infinity)).toBe(-Infinity);
    expect(roundZ(0)).toBe(0);
  });
});
