import { describe, expect, it } from "vitest";
import {
  anthroPrevalenceTable,
  anthroplusPrevalenceTable,
  prevalence,
  prevalence5to19,
  prevalenceSignificance,
  type PrevalenceResult,
} from "../../../src/aggregate/prevalence/index.js";
import { tQuantile } from "../../../src/stats/student-t.js";
import { naiveDf, naiveMean, type NaiveDesign } from "./prevalence-naive.js";
import { prng } from "../../../bench/lib/synthetic.js";

const group = (r: PrevalenceResult, breakdown: string, label: string) => {
  const g = r.groups.find((x) => x.breakdown === breakdown && x.label === label);
  if (!g) throw new Error(`no group ${breakdown}/${label}`);
  return g;
};
const expit = (x: number) => 1 / (1 + Math.exp(-x));

describe("Student t quantiles (the CIs' t)", () => {
  // R 4.2.2: format(qt(0.975, df), digits = 17)
  const R: [number, number][] = [
    [1, 12.706204736174694], [2, 4.3026527297494619], [3, 3.1824463052837078], [4, 2.7764451051977934],
    [5, 2.5705818356363137], [7, 2.3646242515927844], [8, 2.3060041352041658], [10, 2.2281388519862739],
    [19, 2.0930240544083092], [23, 2.0686576104190482], [30, 2.0422724563012378], [99, 1.9842169515864172],
    [100, 1.9839715185235516], [198, 1.9720174778363129], [1000, 1.9623390808264076], [3921, 1.9605691850598421],
    [1e5, 1.9599877075346088], [1e6, 1.9599663568141066],
  ];
  it.each(R)("qt(0.975, %d)", (df, q) => {
    expect(Math.abs(tQuantile(0.975, df) - q) / q).toBeLessThan(1e-12);
  });
  it("other probabilities and degenerate df", () => {
    expect(tQuantile(0.9, 3.5)).toBeCloseTo(1.5765766051364047, 13);
    expect(tQuantile(0.995, 12)).toBeCloseTo(3.0545395893929013, 13);
    expect(tQuantile(0.975, 0)).toBeNaN();
    expect(tQuantile(0.975, -1)).toBeNaN();
  });
});

describe("a simple random sample, by hand", () => {
  // 4 children, 2 stunted; WHO anthro's simple method: se = sqrt(N/(N−1))/n · sqrt(Σ(y − r)²),
  // logit CI with t on N − 1 = 3 df
  const r = prevalence({ sex: [1, 2, 1, 2], ageDays: [400, 500, 600, 700], scores: { zlen: [-2.5, -1, 0.3, -3.2], flen: [0, 0, 0, 0] } });
  const ha = r.groups[0]!.indicators.HA!;
  it("prevalence, SE and logit CI", () => {
    const se = (Math.sqrt(4 / 3) / 4) * Math.sqrt(4 * 0.25);
    const t3 = 3.1824463052837078;
    expect(ha.below2.r).toBe(50);
    expect(ha.below2.se).toBeCloseTo(100 * se, 12);
    expect(ha.below2.ll).toBeCloseTo(100 * expit(-t3 * se / 0.25), 10);
    expect(ha.below2.ul).toBeCloseTo(100 * expit(t3 * se / 0.25), 10);
  });
  it("mean, SE, CI and SD", () => {
    const z = [-2.5, -1, 0.3, -3.2];
    const m = z.reduce((a, b) => a + b) / 4;
    const ss = z.reduce((a, b) => a + (b - m) ** 2, 0);
    expect(ha.mean.r).toBeCloseTo(m, 14);
    expect(ha.mean.stdev).toBeCloseTo(Math.sqrt(ss / 3), 14);
    expect(ha.mean.se).toBeCloseTo((Math.sqrt(4 / 3) / 4) * Math.sqrt(ss), 14);
    expect(ha.mean.ul - ha.mean.r).toBeCloseTo(3.1824463052837078 * ha.mean.se, 12);
  });
  it("0 % and 100 % have zero-width intervals", () => {
    // no design: the design effect is 1 by definition; n is the number of children counted
    expect(ha.above2).toEqual({ r: 0, se: 0, ll: 0, ul: 0, deff: 1, n: 4, suppressed: false });
    const all = prevalence({ sex: [1, 2], ageDays: [400, 500], scores: { zlen: [-2.5, -3] } });
    expect(all.groups[0]!.indicators.HA!.below2).toEqual({ r: 100, se: 0, ll: 100, ul: 100, deff: 1, n: 2, suppressed: false });
  });
});

describe("the survey estimator agrees with a naive restatement of survey::svymean", () => {
  // 6 strata; stratum 5 has a single cluster (lonely PSU), stratum 6 a single cluster of one child;
  // weights with zeros (missing weights); an age × sex × region mix
  const rand = prng(7);
  const n = 600;
  const sex: number[] = [];
  const ageDays: number[] = [];
  const zlen: number[] = [];
  const flen: number[] = [];
  const w: number[] = [];
  const cluster: number[] = [];
  const strata: number[] = [];
  const region: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = i === n - 1 ? 99 : Math.floor(rand() * 25);
    cluster.push(c);
    strata.push(c === 99 ? 6 : c === 24 ? 5 : 1 + (c % 4));
    sex.push(rand() < 0.5 ? 1 : 2);
    ageDays.push(Math.floor(rand() * 1826));
    zlen.push(rand() < 0.05 ? Number.NaN : Math.round((rand() * 5 - 3.2) * 100) / 100);
    flen.push(rand() < 0.02 ? 1 : 0);
    w.push(rand() < 0.03 ? Number.NaN : Math.round((0.3 + 2 * rand()) * 1000) / 1000);
    region.push(["A", "B", "C"][c % 3]!);
  }
  const y = zlen.map((z, i) => (flen[i] === 1 ? Number.NaN : z));
  const wn = w.map((x) => (Number.isNaN(x) ? 0 : x));
  const designs: [string, NaiveDesign, Parameters<typeof prevalence>[1]][] = [
    ["clusters, strata, weights", { w: wn, psu: cluster, stratum: strata }, { design: { weights: w, cluster, strata }, groups: { region } }],
    ["clusters only", { psu: cluster }, { design: { cluster }, groups: { region } }],
    ["strata and weights (rows are PSUs)", { w: wn, stratum: strata }, { design: { weights: w, strata }, groups: { region } }],
    ["weights only", { w: wn }, { design: { weights: w }, groups: { region } }],
    ["no design", {}, { groups: { region } }],
  ];
  for (const [name, nd, options] of designs) {
    it(name, () => {
      const r = prevalence({ sex, ageDays, scores: { zlen, flen } }, options);
      const domains: [string, string, (i: number) => boolean][] = [
        ["all", "All", () => true],
        ["sex", "Female", (i) => sex[i] === 2],
        ["ageGroup", "12-23 mo", (i) => ageDays[i]! / 30.4375 >= 12 && ageDays[i]! / 30.4375 < 24],
        ["ageGroup+sex", "48-59 mo.Male", (i) => ageDays[i]! / 30.4375 >= 48 && sex[i] === 1],
        ["region", "B", (i) => region[i] === "B"],
      ];
      for (const [b, label, inD] of domains) {
        const dom = Array.from({ length: n }, (_, i) => inD(i));
        const ha = group(r, b, label).indicators.HA!;
        const mean = naiveMean(y, dom, nd);
        expect(ha.mean.r).toBeCloseTo(mean.r, 12);
        expect(ha.mean.se).toBeCloseTo(mean.se, 12);
        const stunted = y.map((z) => (Number.isNaN(z) ? Number.NaN : z < -2 ? 1 : 0));
        const p = naiveMean(stunted, dom, nd);
        expect(ha.below2.r).toBeCloseTo(100 * p.r, 10);
        expect(ha.below2.se).toBeCloseTo(100 * p.se, 10);
        const df = r.method === "simple" ? n - 1 : naiveDf(n, nd);
        expect(r.df).toBe(naiveDf(n, nd));
        const t = tQuantile(0.975, df);
        const lse = p.se / (p.r * (1 - p.r));
        expect(ha.below2.ll).toBeCloseTo(100 * expit(Math.log(p.r / (1 - p.r)) - t * lse), 9);
        expect(ha.below2.ul).toBeCloseTo(100 * expit(Math.log(p.r / (1 - p.r)) + t * lse), 9);
        expect(ha.pop).toBeCloseTo(p.W, 9);
        expect(ha.unwpop).toBe(p.n);
      }
    });
  }
});

describe("WHO anthro's inclusion rules", () => {
  it("oedema: below −3 SD for WA, BMI and WH prevalence, left out of their mean and SD; not for HA", () => {
    const r = prevalence({
      sex: [1, 1, 1],
      ageDays: [400, 400, 400],
      oedema: ["y", "n", "n"],
      scores: { zlen: [0.5, 0, 1], zwei: [0.5, 0, 1], fwei: [0, 0, 0], zwfl: [Number.NaN, 0, 1], fwfl: [Number.NaN, 0, 0] },
    });
    const all = r.groups[0]!.indicators;
    expect(all.HA!.below3.r).toBe(0);
    expect(all.WA!.below3.r).toBeCloseTo(100 / 3, 12);
    expect(all.WA!.mean.r).toBe(0.5);
    expect(all.WH!.unwpop).toBe(3); // counted even without a z-score
    expect(all.WH!.mean.r).toBe(0.5);
    expect(r.excluded.WA!.oedema).toBe(1);
  });
  it("flagged z-scores are excluded, except when oedema counts the child", () => {
    const r = prevalence({
      sex: [1, 1, 1],
      ageDays: [400, 400, 400],
      oedema: [0, 0, 1],
      scores: { zlen: [-7, 0, 0], flen: [1, 0, 0], zwfl: [6, 0, 7], fwfl: [1, 0, 1] },
    });
    expect(r.groups[0]!.indicators.HA!.unwpop).toBe(2);
    expect(r.groups[0]!.indicators.WH!.unwpop).toBe(2);
    expect(r.excluded.HA!.flagged).toBe(1);
    expect(r.excluded.WH).toMatchObject({ flagged: 1, oedema: 1, counted: 2 });
  });
  it("ages: rounded days over 1826 are excluded; 1826.4 is kept but in no age group; missing ages count for WH only", () => {
    const ageDays = [1826, 1826.4, 1826.5, 1827, -3, Number.NaN];
    const r = prevalence({ sex: [1, 1, 1, 1, 1, 1], ageDays, scores: { zlen: [0, 0, 0, 0, 0, Number.NaN], zwfl: [0, 0, 0, 0, 0, 0] } });
    expect(r.analysed).toBe(3);
    expect(r.excluded.HA).toMatchObject({ counted: 2, ageOutOfRange: 3, missingAge: 1 });
    expect(r.excluded.WH).toMatchObject({ counted: 3, ageOutOfRange: 3 });
    expect(group(r, "ageGroup", "48-59 mo").indicators.HA!.unwpop).toBe(1);
    // ages in months: 60 months = 1826.25 days, kept, in no age group
    const m = prevalence({ sex: [2], ageMonths: [60], scores: { zlen: [0] } });
    expect(m.groups[0]!.indicators.HA!.unwpop).toBe(1);
    expect(group(m, "ageGroup", "48-59 mo").indicators.HA!.unwpop).toBe(0);
  });
  it("design: missing cluster/stratum excludes the row; a missing weight counts as 0; negative weights are invalid", () => {
    const r = prevalence(
      { sex: [1, 2, 1, 2, 1], ageDays: [100, 200, 300, 400, 500], scores: { zlen: [-3.5, -1, 0, 1, 2] } },
      { design: { cluster: [1, 1, null, 2, 2], weights: [1, Number.NaN, 1, -2, 3] } },
    );
    const ha = r.groups[0]!.indicators.HA!;
    expect(ha.unwpop).toBe(3);
    expect(ha.pop).toBe(4);
    expect(r.excluded.HA).toMatchObject({ counted: 3, zeroWeight: 1, missingDesign: 1, invalidWeight: 1 });
  });
  it("weights whose squares would overflow or underflow (1e160, 1e308, 1e-200) are invalid, counted, and leave the other rows' estimates finite (issue 13: se NaN, prevalence NaN)", () => {
    const cols = { sex: [1, 2, 1, 2, 1, 2], ageDays: [100, 200, 300, 400, 500, 600], scores: { zlen: [-3.5, -1, 0, 1, 2, -2.5] } };
    const weights = [1e160, 1e308, 1e-200, 2, 1, 3];
    const r = prevalence(cols, { design: { weights } });
    expect(r.excluded.HA).toMatchObject({ counted: 3, invalidWeight: 3 });
    const ha = r.groups[0]!.indicators.HA!;
    // the three usable rows: z 1 (w 2), 2 (w 1), −2.5 (w 3): below −2 is 3 / 6
    expect(ha.below2.r).toBeCloseTo(50, 12);
    for (const v of [ha.below2.se, ha.below2.ll, ha.below2.ul, ha.mean.r, ha.mean.se, ha.mean.stdev]) expect(Number.isFinite(v)).toBe(true);
    // the limits themselves are usable
    const edge = prevalence(cols, { design: { weights: [1e100, 1e-100, 1e100, 1e-100, 1e100, 1e-100] } });
    expect(edge.excluded.HA!.invalidWeight).toBe(0);
    expect(Number.isFinite(edge.groups[0]!.indicators.HA!.below2.se)).toBe(true);
  });
});

describe("methods, as WHO anthro chooses them", () => {
  const cols = { sex: [1, 2, 1, 2, 1, 2], ageDays: [100, 200, 300, 400, 500, 600], scores: { zlen: [-3.5, -1, 0, 1, 2, -2.5] } };
  it("no design, all-one weights: simple (anthro 1.1.0 itself fails on all-one weights)", () => {
    const a = prevalence(cols);
    const b = prevalence(cols, { design: { weights: [1, 1, 1, 1, 1, 1] } });
    expect(a.method).toBe("simple");
    expect(b).toEqual(a);
  });
  it("weights: weighted; clusters or strata: survey; one cluster only: rows are the PSUs", () => {
    expect(prevalence(cols, { design: { weights: [1, 2, 1, 2, 1, 2] } }).method).toBe("weighted");
    expect(prevalence(cols, { design: { strata: [1, 1, 1, 2, 2, 2] } }).method).toBe("survey");
    const one = prevalence(cols, { design: { cluster: [5, 5, 5, 5, 5, 5] } });
    expect(one.df).toBe(5);
    const none = prevalence(cols);
    expect(one.groups[0]!.indicators.HA!.below2).toEqual(none.groups[0]!.indicators.HA!.below2);
  });
  it("SD: n/(n−1) with n the non-missing z-scores, except in the survey method where n counts the group's rows with a weight (survey::svyvar)", () => {
    const c = { sex: [1, 1, 1, 2, 2, 2], ageDays: [100, 200, 300, 400, 500, 600], scores: { zlen: [-1, Number.NaN, Number.NaN, 0, 1, 2] } };
    expect(group(prevalence(c), "sex", "Male").indicators.HA!.mean.stdev).toBeNaN();
    const s = prevalence(c, { design: { cluster: [1, 2, 3, 1, 2, 3] } });
    expect(group(s, "sex", "Male").indicators.HA!.mean.stdev).toBe(0);
    expect(group(s, "sex", "Female").indicators.HA!.mean.stdev).toBeCloseTo(1, 14);
  });
});

describe("the 1 % prevalence (anthro's [1, 1] defect)", () => {
  // 1 of 100 stunted; logit CI by hand in each method
  const n = 100;
  const zlen = Array.from({ length: n }, (_, i) => (i === 0 ? -2.5 : 0));
  const cols = { sex: Array(n).fill(1), ageDays: Array(n).fill(400), scores: { zlen } };
  it.each([
    ["simple", undefined],
    ["weighted", { design: { weights: Array<number>(n).fill(2) } }],
    ["survey", { design: { cluster: Array.from({ length: n }, (_, i) => i % 10) } }],
  ] as const)("%s: r = 1 % gets its logit interval", (_, options) => {
    const r = prevalence(cols, options as Parameters<typeof prevalence>[1]);
    const e = r.groups[0]!.indicators.HA!.below2;
    expect(e.r).toBeCloseTo(1, 12);
    const t = tQuantile(0.975, r.method === "simple" ? n - 1 : r.df);
    const p = e.r / 100;
    const lse = e.se / 100 / (p * (1 - p));
    expect(e.ll).toBeCloseTo(100 * expit(Math.log(p / (1 - p)) - t * lse), 10);
    expect(e.ul).toBeCloseTo(100 * expit(Math.log(p / (1 - p)) + t * lse), 10);
    expect(e.ll).toBeLessThan(1);
    expect(e.ul).toBeGreaterThan(1);
  });
});

describe("groups and breakdowns", () => {
  const cols = {
    sex: [1, 2, 1, 2, 1, 2, 1],
    ageDays: [100, 200, 400, 800, 1200, 1500, 300],
    scores: { zlen: [-3.5, -1, 0, 1, 2, -2.5, -2.1] },
  };
  it("standard breakdowns in WHO's order, then grouping columns (sorted), then nested ones", () => {
    const r = prevalence(cols, {
      groups: { posyandu: ["Melati", "Mawar", "Melati", null, "Anggrek", "Mawar", "Mawar"] },
      nested: [["posyandu", "sex"]],
    });
    const names = [...new Set(r.groups.map((g) => g.breakdown))];
    expect(names).toEqual(["all", "ageGroup", "sex", "ageGroup+sex", "posyandu", "posyandu+sex"]);
    expect(r.groups.filter((g) => g.breakdown === "posyandu").map((g) => g.label)).toEqual(["Anggrek", "Mawar", "Melati"]);
    const nested = r.groups.filter((g) => g.breakdown === "posyandu+sex");
    expect(nested.map((g) => g.label)).toEqual(["Anggrek.Male", "Mawar.Female", "Mawar.Male", "Melati.Male"]);
    expect(nested[1]!.key).toEqual({ posyandu: "Mawar", sex: "Female" });
    expect(nested[1]!.indicators.HA!.unwpop).toBe(2);
    expect(group(r, "sex", "Female").indicators.HA!.below2.r).toBeCloseTo(100 / 3, 12);
  });
  it("numeric group values sort numerically; standardBreakdowns: false keeps only All and the groups", () => {
    const r = prevalence(cols, { groups: { rw: [10, 2, 2, 1, 10, 1, 2] }, standardBreakdowns: false });
    expect(r.groups.map((g) => g.label)).toEqual(["All", "1", "2", "10"]);
  });
  it("empty and single-child groups give NaN where undefined, never a crash", () => {
    const r = prevalence({ sex: [1], ageDays: [100], scores: { zlen: [-2.5] } }, { design: { weights: [2] } });
    const empty = group(r, "sex", "Female").indicators.HA!;
    expect(empty.unwpop).toBe(0);
    expect(empty.pop).toBe(0);
    expect(empty.below2.r).toBeNaN();
    expect(empty.mean.stdev).toBeNaN();
    const one = group(r, "sex", "Male").indicators.HA!;
    // weighted, one child: no design effect can be computed
    expect(one.below2).toEqual({ r: 100, se: 0, ll: 100, ul: 100, deff: Number.NaN, n: 1, suppressed: false });
    expect(one.mean.stdev).toBeNaN();
    const zero = prevalence({ sex: [], ageDays: [], scores: { zlen: [] } });
    expect(zero.groups[0]!.indicators.HA!.mean.r).toBeNaN();
  });
  it("combined indicators: stunted and wasted, stunted and overweight", () => {
    const r = prevalence({
      sex: [1, 1, 1, 1],
      ageDays: [400, 400, 400, 400],
      oedema: [0, 0, 0, 1],
      scores: { zlen: [-2.5, -2.5, 0, -3], zwfl: [-2.5, 2.5, -3, Number.NaN] },
    });
    const c = r.groups[0]!.combined!;
    expect(c.unwpop).toBe(4);
    expect(c.stuntedWasted.r).toBe(50); // the oedema child counts as wasted
    expect(c.stuntedOverweight.r).toBe(25);
    expect(r.excluded.HA_WH!.counted).toBe(4);
  });
});

describe("misuse throws, naming the function and parameter", () => {
  const ok = { sex: [1, 2], ageDays: [1, 2], scores: { zlen: [0, 0] } };
  const zero = [0, 0];
  const full = { ...ok, scores: { zlen: zero, flen: zero, zwei: zero, fwei: zero, zbmi: zero, fbmi: zero, zwfl: zero, fwfl: zero } };
  it.each([
    [() => prevalence(null as never), TypeError, /prevalence: columns must be an object/],
    [() => prevalence({ ...ok, age: [1, 2] } as never), TypeError, /unknown columns key "age"/],
    [() => prevalence({ sex: [1] } as never), TypeError, /columns.scores is required/],
    [() => prevalence({ ...ok, scores: {} }), TypeError, /has none of zlen/],
    [() => prevalence({ ...ok, ageDays: [1] }), RangeError, /columns.ageDays has length 1/],
    [() => prevalence(ok, { weights: [1, 1] } as never), TypeError, /unknown options key "weights"/],
    [() => prevalence(ok, { design: { psu: [1, 1] } } as never), TypeError, /unknown options.design key "psu"/],
    [() => prevalence(ok, { design: { cluster: [1] } }), RangeError, /options.design.cluster has length 1/],
    [() => prevalence(ok, { groups: { sex: [1, 2] } }), RangeError, /options.groups.sex: the name is reserved/],
    [() => prevalence(ok, { nested: [["region", "sex"]] }), RangeError, /unknown breakdown "region"/],
    [() => prevalence(ok, { standardBreakdowns: "yes" } as never), TypeError, /standardBreakdowns must be a boolean/],
    [() => prevalence5to19({ ...ok, scores: { zlen: [0, 0] } } as never), TypeError, /prevalence5to19: columns.scores has none of zhfa/],
    [() => anthroPrevalenceTable(ok), TypeError, /anthroPrevalenceTable: columns.scores.flen is required/],
    [() => anthroPrevalenceTable(full, { groups: { region: [1, 2] } } as never), TypeError, /anthroPrevalenceTable: unknown options.groups key "region"/],
    [() => prevalenceSignificance("underweight" as never, 3), RangeError, /prevalenceSignificance: indicator/],
    [() => prevalenceSignificance("stunting", 130), RangeError, /between 0 and 100/],
  ] as const)("%#", (f, type, message) => {
    expect(f).toThrow(type);
    expect(f).toThrow(message);
  });
  it("data problems never throw", () => {
    expect(() =>
      prevalence(
        { sex: ["x", null, 3, "f"], ageDays: ["a", -1, Infinity, null] as never, oedema: ["maybe", 7, null, "y"], scores: { zlen: [null, "z", Infinity, -Infinity] as never } },
        { design: { weights: [Number.NaN, -1, Infinity, "w"] as never, cluster: [null, {}, "", 1] } },
      ),
    ).not.toThrow();
  });
});

describe("public health significance (WHO/UNICEF 2018)", () => {
  it.each([
    ["stunting", 2.4, "very low"], ["stunting", 2.5, "low"], ["stunting", 9.99, "low"], ["stunting", 10, "medium"],
    ["stunting", 20, "high"], ["stunting", 29.9, "high"], ["stunting", 30, "very high"],
    ["wasting", 2.5, "low"], ["wasting", 5, "medium"], ["wasting", 10, "high"], ["wasting", 15, "very high"],
    ["overweight", 0, "very low"], ["overweight", 14.99, "high"], ["overweight", 100, "very high"],
  ] as const)("%s %d %% is %s", (indicator, p, expected) => {
    expect(prevalenceSignificance(indicator, p)).toBe(expected);
  });
  it("NaN (no data) is null", () => {
    expect(prevalenceSignificance("wasting", Number.NaN)).toBeNull();
  });
});

describe("WHO's table layout and its quirks", () => {
  const scores = {
    zlen: [-2.5, -1, 0.3, -3.2, 0], flen: [0, 0, 0, 0, 0],
    zwei: [-1.2, -0.4, 0.1, -2.3, 0], fwei: [0, 0, 0, 0, 0],
    zbmi: [0.1, 0.2, -0.3, -0.5, 0], fbmi: [0, 0, 0, 0, 0],
    zwfl: [0.2, 0.1, -0.2, -2.1, 0], fwfl: [0, 0, 0, 0, 0],
  };
  const cols = { sex: [1, 2, 1, 2, 1], ageDays: [400, 500, 600, 700, 800], scores };
  it("135 columns in anthro's order", () => {
    const t = anthroPrevalenceTable(cols);
    expect(t.columns.length).toBe(135);
    expect(t.columns[27]).toBe("HA_r");
    expect(t.columns[32]).toBe("WAZ_pop");
    expect(t.columns.slice(-10)).toEqual([
      "HA_2_WH_2_pop", "HA_2_WH_2_unwpop", "HA_2_WH_2_r", "HA_2_WH_2_se", "HA_2_WH_2_ll", "HA_2_WH_2_ul",
      "HA_2_WH2_r", "HA_2_WH2_se", "HA_2_WH2_ll", "HA_2_WH2_ul",
    ]);
  });
  it("simple method: levels in order of appearance and an empty NA level; survey method: sorted, no NA level", () => {
    const gregion = ["Utara", null, "Barat", "Utara", "Selatan"];
    const simple = anthroPrevalenceTable(cols, { groups: { gregion } }).rows.slice(21);
    expect(simple.map((r) => r.Group)).toEqual([
      "Geographical region: Utara", "Geographical region: NA", "Geographical region: Barat", "Geographical region: Selatan",
    ]);
    expect([simple[1]!.HAZ_pop, simple[1]!.HAZ_unwpop, simple[1]!.HA_r]).toEqual([0, 0, Number.NaN]);
    const survey = anthroPrevalenceTable(cols, { groups: { gregion }, design: { cluster: [1, 1, 2, 2, 3] } }).rows.slice(21);
    expect(survey.map((r) => r.Group)).toEqual(["Geographical region: Barat", "Geographical region: Selatan", "Geographical region: Utara"]);
  });
  it("wealth quintiles: 1–5 or Q1–Q5, five levels always; labels of the optional groups; all-missing breakdowns are left out", () => {
    const t = anthroPrevalenceTable(cols, {
      groups: { othergr: ["a", "b", "a", "b", "a"], wealthq: [1, "Q2", "6", "5", null], typeres: [null, null, null, null, null] },
    });
    expect(t.rows.slice(21).map((r) => r.Group)).toEqual([
      "Wealth quintile: Q1: Poorest", "Wealth quintile: Q2", "Wealth quintile: Q3", "Wealth quintile: Q4", "Wealth quintile: Q5: Richest",
      "Other grouping: a", "Other grouping: b",
    ]);
    expect(t.rows[21]!.HAZ_unwpop).toBe(1);
  });
  it("anthroplus: Years and Months columns, WA NA for All and the sexes", () => {
    const t = anthroplusPrevalenceTable({
      sex: [1, 2, 1],
      ageMonths: [70, 100, 150],
      scores: { zhfa: [-2.1, -0.5, 0.2], fhfa: [0, 0, 0], zwfa: [-1, 0.3, Number.NaN], fwfa: [0, 0, Number.NaN], zbfa: [0.4, -0.2, 2.4], fbfa: [0, 0, 0] },
    });
    expect(t.rows.map((r) => [r.Group, r.Years, r.Months]).slice(17, 22)).toEqual([
      ["Age Group 1: 228-228 mo", "19", "(228-228)"],
      ["Age Group 2: 60-119 mo", "Total (5-9)", "(60-119)"],
      ["Age Group 2: 120-179 mo", "Total (10-14)", "(120-179)"],
      ["Age Group 2: 180-228 mo", "Total (15-19)", "(180-228)"],
      ["Age + Sex: Female.60-119 mo", "Total (5-9)", "(60-119)"],
    ]);
    expect(t.rows[0]!.WAZ_pop).toBeNaN();
    expect(t.rows[18]!.WAZ_unwpop).toBe(2);
  });
});

describe("5–19 years (anthroplus rules)", () => {
  const cols = {
    sex: [1, 2, 1, 2, 1, 2],
    ageMonths: [59.99, 60, 120, 120.01, 228, Number.NaN],
    oedema: ["y", "n", "y", "y", "y", "n"],
    scores: {
      zhfa: [0, 0, 0, 0, 0, 0], fhfa: [0, 0, 0, 0, 0, 0],
      zwfa: [Number.NaN, 0, Number.NaN, Number.NaN, Number.NaN, Number.NaN], fwfa: [Number.NaN, 0, Number.NaN, Number.NaN, Number.NaN, Number.NaN],
      zbfa: [0, 0, Number.NaN, Number.NaN, Number.NaN, 0], fbfa: [0, 0, Number.NaN, Number.NaN, Number.NaN, 0],
    },
  };
  const r = prevalence5to19(cols);
  it("ages 60–228 months; oedema counts for BMI, and for WA up to 120 months", () => {
    expect(r.analysed).toBe(4);
    expect(r.excluded.HA).toMatchObject({ counted: 4, ageOutOfRange: 1, missingAge: 1 });
    expect(r.excluded.WA).toMatchObject({ counted: 2, oedema: 1, ageOutOfRange: 3, missingAge: 1 });
    expect(r.excluded.BMI).toMatchObject({ counted: 4, oedema: 3 });
    expect(group(r, "ageBand", "120-179 mo").indicators.WA!.below3.r).toBe(100);
  });
  it("weight-for-age only in breakdowns with an age", () => {
    expect(r.groups[0]!.indicators.WA).toBeUndefined();
    expect(group(r, "sex", "Male").indicators.WA).toBeUndefined();
    expect(group(r, "sex+ageBand", "Male.120-179 mo").indicators.WA!.unwpop).toBe(1);
  });
});

describe("the two variance computations agree where they must: every row its own cluster, or no clusters", () => {
  it("strata, weights (some zero), grouping columns with missing values, oedema: the same estimates either way", () => {
    const rand = prng(11);
    const n = 500;
    const weights = Array.from({ length: n }, () => (rand() < 0.05 ? 0 : rand() * 3));
    const strata = Array.from({ length: n }, () => Math.floor(rand() * 5));
    const posyandu = Array.from({ length: n }, () => (rand() < 0.2 ? "" : `P${Math.floor(rand() * 4)}`));
    const z = () => Array.from({ length: n }, () => (rand() < 0.1 ? Number.NaN : rand() * 4 - 2.5));
    const cols = {
      sex: Array.from({ length: n }, () => 1 + Math.floor(rand() * 2)),
      ageDays: Array.from({ length: n }, () => Math.floor(rand() * 1900)),
      oedema: Array.from({ length: n }, () => (rand() < 0.03 ? "y" : "n")),
      scores: { zlen: z(), zwei: z(), zwfl: z() },
    };
    // moments of each stratum (rows are the PSUs) …
    const a = prevalence(cols, { design: { weights, strata }, groups: { posyandu } });
    // … and the PSU-by-PSU computation with one cluster per row
    const b = prevalence(cols, { design: { weights, strata, cluster: cols.sex.map((_, i) => `row${i}`) }, groups: { posyandu } });
    expect(b.df).toBe(a.df);
    expect(b.groups.map((g) => g.label)).toEqual(a.groups.map((g) => g.label));
    a.groups.forEach((g, k) => {
      for (const ind of ["HA", "WA", "WH"] as const) {
        const x = g.indicators[ind]!;
        const y = b.groups[k]!.indicators[ind]!;
        for (const cut of ["below3", "below2", "above2"] as const) {
          for (const part of ["r", "se", "ll", "ul"] as const) {
            if (Number.isNaN(x[cut][part])) expect(y[cut][part]).toBeNaN();
            else expect(y[cut][part]).toBeCloseTo(x[cut][part], 10);
          }
        }
        for (const part of ["r", "se", "stdev"] as const) {
          if (Number.isNaN(x.mean[part])) expect(y.mean[part]).toBeNaN();
          else expect(y.mean[part]).toBeCloseTo(x.mean[part], 10);
        }
      }
    });
  });
});
