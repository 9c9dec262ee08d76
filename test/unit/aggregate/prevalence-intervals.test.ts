/**
 * The confidence intervals and design effects of `prevalence` against R
 * 4.2.2 (test/fixtures/binomial-intervals, made once with the R calls in
 * its README): without a design, `binom.test(x, n)$conf.int` and
 * `prop.test(x, n, correct = FALSE)$conf.int` for a grid of small cases;
 * with a design (clusters in strata with weights, and weights only), the
 * survey package's variance and `deff = "replace"`, and the intervals on
 * the effective sample size computed from them with R's `qbeta`, `qnorm`
 * and `qt`. Then `minN`, and the coverage of the intervals by simulation.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prevalence, type IntervalMethod, type PrevalenceOptions } from "../../../src/index.js";
import { proportionInterval } from "../../../src/aggregate/prevalence/intervals.js";
import { ROOT } from "../../support/by-hand.js";
import { readCsv } from "../../support/csv.js";
import { prng } from "../../../bench/lib/synthetic.js";

const DIR = join(ROOT, "test/fixtures/binomial-intervals");

/** `n` girls aged 400 days, `x` of them stunted (HAZ −2.5), the others HAZ 0. */
function sample(x: number, n: number) {
  return { sex: new Array<number>(n).fill(2), ageDays: new Array<number>(n).fill(400), scores: { zlen: Array.from({ length: n }, (_, i) => (i < x ? -2.5 : 0)) } };
}
function stunting(x: number, n: number, options: PrevalenceOptions) {
  return prevalence(sample(x, n), options).groups[0]!.indicators.HA!.below2;
}

describe("no design: the textbook binomial intervals, as R computes them", () => {
  const grid = readCsv(join(DIR, "binomial-95.csv"));
  const xs = grid.num("x"), ns = grid.num("n");
  const expected: Record<Exclude<IntervalMethod, "logit">, [number[], number[]]> = {
    wilson: [grid.num("wilson_lower"), grid.num("wilson_upper")],
    "clopper-pearson": [grid.num("cp_lower"), grid.num("cp_upper")],
    "korn-graubard": [grid.num("cp_lower"), grid.num("cp_upper")], // without a design, Korn–Graubard is Clopper–Pearson
  };
  for (const [ci, [lower, upper]] of Object.entries(expected)) {
    it(`${ci}: ${xs.length} cases of x out of n = 1 … 250`, () => {
      for (let i = 0; i < xs.length; i++) {
        const e = stunting(xs[i]!, ns[i]!, { ci: ci as IntervalMethod });
        expect(e.ll / 100, `${ci} ${xs[i]}/${ns[i]} lower`).toBeCloseTo(lower[i]!, 11);
        expect(e.ul / 100, `${ci} ${xs[i]}/${ns[i]} upper`).toBeCloseTo(upper[i]!, 11);
        expect([e.deff, e.n]).toEqual([1, ns[i]]);
      }
    });
  }
  it("the default stays WHO's logit interval, [0, 0] at 0 %", () => {
    expect(stunting(0, 20, {})).toMatchObject({ r: 0, ll: 0, ul: 0 });
    expect(stunting(0, 20, { ci: "logit" })).toEqual(stunting(0, 20, {}));
    const wilson = stunting(0, 20, { ci: "wilson" });
    expect(wilson.ll).toBe(0);
    expect(wilson.ul).toBeGreaterThan(10); // 0 of 20 does not rule out 10 %
  });
});

describe("with a design: survey's variance and design effect, intervals on n / deff", () => {
  const data = readCsv(join(DIR, "design-data.csv"));
  const ref = readCsv(join(DIR, "design-intervals.csv"));
  const z = data.num("z");
  const columns = { sex: data.num("sex"), ageDays: z.map(() => 400), scores: { zlen: z } };
  const designs = {
    survey: { weights: data.num("w"), cluster: data.col("cluster"), strata: data.col("stratum") },
    weighted: { weights: data.num("w") },
  };
  const methods: IntervalMethod[] = ["logit", "wilson", "clopper-pearson", "korn-graubard"];
  const columnOf: Record<IntervalMethod, string> = { logit: "logit", wilson: "wilson", "clopper-pearson": "cp", "korn-graubard": "kg" };
  for (let k = 0; k < ref.rows.length; k++) {
    const name = ref.col("design")[k] as keyof typeof designs;
    const group = ref.col("group")[k]!;
    it(`${name}, ${group}`, () => {
      for (const ci of methods) {
        const r = prevalence(columns, { design: designs[name], ci });
        const g = r.groups.find((x) => x.label === group)!.indicators.HA!;
        const e = g.below2;
        expect(e.n).toBe(ref.num("n")[k]);
        expect(e.r / 100).toBeCloseTo(ref.num("p")[k]!, 13);
        expect((e.se / 100) ** 2).toBeCloseTo(ref.num("var")[k]!, 13);
        expect(e.deff).toBeCloseTo(ref.num("deff")[k]!, 10);
        expect(e.ll / 100, `${ci} lower`).toBeCloseTo(ref.num(`${columnOf[ci]}_lower`)[k]!, 9);
        expect(e.ul / 100, `${ci} upper`).toBeCloseTo(ref.num(`${columnOf[ci]}_upper`)[k]!, 9);
        expect(g.mean.r).toBeCloseTo(ref.num("mean")[k]!, 12);
        expect(g.mean.se ** 2).toBeCloseTo(ref.num("mean_var")[k]!, 12);
        expect(g.mean.deff).toBeCloseTo(ref.num("mean_deff")[k]!, 10);
      }
    });
  }
});

describe("minN: small groups are withheld, marked, and keep their n", () => {
  it("groups under the limit lose their numbers; the others are unchanged", () => {
    const cols = { sex: [1, 1, 1, 2, 2, 1, 1], ageDays: [400, 410, 420, 430, 440, 450, 460], scores: { zlen: [-2.5, 0, -1, -3.5, 0.2, 1, -2.1] } };
    const all = prevalence(cols);
    const some = prevalence(cols, { minN: 3 });
    const male = (r: typeof all) => r.groups.find((g) => g.label === "Male")!.indicators.HA!;
    const female = (r: typeof all) => r.groups.find((g) => g.label === "Female")!.indicators.HA!;
    expect(male(some).below2).toEqual(male(all).below2);
    expect(female(some).below2).toEqual({ r: NaN, se: NaN, ll: NaN, ul: NaN, deff: NaN, n: 2, suppressed: true });
    expect(female(some).mean).toMatchObject({ n: 2, suppressed: true, stdev: NaN });
    expect(female(some).unwpop).toBe(2);
    expect(() => prevalence(cols, { minN: -1 })).toThrow(/prevalence: options.minN must be an integer/);
    expect(() => prevalence(cols, { ci: "exact" as never })).toThrow(/prevalence: options.ci must be one of "logit", "wilson"/);
  });
});

describe("coverage near 95 % on binomial data (seeded simulation)", () => {
  const REPS = 2000;
  /** Share of intervals that contain p, for x ~ Binomial(n, p). */
  function coverage(ci: IntervalMethod, p: number, n: number, seed: number): number {
    const u = prng(seed);
    let hit = 0;
    for (let k = 0; k < REPS; k++) {
      let x = 0;
      for (let i = 0; i < n; i++) if (u() < p) x++;
      const q = x / n;
      const variance = (q * (1 - q)) / (n - 1); // the variance of a simple random sample
      const [ll, ul] = proportionInterval(ci, q, variance, n, n - 1, 1, { none: x === 0, all: x === n }, "simple");
      if (ll <= p && p <= ul) hit++;
    }
    return hit / REPS;
  }
  const CASES = [[0.02, 60], [0.1, 20], [0.1, 60], [0.3, 20], [0.3, 100], [0.5, 30]] as const;
  it("Clopper–Pearson never covers less than 95 % (beyond simulation noise)", () => {
    CASES.forEach(([p, n], k) => expect(coverage("clopper-pearson", p, n, 100 + k), `p ${p} n ${n}`).toBeGreaterThan(0.935));
  });
  it("Wilson stays near 95 %", () => {
    const c = CASES.map(([p, n], k) => coverage("wilson", p, n, 200 + k));
    for (const x of c) expect(x).toBeGreaterThan(0.9);
    for (const x of c) expect(x).toBeLessThan(0.99);
    expect(c.reduce((a, b) => a + b) / c.length).toBeGreaterThan(0.93);
  });
  it("WHO's logit interval misses a small prevalence in a small group (why the others exist)", () => {
    // with p = 2 % among 20 children, x = 0 two times in three, and the logit interval is then [0, 0]
    expect(coverage("logit", 0.02, 20, 300)).toBeLessThan(0.5);
    expect(coverage("wilson", 0.02, 20, 300)).toBeGreaterThan(0.9);
  });
  it("Korn–Graubard on clustered data: near 95 % through the design effect and the design's degrees of freedom", () => {
    const u = prng(400);
    const CLUSTERS = 12, SIZE = 15, P = 0.2, REPS_DESIGN = 300;
    let hitKg = 0, hitLogit = 0;
    const cluster = Array.from({ length: CLUSTERS * SIZE }, (_, i) => Math.floor(i / SIZE));
    for (let k = 0; k < REPS_DESIGN; k++) {
      const zlen: number[] = [];
      for (let c = 0; c < CLUSTERS; c++) {
        // each cluster's own prevalence varies around 20 % (clustering: design effect about 2)
        const pc = Math.min(0.95, Math.max(0, P + 0.14 * (u() + u() + u() - 1.5) * 2));
        for (let i = 0; i < SIZE; i++) zlen.push(u() < pc ? -2.5 : 0);
      }
      const cols = { sex: zlen.map(() => 1), ageDays: zlen.map(() => 400), scores: { zlen } };
      const e = prevalence(cols, { design: { cluster }, ci: "korn-graubard", standardBreakdowns: false }).groups[0]!.indicators.HA!.below2;
      const truth = 100 * P;
      if (e.ll <= truth && truth <= e.ul) hitKg++;
      const l = prevalence(cols, { design: { cluster }, standardBreakdowns: false }).groups[0]!.indicators.HA!.below2;
      if (l.ll <= truth && truth <= l.ul) hitLogit++;
    }
    expect(hitKg / REPS_DESIGN).toBeGreaterThan(0.91);
    expect(hitLogit / REPS_DESIGN).toBeGreaterThan(0.88);
  });
});
