import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreColumns } from "../../src/index.js";
import { readCsv } from "../support/csv.js";
import { ROOT } from "../support/by-hand.js";

// WHO's demo survey scored by WHO's igrowup R macro (see test/fixtures/who-igrowup/README.md).
const csv = readCsv(join(ROOT, "test/fixtures/who-igrowup/MySurvey_z_st.csv"));
const ages = csv.num("agemons");
const result = scoreColumns({
  sex: csv.num("GENDER"),
  ageMonths: ages,
  weightKg: csv.num("WEIGHT"),
  lenheiCm: csv.num("HEIGHT"),
  measure: csv.col("measure"),
  oedema: csv.col("oedema"),
  headCm: csv.num("HEAD"),
  muacCm: csv.num("MUAC"),
  tricepsMm: csv.num("TRI"),
  subscapularMm: csv.num("SUB"),
});

const FIELDS = ["zlen", "zwei", "zwfl", "zbmi", "zhc", "zac", "zts", "zss", "flen", "fwei", "fwfl", "fbmi", "fhc", "fac", "fts", "fss"] as const;

describe("WHO igrowup demo survey (498 children)", () => {
  it("has the expected size", () => {
    expect(csv.rows.length).toBe(498);
  });

  for (const field of FIELDS) {
    it(`${field} equals WHO's value for every child under 60 months`, () => {
      const expected = csv.num(field);
      const mismatches: string[] = [];
      let compared = 0;
      expected.forEach((want, i) => {
        if (!(ages[i]! < 60)) return;
        const got = result[field][i]!;
        compared++;
        if (!(Object.is(got, want) || (Number.isNaN(got) && Number.isNaN(want)) || got === want)) {
          mismatches.push(`row ${i + 1}: WHO ${want}, tumbuh ${got}`);
        }
      });
      expect(mismatches).toEqual([]);
      expect(compared).toBe(494);
    });
  }

  it("the 4 children at 60 months or over are NA, as in anthro ≥ 0.9.3", () => {
    const over = ages.flatMap((a, i) => (a >= 60 ? [i] : []));
    expect(over.length).toBe(4);
    for (const i of over) for (const f of FIELDS) expect(result[f][i], `${f} row ${i}`).toBeNaN();
  });

  it("clenhei and cbmi equal WHO's to 1e-9 (the file keeps 15 significant digits)", () => {
    const clen = csv.num("clenhei");
    const cbmi = csv.num("cbmi");
    clen.forEach((want, i) => {
      if (Number.isNaN(want)) return;
      expect(Math.abs(result.clenhei[i]! - want), `clenhei row ${i}`).toBeLessThan(1e-9);
    });
    cbmi.forEach((want, i) => {
      if (Number.isNaN(want) || !(ages[i]! < 60)) return;
      expect(Math.abs(result.cbmi[i]! - want), `cbmi row ${i}`).toBeLessThan(1e-9);
    });
  });
});
