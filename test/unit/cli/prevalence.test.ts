/**
 * `tumbuh prevalence`: survey prevalence with confidence intervals. The
 * children's lengths are placed exactly on chosen z-scores with the LMS
 * formulas of test/support/by-hand.ts, and the estimates are derived by
 * hand below (WHO anthro's formulas, docs/prevalence.md).
 */
import { describe, expect, it } from "vitest";
import { atZ, row as lms } from "../../support/by-hand.js";
import { run, table } from "./run-cli.js";

const DAYS = 683; // a girl of 22.4 months: age group 12-23 mo
const LEN = lms("lenanthro.txt", 2, DAYS);
const length = (z: number) => atZ(z, LEN);
const expit = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));
/** Student's t quantile at 0.975 with 2 degrees of freedom, in closed form: (2p − 1) / √(2p(1 − p)). */
const T2 = (2 * 0.975 - 1) / Math.sqrt(2 * 0.975 * 0.025);
/** With 1 degree of freedom t is Cauchy: tan(π(p − ½)). */
const T1 = Math.tan(Math.PI * (0.975 - 0.5));

function csv(lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

type Row = Record<string, string>;
function pick(rows: Row[], group: string, indicator: string, statistic: string): Row {
  const r = rows.find((x) => x.group === group && x.indicator === indicator && x.statistic === statistic);
  if (r === undefined) throw new Error(`no row ${group} ${indicator} ${statistic}`);
  return r;
}

describe("tumbuh prevalence: the long table, by hand", () => {
  // Three girls with length-for-age z −2.5, −1 and 0.3: one of three stunted.
  const THREE = csv(["sex,age_days,lenhei,measure", ...[-2.5, -1, 0.3].map((z) => `2,${DAYS},${length(z)},l`)]);

  it("no design: p = 1/3, se = √(p(1 − p)/(n − 1)), logit CI with t on n − 1 = 2 df; the mean ± t·sd/√n", async () => {
    const r = await run(["prevalence"], THREE);
    expect(r.code).toBe(0);
    const { header, rows } = table(r.stdout);
    expect(header).toEqual(["breakdown", "group", "indicator", "statistic", "r", "se", "ll", "ul", "stdev", "deff", "n", "pop", "unwpop"]);
    const p = 1 / 3;
    const se = Math.sqrt((p * (1 - p)) / 2);
    const half = (T2 * se) / (p * (1 - p));
    const s = pick(rows, "All", "HA", "below2");
    expect(Number(s.r)).toBeCloseTo(100 * p, 10);
    expect(Number(s.se)).toBeCloseTo(100 * se, 10);
    expect(Number(s.ll)).toBeCloseTo(100 * expit(logit(p) - half), 8);
    expect(Number(s.ul)).toBeCloseTo(100 * expit(logit(p) + half), 8);
    expect([s.pop, s.unwpop, s.stdev, s.deff, s.n]).toEqual(["3", "3", "", "1", "3"]);
    expect(Number(pick(rows, "All", "HA", "below3").r)).toBe(0);
    expect(Number(pick(rows, "All", "HA", "below1").r)).toBeCloseTo(100 / 3, 10); // z < −1: only −2.5 (−1 is not below −1)
    const mean = (-2.5 - 1 + 0.3) / 3;
    const sd = Math.sqrt(((-2.5 - mean) ** 2 + (-1 - mean) ** 2 + (0.3 - mean) ** 2) / 2);
    const m = pick(rows, "All", "HA", "mean");
    expect(Number(m.r)).toBeCloseTo(mean, 10);
    expect(Number(m.stdev)).toBeCloseTo(sd, 10);
    expect(Number(m.se)).toBeCloseTo(sd / Math.sqrt(3), 10);
    expect(Number(m.ll)).toBeCloseTo(mean - (T2 * sd) / Math.sqrt(3), 8);
    // the standard breakdowns, with WHO's labels
    expect(pick(rows, "12-23 mo", "HA", "below2").unwpop).toBe("3");
    expect(pick(rows, "Female", "HA", "below2").unwpop).toBe("3");
    expect(pick(rows, "12-23 mo.Female", "HA", "below2").unwpop).toBe("3");
    expect(Number(pick(rows, "Male", "HA", "below2").unwpop)).toBe(0);
    // no weight column: the weight-based indicators have no children
    expect(pick(rows, "All", "WH", "below2").r).toBe("");
  });

  it("two clusters: the linearised variance n/(n − 1) Σ (Z − Z̄)², with PSUs − strata = 1 df", async () => {
    // cluster 1: two stunted girls; cluster 2: two who are not. p = 1/2, W = 4.
    // z_i = (y_i − p)/W: cluster totals +1/4 and −1/4; var = 2/1 · (1/16 + 1/16) = 1/4; se = 1/2.
    const lines = ["sex,age_days,lenhei,measure,psu", ...[-2.5, -2.2, 0, 1].map((z, k) => `2,${DAYS},${length(z)},l,${k < 2 ? "c1" : "c2"}`)];
    const r = await run(["prevalence", "--cluster", "psu"], csv(lines));
    const s = pick(table(r.stdout).rows, "All", "HA", "below2");
    const half = (T1 * 0.5) / 0.25;
    expect([Number(s.r), Number(s.se)]).toEqual([50, 50]);
    expect(Number(s.ll)).toBeCloseTo(100 * expit(-half), 10);
    expect(Number(s.ul)).toBeCloseTo(100 * expit(half), 10);
  });

  it("weights: the weighted share Σwy / Σw", async () => {
    const lines = ["sex,age_days,lenhei,measure,w", `2,${DAYS},${length(-2.5)},l,3`, `2,${DAYS},${length(0)},l,1`];
    const r = await run(["prevalence", "--weights", "w"], csv(lines));
    const s = pick(table(r.stdout).rows, "All", "HA", "below2");
    expect([s.r, s.pop, s.unwpop]).toEqual(["75", "4", "2"]);
  });

  it("oedema counts as below −3 SD for weight-for-age, even without a weight", async () => {
    const r = await run(["prevalence"], csv(["sex,age_days,weight,oedema", "2,683,,y", `2,683,${lms("weianthro.txt", 2, DAYS).m},n`]));
    const rows = table(r.stdout).rows;
    expect(pick(rows, "All", "WA", "below3").r).toBe("50");
    expect(pick(rows, "All", "WA", "mean").unwpop).toBe("2");
    expect(Number(pick(rows, "All", "WA", "mean").r)).toBe(0); // the mean leaves the oedema child out
  });

  it("--by adds a breakdown per column; --region too; missing values are in no group of it", async () => {
    const lines = ["sex,age_days,lenhei,measure,posyandu,kab", `2,${DAYS},${length(-2.5)},l,Mawar,A`, `2,${DAYS},${length(0)},l,Melati,A`, `2,${DAYS},${length(0)},l,,B`];
    const rows = table((await run(["prevalence", "--by", "posyandu", "--region", "kab"], csv(lines))).stdout).rows;
    const groups = [...new Set(rows.filter((x) => x.breakdown === "posyandu" || x.breakdown === "kab").map((x) => `${x.breakdown}:${x.group}`))];
    expect(groups).toEqual(["kab:A", "kab:B", "posyandu:Mawar", "posyandu:Melati"]);
    expect(pick(rows, "Mawar", "HA", "below2").r).toBe("100");
    expect(pick(rows, "A", "HA", "below2").r).toBe("50");
  });

  it("--significance: WHO/UNICEF 2018 classes of stunting (HA < −2), wasting and overweight (WH < −2, > +2)", async () => {
    const rows = table((await run(["prevalence", "--significance"], THREE)).stdout).rows;
    // stunting 33.3 % ≥ 30 %: very high; no wasting data: empty
    expect(pick(rows, "All", "HA", "below2").significance).toBe("very high");
    expect(pick(rows, "All", "HA", "below3").significance).toBe("");
    expect(pick(rows, "All", "WH", "below2").significance).toBe("");
    expect(pick(rows, "12-23 mo", "HA", "below2").significance).toBe("very high");
  });

  it("--format json: the library's result, NaN as null, significance per group", async () => {
    const r = await run(["prevalence", "--format", "json", "--significance"], THREE);
    const j = JSON.parse(r.stdout) as { method: string; df: number; groups: { label: string; indicators: { HA: { below2: { r: number } }; WH: { below2: { r: number | null } } }; significance: Record<string, string | null> }[] };
    expect([j.method, j.df]).toEqual(["simple", 2]);
    expect(j.groups[0]!.label).toBe("All");
    expect(j.groups[0]!.indicators.HA.below2.r).toBeCloseTo(100 / 3, 10);
    expect(j.groups[0]!.indicators.WH.below2.r).toBeNull();
    expect(j.groups[0]!.significance).toEqual({ stunting: "very high", wasting: null, overweight: null });
  });
});

describe("tumbuh prevalence: small-area intervals, suppression, SMART flags", () => {
  // twelve girls: one stunted (HAZ −2.5), the others HAZ 0
  const TWELVE = csv(["sex,age_days,lenhei,measure", ...Array.from({ length: 12 }, (_, i) => `2,${DAYS},${length(i === 0 ? -2.5 : 0)},l`)]);
  it("--ci wilson: the Wilson interval of 1 in 12 (R: prop.test(1, 12, correct = FALSE)); --ci clopper-pearson: binom.test(1, 12)", async () => {
    const w = pick(table((await run(["prevalence", "--ci", "wilson"], TWELVE)).stdout).rows, "All", "HA", "below2");
    const z = 1.959963984540054;
    const p = 1 / 12;
    const centre = (p + (z * z) / 24) / (1 + (z * z) / 12);
    const half = (z * Math.sqrt((p * (1 - p)) / 12 + (z * z) / 576)) / (1 + (z * z) / 12);
    expect(Number(w.ll)).toBeCloseTo(100 * (centre - half), 10);
    expect(Number(w.ul)).toBeCloseTo(100 * (centre + half), 10);
    const cp = pick(table((await run(["prevalence", "--ci", "clopper-pearson"], TWELVE)).stdout).rows, "All", "HA", "below2");
    // binom.test(1, 12)$conf.int: the lower limit 1 − 0.975^(1/12) in closed form, the upper from R: 0.384796165151
    expect(Number(cp.ll)).toBeCloseTo(100 * (1 - 0.975 ** (1 / 12)), 10);
    expect(Number(cp.ul)).toBeCloseTo(38.4796165151, 8);
  });
  it("--min-n: groups under N lose their numbers and are marked; n stays", async () => {
    const lines = ["sex,age_days,lenhei,measure", ...Array.from({ length: 12 }, (_, i) => `${i < 10 ? 2 : 1},${DAYS},${length(i === 0 ? -2.5 : 0)},l`)];
    const { header, rows } = table((await run(["prevalence", "--min-n", "5"], csv(lines))).stdout);
    expect(header.at(-1)).toBe("suppressed");
    const male = pick(rows, "Male", "HA", "below2");
    expect([male.r, male.ll, male.ul, male.deff, male.n, male.suppressed]).toEqual(["", "", "", "", "2", "n<5"]);
    const female = pick(rows, "Female", "HA", "below2");
    expect([female.r, female.n, female.suppressed]).toEqual(["10", "10", ""]);
  });
  it("--flags smart: the z-scores more than 3 from the survey mean are left out", async () => {
    // HAZ: nine at 0 and one at −3.5 (WHO keeps it: |z| ≤ 6); mean −0.35, window −3.35 … 2.65
    const lines = ["sex,age_days,lenhei,measure", ...Array.from({ length: 10 }, (_, i) => `2,${DAYS},${length(i === 0 ? -3.5 : 0)},l`)];
    const who = pick(table((await run(["prevalence"], csv(lines))).stdout).rows, "All", "HA", "below3");
    const smart = pick(table((await run(["prevalence", "--flags", "smart"], csv(lines))).stdout).rows, "All", "HA", "below3");
    expect([who.r, who.unwpop]).toEqual(["10", "10"]);
    expect([smart.r, smart.unwpop]).toEqual(["0", "9"]);
  });
});

describe("tumbuh prevalence --who-anthro: WHO anthro's table", () => {
  it("WHO's columns and group labels; --by is its \"Other grouping\", --region its \"Geographical region\"", async () => {
    const lines = ["sex,age_days,lenhei,measure,posyandu,kab", ...[-2.5, -1, 0.3].map((z, k) => `2,${DAYS},${length(z)},l,${k === 0 ? "Mawar" : "Melati"},Utara`)];
    const r = await run(["prevalence", "--who-anthro", "--by", "posyandu", "--region", "kab"], csv(lines));
    expect(r.code).toBe(0);
    const { header, rows } = table(r.stdout);
    expect(header.slice(0, 8)).toEqual(["Group", "HAZ_pop", "HAZ_unwpop", "HA_3_r", "HA_3_se", "HA_3_ll", "HA_3_ul", "HA_2_r"]);
    expect(header).toHaveLength(1 + 4 * 31 + 10); // per indicator: pop, unwpop, 6 × (r, se, ll, ul), r, se, ll, ul, stdev; combined: 10
    expect(header.at(-1)).toBe("HA_2_WH2_ul");
    expect(rows.map((x) => x.Group)).toEqual([
      "All",
      ...["00-05", "06-11", "12-23", "24-35", "36-47", "48-59"].map((a) => `Age group: ${a} mo`),
      "Sex: Female", "Sex: Male",
      ...["Female", "Male"].flatMap((s) => ["00-05", "06-11", "12-23", "24-35", "36-47", "48-59"].map((a) => `Age + sex: ${a} mo.${s}`)),
      "Geographical region: Utara",
      "Other grouping: Mawar", "Other grouping: Melati",
    ]);
    expect(Number(rows[0]!.HA_2_r)).toBeCloseTo(100 / 3, 10);
    expect(rows[0]!.HAZ_unwpop).toBe("3");
  });

  it("--ages 5-19: WHO anthroplus's 27 rows with Years and Months", async () => {
    const HFA = lms("hfawho2007.txt", 1, 70);
    const lines = ["sex,age_months,lenhei,measure", ...[-2.5, 0].map((z) => `1,70,${atZ(z, HFA)},h`)];
    const r = await run(["prevalence", "--ages", "5-19", "--who-anthro"], csv(lines));
    expect(r.code).toBe(0);
    const { header, rows } = table(r.stdout);
    expect(header.slice(0, 4)).toEqual(["Group", "Years", "Months", "HAZ_pop"]);
    expect(rows).toHaveLength(27);
    expect(rows[0]!.HA_2_r).toBe("50");
  });

  it("--ages 5-19 long table: height-for-age of the WHO 2007 reference", async () => {
    const HFA = lms("hfawho2007.txt", 1, 70);
    const lines = ["sex,age_months,lenhei,measure", ...[-2.5, 0, -3.5].map((z) => `1,70,${atZ(z, HFA)},h`), "1,30,90,h"];
    const rows = table((await run(["prevalence", "--ages", "5-19"], csv(lines))).stdout).rows;
    const s = pick(rows, "All", "HA", "below2");
    expect(Number(s.r)).toBeCloseTo((100 * 2) / 3, 10);
    expect(s.unwpop).toBe("3"); // the child of 30 months is not in 5–19
  });
});

describe("tumbuh prevalence: every row, across batches", () => {
  it("the same table whatever the batch size; ages from dates; every child counted once", async () => {
    // 40 girls born 2023-01-01, seen 2024-11-14 (683 days), in 4 clusters; every fourth stunted
    const lines = ["sex,dob,visit_date,lenhei,measure,psu"];
    for (let k = 0; k < 40; k++) lines.push(`2,2023-01-01,2024-11-14,${length(k % 4 === 0 ? -2.5 : 0.5)},l,c${k % 4 === 0 ? 1 : 1 + (k % 3)}`);
    const one = await run(["prevalence", "--cluster", "psu"], csv(lines));
    const small = await run(["prevalence", "--cluster", "psu"], csv(lines), { tuning: { batchSize: 3 } });
    expect(small.stdout).toBe(one.stdout);
    const s = pick(table(one.stdout).rows, "All", "HA", "below2");
    expect([s.r, s.unwpop]).toEqual(["25", "40"]);
  });
});

describe("tumbuh prevalence: warnings and errors", () => {
  it("warns about rows without a cluster or with a negative weight", async () => {
    const lines = ["sex,age_days,lenhei,measure,psu,w", `2,${DAYS},80,l,c1,1`, `2,${DAYS},80,l,,1`, `2,${DAYS},80,l,c2,-1`, `2,${DAYS},80,l,c2,1`];
    const r = await run(["prevalence", "--cluster", "psu", "--weights", "w", "--quiet"], csv(lines));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("tumbuh: warning: left out of the analysis: 1 without a cluster or stratum, 1 with a weight that is negative, infinite or outside 1e-100 to 1e100\n");
  });

  it("usage errors", async () => {
    const cases: [string[], RegExp][] = [
      [["prevalence", "--ages", "0-19"], /--ages must be "0-5" or "5-19"/],
      [["prevalence", "--who-anthro", "--significance"], /--significance adds columns/],
      [["prevalence", "--who-anthro", "--by", "a,b"], /one "Other grouping"/],
      [["prevalence", "--who-anthro", "--ages", "5-19", "--by", "a"], /anthroplus's table has no grouping columns/],
      [["prevalence", "--ages", "5-19", "--significance"], /thresholds are for children under 5/],
      [["prevalence", "--region", "kab", "--by", "KAB"], /both --region and --by/],
      [["prevalence", "--who-anthro=yes"], /--who-anthro takes no value/],
      [["prevalence", "--by", "ageGroup"], /--by ageGroup: that name is kept for a standard breakdown/],
      [["prevalence", "--by", "kab+kec"], /--by kab\+kec: that name is kept/],
      [["prevalence", "--ci", "exact"], /--ci must be one of "logit", "wilson", "clopper-pearson", "korn-graubard"/],
      [["prevalence", "--min-n", "0"], /--min-n must be a whole number from 1/],
      [["prevalence", "--min-n", "2.5"], /--min-n must be a whole number/],
      [["prevalence", "--flags", "ena"], /--flags must be "who" or "smart"/],
      [["prevalence", "--who-anthro", "--ci", "wilson"], /--who-anthro writes WHO anthro's table exactly/],
      [["prevalence", "--who-anthro", "--min-n", "30"], /leave out --ci, --min-n and --flags/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv, "sex\n1\n");
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain("Run `tumbuh prevalence --help` for usage.");
    }
  });

  it("--by sex: the sex breakdown is always there, so the option is dropped with a warning", async () => {
    const lines = ["sex,age_days,lenhei,measure", `2,${DAYS},${length(-2.5)},l`, `1,${DAYS},80,l`];
    const r = await run(["prevalence", "--by", "sex", "--quiet"], csv(lines));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("tumbuh: warning: --by sex: results are always broken down by sex; the option was ignored\n");
    const rows = table(r.stdout).rows;
    expect(new Set(rows.filter((x) => x.breakdown === "sex").map((x) => x.group))).toEqual(new Set(["Male", "Female"]));
    expect(pick(rows, "Female", "HA", "below2").r).toBe("100");
  });

  it("a design column that is not in the file is a data error", async () => {
    const r = await run(["prevalence", "--strata", "stratum"], "sex,age_days\n1,100\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--strata stratum: the header has no column "stratum"/);
  });
});
