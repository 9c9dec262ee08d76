/**
 * `tumbuh quality`: the data quality report of a CSV file. Expected values
 * are counted by hand from the rows written here, or computed in the test
 * from WHO's own z-scores (WHO's demo survey).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../support/by-hand.js";
import { readCsv } from "../../support/csv.js";
import { run } from "./run-cli.js";

// The example of docs/data-quality.md, as a CSV file.
const SIX = [
  "id,sex,dob,visit_date,weight,lenhei,measure,posyandu",
  "a,1,2023-01-10,2025-01-10,11.5,85.2,h,Mawar",
  "b,2,2023-06-01,2025-01-10,10.0,80.0,l,Mawar",
  "c,2,2024-02-29,2025-01-11,8.8,72.5,l,Mawar",
  "d,1,2021-12-31,2025-01-11,12.5,95.0,h,Melati",
  "e,2,2022-07-15,2025-01-12,11.0,88.0,h,Melati",
  "f,1,2024-10-01,2025-01-12,7.9,68.3,l,Melati",
].join("\n");

interface Report {
  records: number;
  completeness: Record<string, { n: number; missing: number; invalid: number } | null>;
  sexRatio: { boys: number; girls: number; ratio: number | null };
  age: { byYear: number[]; byBirthMonth: number[] | null; n: number; outOfRange: number };
  digitPreference: { weight: { counts: number[]; n: number } | null; lenhei: { counts: number[] } | null };
  zScores: Record<string, { n: number; flagged: number; nUsed: number; mean: number | null; sd: number | null }>;
  groups: { group: Record<string, string | null>; records: number; sexRatio: { boys: number; girls: number } }[];
}

async function report(argv: string[], csv: string): Promise<Report> {
  const r = await run(["quality", "--format", "json", "--quiet", ...argv], csv);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

describe("tumbuh quality: counts by hand", () => {
  it("records, sex ratio, age by completed year (from the dates), birth months, terminal digits, groups", async () => {
    const r = await report(["--by", "posyandu"], SIX);
    expect(r.records).toBe(6);
    expect([r.sexRatio.boys, r.sexRatio.girls, r.sexRatio.ratio]).toEqual([3, 3, 1]);
    // ages in days: 731, 589, 317, 1107, 912, 103 → completed months 24, 19, 10, 36, 29, 3
    expect(r.age.byYear).toEqual([2, 1, 2, 1, 0]);
    // born in January, June, February, December, July, October
    expect(r.age.byBirthMonth).toEqual([1, 1, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1]);
    // first decimals of 11.5, 10.0, 8.8, 12.5, 11.0, 7.9 and of 85.2, 80.0, 72.5, 95.0, 88.0, 68.3
    expect(r.digitPreference.weight!.counts).toEqual([2, 0, 0, 0, 0, 2, 0, 0, 1, 1]);
    expect(r.digitPreference.lenhei!.counts).toEqual([3, 0, 1, 1, 0, 1, 0, 0, 0, 0]);
    expect(r.groups.map((g) => [g.group.posyandu, g.records, g.sexRatio.boys, g.sexRatio.girls])).toEqual([
      ["Mawar", 3, 1, 2],
      ["Melati", 3, 2, 1],
    ]);
  });

  it("missing and invalid values: empty cells are missing, bad dates and numbers invalid", async () => {
    const csv = [
      "sex,dob,visit_date,weight,lenhei",
      "1,2023-01-10,2025-01-10,11.5,85",
      ",2023-02-30,2025-01-10,,",
      "x,,2025-01-10,12kg,-3",
      "2,2024-01-01,2023-12-31,9,70", // visit before birth: an invalid age
    ].join("\n");
    const run1 = await run(["quality", "--format", "json"], csv);
    expect(run1.code).toBe(0);
    // a third of the sex codes and of the weights could not be used: worth a warning each
    expect(run1.stderr).toMatch(/^tumbuh: warning: column "sex": 1 of 3 values \(33 %\) could not be used, e\.g\. "x"; the codes tumbuh reads are /m);
    expect(run1.stderr).toMatch(/^tumbuh: warning: column "weight": 1 of 3 values \(33 %\) could not be used, e\.g\. "12kg"; is this the right column\? map another with --col weight=HEADER$/m);
    expect(run1.stderr).toMatch(/^tumbuh: warning: column "dob": 1 of 3 values \(33 %\) could not be used, e\.g\. "2023-02-30" \(date-impossible\)/m);
    expect(run1.stderr).toMatch(/^tumbuh: note: 4 rows read; rows with NA values, by reason: sex-missing 1, sex-invalid 1, age-missing 1, date-impossible 1, visit-before-birth 1, /m);
    const r = JSON.parse(run1.stdout) as Report;
    const c = r.completeness;
    expect([c.sex!.missing, c.sex!.invalid]).toEqual([1, 1]);
    expect([c.dateOfBirth!.missing, c.dateOfBirth!.invalid]).toEqual([1, 1]);
    expect([c.visitDate!.missing, c.visitDate!.invalid]).toEqual([0, 0]);
    expect([c.age!.missing, c.age!.invalid]).toEqual([1, 2]);
    expect([c.weight!.missing, c.weight!.invalid]).toEqual([1, 1]);
    expect([c.lenhei!.missing, c.lenhei!.invalid]).toEqual([1, 1]);
  });

  it("without dates, the age comes from age_days/age_months and there is no birth-month distribution", async () => {
    const r = await report([], "sex,age_days,age_months,weight\n1,400,,10\n2,,30,12\n1,,70,20\n");
    expect(r.completeness.dateOfBirth).toBeNull();
    expect(r.age.byBirthMonth).toBeNull();
    // 400 days = 13.1 months (year 1); 30 months (year 2); 70 months is out of range
    expect(r.age.byYear).toEqual([0, 1, 1, 0, 0]);
    expect(r.age.outOfRange).toBe(1);
  });

  it("the same report whatever the batch size (rows are kept across batches)", async () => {
    const big = [SIX.split("\n")[0]!, ...Array.from({ length: 50 }, () => SIX.split("\n").slice(1)).flat()].join("\n");
    const one = await run(["quality", "--format", "json", "--by", "posyandu"], big);
    const small = await run(["quality", "--format", "json", "--by", "posyandu"], big, { tuning: { batchSize: 7 } });
    expect(small.stdout).toBe(one.stdout);
    const r = JSON.parse(one.stdout) as Report;
    expect(r.records).toBe(300);
    expect(r.digitPreference.weight!.counts).toEqual([100, 0, 0, 0, 0, 100, 0, 0, 50, 50]);
  });
});

describe("tumbuh quality on WHO's demo survey: the z-score statistics from WHO's z-scores", () => {
  const f = readCsv(join(ROOT, "test/fixtures/who-igrowup/MySurvey_z_st.csv"));
  const INPUTS = ["GENDER", "agemons", "WEIGHT", "HEIGHT", "measure", "oedema"];
  const ages = f.num("agemons");
  const under5 = ages.map((a, i) => [a, i] as const).filter(([a]) => a < 60).map(([, i]) => i);
  const lines = [INPUTS.join(","), ...under5.map((i) => INPUTS.map((c) => f.col(c)[i]).join(","))];
  const argv = ["--col", "sex=GENDER", "--col", "age_months=agemons", "--col", "weight=WEIGHT", "--col", "lenhei=HEIGHT"];

  it("n, flagged, mean and SD (n − 1) of the unflagged WHO z-scores", async () => {
    const r = await report(argv, `${lines.join("\r\n")}\r\n`);
    for (const [z, flag] of [["zlen", "flen"], ["zwei", "fwei"], ["zwfl", "fwfl"], ["zbmi", "fbmi"]] as const) {
      const values = under5.map((i) => f.col(z)[i]!).filter((v) => v !== "");
      const flags = under5.filter((i) => f.col(z)[i] !== "").map((i) => f.col(flag)[i]);
      const used = under5.filter((i) => f.col(z)[i] !== "" && f.col(flag)[i] === "0").map((i) => Number(f.col(z)[i]));
      const mean = used.reduce((a, b) => a + b, 0) / used.length;
      const sd = Math.sqrt(used.reduce((a, b) => a + (b - mean) ** 2, 0) / (used.length - 1));
      const d = r.zScores[z]!;
      expect(d.n, z).toBe(values.length);
      expect(d.flagged, z).toBe(flags.filter((x) => x === "1").length);
      expect(d.nUsed, z).toBe(used.length);
      expect(d.mean!, z).toBeCloseTo(mean, 10);
      expect(d.sd!, z).toBeCloseTo(sd, 10);
    }
  });

  it("--cluster: the SMART plausibility check with the Poisson test over the clusters (here the survey's regions)", async () => {
    const withRegion = [[...INPUTS, "region"].join(","), ...under5.map((i) => [...INPUTS, "region"].map((c) => f.col(c)[i]).join(","))];
    const r = (await report([...argv, "--cluster", "region"], `${withRegion.join("\n")}\n`)) as unknown as {
      plausibility: { whz: { n: number; flagged: number }; poissonWhz: { clusters: number; indexOfDispersion: number } | null; score: number; grade: string };
    };
    // WHZ < −2 after SMART's flags, by region: East 1, North 0, South 1, West 0 → mean ½, variance ⅓, ID ⅔
    expect(r.plausibility.poissonWhz!.clusters).toBe(4);
    expect(r.plausibility.poissonWhz!.indexOfDispersion).toBeCloseTo(2 / 3, 12);
    // every criterion excellent but the age ratio (10 points; see test/unit/aggregate/smart-plausibility.test.ts)
    expect([r.plausibility.score, r.plausibility.grade]).toEqual([10, "good"]);
    const without = (await report(argv, `${lines.join("\n")}\n`)) as unknown as { plausibility: { poissonWhz: null } };
    expect(without.plausibility.poissonWhz).toBeNull();
  });
});

describe("tumbuh quality: text output and options", () => {
  it("prints the text report in English by default, in Bahasa Indonesia with --lang id", async () => {
    const en = await run(["quality"], SIX);
    expect(en.code).toBe(0);
    expect(en.stdout.split("\n")[0]).toBe("Data quality report (WHO–UNICEF 2019 checks)");
    expect(en.stdout).toMatch(/Records: 6\n/);
    const id = await run(["quality", "--lang", "id", "--by", "posyandu"], SIX);
    expect(id.stdout.split("\n")[0]).toBe("Laporan mutu data (pemeriksaan WHO–UNICEF 2019)");
    expect(id.stdout).toContain("Mawar");
    expect(id.stdout.endsWith("\n")).toBe(true);
  });

  it("a --by column that is not in the file is a data error; bad values are usage errors", async () => {
    const missing = await run(["quality", "--by", "kelurahan"], SIX);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/--by kelurahan: the header has no column "kelurahan"/);
    for (const [argv, message] of [
      [["quality", "--format", "csv"], /--format must be "text" or "json"/],
      [["quality", "--lang", "fr"], /--lang must be "en" or "id"/],
      [["quality", "--by", "a,,b"], /--by: an empty column name/],
      [["quality", "--precision", "full"], /unknown option --precision/],
    ] as const) {
      const r = await run([...argv], SIX);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain("Run `tumbuh quality --help` for usage.");
    }
  });
});
