/**
 * Confidence intervals of a prevalence (95 %) and its design effect. WHO's
 * logit interval (anthro and anthroplus) is the default; the Wilson,
 * Clopper–Pearson and Korn–Graubard intervals suit small groups (a
 * kelurahan, a posyandu) and prevalences near 0 % or 100 %, where the logit
 * interval is degenerate ([0, 0] at 0 %). With a design, the binomial
 * intervals use the effective sample size n / deff; see docs/prevalence.md.
 * @internal
 */
import { betaQuantile } from "../../stats/beta-quantile.js";
import { expit, logit } from "../../stats/logit.js";
import { normalQuantile } from "../../stats/normal.js";
import { tQuantile } from "../../stats/student-t.js";
import type { IntervalMethod, PrevalenceMethod } from "./types.js";


/** The interval methods, the default first. @internal */
export const INTERVAL_METHODS: readonly IntervalMethod[] = ["logit", "wilson", "clopper-pearson", "korn-graubard"];

const ALPHA = 0.05;
const Z = normalQuantile(1 - ALPHA / 2);

/**
 * The design effect of a proportion p (0–1) with design variance
 * `variance` among `n` children: variance / (p(1 − p) / (n − 1)), the
 * variance under simple random sampling of n children (survey's
 * `svymean(…, deff = "replace")`). 1 for a simple random sample; NaN at
 * p = 0 or 1 with a design, or with fewer than two children.
 * @internal
 */
export function proportionDesignEffect(p: number, variance: number, n: number, method: PrevalenceMethod): number {
  if (!(n >= 1)) return Number.NaN;
  if (method === "simple") return 1;
  if (!(n >= 2) || !(p > 0 && p < 1)) return Number.NaN;
  return (variance * (n - 1)) / (p * (1 - p));
}

/**
 * The 95 % interval [ll, ul] (0–1) of a proportion p with design variance
 * `variance`, `n` children, `df` degrees of freedom and design effect
 * `deff`. `none` and `all` say that no child, or every child, is in the set
 * (the sums are exactly 0; p is then exactly 0 or 1).
 * @internal
 */
export function proportionInterval(
  how: IntervalMethod, p: number, variance: number, n: number, df: number, deff: number,
  ends: { readonly none: boolean; readonly all: boolean }, method: PrevalenceMethod,
): readonly [number, number] {
  if (how === "logit") {
    if (ends.none) return [0, 0];
    if (ends.all) return [1, 1];
    const seLogit = Math.sqrt(variance) / (p * (1 - p));
    const t = tQuantile(1 - ALPHA / 2, df);
    return [expit(logit(p) - t * seLogit), expit(logit(p) + t * seLogit)];
  }
  let nEff = deff > 0 && deff < Infinity ? n / deff : n;
  if (how === "korn-graubard" && method !== "simple" && n > 1) {
    const ratio = tQuantile(1 - ALPHA / 2, n - 1) / tQuantile(1 - ALPHA / 2, df);
    nEff *= Math.min(1, ratio * ratio);
  }
  if (!(nEff > 0)) return [Number.NaN, Number.NaN];
  const q = ends.none ? 0 : ends.all ? 1 : p;
  return how === "wilson" ? wilson(q, nEff, ends) : clopperPearson(q * nEff, nEff, ends);
}

/** The Wilson score interval of p among n (n may be fractional). */
function wilson(p: number, n: number, ends: { readonly none: boolean; readonly all: boolean }): readonly [number, number] {
  const z2 = Z * Z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return [ends.none ? 0 : Math.max(0, centre - half), ends.all ? 1 : Math.min(1, centre + half)];
}

/** The Clopper–Pearson interval of x successes among n (both may be fractional). */
function clopperPearson(x: number, n: number, ends: { readonly none: boolean; readonly all: boolean }): readonly [number, number] {
  const ll = ends.none ? 0 : betaQuantile(ALPHA / 2, x, n - x + 1);
  const ul = ends.all ? 1 : betaQuantile(1 - ALPHA / 2, x + 1, n - x);
  return [ll, ul];
}
