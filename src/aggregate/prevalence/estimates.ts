/**
 * Estimates from the sums of a computation, group by group: each prevalence
 * (in %) with its standard error, confidence interval (`intervals.ts`) and
 * design effect, each mean z-score with its confidence interval, SD and
 * design effect, and the weighted and unweighted numbers of children — for
 * an indicator, and for the combined indicators. The t quantiles use the
 * design's degrees of freedom. Estimates on fewer children than `minN` are
 * withheld (NaN) and marked `suppressed`.
 * @internal
 */
import { tQuantile } from "../../stats/student-t.js";
import type { Computed, EstimateSettings } from "./computation.js";
import { COMBINED_BUCKETS, COMBINED_PROPS, CUTOFF_PROPS, Z_BUCKETS } from "./cutoff-buckets.js";
import { proportionDesignEffect, proportionInterval } from "./intervals.js";
import type { CombinedEstimates, Estimate, IndicatorEstimates, MeanEstimate } from "./types.js";

/** An estimate without numbers: no data, or withheld for its size. */
function naEstimate(n: number, settings: EstimateSettings): Estimate {
  return { r: Number.NaN, se: Number.NaN, ll: Number.NaN, ul: Number.NaN, deff: Number.NaN, n, suppressed: n < settings.minN };
}

/**
 * A prevalence (in %) of `n` children with its confidence interval and
 * design effect. With the logit interval, 0 % and 100 % get [0, 0] and
 * [100, 100].
 * @internal
 */
export function proportion(settings: EstimateSettings, Sy: number, W: number, complement: number, variance: number, df: number, n: number): Estimate {
  if (!(W > 0) || n < settings.minN) return naEstimate(n, settings);
  const r = Sy / W;
  const deff = proportionDesignEffect(r, variance, n, settings.method);
  const [ll, ul] = proportionInterval(settings.ci, r, variance, n, df, deff, { none: Sy === 0, all: complement === 0 }, settings.method);
  return { r: 100 * r, se: 100 * Math.sqrt(variance), ll: 100 * ll, ul: 100 * ul, deff, n, suppressed: false };
}

/**
 * Estimates of a categorical variable's proportions in domain `d`: variable
 * `v` is an indicator's cut-off buckets, or (after the indicators) the
 * combined indicators' buckets.
 * @internal
 */
export function catEstimates(c: Computed, d: number, v: number): { pop: number; unwpop: number; props: Estimate[] } {
  const { out } = c;
  const nCat = out.propOffset.length;
  const bo = d * out.totalBuckets + out.bucketOffset[v]!;
  const isIndicator = v < c.indicators.length;
  const K = isIndicator ? Z_BUCKETS : COMBINED_BUCKETS;
  const props = isIndicator ? CUTOFF_PROPS : COMBINED_PROPS;
  let W = 0;
  for (let k = 0; k < K; k++) W += out.catWeight[bo + k]!;
  const unwpop = out.catCount[d * nCat + v]!;
  const est = props.map((set, p) => {
    if (unwpop === 0) return naEstimate(0, c.settings);
    let Sy = 0;
    let comp = 0;
    for (let k = 0; k < K; k++) {
      if (set.includes(k)) Sy += out.catWeight[bo + k]!;
      else comp += out.catWeight[bo + k]!;
    }
    return proportion(c.settings, Sy, W, comp, out.propVar[d * out.totalProps + out.propOffset[v]! + p]!, c.dfProp, unwpop);
  });
  return { pop: W, unwpop, props: est };
}

/** Mean z-score of indicator `j`, its CI and the SD, in domain `d`. @internal */
export function meanEstimate(c: Computed, d: number, j: number): MeanEstimate {
  const { out } = c;
  const nCont = c.indicators.length;
  const k = d * nCont + j;
  const cnt = out.contCount[k]!;
  const W = out.contWeight[k]!;
  if (cnt === 0 || !(W > 0) || cnt < c.settings.minN) return { ...naEstimate(cnt, c.settings), stdev: Number.NaN };
  const r = out.contSum[k]! / W;
  const variance = out.contVar[k]!;
  const se = Math.sqrt(variance);
  const t = tQuantile(0.975, c.dfMean);
  // WHO anthro's SD: n/(n−1) with n the non-missing z-scores (simple, weighted) or, as survey::svyvar does,
  // the rows of the group with a non-zero weight (survey)
  const nsd = c.method === "survey" ? out.nonzero[d]! : cnt;
  const ss = out.contSS[k]!;
  const stdev = nsd > 1 ? Math.sqrt(((nsd / (nsd - 1)) * ss) / W) : Number.NaN;
  // design effect: the variance over the simple-random-sampling variance s²/n, s² = n/(n − 1) Σw(x − r)²/W
  const deff = c.method === "simple" ? 1 : cnt > 1 && ss > 0 ? (variance * (cnt - 1) * W) / ss : Number.NaN;
  return { r, se, ll: r - t * se, ul: r + t * se, deff, n: cnt, suppressed: false, stdev };
}

/** Everything of indicator `v` in domain `d`: the numbers of children, the six prevalences and the mean. @internal */
export function indicatorEstimates(c: Computed, d: number, v: number): IndicatorEstimates {
  const { pop, unwpop, props } = catEstimates(c, d, v);
  return {
    pop,
    unwpop,
    below3: props[0]!,
    below2: props[1]!,
    below1: props[2]!,
    above1: props[3]!,
    above2: props[4]!,
    above3: props[5]!,
    mean: meanEstimate(c, d, v),
  };
}

/** The combined indicators in domain `d` (when computed). @internal */
export function combinedEstimates(c: Computed, d: number): CombinedEstimates {
  const { pop, unwpop, props } = catEstimates(c, d, c.indicators.length);
  return { pop, unwpop, stuntedWasted: props[0]!, stuntedOverweight: props[1]! };
}
