/**
 * Properties of the classification: categories are monotone in z (for every
 * indicator and scheme, a lower z never gets a category higher in the z
 * order), implausible exactly beyond WHO's flag limits, columns equal
 * scalars, rounding is R's round(z, 2), data never throws, and acute
 * malnutrition never gets less severe as WHZ or MUAC falls. The category
 * orders and flag limits are written out here by hand.
 */
import fc from "fast-check";
import { runs } from "../support/runs.js";
import { describe, expect, it } from "vitest";
import { classify } from "../../src/classify/classify.js";
import { classifyColumns } from "../../src/classify/classify-columns.js";
import { acuteMalnutrition } from "../../src/classify/acute.js";
import { acuteMalnutritionColumns } from "../../src/classify/acute-columns.js";
import type { ClassifyIndicator } from "../../src/classify/indicators.js";
import { roundZ } from "../../src/index.js";

const HEIGHT_WHO = ["severely_stunted", "stunted", "normal_height"];
const WEIGHT_WHO = ["severely_underweight", "underweight", "normal_weight"];
const WFL_WHO = ["severely_wasted", "wasted", "normal", "overweight", "obese"];
const BFA = ["severely_thin", "thin", "normal", "overweight", "obese"];
const HEIGHT_PMK = ["severely_stunted", "stunted", "normal_height", "tall"];
const WEIGHT_PMK = ["severely_underweight", "underweight", "normal_weight", "risk_of_overweight"];
const WFL_PMK = ["severely_wasted", "wasted", "normal", "possible_risk_of_overweight", "overweight", "obese"];

const ORDERS: Record<"who" | "permenkes", Partial<Record<ClassifyIndicator, string[]>>> = {
  who: { len: HEIGHT_WHO, hfa: HEIGHT_WHO, wei: WEIGHT_WHO, wfa: WEIGHT_WHO, wfl: WFL_WHO, wfh: WFL_WHO, bmi: WFL_WHO, bfa: BFA },
  permenkes: { len: HEIGHT_PMK, wei: WEIGHT_PMK, wfl: WFL_PMK, wfh: WFL_PMK, bmi: WFL_PMK, bfa: BFA },
};

const LIMITS: Record<ClassifyIndicator, [number, number]> = {
  len: [-6, 6], hfa: [-6, 6], wei: [-6, 5], wfa: [-6, 5], wfl: [-5, 5], wfh: [-5, 5], bmi: [-5, 5], bfa: [-5, 5],
};

const zArb = fc.oneof(
  fc.double({ min: -7, max: 7, noNaN: true }),
  fc.integer({ min: -700, max: 700 }).map((k) => k / 100), // exactly on 2-decimal values, cut-offs included
);
const rounding = fc.constantFrom("who" as const, "none" as const);

describe("monotone in z", () => {
  for (const scheme of ["who", "permenkes"] as const) {
    for (const [indicator, order] of Object.entries(ORDERS[scheme]) as [ClassifyIndicator, string[]][]) {
      it(`${scheme} ${indicator}: z1 ≤ z2 ⇒ category(z1) ≤ category(z2) in z order`, () => {
        fc.assert(
          fc.property(zArb, zArb, rounding, (a, b, r) => {
            const [lo, hi] = a <= b ? [a, b] : [b, a];
            const cLo = classify(indicator, lo, { scheme, rounding: r }).code;
            const cHi = classify(indicator, hi, { scheme, rounding: r }).code;
            if (cLo === "implausible" || cHi === "implausible") return;
            expect(order).toContain(cLo);
            expect(order).toContain(cHi);
            expect(order.indexOf(cLo)).toBeLessThanOrEqual(order.indexOf(cHi));
          }),
          { numRuns: runs(300) },
        );
      });
    }
  }
});

describe("implausible exactly beyond the flag limits (of the rounded z by default)", () => {
  it("every indicator and scheme", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(LIMITS) as ClassifyIndicator[])),
        fc.constantFrom("who" as const, "permenkes" as const),
        zArb,
        rounding,
        (indicator, scheme, z, r) => {
          if (ORDERS[scheme][indicator] === undefined) return;
          const [below, above] = LIMITS[indicator];
          const v = r === "who" ? roundZ(z) : z;
          const implausible = classify(indicator, z, { scheme, rounding: r }).code === "implausible";
          expect(implausible).toBe(v < below || v > above);
        },
      ),
      { numRuns: runs(1000) },
    );
  });
});

describe("rounding", () => {
  it("classifying z equals classifying roundZ(z) as given", () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(LIMITS) as ClassifyIndicator[])), zArb, (indicator, z) => {
        expect(classify(indicator, z).code).toBe(classify(indicator, roundZ(z), { rounding: "none" }).code);
      }),
      { numRuns: runs(1000) },
    );
  });
});

describe("columns equal scalars; data never throws", () => {
  const cell = fc.oneof(zArb, fc.constant(Number.NaN), fc.constant(null), fc.constant(undefined), fc.string(), fc.boolean());
  it("classifyColumns", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(LIMITS) as ClassifyIndicator[])),
        fc.constantFrom("who" as const, "permenkes" as const),
        fc.array(fc.tuple(cell, fc.constantFrom<unknown>(0, 1, 2, "y", "n", null, "?"))),
        rounding,
        (indicator, scheme, rows, r) => {
          if (ORDERS[scheme][indicator] === undefined) return;
          const z = rows.map((x) => x[0]);
          const oedema = rows.map((x) => x[1]);
          const res = classifyColumns(indicator, z, { scheme, rounding: r, oedema });
          const expected = rows.map(([zi, oi]) => classify(indicator, zi as number, { scheme, rounding: r, oedema: oi }).code);
          expect(Array.from(res.categories, (k) => res.codes[k])).toEqual(expected);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("classify never throws on any z or oedema value", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (z, oedema) => {
        const r = classify("wfl", z as number, { scheme: "permenkes", oedema });
        expect(typeof r.label).toBe("string");
      }),
    );
  });

  it("acuteMalnutrition never throws on any values, and columns equal scalars", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.anything(), fc.anything(), fc.anything(), fc.anything()), { maxLength: 20 }), (rows) => {
        const ageMonths = rows.map((x) => x[0]);
        const zwfl = rows.map((x) => x[1]);
        const muacCm = rows.map((x) => x[2]);
        const oedema = rows.map((x) => x[3]);
        const res = acuteMalnutritionColumns({ ageMonths, zwfl, muacCm, oedema });
        const expected = rows.map(([a, z, m, o]) => acuteMalnutrition({ ageMonths: a as number, zwfl: z as number, muacCm: m as number, oedema: o }).code);
        expect(Array.from(res.categories, (k) => res.codes[k])).toEqual(expected);
      }),
      { numRuns: runs(200) },
    );
  });
});

describe("acute malnutrition is monotone", () => {
  const SEVERITY = ["no_acute_malnutrition", "mam", "sam"];
  const age = fc.double({ min: 6, max: 59.99, noNaN: true });
  const whz = fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.integer({ min: -500, max: 500 }).map((k) => k / 100));
  const muac = fc.oneof(fc.double({ min: 8, max: 20, noNaN: true }), fc.integer({ min: 80, max: 200 }).map((k) => k / 10));

  it("a lower WHZ or MUAC is never less severe; oedema is always SAM", () => {
    fc.assert(
      fc.property(age, whz, whz, muac, muac, (a, w1, w2, m1, m2) => {
        const lo = acuteMalnutrition({ ageMonths: a, zwfl: Math.min(w1, w2), muacCm: Math.min(m1, m2) }).code;
        const hi = acuteMalnutrition({ ageMonths: a, zwfl: Math.max(w1, w2), muacCm: Math.max(m1, m2) }).code;
        expect(SEVERITY.indexOf(lo)).toBeGreaterThanOrEqual(SEVERITY.indexOf(hi));
        expect(acuteMalnutrition({ ageMonths: a, zwfl: w1, muacCm: m1, oedema: true }).code).toBe("sam");
      }),
      { numRuns: runs(500) },
    );
  });
});
