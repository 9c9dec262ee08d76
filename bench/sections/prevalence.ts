/**
 * `prevalence` (WHO anthro's prevalence analysis for 0–5 years) on scored
 * synthetic records at each size of the run: as a simple random sample (no
 * design), and as a survey with sampling weights, 5,000 clusters in 40
 * strata (Taylor-linearised standard errors, design degrees of freedom),
 * and that survey with a 30-level grouping column (a region). Scoring is
 * done once per size, outside the timing: only `prevalence` is timed.
 */
import { prevalence, scoreColumns } from "../../src/index.js";
import { collectGarbage, measure, type Timing } from "../lib/timing.js";
import { count, si, type BenchContext, type Section } from "../lib/section.js";
import { prng, syntheticColumns } from "../lib/synthetic.js";

const CLUSTERS = 5_000;
const STRATA = 40;
const REGIONS = 30;

interface SizeResult {
  readonly records: number;
  readonly simple: Timing;
  readonly survey: Timing;
  readonly surveyByRegion: Timing;
  /** What the survey run reported, so that the JSON shows it did the work. */
  readonly check: { readonly method: string; readonly df: number; readonly groups: number; readonly stuntingPercent: number; readonly stuntingSe: number };
}

/** Sampling weights 0.5–2, clusters 1–5,000 at random, stratum = cluster mod 40 (clusters nested in strata), a region per cluster. */
function designColumns(n: number) {
  const rand = prng(7);
  const weights = new Float64Array(n);
  const cluster = new Uint32Array(n);
  const strata = new Uint8Array(n);
  const region = new Array<string>(n);
  const names = Array.from({ length: REGIONS }, (_, i) => `Kecamatan ${i + 1}`);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(rand() * CLUSTERS);
    weights[i] = 0.5 + 1.5 * rand();
    cluster[i] = c + 1;
    strata[i] = c % STRATA;
    region[i] = names[c % REGIONS]!;
  }
  return { weights, cluster, strata, region };
}

async function run(ctx: BenchContext): Promise<unknown> {
  const results: SizeResult[] = [];
  for (const n of ctx.sizes) {
    ctx.log(`prevalence: ${count(n)} records …`);
    const cols = syntheticColumns(n);
    const scored = scoreColumns(cols);
    // Only the columns prevalence reads (the rest of the scoring output is dropped).
    const scores = {
      zlen: scored.zlen, flen: scored.flen, zwei: scored.zwei, fwei: scored.fwei,
      zbmi: scored.zbmi, fbmi: scored.fbmi, zwfl: scored.zwfl, fwfl: scored.fwfl,
    };
    const columns = { sex: cols.sex, ageDays: cols.ageDays, scores };
    const { weights, cluster, strata, region } = designColumns(n);
    const design = { weights, cluster, strata };
    collectGarbage();
    const big = n >= 5_000_000;
    const opts = ctx.quick
      ? { warmup: 1, minRuns: 1, maxRuns: 3, minTotalMs: 100 }
      : { warmup: big ? 0 : 1, minRuns: big ? 2 : 5, maxRuns: 30, minTotalMs: big ? 0 : 1000 };

    const simple = await measure(n, () => prevalence(columns), opts);
    const survey = await measure(n, () => prevalence(columns, { design }), opts);
    const surveyByRegion = await measure(n, () => prevalence(columns, { design, groups: { region } }), opts);

    const r = prevalence(columns, { design });
    const ha = r.groups[0]!.indicators.HA!;
    results.push({
      records: n,
      simple,
      survey,
      surveyByRegion,
      check: { method: r.method, df: r.df, groups: r.groups.length, stuntingPercent: ha.below2.r, stuntingSe: ha.below2.se },
    });
  }

  ctx.table(
    `prevalence (0–5 years, HA/WA/BMI/WH, 6 cut-offs + mean, by all/age/sex/age×sex): records/s at the median run`,
    ["records", "no design rec/s", "ms/run", `weights+${count(CLUSTERS)} clusters in ${STRATA} strata rec/s`, "ms/run", `… + ${REGIONS}-level group rec/s`, "ms/run"],
    results.map((s) => [
      count(s.records),
      si(s.simple.recordsPerSecond),
      s.simple.medianMs,
      si(s.survey.recordsPerSecond),
      s.survey.medianMs,
      si(s.surveyByRegion.recordsPerSecond),
      s.surveyByRegion.medianMs,
    ]),
  );
  return { clusters: CLUSTERS, strata: STRATA, regions: REGIONS, sizes: results };
}

export const prevalenceSection: Section = {
  name: "prevalence",
  description: "prevalence on scored records: no design, and weights + 5,000 clusters in 40 strata (+ a 30-level group)",
  run,
};
