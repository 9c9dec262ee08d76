/**
 * The Student t upper tail and its inverse against closed forms written
 * out here (1, 2 and 4 degrees of freedom), deep into the tail where only
 * a tail computed directly keeps its digits.
 */
import { describe, expect, it } from "vitest";
import { tUpperQuantile, tUpperTail } from "../../../src/intergrowth/student-t-tail.js";

/** P(T > t), t ≥ 0: Cauchy atan(1/t)/π; ν = 2: 1/(s(s+t)), s = √(t²+2); ν = 4: ½ − t(t²+6)/(2(t²+4)^{3/2}), here in its tail form. */
const closed: Record<number, (t: number) => number> = {
  1: (t) => Math.atan2(1, t) / Math.PI,
  2: (t) => {
    const s = Math.sqrt(t * t + 2);
    return 1 / (s * (s + t));
  },
  4: (t) => {
    // 1 − t(t²+6)/(t²+4)^{3/2} = [(t²+4)^3 − t²(t²+6)²] / [(t²+4)^{3/2}((t²+4)^{3/2} + t(t²+6))], numerator = 12t² + 64
    const u = t * t + 4;
    const u32 = u * Math.sqrt(u);
    return (0.5 * (12 * t * t + 64)) / (u32 * (u32 + t * (t * t + 6)));
  },
};
/** Its inverse: Cauchy 1/tan(πq); ν = 2: (1 − 2q)/√(2q(1 − q)). */
const closedInverse: Record<number, (q: number) => number> = {
  1: (q) => 1 / Math.tan(Math.PI * q),
  2: (q) => (1 - 2 * q) / Math.sqrt(2 * q * (1 - q)),
};

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("tUpperTail", () => {
  for (const df of [1, 2, 4]) {
    it(`equals the closed form for ${df} degrees of freedom to 1e-13 relative, from t = 0 to 1e100`, () => {
      for (const t of [0, 1e-8, 0.1, 0.5, 1, 1.7, 2, 3, 5, 10, 30, 100, 1e4, 1e8, 1e20, 1e100]) {
        if (df === 4 && t > 1e70) continue; // (t²+4)^3 overflows in the closed form, not in tUpperTail
        expect(rel(tUpperTail(t, df), closed[df]!(t)), `df ${df} t ${t}`).toBeLessThan(1e-13);
      }
    });
  }

  it("is ½ at 0 and 0 at +Infinity", () => {
    expect(tUpperTail(0, 19.65738)).toBe(0.5);
    expect(tUpperTail(Infinity, 19.65738)).toBe(0);
  });

  it("tends to the normal tail as the degrees of freedom grow", () => {
    // 1 − Φ(2) = 0.022750131948179207
    expect(rel(tUpperTail(2, 1e8), 0.022750131948179207)).toBeLessThan(1e-7);
  });
});

describe("tUpperQuantile", () => {
  for (const df of [1, 2]) {
    it(`equals the closed-form inverse for ${df} degrees of freedom to 1e-13 relative (1e-16 absolute near ½), q from ½ down to 1e-150`, () => {
      // (with so few degrees of freedom, q = 1e-300 would need t ≈ 1e300, whose ν/(ν+t²) underflows)
      for (const q of [0.4999, 0.4, 0.25, 0.1, 0.05, 1e-3, 1e-6, 1e-12, 1e-20, 1e-100, 1e-150]) {
        // near q = ½, t is near 0 and only absolutely determined (the closed forms too lose digits there)
        const want = closedInverse[df]!(q);
        expect(Math.abs(tUpperQuantile(q, df) - want), `df ${df} q ${q}`).toBeLessThan(1e-13 * want + 1e-16);
      }
    });
  }

  it("inverts tUpperTail for the skew t tails of the newborn standard (non-integer degrees of freedom)", () => {
    for (const df of [15.4146, 19.65738, 26.17975]) {
      for (const q of [0.49, 0.3, 0.1, 1e-2, 1e-5, 1e-10, 1e-20, 1e-100, 1e-250]) {
        expect(rel(tUpperTail(tUpperQuantile(q, df), df), q), `df ${df} q ${q}`).toBeLessThan(1e-12);
      }
    }
  });

  it("½ gives 0, 0 gives Infinity, outside [0, ½] is NaN", () => {
    expect(tUpperQuantile(0.5, 20)).toBe(0);
    expect(tUpperQuantile(0, 20)).toBe(Infinity);
    expect([tUpperQuantile(-0.1, 20), tUpperQuantile(0.6, 20), tUpperQuantile(NaN, 20)]).toEqual([NaN, NaN, NaN]);
  });
});
