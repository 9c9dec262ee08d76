/**
 * The logit and its inverse, the logistic function: the scale on which the
 * confidence interval of a prevalence is built (symmetric in logit(p), so
 * that its limits stay inside 0–1).
 * @internal
 */

/** ln(p / (1 − p)), for 0 < p < 1. @internal */
export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** The logistic function 1/(1+e^−x), the inverse of {@link logit}. @internal */
export function expit(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
