/**
 * The upper tail of Student's t distribution with any real number of degrees
 * of freedom, and its inverse, computed in the tail itself so that tiny tail
 * probabilities keep their relative precision (the skew t of the
 * INTERGROWTH-21st newborn standard needs both tails of every z-score).
 *
 *   P(T > t) = ½ · I_{ν/(ν+t²)}(ν/2, ½)        (t ≥ 0)
 *
 * with I the regularized incomplete beta function.
 */
import { incompleteBeta, logBeta } from "../stats/incomplete-beta.js";

/**
 * P(T > t) for t ≥ 0 (½ at t = 0, 0 at t = +Infinity) with `df` > 0
 * degrees of freedom, to about 1e-13 relative while ν/(ν+t²) is a normal
 * double (for the newborn standard's ν ≥ 15 the tail itself underflows
 * long before that).
 * @internal
 */
export function tUpperTail(t: number, df: number): number {
  const t2 = t * t;
  // For small t the complement keeps the precision: P(T > t) = ½ (1 − I_{t²/(ν+t²)}(½, ν/2)).
  if (t2 < df) return 0.5 * (1 - incompleteBeta(t2 / (df + t2), 0.5, df / 2));
  // (ν/t)/t where t² overflows
  return 0.5 * incompleteBeta(t2 === Infinity ? df / t / t : df / (df + t2), df / 2, 0.5);
}

/** ln of the t density's constant, −ln B(ν/2, ½) − ½ ln ν. */
function logDensityConstant(df: number): number {
  return -logBeta(df / 2, 0.5) - 0.5 * Math.log(df);
}

/**
 * The t ≥ 0 with P(T > t) = `q`, for 0 ≤ q ≤ ½ (0 at q = ½, +Infinity at
 * q = 0), `df` > 0. Safeguarded Newton's method on ln P(T > t) − ln q inside
 * a bracket that always holds the root (bisection when a Newton step leaves
 * it), to a relative step of 1e-15: converges for every q a double can hold.
 * @internal
 */
export function tUpperQuantile(q: number, df: number): number {
  if (!(q < 0.5)) return q === 0.5 ? 0 : Number.NaN;
  if (q <= 0) return q === 0 ? Infinity : Number.NaN;
  const logQ = Math.log(q);
  const logC = logDensityConstant(df);
  // Bracket [lo, hi] with P(T > lo) ≥ q > P(T > hi).
  let lo = 0;
  let hi = 1;
  while (tUpperTail(hi, df) >= q) {
    lo = hi;
    hi *= 2;
  }
  let t = 0.5 * (lo + hi);
  for (let it = 0; it < 400; it++) {
    const s = tUpperTail(t, df);
    if (s >= q) lo = t;
    else hi = t;
    // d/dt ln S(t) = −f(t)/S(t)
    const logF = logC - ((df + 1) / 2) * Math.log1p((t * t) / df);
    let next = t + (Math.log(s) - logQ) * Math.exp(Math.log(s) - logF);
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - t) <= 1e-15 * next || hi - lo <= 1e-15 * hi) return next;
    t = next;
  }
  return t;
}
