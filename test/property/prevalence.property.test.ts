/**
 * Properties of the survey prevalences (fast-check): bounds, invariance to
 * row order, weights of 1 = no weights, groups adding up to the whole, every
 * row accounted for, and agreement with a naive restatement of the survey
 * package's estimator on random designs.
 */
import fc from "fast-check";
import { runs } from "../support/runs.js";
import { describe, expect, it } from "vitest";
import { prevalence, type PrevalenceResult } from "../../src/aggregate/prevalence/index.js";
import { naiveMean } from "../unit/aggregate/prevalence-naive.js";

const z = fc.oneof(
  { arbitrary: fc.constant(Number.NaN), weight: 1 },
  { arbitrary: fc.integer({ min: -650, max: 650 }).map((k) => k / 100), weight: 8 },
);
const row = fc.record({
  sex: fc.constantFrom(1, 2),
  ageDays: fc.integer({ min: 0, max: 1825 }),
  oedema: fc.oneof({ arbitrary: fc.constant(0), weight: 9 }, { arbitrary: fc.constant(1), weight: 1 }),
  zlen: z,
  flen: fc.oneof({ arbitrary: fc.constant(0), weight: 9 }, { arbitrary: fc.constant(1), weight: 1 }),
  zwfl: z,
  fwfl: fc.oneof({ arbitrary: fc.constant(0), weight: 9 }, { arbitrary: fc.constant(1), weight: 1 }),
  weight: fc.integer({ min: 100, max: 5000 }).map((k) => k / 1000),
  cluster: fc.integer({ min: 0, max: 5 }),
  stratum: fc.integer({ min: 0, max: 2 }),
  region: fc.constantFrom("A", "B", "C", null),
});
const survey = fc.array(row, { minLength: 1, maxLength: 60 });
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;
type DesignKind = "none" | "weights" | "cluster" | "full" | "strata";
const designKind = fc.constantFrom<DesignKind>("none", "weights", "cluster", "full", "strata");

function run(rows: readonly Row[], kind: DesignKind, extra: { ones?: boolean } = {}): PrevalenceResult {
  const col = <K extends keyof Row>(k: K) => rows.map((r) => r[k]);
  const weights = extra.ones ? rows.map(() => 1) : col("weight");
  const design =
    kind === "none" ? (extra.ones ? { weights } : undefined)
    : kind === "weights" ? { weights }
    : kind === "cluster" ? { cluster: col("cluster") }
    : kind === "strata" ? { strata: col("stratum"), weights }
    : { cluster: col("cluster"), strata: col("stratum"), weights };
  return prevalence(
    { sex: col("sex"), ageDays: col("ageDays"), oedema: col("oedema"), scores: { zlen: col("zlen"), flen: col("flen"), zwfl: col("zwfl"), fwfl: col("fwfl") } },
    { ...(design ? { design } : {}), groups: { region: col("region") } },
  );
}

function estimates(r: PrevalenceResult) {
  return r.groups.flatMap((g) =>
    Object.values(g.indicators).flatMap((ind) => [ind.below3, ind.below2, ind.below1, ind.above1, ind.above2, ind.above3]),
  );
}

describe("prevalence properties", () => {
  it("prevalences and their limits lie in [0, 100], ll ≤ r ≤ ul", () => {
    fc.assert(
      fc.property(survey, designKind, (rows, kind) => {
        for (const e of estimates(run(rows, kind))) {
          if (Number.isNaN(e.r)) continue;
          expect(e.r).toBeGreaterThanOrEqual(0);
          expect(e.r).toBeLessThanOrEqual(100);
          if (Number.isNaN(e.ll)) continue; // df = 0: no t quantile
          expect(e.ll).toBeGreaterThanOrEqual(0);
          expect(e.ul).toBeLessThanOrEqual(100);
          expect(e.ll).toBeLessThanOrEqual(e.r + 1e-9);
          expect(e.ul).toBeGreaterThanOrEqual(e.r - 1e-9);
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it("invariant to row order", () => {
    fc.assert(
      fc.property(survey, designKind, fc.integer(), (rows, kind, seed) => {
        const shuffled = [...rows];
        let s = seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (Math.imul(s, 1103515245) + 12345) >>> 0;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const a = run(rows, kind);
        const b = run(shuffled, kind);
        expect(b.groups.map((g) => g.label)).toEqual(a.groups.map((g) => g.label));
        expect(b.df).toBe(a.df);
        const flat = (r: PrevalenceResult) => JSON.stringify(r.groups, (_, v) => (typeof v === "number" ? (Number.isNaN(v) ? "NaN" : Math.round(v * 1e8) / 1e8) : v));
        expect(flat(b)).toEqual(flat(a));
      }),
      { numRuns: runs(100) },
    );
  });

  it("weights all 1 give exactly the unweighted result", () => {
    fc.assert(
      fc.property(survey, (rows) => {
        expect(run(rows, "none", { ones: true })).toEqual(run(rows, "none"));
      }),
      { numRuns: runs(100) },
    );
  });

  it("a breakdown's groups add up to the whole", () => {
    fc.assert(
      fc.property(survey, designKind, (rows, kind) => {
        const r = run(rows, kind);
        for (const code of ["HA", "WH"] as const) {
          const all = r.groups[0]!.indicators[code]!;
          for (const b of ["ageGroup", "sex", "ageGroup+sex", "region"]) {
            const gs = r.groups.filter((g) => g.breakdown === b).map((g) => g.indicators[code]!);
            const unw = gs.reduce((a, g) => a + g.unwpop, 0);
            const pop = gs.reduce((a, g) => a + g.pop, 0);
            if (b === "region") {
              const missing = r.groups[0]!.indicators[code]!.unwpop - unw;
              expect(missing).toBeGreaterThanOrEqual(0);
              expect(missing).toBeLessThanOrEqual(rows.filter((x) => x.region === null).length);
            } else {
              expect(unw).toBe(all.unwpop);
              expect(pop).toBeCloseTo(all.pop, 9);
            }
          }
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it("every row is counted once or excluded for one reason", () => {
    fc.assert(
      fc.property(survey, designKind, fc.array(fc.constantFrom(null, Number.NaN, -1), { maxLength: 5 }), (rows, kind, holes) => {
        // punch holes in ages, weights and clusters
        const bad = rows.map((r, i) => (i < holes.length ? { ...r, ageDays: i % 2 ? 1900 : r.ageDays, weight: holes[i]!, cluster: i % 3 ? r.cluster : (null as never) } : r));
        const r = run(bad, kind);
        for (const [code, e] of Object.entries(r.excluded)) {
          const sum = e.counted + e.missingAge + e.ageOutOfRange + e.missingDesign + e.invalidWeight + e.flagged + e.missingZ;
          expect(sum, code).toBe(bad.length);
          const all = code === "HA_WH" ? r.groups[0]!.combined! : r.groups[0]!.indicators[code as "HA" | "WH"]!;
          expect(all.unwpop, code).toBe(e.counted);
          expect(e.oedema).toBeLessThanOrEqual(e.counted);
          expect(e.zeroWeight).toBeLessThanOrEqual(e.counted);
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it("agrees with a naive restatement of survey::svymean on random designs", () => {
    fc.assert(
      fc.property(survey, designKind, (rows, kind) => {
        const r = run(rows, kind);
        if (r.method === "simple" && kind !== "none") return;
        const w = kind === "none" || kind === "cluster" ? undefined : rows.map((x) => x.weight);
        const nd = {
          ...(w ? { w } : {}),
          ...(kind === "cluster" || kind === "full" ? { psu: rows.map((x) => x.cluster) } : {}),
          ...(kind === "full" || kind === "strata" ? { stratum: rows.map((x) => x.stratum) } : {}),
        };
        // one cluster only: anthro (and tumbuh) treat rows as the PSUs
        if (nd.psu && new Set(nd.psu).size === 1) delete (nd as { psu?: unknown }).psu;
        const y = rows.map((x) => (x.flen === 1 ? Number.NaN : x.zlen));
        const stunted = y.map((v) => (Number.isNaN(v) ? Number.NaN : v < -2 ? 1 : 0));
        for (const [b, label, inD] of [
          ["all", "All", () => true],
          ["region", "B", (x: Row) => x.region === "B"],
          ["sex", "Male", (x: Row) => x.sex === 1],
        ] as const) {
          const g = r.groups.find((x) => x.breakdown === b && x.label === label);
          if (!g) continue;
          const dom = rows.map((x) => inD(x));
          const ha = g.indicators.HA!;
          const m = naiveMean(y, dom, nd);
          const p = naiveMean(stunted, dom, nd);
          if (m.n === 0) {
            expect(ha.unwpop).toBe(0);
            continue;
          }
          expect(ha.mean.r).toBeCloseTo(m.r, 10);
          expect(ha.mean.se).toBeCloseTo(m.se, 10);
          expect(ha.below2.r).toBeCloseTo(100 * p.r, 8);
          expect(ha.below2.se).toBeCloseTo(100 * p.se, 8);
        }
      }),
      { numRuns: runs(150) },
    );
  });
});
