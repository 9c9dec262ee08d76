/**
 * Every boundary of the newborn and preterm standards: 167/168 days (the
 * standards start), 230/231 (very preterm equations → skew t), 258/259
 * (preterm → term), 300/301 (the standards end), 27+0 and 64+0 weeks
 * postmenstrual age; weeks given as a fraction land on the whole day. The
 * expected values are the published equations written out here, or the
 * tabulated skew t row read from data/intergrowth/ by this test itself.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newbornSize, newbornSizeValue, pretermGrowth, pretermGrowthValue } from "../../../src/index.js";
import { ROOT } from "../../support/by-hand.js";

/** Φ⁻¹ is not needed: the normal equations' z is (y − mean) / sd, written out from Villar et al. 2016 and 2015. */
const veryPretermZ = {
  wei: (kg: number, days: number, male: number) => (Math.log(kg) - (-7.00303 + 1.325911 * Math.sqrt(days / 7) + 0.0571937 * male)) / Math.sqrt(0.0373218),
  len: (cm: number, days: number, male: number) => (cm - (1.307633 + 1.270022 * (days / 7) + 0.4263885 * male)) / Math.sqrt(6.757543),
};
const postnatalHcZ = (cm: number, x: number, male: number) =>
  (cm - (55.53617 - 852.0059 / x + 0.7957903 * male)) / (3.0582292 + 3910.05 / (x * x) - 180.5625 / x);

/** The tabulated ST3 row of birth weight for `sex` ("Male"/"Female") at `day`, from the verbatim file. */
function bwRow(sex: string, day: number): { mu: number; sigma: number; nu: number; tau: number } {
  const text = readFileSync(join(ROOT, "data/intergrowth/INTERGROWTH_newborn_standards_parameters_BW.csv"), "utf8");
  const cells = text.split("\r").find((l) => l.endsWith(`,${sex},${day}`))!.split(",");
  return { mu: Number(cells[1]), sigma: Number(cells[2]), nu: Number(cells[3]), tau: Number(cells[4]) };
}

const close = (a: number, b: number, tol = 1e-12) => expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(tol);

describe("newborn size: 167/168 days, where the standards start", () => {
  it("day 167 is outside (NA, ga-outside-standard); day 168 = 24+0 weeks is in, on the very preterm equations", () => {
    const r167 = newbornSize({ sex: 1, gaDays: 167, weightKg: 0.7, lengthCm: 31 });
    expect([r167.zwei, r167.zlen, r167.cwei, r167.sizeForGa, r167.newbornType]).toEqual([NaN, NaN, NaN, null, null]);
    expect(r167.reasons).toEqual(["ga-outside-standard", "headc-missing"]);
    const r168 = newbornSize({ sex: 1, gaDays: 168, weightKg: 0.7, lengthCm: 31 });
    close(r168.zwei, veryPretermZ.wei(0.7, 168, 1));
    close(r168.zlen, veryPretermZ.len(31, 168, 1));
    expect(r168.reasons).toEqual(["headc-missing"]);
  });

  it("gaWeeks 24 is day 168; 23 + 6/7 is day 167", () => {
    expect(newbornSize({ sex: 2, gaWeeks: 24, weightKg: 0.6 }).zwei).toBe(newbornSize({ sex: 2, gaDays: 168, weightKg: 0.6 }).zwei);
    expect(newbornSize({ sex: 2, gaWeeks: 23 + 6 / 7, weightKg: 0.6 }).reasons).toContain("ga-outside-standard");
  });
});

describe("newborn size: 230/231 days, very preterm equations → Newborn Size Standard (skew t)", () => {
  it("day 230 (32+6) uses the normal equations; day 231 (33+0) the tabulated skew t", () => {
    close(newbornSize({ sex: 2, gaDays: 230, weightKg: 1.9 }).zwei, veryPretermZ.wei(1.9, 230, 0));
    // At the median of the skew t, μ, the centile is 1/(1+ν²) (Fernández–Steel); read from the data file.
    const row = bwRow("Female", 231);
    const atMu = newbornSize({ sex: 2, gaDays: 231, weightKg: row.mu });
    close(atMu.cwei, 100 / (1 + row.nu * row.nu));
    expect(newbornSizeValue("wei", 2, 231, atMu.zwei)).toBeCloseTo(row.mu, 12);
  });

  it("gaWeeks 32 + 6/7 is day 230 (× 7 gives 229.99999999999997 in floating point), 33 + 1/7 is day 232", () => {
    expect((32 + 6 / 7) * 7).not.toBe(230);
    expect((33 + 1 / 7) * 7).not.toBe(232);
    expect(newbornSize({ sex: 2, gaWeeks: 32 + 6 / 7, weightKg: 1.9 }).zwei).toBe(newbornSize({ sex: 2, gaDays: 230, weightKg: 1.9 }).zwei);
    expect(newbornSize({ sex: 2, gaWeeks: 33 + 1 / 7, weightKg: 1.9 }).zwei).toBe(newbornSize({ sex: 2, gaDays: 232, weightKg: 1.9 }).zwei);
  });

  it("a fraction of a day before 231 still uses the equations (as both R packages do)", () => {
    close(newbornSize({ sex: 1, gaDays: 230.6, lengthCm: 42 }).zlen, veryPretermZ.len(42, 230.6, 1));
  });

  it("the two models are different distributions: a jump at 231 days is the standard's, not smoothed", () => {
    const at = (d: number) => newbornSize({ sex: 1, gaDays: d, weightKg: 2 }).zwei;
    expect(Math.abs(at(231) - at(230))).toBeGreaterThan(0.01);
  });

  it("fractionalGa makes no difference at a whole day", () => {
    for (const d of [231, 250, 300]) {
      expect(newbornSize({ sex: 1, gaDays: d, headCm: 32 }, { fractionalGa: "round" })).toEqual(newbornSize({ sex: 1, gaDays: d, headCm: 32 }));
    }
  });

  it("interpolating half way between two days uses the mean of their parameters", () => {
    const [a, b] = [bwRow("Male", 250), bwRow("Male", 251)];
    const mid = { mu: (a.mu + b.mu) / 2, nu: (a.nu + b.nu) / 2 };
    // at μ the lower tail is 1/(1+ν²), whatever σ and τ are
    close(newbornSize({ sex: 1, gaDays: 250.5, weightKg: mid.mu }).cwei, 100 / (1 + mid.nu * mid.nu), 1e-9);
  });

  it('fractionalGa: "round" takes a half to the even day (R\'s round()), other fractions to the nearest', () => {
    const z = (d: number, o?: { fractionalGa: "round" }) => newbornSize({ sex: 1, gaDays: d, weightKg: 3 }, o).zwei;
    expect(z(250.5, { fractionalGa: "round" })).toBe(z(250));
    expect(z(251.5, { fractionalGa: "round" })).toBe(z(252));
    expect(z(251.4, { fractionalGa: "round" })).toBe(z(251));
    expect(z(251.6, { fractionalGa: "round" })).toBe(z(252));
    expect(z(299.5, { fractionalGa: "round" })).toBe(z(300));
  });
});

describe("newborn size: 258/259 days, preterm → term", () => {
  it("day 258 (36+6) is preterm, day 259 (37+0) is term; the newborn type follows", () => {
    const sga = (d: number) => newbornSize({ sex: 1, gaDays: d, weightKg: 1.9 });
    expect([sga(258).preterm, sga(258).newbornType]).toEqual([true, "preterm-SGA"]);
    expect([sga(259).preterm, sga(259).newbornType]).toEqual([false, "term-SGA"]);
  });

  it("gaWeeks 36 + 6/7 is day 258 and 37 is day 259", () => {
    expect(newbornSize({ sex: 1, gaWeeks: 36 + 6 / 7 }).preterm).toBe(true);
    expect(newbornSize({ sex: 1, gaWeeks: 36 + 6 / 7, weightKg: 2.5 }).zwei).toBe(newbornSize({ sex: 1, gaDays: 258, weightKg: 2.5 }).zwei);
    expect(newbornSize({ sex: 1, gaWeeks: 37 }).preterm).toBe(false);
  });

  it("preterm birth needs only the gestational age, even outside the standards", () => {
    expect(newbornSize({ sex: 1, gaDays: 150 }).preterm).toBe(true);
    expect(newbornSize({ gaDays: 310 } as never).preterm).toBe(false);
  });
});

describe("newborn size: 300/301 days, where the standards end", () => {
  it("day 300 (42+6) is in; day 301 (43+0) is outside, NA with ga-outside-standard", () => {
    const r300 = newbornSize({ sex: 2, gaDays: 300, weightKg: 3.5, lengthCm: 50, headCm: 35 });
    expect([r300.zwei, r300.zlen, r300.zhc].every(Number.isFinite)).toBe(true);
    const r301 = newbornSize({ sex: 2, gaDays: 301, weightKg: 3.5, lengthCm: 50, headCm: 35 });
    expect([r301.zwei, r301.zlen, r301.zhc, r301.chc]).toEqual([NaN, NaN, NaN, NaN]);
    expect(r301.reasons).toEqual(["ga-outside-standard"]);
    expect([r301.lowBirthWeight, r301.preterm, r301.sizeForGa]).toEqual(["not-LBW", false, null]);
  });

  it("gaWeeks 42 + 6/7 is day 300, in the standard", () => {
    expect(newbornSize({ sex: 2, gaWeeks: 42 + 6 / 7, weightKg: 3.5 }).zwei).toBe(newbornSize({ sex: 2, gaDays: 300, weightKg: 3.5 }).zwei);
  });

  it("the value functions stop at the same days", () => {
    expect([167, 301].map((d) => newbornSizeValue("len", 1, d, 0))).toEqual([NaN, NaN]);
    expect([168, 300].map((d) => newbornSizeValue("len", 1, d, 0)).every(Number.isFinite)).toBe(true);
  });
});

describe("size for gestational age and birth weight cut-offs", () => {
  it("exactly at the 10th and 90th centile a baby is AGA; just inside the tails SGA and LGA; at the 3rd not severe", () => {
    const at = (c: number) => newbornSize({ sex: 1, gaDays: 280, weightKg: newbornSizeValueAtCentileW(c) });
    const newbornSizeValueAtCentileW = (c: number) => newbornSizeValue("wei", 1, 280, centileZ(c));
    expect(at(10.000001).sizeForGa).toBe("AGA");
    expect(at(9.999999).sizeForGa).toBe("SGA");
    expect(at(89.999999).sizeForGa).toBe("AGA");
    expect(at(90.000001).sizeForGa).toBe("LGA");
    expect(at(3.000001).severeSga).toBe(false);
    expect(at(2.999999).severeSga).toBe(true);
  });

  it("birth weight categories: < 1,000 g ELBW, < 1,500 g VLBW, < 2,500 g LBW (WHO), whatever the gestational age", () => {
    const cat = (kg: number) => newbornSize({ sex: 1, gaDays: 200, weightKg: kg }).lowBirthWeight;
    expect([0.999, 1, 1.499, 1.5, 2.499, 2.5, 4.5].map(cat)).toEqual(["ELBW", "VLBW", "VLBW", "LBW", "LBW", "not-LBW", "not-LBW"]);
    expect(newbornSize({ sex: "x", weightKg: 2.2 }).lowBirthWeight).toBe("LBW");
  });

  it("small vulnerable newborn: preterm, SGA or LBW; false only when all three are known not to hold", () => {
    expect(newbornSize({ sex: 1, gaDays: 280, weightKg: 3.4 }).smallVulnerable).toBe(false);
    expect(newbornSize({ sex: 1, gaDays: 280, weightKg: 2.4 }).smallVulnerable).toBe(true); // LBW (and SGA)
    expect(newbornSize({ sex: 1, gaDays: 250, weightKg: 3 }).smallVulnerable).toBe(true); // preterm
    expect(newbornSize({ sex: 1, gaDays: 280, weightKg: 2.6 }).smallVulnerable).toBe(true); // term SGA, not LBW
    expect(newbornSize({ sex: 1, weightKg: 3.4 }).smallVulnerable).toBe(null); // no gestational age
    expect(newbornSize({ sex: 1, gaDays: 301, weightKg: 3.4 }).smallVulnerable).toBe(null); // SGA unknown
    expect(newbornSize({ sex: 1, gaDays: 320, weightKg: 2 }).smallVulnerable).toBe(true); // LBW alone decides
  });
});

describe("preterm postnatal growth: 27+0 and 64+0 weeks", () => {
  it("26+6 weeks is outside; 27+0 is in; 64+0 is in; 64+1 is outside (no extrapolation)", () => {
    const hc = (days: number) => pretermGrowth({ sex: 1, pmaDays: days, headCm: 30 });
    expect(hc(188).reasons).toEqual(["pma-outside-standard", "weight-missing", "length-missing"]);
    expect(hc(188).zhc).toBeNaN();
    close(hc(189).zhc, postnatalHcZ(30, 27, 1));
    close(hc(448).zhc, postnatalHcZ(30, 64, 1));
    expect(hc(449).zhc).toBeNaN();
    expect(hc(449).reasons).toContain("pma-outside-standard");
  });

  it("weeks are taken as given: 27, 64, and a fraction", () => {
    close(pretermGrowth({ sex: 2, pmaWeeks: 27, headCm: 25 }).zhc, postnatalHcZ(25, 27, 0));
    close(pretermGrowth({ sex: 2, pmaWeeks: 64, headCm: 42 }).zhc, postnatalHcZ(42, 64, 0));
    close(pretermGrowth({ sex: 2, pmaWeeks: 40 + 3 / 7, headCm: 35 }).zhc, postnatalHcZ(35, 40 + 3 / 7, 0));
    expect(pretermGrowth({ sex: 2, pmaWeeks: 26.999, headCm: 25 }).zhc).toBeNaN();
    expect(pretermGrowth({ sex: 2, pmaWeeks: 64.001, headCm: 42 }).zhc).toBeNaN();
  });

  it("the value function stops at the same ages", () => {
    expect([188, 449].map((d) => pretermGrowthValue("wei", 1, d, 0))).toEqual([NaN, NaN]);
    expect([189, 448].map((d) => pretermGrowthValue("wei", 1, d, 0)).every(Number.isFinite)).toBe(true);
  });
});

/** The z-score of a centile (percent) by bisection on an erfc written out here. */
function centileZ(c: number): number {
  const phi = (z: number) => 0.5 * erfc(-z / Math.SQRT2);
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (100 * phi(mid) < c) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x < 3) {
    let term = x;
    let sum = x;
    for (let n = 1; n < 200; n++) {
      term *= (-x * x) / n;
      sum += term / (2 * n + 1);
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * sum;
  }
  let f = 0;
  for (let k = 60; k >= 1; k--) f = (k / 2) / (x + f);
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / (x + f);
}
