/**
 * Gestational age on the command line: `score` corrects the age of a child
 * born preterm and adds cage_days, corrected and the INTERGROWTH-21st
 * z-scores only when a gestational age column is read; the boundaries
 * (born at 36+6/37+0 weeks, a corrected age of exactly 24 months, 27+0 and
 * 64+0 weeks postmenstrual age) give what the library gives; `prevalence`
 * and `report` score at corrected age too and add the newborn indicators.
 * Expected values come from the library's `score` (itself checked against
 * WHO's and INTERGROWTH-21st's reference software) or are counted by hand.
 */
import { describe, expect, it } from "vitest";
import { score, type ScoreField, type ScoreRecord } from "../../../src/index.js";
import { ANTHRO_COLUMNS, run, table } from "./run-cli.js";

const WHO2007 = ["zhfa", "fhfa", "zwfa", "fwfa", "zbfa", "fbfa"];
const GESTATION = ["cage_days", "corrected", "igp_zwei", "igp_zlen", "igp_zhc"] as const;

/** The cell `tumbuh score` writes for a library value: NaN empty, numbers as JavaScript prints them. */
const cell = (v: number) => (Number.isNaN(v) ? "" : String(v));

async function scored(csv: string, argv: string[] = []): Promise<{ header: string[]; rows: Record<string, string>[]; stderr: string }> {
  const r = await run(["score", "-q", ...argv], csv);
  expect(r.code).toBe(0);
  return { ...table(r.stdout), stderr: r.stderr };
}

describe("tumbuh score with a gestational age column", () => {
  it("without one, the columns are WHO's and the age used (no corrected, igp_*)", async () => {
    const t = await scored("sex,age_days,weight\n1,100,5\n");
    expect(t.header).toEqual(["sex", "age_days", "weight", ...ANTHRO_COLUMNS, ...WHO2007, "cage_days", "notes"]);
  });

  it("with ga_weeks (or UK, Usia Kehamilan, ga_days) it adds them after the WHO 2007 columns, each row as the library scores it", async () => {
    const rows: ScoreRecord[] = [
      { sex: 2, ageDays: 42, gaWeeks: 30, weightKg: 1.9, lenheiCm: 42, headCm: 31 }, // before term: INTERGROWTH postnatal, no WHO age-based z
      { sex: 1, ageDays: 150, gaWeeks: 32, weightKg: 5.1, lenheiCm: 58, headCm: 39 }, // corrected by 56 days, PMA 53+3 weeks
      { sex: 1, ageDays: 0, gaWeeks: 39, weightKg: 3.2, lenheiCm: 50, headCm: 34 }, // at birth: the Newborn Size Standard
      { sex: 2, ageDays: 400, weightKg: 9, lenheiCm: 74, headCm: 45 }, // no gestational age
    ];
    for (const header of ["ga_weeks", "UK", "Usia Kehamilan", "uk"]) {
      const csv = [`sex,age_days,${header},weight,lenhei,headc`, ...rows.map((r) => [r.sex, r.ageDays, r.gaWeeks ?? "", r.weightKg, r.lenheiCm, r.headCm].join(","))].join("\n");
      const t = await scored(csv);
      expect(t.header, header).toEqual(["sex", "age_days", header, "weight", "lenhei", "headc", ...ANTHRO_COLUMNS, ...WHO2007, ...GESTATION, "notes"]);
      rows.forEach((rec, i) => {
        const want = score(rec);
        for (const f of ["zwei", "zlen", "zhc", "zwfl", ...GESTATION] as const satisfies readonly ScoreField[]) expect(t.rows[i]![f], `${header} row ${i + 1} ${f}`).toBe(cell(want[f]));
      });
      expect(t.rows[0]!.notes).toContain("age-before-term");
    }
    const days = await scored("sex,age_days,ga_days,weight\n1,150,224,5.1\n");
    expect(days.rows[0]).toMatchObject({ cage_days: "94", corrected: "1", zwei: cell(score({ sex: 1, ageDays: 94, weightKg: 5.1 }).zwei) });
  });

  it("born at 36+6 weeks (258 days) the age is corrected and the postnatal standard applies; born at 37+0 (259 days) neither", async () => {
    const t = await scored("sex,age_days,ga_days,weight\n2,30,258,3.9\n2,30,259,3.9\n");
    expect(t.rows[0]).toMatchObject({ cage_days: "8", corrected: "1", igp_zwei: cell(score({ sex: 2, ageDays: 30, gaDays: 258, weightKg: 3.9 }).igp_zwei) });
    expect(t.rows[0]!.igp_zwei).not.toBe("");
    expect(t.rows[1]).toMatchObject({ cage_days: "30", corrected: "0", igp_zwei: "" });
  });

  it("the correction stops at a corrected age of exactly 24 months (730.5 days)", async () => {
    // born at 32+0 weeks (224 days): 56 days early
    const t = await scored("sex,age_days,ga_days,lenhei\n1,786.25,224,84\n1,786.5,224,84\n");
    expect(t.rows[0]).toMatchObject({ cage_days: "730.25", corrected: "1", zlen: cell(score({ sex: 1, ageDays: 730.25, lenheiCm: 84 }).zlen) });
    expect(t.rows[1]).toMatchObject({ cage_days: "786.5", corrected: "0", zlen: cell(score({ sex: 1, ageDays: 786.5, lenheiCm: 84 }).zlen) });
  });

  it("postmenstrual age 27+0 and 64+0 weeks are the first and last days of igp_* after birth", async () => {
    // born at 26+0 weeks (182 days): 27+0 weeks is day 7; born at 32+0 weeks: 64+0 weeks is day 224
    const t = await scored("sex,age_days,ga_days,headc\n1,6,182,25\n1,7,182,25\n1,224,224,41\n1,225,224,41\n");
    expect(t.rows.map((r) => r.igp_zhc !== "")).toEqual([false, true, true, false]);
    expect(t.rows[1]!.igp_zhc).toBe(cell(score({ sex: 1, ageDays: 7, gaDays: 182, headCm: 25 }).igp_zhc));
    expect(t.rows[2]!.igp_zhc).toBe(cell(score({ sex: 1, ageDays: 224, gaDays: 224, headCm: 41 }).igp_zhc));
    // after 64 weeks: WHO at corrected age (169 days)
    expect(t.rows[3]).toMatchObject({ cage_days: "169", zhc: cell(score({ sex: 1, ageDays: 169, headCm: 41 }).zhc) });
  });

  it("a bad gestational age never fails the run: ga-invalid in notes, no correction", async () => {
    const t = await scored("sex,age_days,ga_weeks,weight\n1,100,abc,6\n1,100,15,6\n1,100,,6\n");
    expect(t.rows.map((r) => [r.notes, r.corrected, r.cage_days])).toEqual([["ga-invalid", "0", "100"], ["ga-invalid", "0", "100"], ["", "0", "100"]]);
  });

  it("--col maps a gestational age column of another name, and --precision full writes unrounded igp_*", async () => {
    const t = await scored("sex,age_days,minggu,weight\n2,42,30,1.9\n", ["--col", "ga_weeks=minggu", "--precision", "full"]);
    expect(Number(t.rows[0]!.igp_zwei)).toBe(score({ sex: 2, ageDays: 42, gaWeeks: 30, weightKg: 1.9 }, { precision: "full" }).igp_zwei);
  });
});

describe("prevalence and report with birth columns", () => {
  // Four children under 5: born at 32 weeks 1.4 kg, at 39 weeks 3.1 kg, a
  // gestational age not known with 2.2 kg, at 36 weeks without a birth weight.
  const FOUR = "sex,age_days,weight,lenhei,UK,BB Lahir,desa\n1,100,5,60,32,1.4,X\n2,300,7,65,39,3.1,Y\n1,500,9,75,,2.2,X\n2,700,10,80,36,,Y\n";

  it("prevalence adds % preterm, % LBW and % SGA: counted by hand, with WHO anthro's simple-sample CI", async () => {
    const r = await run(["prevalence", "-q", "--by", "desa"], FOUR);
    expect(r.code).toBe(0);
    const rows = table(r.stdout).rows.filter((x) => x.statistic === "prevalence");
    const at = (group: string, indicator: string) => rows.find((x) => x.group === group && x.indicator === indicator)!;
    // preterm: 2 of the 3 with a gestational age; LBW: 2 of the 3 with a birth weight; SGA: 0 of 2 (both AGA)
    expect([at("All", "preterm").r, at("All", "preterm").unwpop]).toEqual([String((2 / 3) * 100), "3"]);
    expect(Number(at("All", "preterm").se)).toBeCloseTo(100 * Math.sqrt((2 / 3) * (1 / 3) / 2), 12);
    expect([at("All", "LBW").r, at("All", "LBW").unwpop]).toEqual([String((2 / 3) * 100), "3"]);
    expect([at("All", "SGA").r, at("All", "SGA").unwpop]).toEqual(["0", "2"]);
    expect([at("X", "LBW").r, at("X", "LBW").unwpop, at("Y", "preterm").r]).toEqual(["100", "2", "50"]);
    expect([at("Male", "LBW").unwpop, at("Female", "preterm").unwpop]).toEqual(["2", "2"]);
    const json = JSON.parse((await run(["prevalence", "-q", "--format", "json"], FOUR)).stdout) as { newborn: { breakdown: string; estimates: { SGA: { n: number; k: number } } }[] };
    expect(json.newborn[0]).toMatchObject({ breakdown: "all", estimates: { SGA: { n: 2, k: 0 } } });
  });

  it("prevalence scores at corrected age: a child before its term date has no weight-for-age", async () => {
    const base = "sex,age_days,weight,lenhei\n1,100,5,60\n1,30,3,50\n";
    const count = async (csv: string) => table((await run(["prevalence", "-q"], csv)).stdout).rows.find((x) => x.group === "All" && x.indicator === "WA" && x.statistic === "below2")!.unwpop;
    expect(await count(base)).toBe("2");
    expect(await count(base.replace("lenhei\n", "lenhei,ga_weeks\n").replace("60\n", "60,\n").replace("50\n", "50,30\n"))).toBe("1");
  });

  it("without birth columns prevalence writes no newborn rows; with a survey design it warns and leaves them out", async () => {
    const plain = await run(["prevalence", "-q"], "sex,age_days,weight\n1,100,5\n");
    expect(plain.stdout).not.toContain(",preterm,");
    const design = await run(["prevalence", "-q", "--weights", "w"], "sex,age_days,weight,UK,w\n1,100,5,32,1\n2,200,6,39,2\n");
    expect(design.code).toBe(0);
    expect(design.stdout).not.toContain(",preterm,");
    expect(design.stderr).toContain("not computed with a survey design");
  });

  it("report adds a fourth section with the newborn indicators of the children analysed", async () => {
    const csv = "id,sex,dob,visit_date,weight,lenhei,UK,BB Lahir\na,1,2024-01-01,2024-03-01,4.5,55,32,1.4\nb,2,2023-06-01,2024-03-02,7,65,39,3.1\nc,1,2023-01-01,2024-03-03,9,75,,2.2\n";
    const json = JSON.parse((await run(["report", "-q", "--id", "id", "--format", "json"], csv)).stdout) as { areas: { newborn: Record<string, { n: number; k: number }> }[] };
    expect(json.areas[0]!.newborn).toMatchObject({ preterm: { n: 2, k: 1 }, LBW: { n: 3, k: 2 }, SGA: { n: 2, k: 0 } });
    const text = (await run(["report", "-q", "--id", "id", "--lang", "id"], csv)).stdout;
    expect(text).toContain("4. Lahir prematur, BBLR, kecil masa kehamilan");
    const none = (await run(["report", "-q", "--id", "id", "--format", "json"], "id,sex,dob,visit_date,weight\na,1,2024-01-01,2024-03-01,4.5\n")).stdout;
    expect(none).not.toContain("newborn");
  });
});
