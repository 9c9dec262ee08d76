/**
 * Estimates from the sums of a computation, group by group: each prevalence
 * (in %) with its standard error and logit confidence interval, each mean
 * z-score with its confidence interval and SD, and the weighted and
 * unweighted numbers of children — for an indicator, and for the combined
 * indicators. The t quantiles use the design's degrees of freedom.
 * @internal
 */
import { expit, logit } from "../../stats/logit.js";
import { tQuantile } from "../../stats/student-t.js";
import type { Computed } from "./computation.js";
import { COMBINED_BUCKETS, COMBINED_PROPS, CUTOFF_PROPS, Z_BUCKETS } from "./cutoff-buckets.js";
import type { CombinedEstimates, Estimate, IndicatorEstimates, MeanEstimate } from "./types.js";

const NA_ESTIMATE: Estimate = Object.freeze({ r: Number.NaN, se: Number.NaN, ll: Number.NaN, ul: Number.NaN });

/**
 * A prevalence (in %) with its logit confidence interval. At 0 % and 100 %
 * the interval is [0, 0] and [100, 100].
 * @internal
 */
export function proportion(Sy: number, W: number, complement: number, variance: number, df: number): Estimate {
  if (!(W > 0)) return NA_ESTIMATE;
  const r = Sy / W;
  const se = Math.sqrt(variance);
  let ll: number;
  let ul: number;
  if (Sy === 0) ll = ul = 0;
  else if (complement === 0) ll = ul = 1;
  else {
    const logitR = logit(r);
    const seLogit = se / (r * (1 - r));
    const t = tQuantile(0.975, df);
    ll = expit(logitR - t * seLogit);
    ul = expit(logitR + t * seLogit);
  }
  return { r: 100 * r, se: 100 * se, ll: 100 * ll, ul: 100 * ul };
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
    if (unwpop === 0) return NA_ESTIMATE;
    let Sy = 0;
    let comp = 0;
    for (let k = 0; k < K; k++) {
      if (set.includes(k)) Sy += out.catWeight[bo + k]!;
      else comp += out.catWeight[bo + k]!;
    }
    return proportion(Sy, W, comp, out.propVar[d * out.totalProps + out.propOffset[v]! + p]!, c.dfProp);
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
  if (cnt === 0 || !(W > 0)) return { ...NA_ESTIMATE, stdev: Number.NaN };
  const r = out.contSum[k]! / W;
  const se = Math.sqrt(out.contVar[k]!);
  const t = tQuantile(0.975, c.dfMean);
  // WHO anthro's SD: n/(n−1) with n the non-missing z-scores (simple, weighted) or, as survey::svyvar does,
  // the rows of the group with a non-zero weight (survey)
  const nsd = c.method === "survey" ? out.nonzero[d]! : cnt;
  const stdev = nsd > 1 ? Math.sqrt(((nsd / (nsd - 1)) * out.contSS[k]!) / W) : Number.NaN;
  return { r, se, ll: r - t * se, ul: r + t * se, stdev };
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
