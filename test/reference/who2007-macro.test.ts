import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreColumns } from "../../src/index.js";
import { ROOT } from "../support/by-hand.js";
import { readCsv } from "../support/csv.js";

// WHO's 2007 demo survey scored by WHO's who2007 macro (test/fixtures/who2007-macro/README.md).
const out = readCsv(join(ROOT, "test/fixtures/who2007-macro/survey_who2007_z.csv"));
const ages = out.num("agemons");
const r = scoreColumns({
  sex: out.num("sex"),
  ageMonths: ages,
  weightKg: out.num("weight"),
  lenheiCm: out.num("height"),
  oedema: out.col("oedema"),
});

const LIMITS = { zhfa: 228, zbfa: 228, zwfa: 120, fhfa: 228, fbfa: 228, fwfa: 120 } as const;

describe("WHO 2007 demo survey (933 children and adolescents)", () => {
  it("has the expected size", () => expect(out.rows.length).toBe(933));

  for (const field of ["zhfa", "zwfa", "zbfa", "fhfa", "fwfa", "fbfa"] as const) {
    it(`${field} equals WHO's, except just above the upper limit where anthroplus (and tumbuh) give NA`, () => {
      const want = out.num(field);
      const limit = LIMITS[field];
      const mismatches: string[] = [];
      let compared = 0;
      let masked = 0;
      want.forEach((w, i) => {
        const got = r[field][i]!;
        if (ages[i]! > limit && ages[i]! < limit + 1) {
          masked++;
          if (!Number.isNaN(got)) mismatches.push(`row ${i + 1}: age ${ages[i]} should be NA, got ${got}`);
          return;
        }
        compared++;
        if (!(got === w || (Number.isNaN(got) && Number.isNaN(w)))) mismatches.push(`row ${i + 1}: WHO ${w}, tumbuh ${got}`);
      });
      expect(mismatches).toEqual([]);
      expect(masked).toBe(4);
      expect(compared).toBe(929);
    });
  }

  it("cbmi equals WHO's to 1e-9", () => {
    out.num("cbmi").forEach((w, i) => {
      if (!Number.isNaN(w)) expect(Math.abs(r.cbmi[i]! - w), `row ${i + 1}`).toBeLessThan(1e-9);
    });
  });
});
