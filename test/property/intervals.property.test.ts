/**
 * Properties of the small-area intervals (fast-check): at 0 % and 100 %
 * both intervals have closed forms — Clopper–Pearson's upper limit at 0 %
 * is 1 − 0.025^(1/n), Wilson's is z²/(n + z²) — so the exact interval is
 * never narrower than Wilson's up to 45 (effective) children and slightly
 * narrower from 46 on (3.69/n against 3.84/n for large n); every interval
 * lies in [0, 1] and contains the estimate; Korn–Graubard is never narrower
 * than Clopper–Pearson.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { proportionInterval } from "../../src/aggregate/prevalence/intervals.js";

const n = fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 5000 }));
const deff = fc.oneof(fc.constant(1), fc.double({ min: 0.3, max: 8, noNaN: true }));
const df = fc.integer({ min: 1, max: 400 });

describe("small-area intervals", () => {
  it("at 0 % and 100 %: the closed forms; Clopper–Pearson never narrower than Wilson up to 45 effective children", () => {
    const Z2 = 1.959963984540054 ** 2; // qnorm(0.975)²
    fc.assert(
      fc.property(n, deff, df, (size, designEffect, dof) => {
        const none = { none: true, all: false };
        const all = { none: false, all: true };
        for (const method of ["simple", "survey"] as const) {
          // without a design the design effect is 1 (as `prevalence` passes it)
          const d = method === "simple" ? 1 : designEffect;
          const nEff = size / d;
          const [cpZero, cpUpper] = proportionInterval("clopper-pearson", 0, 0, size, dof, d, none, method);
          const [wZero, wUpper] = proportionInterval("wilson", 0, 0, size, dof, d, none, method);
          expect([cpZero, wZero]).toEqual([0, 0]);
          expect(cpUpper).toBeCloseTo(1 - 0.025 ** (1 / nEff), 10);
          expect(wUpper).toBeCloseTo(Z2 / (nEff + Z2), 12);
          const [cpLower, cpOne] = proportionInterval("clopper-pearson", 1, 0, size, dof, d, all, method);
          const [wLower, wOne] = proportionInterval("wilson", 1, 0, size, dof, d, all, method);
          expect([cpOne, wOne]).toEqual([1, 1]);
          expect(cpLower).toBeCloseTo(1 - cpUpper, 10); // symmetric
          expect(wLower).toBeCloseTo(1 - wUpper, 12);
          if (nEff <= 45) {
            expect(cpUpper).toBeGreaterThanOrEqual(wUpper);
            expect(cpLower).toBeLessThanOrEqual(wLower);
          } else if (nEff >= 46) {
            expect(cpUpper).toBeLessThan(wUpper);
          }
        }
      }),
    );
  });
  it("every interval is inside [0, 1] around the estimate; Korn–Graubard is at least as wide as Clopper–Pearson", () => {
    fc.assert(
      fc.property(n, fc.double({ min: 0, max: 1, noNaN: true }), deff, df, (size, share, d, dof) => {
        const x = Math.round(share * size);
        const p = x / size;
        const variance = size > 1 ? (d * p * (1 - p)) / (size - 1) : 0;
        const ends = { none: x === 0, all: x === size };
        for (const ci of ["logit", "wilson", "clopper-pearson", "korn-graubard"] as const) {
          const [ll, ul] = proportionInterval(ci, p, variance, size, dof, size > 1 && p > 0 && p < 1 ? d : Number.NaN, ends, "survey");
          if (ci === "logit" && size === 1) continue; // one child: no variance, the logit interval is undefined
          expect(ll).toBeGreaterThanOrEqual(0);
          expect(ul).toBeLessThanOrEqual(1);
          expect(ll).toBeLessThanOrEqual(p + 1e-12);
          expect(ul).toBeGreaterThanOrEqual(p - 1e-12);
        }
        const dd = size > 1 && p > 0 && p < 1 ? d : Number.NaN;
        const [cl, cu] = proportionInterval("clopper-pearson", p, variance, size, dof, dd, ends, "survey");
        const [kl, ku] = proportionInterval("korn-graubard", p, variance, size, dof, dd, ends, "survey");
        expect(kl).toBeLessThanOrEqual(cl + 1e-12);
        expect(ku).toBeGreaterThanOrEqual(cu - 1e-12);
      }),
    );
  });
});
