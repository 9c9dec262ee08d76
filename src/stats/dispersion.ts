/**
 * The index of dispersion of counts (variance / mean) and its chi-square
 * test: under a Poisson distribution (cases spread at random over the
 * clusters) (k − 1) · ID follows χ² with k − 1 degrees of freedom; a small
 * upper-tail p-value says the cases are clustered (overdispersed). ENA for
 * SMART applies it to the cases of WHZ < −2 per cluster.
 * @internal
 */
import { chiSquarePValue } from "./chi-square.js";

/** The test of {@link dispersionTest}. @internal */
export interface DispersionTest {
  /** Clusters (counts). */
  readonly k: number;
  /** Sample variance (k − 1) over the mean; NaN with fewer than two counts or a mean of 0. */
  readonly index: number;
  /** (k − 1) · index = Σ (x − x̄)² / x̄. */
  readonly chiSquare: number;
  /** P(χ²(k − 1) ≥ chiSquare): small when the counts are clustered. */
  readonly pValue: number;
}

/** The index of dispersion of `counts` and its upper-tail p-value. @internal */
export function dispersionTest(counts: ArrayLike<number>): DispersionTest {
  const k = counts.length;
  let sum = 0;
  for (let i = 0; i < k; i++) sum += counts[i]!;
  const mean = sum / k;
  if (k < 2 || !(mean > 0)) return { k, index: Number.NaN, chiSquare: Number.NaN, pValue: Number.NaN };
  let ss = 0;
  for (let i = 0; i < k; i++) ss += (counts[i]! - mean) ** 2;
  const chiSquare = ss / mean;
  return { k, index: chiSquare / (k - 1), chiSquare, pValue: chiSquarePValue(chiSquare, k - 1) };
}
