/**
 * Postnatal growth of preterm infants on the INTERGROWTH-21st standards
 * against growthstandards 0.1.6 and gigs 0.5.1
 * (test/fixtures/intergrowth/README.md). gigs accepts 27–64 weeks, as
 * tumbuh does; growthstandards extrapolates the equations over 24+0–64+6
 * weeks, where tumbuh gives NA with `pma-outside-standard`.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pretermGrowth, pretermGrowthValue, pretermGrowthValueAtCentile, type PretermGrowth } from "../../src/index.js";
import { ROOT } from "../support/by-hand.js";
import { readCsv } from "../support/csv.js";

const DIR = join(ROOT, "test", "fixtures", "intergrowth");
const MEASURES = [
  { m: "wei", z: "zwei", c: "cwei", missing: "weight-missing" },
  { m: "len", z: "zlen", c: "clen", missing: "length-missing" },
  { m: "hc", z: "zhc", c: "chc", missing: "headc-missing" },
] as const;
const Z_TOL = 1e-9;

describe("the 300 public reference records", () => {
  const csv = readCsv(join(DIR, "intergrowth-postnatal.csv"));
  const [sex, days, weeks, w, l, h] = [csv.num("sex"), csv.num("pma_days"), csv.num("pma_weeks"), csv.num("weight_kg"), csv.num("length_cm"), csv.num("headc_cm")];
  const byDays: PretermGrowth[] = sex.map((s, i) => pretermGrowth({ sex: s, pmaDays: days[i], weightKg: w[i], lengthCm: l[i], headCm: h[i] }));
  const byWeeks: PretermGrowth[] = sex.map((s, i) => pretermGrowth({ sex: s, pmaWeeks: weeks[i], weightKg: w[i], lengthCm: l[i], headCm: h[i] }));
  const inStandard = days.map((d) => d >= 27 * 7 && d <= 64 * 7);

  it("the records reach beyond the standard on both sides (so the range is tested)", () => {
    expect(days.some((d) => d < 189)).toBe(true);
    expect(days.some((d) => d > 448)).toBe(true);
    expect(inStandard.filter(Boolean).length).toBeGreaterThan(250);
  });

  for (const x of MEASURES) {
    it(`${x.z} equals gigs' (to ${Z_TOL}) from 27 to 64 weeks, given in days or in weeks; NA exactly where gigs is NA`, () => {
      const want = csv.num(`z_${x.m}_gigs`);
      let compared = 0;
      want.forEach((zw, i) => {
        for (const out of [byDays, byWeeks]) {
          const z = out[i]![x.z];
          if (Number.isNaN(zw)) expect(z, `row ${i + 1}`).toBeNaN();
          else expect(Math.abs(z - zw), `row ${i + 1}: gigs ${zw}, tumbuh ${z}`).toBeLessThanOrEqual(Z_TOL);
        }
        if (!Number.isNaN(zw)) compared++;
      });
      expect(compared).toBeGreaterThan(250);
    });

    it(`${x.z} equals growthstandards' (to ${Z_TOL}) inside 27–64 weeks; outside it growthstandards extrapolates and tumbuh says pma-outside-standard`, () => {
      const want = csv.num(`z_${x.m}_gs`);
      let outside = 0;
      want.forEach((zw, i) => {
        const o = byDays[i]!;
        if (inStandard[i]) {
          if (Number.isNaN(zw)) expect(o[x.z]).toBeNaN();
          else expect(Math.abs(o[x.z] - zw), `row ${i + 1}`).toBeLessThanOrEqual(Z_TOL);
        } else {
          expect(o[x.z]).toBeNaN();
          expect(o.reasons).toContain("pma-outside-standard");
          if (!Number.isNaN(zw)) outside++;
        }
      });
      expect(outside).toBeGreaterThan(5);
    });

    it(`${x.c} is 100·Φ(${x.z}) and an NA ${x.z} inside the standard is a missing measurement (${x.missing})`, () => {
      const want = csv.num(`z_${x.m}_gigs`);
      byDays.forEach((o, i) => {
        if (!inStandard[i]) return;
        if (Number.isNaN(want[i]!)) expect(o.reasons).toContain(x.missing);
        else expect(o[x.c]).toBeCloseTo(50 * (1 + erf(o[x.z] / Math.SQRT2)), 10);
      });
    });
  }
});

describe("postnatal curves: pretermGrowthValue", () => {
  const csv = readCsv(join(DIR, "postnatal-curves-z.csv"));
  const [sex, weeks, z, gigs, gs] = [csv.num("sex"), csv.num("pma_weeks"), csv.num("z"), csv.num("value_gigs"), csv.num("value_gs")];
  const measure = csv.col("measure") as ("wei" | "len" | "hc")[];
  const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

  it("the value at z = −3 … 3 at 27 … 64 weeks equals gigs' and growthstandards' (1e-10 relative)", () => {
    const bad = measure.flatMap((m, i) => {
      const v = pretermGrowthValue(m, sex[i], weeks[i]! * 7, z[i]!);
      return rel(v, gigs[i]!) <= 1e-10 && rel(v, gs[i]!) <= 1e-10 ? [] : [`${m} ${sex[i]} ${weeks[i]} z ${z[i]}: gigs ${gigs[i]}, gs ${gs[i]}, tumbuh ${v}`];
    });
    expect(bad.slice(0, 10)).toEqual([]);
    expect(measure.length).toBe(3 * 2 * 43 * 7);
  });

  it("the value at a centile is the value at that centile's z-score", () => {
    measure.forEach((m, i) => {
      if (z[i] !== 2) return;
      const centile = 50 * (1 + erf(2 / Math.SQRT2));
      expect(rel(pretermGrowthValueAtCentile(m, sex[i], weeks[i]! * 7, centile), gigs[i]!)).toBeLessThan(1e-10);
    });
  });
});

/** erf by its Maclaurin series and, far out, the continued fraction of erfc (test-only, independent of the library). */
function erf(x: number): number {
  const a = Math.abs(x);
  if (a < 3) {
    let term = a;
    let sum = a;
    for (let n = 1; n < 200; n++) {
      term *= (-a * a) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return Math.sign(x) * (2 / Math.sqrt(Math.PI)) * sum;
  }
  let f = 0;
  for (let k = 60; k >= 1; k--) f = (k / 2) / (a + f);
  return Math.sign(x) * (1 - Math.exp(-a * a) / Math.sqrt(Math.PI) / (a + f));
}
