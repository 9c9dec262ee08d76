/**
 * The skew t distribution type 3 (ST3) of GAMLSS (Rigby et al. 2019,
 * pp. 413–415): Fernández and Steel's (1998) two-piece skew t with location
 * μ, scale σ, skewness ν and degrees of freedom τ. Left of μ it is a
 * Student t with scale σ/ν, right of μ one with scale σ·ν, weighted so the
 * density is continuous:
 *
 *   F(x) = 2/(1+ν²) · T_τ(ν(x−μ)/σ)                 x < μ
 *   F(x) = 1 − 2ν²/(1+ν²) · (1 − T_τ((x−μ)/(σν)))    x ≥ μ
 *
 * with T_τ the Student t CDF. Both tails are computed directly (never as
 * 1 − a number near 1), so z-scores stay exact far into the tails.
 */
import { tUpperQuantile, tUpperTail } from "./student-t-tail.js";

/** The four ST3 parameters. @internal */
export interface St3Parameters {
  readonly mu: number;
  readonly sigma: number;
  readonly nu: number;
  readonly tau: number;
}

/**
 * Both tails of the ST3 at `x`: `[F(x), 1 − F(x)]`, each to full relative
 * precision. Writes them into `out`.
 * @internal
 */
export function st3Tails(x: number, p: St3Parameters, out: Float64Array): void {
  const { mu, sigma, nu, tau } = p;
  const nu2 = nu * nu;
  if (x < mu) {
    const lower = (2 / (1 + nu2)) * tUpperTail((nu * (mu - x)) / sigma, tau);
    out[0] = lower;
    out[1] = 1 - lower;
  } else {
    const upper = ((2 * nu2) / (1 + nu2)) * tUpperTail((x - mu) / (sigma * nu), tau);
    out[0] = 1 - upper;
    out[1] = upper;
  }
}

/**
 * The value of the ST3 whose lower tail is `lower` and upper tail `upper`
 * (lower + upper = 1, each given to its own precision): the quantile
 * function, inverted in whichever tail holds the point.
 * @internal
 */
export function st3Quantile(lower: number, upper: number, p: St3Parameters): number {
  const { mu, sigma, nu, tau } = p;
  const nu2 = nu * nu;
  // The tail probabilities of the t piece, at most ½ (min() absorbs rounding at the join, F(μ) = 1/(1+ν²)).
  if (lower < 1 / (1 + nu2)) return mu - (sigma / nu) * tUpperQuantile(Math.min(0.5, (lower * (1 + nu2)) / 2), tau);
  return mu + sigma * nu * tUpperQuantile(Math.min(0.5, (upper * (1 + nu2)) / (2 * nu2)), tau);
}
