/**
 * The normal and beta quantiles against R 4.2.2: `qnorm` at a few
 * probabilities (the values below, printed with `sprintf("%.17g")`) and
 * `qbeta` over a grid of probabilities and shapes, non-integer ones
 * included (test/fixtures/binomial-intervals/qbeta.csv; its README says
 * how it was made).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { betaQuantile } from "../../../src/stats/beta-quantile.js";
import { incompleteBeta } from "../../../src/stats/incomplete-beta.js";
import { normalQuantile, normalUpperTail } from "../../../src/stats/normal.js";
import { ROOT } from "../../support/by-hand.js";
import { readCsv } from "../../support/csv.js";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe("normalQuantile", () => {
  it("equals R's qnorm", () => {
    const R: [number, number][] = [
      [0.6, 0.25334710313579978],
      [0.9, 1.2815515655446008],
      [0.975, 1.9599639845400536],
      [0.995, 2.5758293035488999],
      [0.9999999, 5.1993375822906618],
      [1 - 1e-15, 7.9414444874159766],
    ];
    for (const [p, q] of R) {
      expect(rel(normalQuantile(p), q)).toBeLessThan(1e-13);
      expect(rel(normalQuantile(1 - p), -q)).toBeLessThan(1e-9); // 1 − p is itself rounded
    }
    expect(normalQuantile(0.5)).toBe(0);
    expect([normalQuantile(0), normalQuantile(1), normalQuantile(1.5)]).toEqual([-Infinity, Infinity, Number.NaN]);
  });
  it("inverts the upper tail", () => {
    for (const z of [-6, -1.3, 0.2, 2, 3.5]) expect(rel(normalQuantile(1 - normalUpperTail(z)), z)).toBeLessThan(1e-8);
    expect(normalUpperTail(0)).toBe(0.5);
  });
});

describe("betaQuantile", () => {
  const grid = readCsv(join(ROOT, "test/fixtures/binomial-intervals/qbeta.csv"));
  const p = grid.num("p"), a = grid.num("a"), b = grid.num("b"), q = grid.num("q");
  it(`equals R's qbeta on ${p.length} cases`, () => {
    for (let i = 0; i < p.length; i++) {
      const x = betaQuantile(p[i]!, a[i]!, b[i]!);
      expect(rel(x, q[i]!), `qbeta(${p[i]}, ${a[i]}, ${b[i]})`).toBeLessThan(1e-10);
    }
  });
  it("inverts the incomplete beta function, and is 0 and 1 at the ends", () => {
    for (const [pp, aa, bb] of [[0.2, 3, 4], [0.9, 0.5, 2], [0.01, 30, 0.8]] as const) {
      expect(incompleteBeta(betaQuantile(pp, aa, bb), aa, bb)).toBeCloseTo(pp, 13);
    }
    expect([betaQuantile(0, 2, 3), betaQuantile(1, 2, 3)]).toEqual([0, 1]);
    expect(betaQuantile(0.5, 0, 3)).toBeNaN();
    expect(betaQuantile(-0.1, 1, 3)).toBeNaN();
  });
});
