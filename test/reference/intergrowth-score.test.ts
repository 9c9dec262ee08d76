/**
 * `scoreColumns`' INTERGROWTH-21st z-scores (`igp_*`) against gigs 0.5.1 on
 * the public reference records (test/fixtures/intergrowth/README.md): the
 * 300 newborn records as measurements at birth (age 0 days), and the 300
 * postnatal records as measurements after birth of children born preterm
 * (the postmenstrual age split into a gestational age and an age since
 * birth). gigs' routing puts both on the same standards as its
 * `value2zscore` functions, whose z-scores the fixtures hold.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreColumns } from "../../src/index.js";
import { ROOT } from "../support/by-hand.js";
import { readCsv } from "../support/csv.js";

const DIR = join(ROOT, "test", "fixtures", "intergrowth");
const Z_TOL = 1e-9;
const FIELDS = [["igp_zwei", "z_wei_gigs"], ["igp_zlen", "z_len_gigs"], ["igp_zhc", "z_hc_gigs"]] as const;

function expectClose(got: Float64Array, want: readonly number[], what: string): number {
  let compared = 0;
  want.forEach((w, i) => {
    if (Number.isNaN(w)) expect(got[i], `${what} row ${i + 1}`).toBeNaN();
    else {
      expect(Math.abs(got[i]! - w), `${what} row ${i + 1}: gigs ${w}, tumbuh ${got[i]}`).toBeLessThanOrEqual(Z_TOL);
      compared++;
    }
  });
  return compared;
}

describe("igp_* on the public reference records", () => {
  it("at birth: the newborn records' z-scores equal gigs' (age 0, gestational age in days)", () => {
    const csv = readCsv(join(DIR, "intergrowth-newborn.csv"));
    const ga = csv.num("ga_days");
    const r = scoreColumns(
      { sex: csv.num("sex"), ageDays: ga.map(() => 0), gaDays: ga, weightKg: csv.num("weight_kg"), lenheiCm: csv.num("length_cm"), headCm: csv.num("headc_cm") },
      { precision: "full" },
    );
    let compared = 0;
    for (const [field, col] of FIELDS) compared += expectClose(r[field], csv.num(col), field);
    expect(compared).toBeGreaterThan(800);
  });

  it("after birth: the postnatal records' z-scores equal gigs' for a child born at 28+0 weeks (or a week before the measurement)", () => {
    const csv = readCsv(join(DIR, "intergrowth-postnatal.csv"));
    const pma = csv.num("pma_days");
    const ga = pma.map((p) => Math.max(154, Math.min(196, p - 7)));
    const r = scoreColumns(
      {
        sex: csv.num("sex"), ageDays: pma.map((p, i) => p - ga[i]!), gaDays: ga,
        weightKg: csv.num("weight_kg"), lenheiCm: csv.num("length_cm"), headCm: csv.num("headc_cm"),
      },
      { precision: "full" },
    );
    let compared = 0;
    // gigs is NA outside 27–64 weeks, where the WHO standards apply: so is igp_*
    for (const [field, col] of FIELDS) compared += expectClose(r[field], csv.num(col), field);
    expect(compared).toBeGreaterThan(750);
  });
});
