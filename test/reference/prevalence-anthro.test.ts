/**
 * Survey prevalence against WHO's own software: anthro 1.1.0
 * `anthro_prevalence` and anthroplus 1.0.0 `anthroplus_prevalence`, run in R
 * on the synthetic surveys of test/fixtures/who-anthro-prevalence (see the
 * README there for exactly how). Every number WHO's table reports — pop,
 * unwpop, r, se, ll, ul, stdev — must agree to 1e-6, group labels and column
 * names exactly; the one deliberate difference (anthro's [1, 1] interval for
 * a prevalence of exactly 1 %) is checked against a derivation by hand.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anthroPrevalenceTable, anthroplusPrevalenceTable, type AnthroTable } from "../../src/aggregate/prevalence/index.js";
import { scoreColumns } from "../../src/index.js";
import { ROOT } from "../support/by-hand.js";
import { readCsv, type Csv } from "../support/csv.js";

const DIR = join(ROOT, "test", "fixtures", "who-anthro-prevalence");
const TOL = 1e-6;

const num = (c: string[]) => Float64Array.from(c, (x) => (x === "NA" || x === "" ? Number.NaN : Number(x)));
const str = (c: string[]) => c.map((x) => (x === "NA" ? null : x));

function survey0to5(name: string, zname: string) {
  const d = readCsv(join(DIR, name));
  const z = readCsv(join(DIR, zname));
  const scores = Object.fromEntries(["zlen", "flen", "zwei", "fwei", "zbmi", "fbmi", "zwfl", "fwfl"].map((k) => [k, num(z.col(k))]));
  return {
    d,
    columns: { sex: str(d.col("sex")), ageDays: num(d.col("age_days")), oedema: d.col("oedema"), scores },
    sw: num(d.col("sw")),
    cluster: num(d.col("cluster")),
    strata: num(d.col("strata")),
    region: str(d.col("region")),
    wealthq: str(d.col("wealthq")),
  };
}

interface Cell {
  group: string;
  column: string;
  who: number;
  ours: number;
}

/** Compares a table cell by cell; returns the cells that differ by more than TOL. */
function compare(t: AnthroTable, ref: Csv): Cell[] {
  expect(t.columns).toEqual(ref.header);
  const groups = ref.col("Group");
  expect(t.rows.map((r) => r.Group)).toEqual(groups);
  const off: Cell[] = [];
  for (const column of ref.header) {
    if (column === "Group" || column === "Years" || column === "Months") {
      expect(t.rows.map((r) => r[column])).toEqual(ref.col(column));
      continue;
    }
    ref.num(column).forEach((who, i) => {
      const ours = t.rows[i]![column] as number;
      const same = Number.isNaN(who) ? Number.isNaN(ours) : Math.abs(who - ours) <= TOL;
      if (!same) off.push({ group: groups[i]!, column, who, ours });
    });
  }
  return off;
}

const s = survey0to5("survey-0to5.csv", "survey-0to5-zscores.csv");

describe("anthro 1.1.0 anthro_prevalence, survey of 4003 children (ages in days)", () => {
  const cases: [string, Parameters<typeof anthroPrevalenceTable>[1]][] = [
    ["anthro-none.csv", undefined],
    ["anthro-none-region.csv", { groups: { gregion: s.region, wealthq: s.wealthq } }],
    ["anthro-sw-region.csv", { design: { weights: s.sw }, groups: { gregion: s.region } }],
    ["anthro-cluster.csv", { design: { cluster: s.cluster } }],
    ["anthro-full.csv", { design: { cluster: s.cluster, strata: s.strata, weights: s.sw } }],
    ["anthro-full-region.csv", { design: { cluster: s.cluster, strata: s.strata, weights: s.sw }, groups: { gregion: s.region, wealthq: s.wealthq } }],
    ["anthro-strata-sw.csv", { design: { strata: s.strata, weights: s.sw } }],
  ];
  for (const [file, options] of cases) {
    it(`${file}: every cell within ${TOL}`, () => {
      const off = compare(anthroPrevalenceTable(s.columns, options), readCsv(join(DIR, file)));
      expect(off).toEqual([]);
    });
  }

  it("end to end: tumbuh's own scoreColumns on the raw measurements gives the same table", () => {
    const z = scoreColumns({
      sex: s.columns.sex,
      ageDays: s.columns.ageDays,
      weightKg: num(s.d.col("weight")),
      lenheiCm: num(s.d.col("lenhei")),
      measure: str(s.d.col("measure")),
      oedema: s.columns.oedema,
    });
    const t = anthroPrevalenceTable(
      { sex: s.columns.sex, ageDays: s.columns.ageDays, oedema: s.columns.oedema, scores: z },
      { design: { cluster: s.cluster, strata: s.strata, weights: s.sw }, groups: { gregion: s.region, wealthq: s.wealthq } },
    );
    expect(compare(t, readCsv(join(DIR, "anthro-full-region.csv")))).toEqual([]);
  });

  it("the 100 % prevalences of the 3-child region are [100, 100] (anthro's svyglm gives 99.99999995…)", () => {
    const t = anthroPrevalenceTable(s.columns, { design: { cluster: s.cluster, strata: s.strata, weights: s.sw }, groups: { gregion: s.region } });
    const row = t.rows.find((r) => r.Group === "Geographical region: Tanjung Laut")!;
    expect([row.HA_2_r, row.HA_2_ll, row.HA_2_ul]).toEqual([100, 100, 100]);
    const who = readCsv(join(DIR, "anthro-full-region.csv"));
    const i = who.col("Group").indexOf("Geographical region: Tanjung Laut");
    expect(who.num("HA_2_ll")[i]).toBeLessThan(100);
  });
});

describe("the 1 % confidence interval: where tumbuh deliberately differs from anthro", () => {
  const t = survey0to5("tiny-0to5.csv", "tiny-0to5-zscores.csv");
  const design = { cluster: t.cluster, strata: t.strata };
  const ours = anthroPrevalenceTable(t.columns, { design, groups: { gregion: t.region } });
  const who = readCsv(join(DIR, "anthro-tiny-survey.csv"));

  it("every cell agrees except the CI limits of anthro's exactly-1 % prevalences, which anthro writes as [1, 1]", () => {
    const off = compare(ours, who);
    expect(off.length).toBeGreaterThan(0);
    for (const c of off) {
      expect(c.column).toMatch(/_(ll|ul)$/);
      expect(c.who).toBe(1);
      const r = who.num(c.column.replace(/_(ll|ul)$/, "_r"))[who.col("Group").indexOf(c.group)];
      expect(r).toBe(1);
    }
    // and every exactly-1 % prevalence is such a cell (both limits)
    const ones = who.header.filter((h) => h.endsWith("_r")).flatMap((h) => who.num(h).flatMap((r, i) => (r === 1 ? [`${who.col("Group")[i]} ${h}`] : [])));
    expect(off.length).toBe(2 * ones.length);
  });

  it("girls' weight-for-height < −3 SD: 1 of 100, CI derived by hand", () => {
    // 200 children, 10 clusters in 2 strata (odd clusters in stratum 1, even in 2), no weights.
    // The 100 girls are the odd rows: all in stratum 2, 20 per cluster 2, 4, 6, 8, 10; one of
    // them (row 18, cluster 8) is severely wasted. So for the girls' domain, r = 1/100 and the
    // linearised values are z_i = (y_i − r)/100: cluster 8 totals (1 − 20 r)/100 = 0.008, the
    // other four −0.002 each (their mean is 0). Stratum 1 holds no girl and adds nothing, so
    //   var(r) = 5/4 · (0.008² + 4 · 0.002²) = 1e-4,  se = 1 %  (anthro agrees: 1.0000000000000013).
    // Degrees of freedom: 10 PSUs − 2 strata = 8, t = qt(0.975, 8) = 2.3060041352041658 (R).
    // Logit interval: logit(r) ± t · se / (r (1 − r)).
    const r = 0.01;
    const se = Math.sqrt((5 / 4) * (0.008 ** 2 + 4 * 0.002 ** 2));
    const t8 = 2.3060041352041658;
    const logit = Math.log(r / (1 - r));
    const expit = (x: number) => 1 / (1 + Math.exp(-x));
    const ll = 100 * expit(logit - (t8 * se) / (r * (1 - r)));
    const ul = 100 * expit(logit + (t8 * se) / (r * (1 - r)));
    const row = ours.rows.find((x) => x.Group === "Sex: Female")!;
    expect(row.WH_3_r).toBeCloseTo(1, 12);
    expect(row.WH_3_se).toBeCloseTo(100 * se, 12);
    expect(row.WH_3_ll).toBeCloseTo(ll, 10);
    expect(row.WH_3_ul).toBeCloseTo(ul, 10);
    expect(ll).toBeCloseTo(0.0982510, 6);
    expect(ul).toBeCloseTo(9.399334, 5);
    // what anthro 1.1.0 reports for the same cell
    const i = who.col("Group").indexOf("Sex: Female");
    expect([who.num("WH_3_r")[i], who.num("WH_3_ll")[i], who.num("WH_3_ul")[i]]).toEqual([1, 1, 1]);
  });

  it("without a design anthro's fast path gets the 1 % interval right, and tumbuh matches it", () => {
    const off = compare(anthroPrevalenceTable(t.columns, { groups: { gregion: t.region } }), readCsv(join(DIR, "anthro-tiny-none.csv")));
    expect(off).toEqual([]);
  });
});

describe("anthroplus 1.0.0 anthroplus_prevalence, survey of 3000 children 5–19 years", () => {
  const d = readCsv(join(DIR, "survey-5to19.csv"));
  const z = readCsv(join(DIR, "survey-5to19-zscores.csv"));
  const columns = {
    sex: str(d.col("sex")),
    ageMonths: num(d.col("age_months")),
    oedema: d.col("oedema"),
    scores: Object.fromEntries(["zhfa", "fhfa", "zwfa", "fwfa", "zbfa", "fbfa"].map((k) => [k, num(z.col(k))])),
  };
  it("no design: every cell within 1e-6", () => {
    expect(compare(anthroplusPrevalenceTable(columns), readCsv(join(DIR, "anthroplus-none.csv")))).toEqual([]);
  });
  it("clusters, strata (one with a single cluster) and weights: every cell within 1e-6", () => {
    const t = anthroplusPrevalenceTable(columns, {
      design: { cluster: num(d.col("cluster")), strata: num(d.col("strata")), weights: num(d.col("sw")) },
    });
    expect(compare(t, readCsv(join(DIR, "anthroplus-full.csv")))).toEqual([]);
  });
});
