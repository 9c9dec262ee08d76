import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ONE_MONTH_INTERVALS, TWO_MONTH_INTERVALS, velocityIncrementAtCentile, velocityIncrementAtZ, velocityZ,
  type VelocityInterval, type VelocityMeasure, type VelocityMonths,
} from "../../src/index.js";
import { runs } from "../support/runs.js";

const table = fc.oneof(
  fc.record({ measure: fc.constant<VelocityMeasure>("weight"), months: fc.constant<VelocityMonths>(1), interval: fc.constantFrom<VelocityInterval>(...ONE_MONTH_INTERVALS) }),
  fc.record({ measure: fc.constantFrom<VelocityMeasure>("weight", "length"), months: fc.constant<VelocityMonths>(2), interval: fc.constantFrom<VelocityInterval>(...TWO_MONTH_INTERVALS) }),
  fc.record({ measure: fc.constant<VelocityMeasure>("head"), months: fc.constant<VelocityMonths>(2), interval: fc.constantFrom<VelocityInterval>(...TWO_MONTH_INTERVALS.slice(0, 11)) }),
);
const sex = fc.constantFrom(1, 2);

describe("velocity z-scores (properties)", () => {
  it("z strictly increases with the increment", () => {
    fc.assert(
      fc.property(table, sex, fc.double({ min: -4, max: 4, noNaN: true }), fc.double({ min: 1e-6, max: 0.5, noNaN: true }), (t, s, z, step) => {
        const y1 = velocityIncrementAtZ({ ...t, sex: s, z });
        fc.pre(Number.isFinite(y1));
        const y2 = y1 + step;
        const z1 = velocityZ({ ...t, sex: s, increment: y1 }).z;
        const z2 = velocityZ({ ...t, sex: s, increment: y2 }).z;
        expect(z2).toBeGreaterThan(z1);
      }),
      { numRuns: runs(2000) },
    );
  });

  it("the increment at z gives back z, within 1e-9", () => {
    fc.assert(
      fc.property(table, sex, fc.double({ min: -5, max: 5, noNaN: true }), (t, s, z) => {
        const y = velocityIncrementAtZ({ ...t, sex: s, z });
        fc.pre(Number.isFinite(y));
        expect(Math.abs(velocityZ({ ...t, sex: s, increment: y }).z - z)).toBeLessThan(1e-9);
      }),
      { numRuns: runs(2000) },
    );
  });

  it("an increment's z gives back the increment, within 1e-9 (kg or cm)", () => {
    fc.assert(
      fc.property(table, sex, fc.double({ min: -0.6, max: 4, noNaN: true }), (t, s, y) => {
        const r = velocityZ({ ...t, sex: s, increment: y });
        // At least a microgram or micrometre inside the distribution: closer to
        // its edge (increment + Delta → 0), (y / M)^L underflows against 1 and
        // z is the edge −1/(L·S) itself, which no increment has.
        fc.pre(r.reasons.length === 0 && y + (t.measure === "weight" ? (t.months === 1 ? 0.4 : 0.6) : 0) > 1e-6);
        expect(Math.abs(velocityIncrementAtZ({ ...t, sex: s, z: r.z }) - y)).toBeLessThan(1e-9);
        // Through the centile too, where the centile keeps enough digits (|z| ≤ 3).
        if (Math.abs(r.z) <= 3) expect(Math.abs(velocityIncrementAtCentile({ ...t, sex: s, centile: r.centile }) - y)).toBeLessThan(1e-6);
      }),
      { numRuns: runs(2000) },
    );
  });

  it("an increment at or below −Delta is NA with increment-outside-distribution, never a number", () => {
    fc.assert(
      fc.property(table, sex, fc.double({ min: 0, max: 5, noNaN: true }), (t, s, below) => {
        const delta = t.measure === "weight" ? (t.months === 1 ? 0.4 : 0.6) : 0;
        const r = velocityZ({ ...t, sex: s, increment: -delta - below });
        expect(r.z).toBeNaN();
        expect(r.reasons).toEqual(["increment-outside-distribution"]);
      }),
      { numRuns: runs(500) },
    );
  });
});
