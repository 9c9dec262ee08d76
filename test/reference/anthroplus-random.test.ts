/**
 * 20,000 random, edge-heavy records aged 55–235 months scored by WHO's R
 * package anthroplus 1.0.0 (test/fixtures/who-anthroplus/README.md), and
 * WHO's 2007 demo survey scored by anthroplus. Every z-score and flag must be
 * equal from 60 months on, bar the documented differences for zero
 * measurements (docs/who-compatibility.md).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reasonCodes, scoreColumns } from "../../src/index.js";
import { ROOT } from "../support/by-hand.js";
import { readCsv } from "../support/csv.js";

const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));
const FIELDS = [["zhfa", "fhfa"], ["zwfa", "fwfa"], ["zbfa", "fbfa"]] as const;

describe("anthroplus 1.0.0 on random records", () => {
  const input = readCsv(join(ROOT, "test/fixtures/who-anthroplus/random-input.csv"));
  const output = readCsv(join(ROOT, "test/fixtures/who-anthroplus/random-output.csv"));
  const age = input.num("age_in_months");
  const height = input.num("height_in_cm");
  const weight = input.num("weight_in_kg");
  const r = scoreColumns({ sex: input.col("sex"), ageMonths: age, oedema: input.col("oedema"), lenheiCm: height, weightKg: weight });
  const n = input.rows.length;

  it("rows line up", () => {
    expect(output.col("id")).toEqual(input.col("id"));
    expect(n).toBe(20000);
  });

  for (const [z, f] of FIELDS) {
    it(`${z} and ${f} equal anthroplus's from 60 months (bar zero measurements)`, () => {
      const zWant = output.num(z);
      const fWant = output.num(f);
      const bad: string[] = [];
      let scored = 0;
      for (let i = 0; i < n; i++) {
        if (!(age[i]! >= 60)) {
          // under 60 months the WHO 2006 standards apply; anthroplus gives NA too
          if (!Number.isNaN(r[z][i]!) || !Number.isNaN(zWant[i]!)) bad.push(`row ${i + 1}: under 60 months should be NA`);
          continue;
        }
        const zero = (z !== "zwfa" && height[i] === 0) || (z !== "zhfa" && weight[i] === 0);
        if (zero) {
          if (!Number.isNaN(r[z][i]!)) bad.push(`row ${i + 1}: zero measurement should be NA (documented difference)`);
          continue;
        }
        if (!Number.isNaN(zWant[i]!)) scored++;
        if (!same(r[z][i]!, zWant[i]!) || !same(r[f][i]!, fWant[i]!)) {
          bad.push(`row ${i + 1} (id ${input.rows[i]![0]}, age ${age[i]}): anthroplus ${zWant[i]}/${fWant[i]}, tumbuh ${r[z][i]}/${r[f][i]}`);
        }
      }
      expect(bad.slice(0, 20)).toEqual([]);
      expect(scored).toBeGreaterThan(n * 0.2);
    });
  }

  it("cbmi equals anthroplus's wherever weight and height are positive", () => {
    const want = output.num("cbmi");
    for (let i = 0; i < n; i++) {
      if (!(age[i]! >= 60) || !(height[i]! > 0) || !(weight[i]! > 0)) continue;
      expect(same(r.cbmi[i]!, want[i]!), `row ${i + 1}`).toBe(true);
    }
  });

  it("zero measurements carry their reason code", () => {
    for (let i = 0; i < n; i++) {
      if (age[i]! >= 60 && height[i] === 0) expect(reasonCodes(r.reasons[i]!)).toContain("lenhei-invalid");
      if (age[i]! >= 60 && weight[i] === 0) expect(reasonCodes(r.reasons[i]!)).toContain("weight-invalid");
    }
  });
});

describe("anthroplus 1.0.0 on WHO's 2007 demo survey", () => {
  it("equals tumbuh on every z and flag", () => {
    const input = readCsv(join(ROOT, "test/fixtures/who2007-macro/Survey_WHO2007.csv"));
    const output = readCsv(join(ROOT, "test/fixtures/who-anthroplus/survey-who2007-anthroplus-1.0.0-output.csv"));
    const r = scoreColumns({ sex: input.num("sex"), ageMonths: input.num("agemons"), weightKg: input.num("weight"), lenheiCm: input.num("height"), oedema: input.col("oedema") });
    for (const [z, f] of FIELDS) {
      for (const field of [z, f]) {
        const want = output.num(field);
        want.forEach((w, i) => expect(same(r[field][i]!, w), `${field} row ${i + 1}: anthroplus ${w}, tumbuh ${r[field][i]}`).toBe(true));
      }
    }
  });
});
