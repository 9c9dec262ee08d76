/**
 * The cut-offs of a prevalence as buckets: each z-score falls in one of
 * seven buckets (z < −3, −3 ≤ z < −2, −2 ≤ z < −1, −1 ≤ z ≤ +1, +1 < z ≤ +2,
 * +2 < z ≤ +3, z > +3), and each reported prevalence is a set of buckets
 * (z < −2 is the first two). The combined indicators of height-for-age and
 * weight-for-height have three buckets: neither, stunted and wasted, stunted
 * and overweight. The survey variance sums weights per bucket; the estimates
 * add up the buckets of each set.
 * @internal
 */

/** Buckets of one indicator's z-scores. @internal */
export const Z_BUCKETS = 7;

/**
 * The prevalences of one indicator as sets of buckets, in the order of
 * `PREVALENCE_CUTOFFS`: < −3, < −2, < −1, > +1, > +2, > +3.
 * @internal
 */
export const CUTOFF_PROPS: readonly (readonly number[])[] = [[0], [0, 1], [0, 1, 2], [4, 5, 6], [5, 6], [6]];

/** Buckets of the combined indicators. @internal */
export const COMBINED_BUCKETS = 3;

/** The combined prevalences as sets of buckets: stunted and wasted, stunted and overweight. @internal */
export const COMBINED_PROPS: readonly (readonly number[])[] = [[1], [2]];

/** The bucket of a z-score (not NaN). @internal */
export function bucketOf(z: number): number {
  return z < -3 ? 0 : z < -2 ? 1 : z < -1 ? 2 : z <= 1 ? 3 : z <= 2 ? 4 : z <= 3 ? 5 : 6;
}

/** The combined bucket of a height-for-age and a weight-for-height z-score (neither NaN). @internal */
export function combinedBucket(haz: number, whz: number): number {
  const stunted = haz < -2;
  return stunted && whz < -2 ? 1 : stunted && whz > 2 ? 2 : 0;
}
