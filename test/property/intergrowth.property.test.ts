/**
 * Properties of the INTERGROWTH-21st functions over the whole of each
 * standard: the skew t CDF and quantile invert each other to 1e-9 on every
 * tabulated day (and between days), z-scores increase strictly with the
 * measurement, and the value functions invert the z-scores and centiles.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { newbornSize, newbornSizeValue, newbornSizeValueAtCentile, pretermGrowth, pretermGrowthValue, type IntergrowthMeasure } from "../../src/index.js";
import { runs } from "../support/runs.js";

const KEYS = { wei: ["weightKg", "zwei", "cwei"], len: ["lengthCm", "zlen", "clen"], hc: ["headCm", "zhc", "chc"] } as const;
const measure = fc.constantFrom<IntergrowthMeasure>("wei", "len", "hc");
const sex = fc.constantFrom(1, 2);
/** Whole days and fractions of a day (to 1/1000) over 168–300. */
const gaDays = fc.oneof(fc.integer({ min: 168, max: 300 }), fc.integer({ min: 168000, max: 300000 }).map((v) => v / 1000));
const skewTDays = fc.oneof(fc.integer({ min: 231, max: 300 }), fc.integer({ min: 231000, max: 300000 }).map((v) => v / 1000));
const pmaDays = fc.oneof(fc.integer({ min: 189, max: 448 }), fc.integer({ min: 189000, max: 448000 }).map((v) => v / 1000));

const zOf = (m: IntergrowthMeasure, s: number, days: number, y: number) => newbornSize({ sex: s, gaDays: days, [KEYS[m][0]]: y })[KEYS[m][1]];
const centileOf = (m: IntergrowthMeasure, s: number, days: number, y: number) => newbornSize({ sex: s, gaDays: days, [KEYS[m][0]]: y })[KEYS[m][2]];
const pretermZ = (m: IntergrowthMeasure, s: number, days: number, y: number) => pretermGrowth({ sex: s, pmaDays: days, [KEYS[m][0]]: y })[KEYS[m][1]];

describe("skew t (33+0 to 42+6 weeks): CDF and quantile invert each other", () => {
  it("on every tabulated day, sex and measure, z = −5 … 8 comes back to 1e-9", () => {
    let checked = 0;
    for (const m of ["wei", "len", "hc"] as const) {
      for (const s of [1, 2]) {
        for (let d = 231; d <= 300; d++) {
          for (const z of [-5, -4, -3, -2, -1, -0.5, 0, 0.5, 1, 2, 3, 4, 5, 6, 8]) {
            const y = newbornSizeValue(m, s, d, z);
            if (!(y > 0)) continue; // far below, the skew t of birth weight reaches 0 kg
            expect(Math.abs(zOf(m, s, d, y) - z), `${m} ${s} ${d} z ${z}`).toBeLessThan(1e-9);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(3 * 2 * 70 * 14);
  });

  it("z → value → z within 1e-9 for any day (fractional too) and z in [−5, 9]", () => {
    fc.assert(
      fc.property(measure, sex, skewTDays, fc.double({ min: -5, max: 9, noNaN: true }), (m, s, d, z) => {
        const y = newbornSizeValue(m, s, d, z);
        fc.pre(y > 0);
        expect(Math.abs(zOf(m, s, d, y) - z)).toBeLessThan(1e-9);
      }),
      { numRuns: runs(3000) },
    );
  });

  it("centile → value → centile within 1e-9 (relative, in both tails)", () => {
    fc.assert(
      fc.property(measure, sex, skewTDays, fc.double({ min: 1e-6, max: 100 - 1e-6, noNaN: true }), (m, s, d, c) => {
        const y = newbornSizeValueAtCentile(m, s, d, c);
        fc.pre(y > 0);
        const back = centileOf(m, s, d, y);
        expect(Math.abs(back - c)).toBeLessThan(1e-9 * Math.min(c, 100 - c) + 1e-12);
      }),
      { numRuns: runs(3000) },
    );
  });

  it("measurement → z → measurement within 1e-12 relative", () => {
    fc.assert(
      fc.property(measure, sex, skewTDays, fc.double({ min: 0.3, max: 3, noNaN: true }), (m, s, d, scale) => {
        const median = newbornSizeValue(m, s, d, 0);
        const y = median * scale;
        const z = zOf(m, s, d, y);
        expect(Math.abs(newbornSizeValue(m, s, d, z) - y) / y).toBeLessThan(1e-12);
      }),
      { numRuns: runs(2000) },
    );
  });
});

describe("z-scores increase strictly with the measurement", () => {
  it("newborn size, 168–300 days, both models", () => {
    fc.assert(
      fc.property(measure, sex, gaDays, fc.double({ min: -6, max: 8, noNaN: true }), fc.double({ min: 1e-6, max: 0.5, noNaN: true }), (m, s, d, z, step) => {
        const y1 = newbornSizeValue(m, s, d, z);
        fc.pre(y1 > 0);
        const y2 = y1 * (1 + step);
        expect(zOf(m, s, d, y2)).toBeGreaterThan(zOf(m, s, d, y1));
        expect(centileOf(m, s, d, y2)).toBeGreaterThanOrEqual(centileOf(m, s, d, y1));
      }),
      { numRuns: runs(3000) },
    );
  });

  it("across the median of the skew t, where the two t pieces join", () => {
    fc.assert(
      fc.property(measure, sex, skewTDays, fc.integer({ min: 1, max: 1000 }), (m, s, d, k) => {
        const mu = newbornSizeValueAtCentile(m, s, d, 50);
        const eps = mu * k * 1e-12;
        const zs = [mu - eps, mu, mu + eps].map((y) => zOf(m, s, d, y));
        expect(zs[0]).toBeLessThan(zs[1]!);
        expect(zs[1]).toBeLessThan(zs[2]!);
      }),
      { numRuns: runs(500) },
    );
  });

  it("preterm postnatal growth, 27–64 weeks", () => {
    fc.assert(
      fc.property(measure, sex, pmaDays, fc.double({ min: -6, max: 6, noNaN: true }), fc.double({ min: 1e-6, max: 0.5, noNaN: true }), (m, s, d, z, step) => {
        const y1 = pretermGrowthValue(m, s, d, z);
        fc.pre(y1 > 0);
        const y2 = y1 * (1 + step);
        expect(pretermZ(m, s, d, y2)).toBeGreaterThan(pretermZ(m, s, d, y1));
      }),
      { numRuns: runs(2000) },
    );
  });
});

describe("the normal models invert exactly", () => {
  it("very preterm newborns (168–230 days) and postnatal growth: z → value → z within 1e-9", () => {
    fc.assert(
      fc.property(measure, sex, fc.integer({ min: 168000, max: 230999 }).map((v) => v / 1000), pmaDays, fc.double({ min: -8, max: 8, noNaN: true }), (m, s, d, p, z) => {
        const y = newbornSizeValue(m, s, d, z);
        fc.pre(y > 0);
        expect(Math.abs(zOf(m, s, d, y) - z)).toBeLessThan(1e-9);
        const q = pretermGrowthValue(m, s, p, z);
        fc.pre(q > 0);
        expect(Math.abs(pretermZ(m, s, p, q) - z)).toBeLessThan(1e-9);
      }),
      { numRuns: runs(2000) },
    );
  });
});
