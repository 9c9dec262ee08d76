/**
 * The z-score of absurdly large measurements stays exact until the tail
 * probability itself underflows. Expected values: R 4.2.2 from the skew t
 * definition in the upper tail,
 *   qnorm(2ν²/(1+ν²) · pt((x − μ)/(σν), τ, lower.tail = FALSE), lower.tail = FALSE),
 * with the birth weight parameters of boys at day 280 from data/intergrowth/.
 */
import { describe, expect, it } from "vitest";
import { newbornSize } from "../../../src/index.js";

const R_Z: readonly (readonly [number, number])[] = [
  [100, 11.5801994689677],
  [1e4, 17.0744648841],
  [1e8, 24.595730407602],
  [1e12, 30.3094208098689],
  [1e16, 35.1069130959388],
];

describe("far beyond any real baby", () => {
  it("birth weights of 100 kg to 10¹⁶ kg get R's exact z-scores (11.6 to 35.1) to 1e-12", () => {
    for (const [kg, z] of R_Z) expect(Math.abs(newbornSize({ sex: 1, gaDays: 280, weightKg: kg }).zwei - z), `${kg} kg`).toBeLessThan(1e-12);
  });

  it("past that the tail underflows: NA with value-overflow", () => {
    const r = newbornSize({ sex: 1, gaDays: 280, weightKg: 1e25 });
    expect([r.zwei, r.cwei, r.reasons]).toEqual([NaN, NaN, ["length-missing", "headc-missing", "value-overflow"]]);
  });
});

