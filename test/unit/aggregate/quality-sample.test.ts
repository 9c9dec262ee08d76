import { describe, expect, it } from "vitest";
import { qualityReport } from "../../../src/aggregate/quality/quality-report.js";
import { formatQualityReport } from "../../../src/aggregate/quality/format-quality-report.js";
import { readCsv } from "../../support/csv.js";
import { ROOT } from "../../support/by-hand.js";

// The Bontang sample (examples/README.md); expected counts recomputed from the CSV text.
const csv = readCsv(`${ROOT}/examples/bontang-posyandu-2025.csv`);
const weight = csv.col("weight");
const lenhei = csv.col("lenhei");
const days = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

describe("qualityReport on the Bontang 2025 sample", () => {
  const r = qualityReport(
    {
      sex: csv.col("sex"),
      dateOfBirth: csv.col("dob"),
      visitDate: csv.col("visit_date"),
      weightKg: csv.num("weight"),
      lenheiCm: csv.num("lenhei"),
      measure: csv.col("measure"),
    },
    { groupBy: { puskesmas: csv.col("puskesmas") } },
  );

  it("counts records, sexes, missing lengths and ages of 60 months or more", () => {
    expect(r.records).toBe(csv.rows.length);
    expect(r.sexRatio.boys).toBe(csv.col("sex").filter((s) => s === "1").length);
    expect(r.sexRatio.girls).toBe(csv.col("sex").filter((s) => s === "2").length);
    expect(r.completeness.lenhei!.missing).toBe(lenhei.filter((x) => x === "").length);
    const dob = csv.col("dob");
    const over = csv.col("visit_date").filter((v, i) => (days(v) - days(dob[i]!)) / 30.4375 >= 60).length;
    expect(r.age.outOfRange).toBe(over);
  });

  it("counts the recorded decimals of weight and length/height", () => {
    const lastDigits = (xs: string[]) => {
      const c = Array<number>(10).fill(0);
      for (const x of xs) if (x !== "") c[+x.slice(-1)]!++;
      return c;
    };
    expect(r.digitPreference.weight!.counts).toEqual(lastDigits(weight));
    expect(r.digitPreference.lenhei!.counts).toEqual(lastDigits(lenhei));
  });

  it("counts months of birth", () => {
    const c = Array<number>(12).fill(0);
    for (const d of csv.col("dob")) c[+d.slice(5, 7) - 1]!++;
    expect(r.age.byBirthMonth).toEqual(c);
  });

  it("reports each puskesmas area and renders in both languages", () => {
    expect(r.groups.map((g) => g.group.puskesmas)).toEqual([...new Set(csv.col("puskesmas"))].sort());
    expect(r.groups.reduce((s, g) => s + g.records, 0)).toBe(r.records);
    expect(formatQualityReport(r)).toContain("Puskesmas Bontang Barat");
    expect(formatQualityReport(r, { lang: "id" })).toContain("Menurut kelompok");
  });
});
