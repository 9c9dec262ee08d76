/**
 * 40,000 random, edge-heavy records scored by WHO's R package anthro 1.1.0
 * (test/fixtures/who-anthro/README.md says how they were made). Every z-score
 * and flag must be equal; the only exceptions are the documented deliberate
 * differences (docs/who-compatibility.md), each checked to behave as
 * documented.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reasonCodes, scoreColumns } from "../../src/index.js";
import { ROOT } from "../support/by-hand.js";
import { readCsv } from "../support/csv.js";

const Z = ["zlen", "zwei", "zwfl", "zbmi", "zhc", "zac", "zts", "zss"] as const;
const F = ["flen", "fwei", "fwfl", "fbmi", "fhc", "fac", "fts", "fss"] as const;
const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

for (const unit of ["days", "months"] as const) {
  describe(`anthro 1.1.0 on random records, age in ${unit}`, () => {
    const input = readCsv(join(ROOT, `test/fixtures/who-anthro/random-${unit}-input.csv`));
    const output = readCsv(join(ROOT, `test/fixtures/who-anthro/random-${unit}-output.csv`));
    const age = input.num("age");
    const weight = input.num("weight");
    const lenhei = input.num("lenhei");
    const measure = input.col("measure");
    const r = scoreColumns({
      sex: input.col("sex"),
      [unit === "days" ? "ageDays" : "ageMonths"]: age,
      weightKg: weight,
      lenheiCm: lenhei,
      measure,
      oedema: input.col("oedema"),
      headCm: input.num("headc"),
      muacCm: input.num("armc"),
      tricepsMm: input.num("triskin"),
      subscapularMm: input.num("subskin"),
    });
    const n = input.rows.length;
    const months = (i: number) => (unit === "days" ? age[i]! / 30.4375 : age[i]!);
    const clenWant = output.num("clenhei");
    const lengthNotPositive = (i: number) => lenhei[i]! <= 0 || clenWant[i]! <= 0;

    it("rows line up", () => {
      expect(output.rows.length).toBe(n);
      expect(output.col("id")).toEqual(input.col("id"));
    });

    for (const [k, z] of Z.entries()) {
      const f = F[k]!;
      it(`${z} and ${f} equal anthro's on every record (bar the documented differences)`, () => {
        const zWant = output.num(z);
        const fWant = output.num(f);
        const bad: string[] = [];
        let compared = 0;
        let scored = 0;
        for (let i = 0; i < n; i++) {
          const differs =
            (z === "zwfl" && weight[i]! <= 0) || // anthro scores weight 0 (documented difference)
            (z === "zbmi" && lengthNotPositive(i)) || // anthro scores BMI from a non-positive length
            (z === "zlen" && lengthNotPositive(i)); // anthro scores a zero standing height as 0.7 cm
          if (differs) {
            if (!Number.isNaN(r[z][i]!)) bad.push(`row ${i + 1}: expected NA (documented difference), got ${r[z][i]}`);
            continue;
          }
          compared++;
          if (!Number.isNaN(zWant[i]!)) scored++;
          if (!same(r[z][i]!, zWant[i]!) || !same(r[f][i]!, fWant[i]!)) {
            bad.push(`row ${i + 1} (id ${input.rows[i]![0]}): anthro ${zWant[i]}/${fWant[i]}, tumbuh ${r[z][i]}/${r[f][i]}`);
          }
        }
        expect(bad.slice(0, 20)).toEqual([]);
        expect(bad.length).toBe(0);
        expect(compared).toBeGreaterThan(n * 0.95);
        expect(scored).toBeGreaterThan(n * 0.3);
      });
    }

    it("c9mo_flag equals anthro's on every record", () => {
      const want = output.num("c9mo_flag");
      const bad = want.flatMap((w, i) => (w === r.c9mo_flag[i] ? [] : [i + 1]));
      expect(bad).toEqual([]);
      expect(want.filter((w) => w === 1).length).toBeGreaterThan(100);
    });

    it("clenhei equals anthro's exactly wherever the length is positive", () => {
      const bad: string[] = [];
      for (let i = 0; i < n; i++) {
        if (lengthNotPositive(i)) {
          if (!Number.isNaN(r.clenhei[i]!)) bad.push(`row ${i + 1}: expected NA`);
        } else if (!same(r.clenhei[i]!, clenWant[i]!)) bad.push(`row ${i + 1}: anthro ${clenWant[i]}, tumbuh ${r.clenhei[i]}`);
      }
      expect(bad).toEqual([]);
    });

    it("cbmi equals anthro's exactly under 60 months wherever weight and length are positive", () => {
      const want = output.num("cbmi");
      const bad: string[] = [];
      for (let i = 0; i < n; i++) {
        if (weight[i]! <= 0 || lengthNotPositive(i)) {
          if (!Number.isNaN(r.cbmi[i]!)) bad.push(`row ${i + 1}: expected NA`);
        } else if (months(i) >= 60) {
          // WHO 2007 (anthroplus): BMI from the height as measured
          const h = lenhei[i]! / 100;
          if (!same(r.cbmi[i]!, weight[i]! / (h * h))) bad.push(`row ${i + 1}: not anthroplus's BMI`);
        } else if (!same(r.cbmi[i]!, want[i]!)) bad.push(`row ${i + 1}: anthro ${want[i]}, tumbuh ${r.cbmi[i]}`);
      }
      expect(bad).toEqual([]);
    });

    it("every documented difference carries its reason code", () => {
      for (let i = 0; i < n; i++) {
        const codes = reasonCodes(r.reasons[i]!);
        if (weight[i]! <= 0) expect(codes, `row ${i + 1}`).toContain("weight-invalid");
        if (lengthNotPositive(i)) expect(codes, `row ${i + 1}`).toContain("lenhei-invalid");
      }
    });
  });
}

describe("anthro 1.1.0 on WHO's demo survey", () => {
  it("equals tumbuh on every z and flag", () => {
    const input = readCsv(join(ROOT, "test/fixtures/who-igrowup/MySurvey_z_st.csv"));
    const output = readCsv(join(ROOT, "test/fixtures/who-anthro/mysurvey-anthro-1.1.0-output.csv"));
    const r = scoreColumns({
      sex: input.num("GENDER"),
      ageMonths: input.num("agemons"),
      weightKg: input.num("WEIGHT"),
      lenheiCm: input.num("HEIGHT"),
      measure: input.col("measure"),
      oedema: input.col("oedema"),
      headCm: input.num("HEAD"),
      muacCm: input.num("MUAC"),
      tricepsMm: input.num("TRI"),
      subscapularMm: input.num("SUB"),
    });
    for (const f of [...Z, ...F]) {
      const want = output.num(f);
      want.forEach((w, i) => expect(same(r[f][i]!, w), `${f} row ${i + 1}: anthro ${w}, tumbuh ${r[f][i]}`).toBe(true));
    }
  });
});
