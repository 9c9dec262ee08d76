/**
 * The SKDN age groups, in completed months.
 * @category Aggregation
 */
export type SkdnAgeGroup = "0-5" | "6-11" | "12-23" | "24-35" | "36-59";

/**
 * The age groups SKDN is broken down by, in completed months, youngest first.
 *
 * @example
 * SKDN_AGE_GROUPS[2]; // => "12-23"
 * @category Aggregation
 */
export const SKDN_AGE_GROUPS: readonly SkdnAgeGroup[] = Object.freeze(["0-5", "6-11", "12-23", "24-35", "36-59"]);

/** Index into {@link SKDN_AGE_GROUPS} of an age of 0–59 completed months. @internal */
export function ageGroupIndex(months: number): number {
  return months < 6 ? 0 : months < 12 ? 1 : months < 24 ? 2 : months < 36 ? 3 : 4;
}
