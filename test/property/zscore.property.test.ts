import fc from "fast-check";
import { runs } from "../support/runs.js";
import { describe, expect, it } from "vitest";
import { valueAtZ, zscore, type Indicator } from "../../src/index.js";

const AGE_INDICATORS = [
  ["len", 0, 1856],
  ["wei", 0, 1856],
  ["bmi", 0, 1856],
  ["hc", 0, 1856],
  ["ac", 91, 1856],
  ["ts", 91, 1856],
  ["ss", 91, 1856],
] as const;
const LENGTH_INDICATORS = [
  ["wfl", 45, 110],
  ["wfh", 65, 120],
] as const;

const point = fc.oneof(
  ...AGE_INDICATORS.map(([i, lo, hi]) => fc.record({ indicator: fc.constant(i as Indicator), x: fc.integer({ min: lo, max: hi }) })),
  ...LENGTH_INDICATORS.map(([i, lo, hi]) =>
    fc.record({ indicator: fc.constant(i as Indicator), x: fc.integer({ min: lo * 100, max: hi * 100 }).map((v) => v / 100) }),
  ),
);
const sex = fc.constantFrom(1, 2);

describe("z-scores (properties)", () => {
  it("z strictly increases with the measurement, through the restricted tails", () => {
    fc.assert(
      fc.property(point, sex, fc.double({ min: -7, max: 7, noNaN: true }), fc.double({ min: 1e-4, max: 0.5, noNaN: true }), ({ indicator, x }, s, z, step) => {
        const y1 = valueAtZ(indicator, s, x, z);
        fc.pre(Number.isFinite(y1) && y1 > 0);
        const y2 = y1 * (1 + step);
        expect(zscore(indicator, s, x, y2)).toBeGreaterThan(zscore(indicator, s, x, y1));
      }),
      { numRuns: runs(2000) },
    );
  });

  it("valueAtZ inverts zscore within 1e-9", () => {
    fc.assert(
      fc.property(point, sex, fc.double({ min: -8, max: 8, noNaN: true }), ({ indicator, x }, s, z) => {
        const y = valueAtZ(indicator, s, x, z);
        fc.pre(Number.isFinite(y) && y > 0);
        expect(Math.abs(zscore(indicator, s, x, y) - z)).toBeLessThan(1e-9);
      }),
      { numRuns: runs(3000) },
    );
  });
});
