import { centileToZ, normalCdf } from "../lms/centile.js";

/**
 * The normal z-score of a point whose lower and upper tail probabilities are
 * `lower` and `upper` (lower + upper = 1), read from the smaller tail so
 * that it keeps its precision far out: Φ⁻¹(lower) = −Φ⁻¹(upper).
 * ±Infinity when that tail is 0.
 * @internal
 */
export function zOfTails(lower: number, upper: number): number {
  return lower <= upper ? centileToZ(100 * lower) : -centileToZ(100 * upper);
}

/** Both tails at z, `[Φ(z), Φ(−z)]`, each to full relative precision, into `out` (`[1, 0]` at +Infinity). @internal */
export function normalTails(z: number, out: Float64Array): void {
  if (z === Infinity || z === -Infinity) {
    out[0] = z > 0 ? 1 : 0;
    out[1] = z > 0 ? 0 : 1;
    return;
  }
  out[0] = normalCdf(z);
  out[1] = normalCdf(-z);
}
