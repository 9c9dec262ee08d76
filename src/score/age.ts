/** Days in a month as WHO uses them: 365.25 / 12. */
export const DAYS_PER_MONTH = 30.4375;

/**
 * WHO anthro's rounding of age in days to whole days for table look-up:
 * a fractional part of .5 or more rounds up, less rounds down
 * (`floor(x) + (x − floor(x) ≥ 0.5)`). Defined for x ≥ 0.
 *
 * @example
 * roundAgeDays(730.5); // => 731
 * @example
 * roundAgeDays(730.49); // => 730
 */
export function roundAgeDays(ageDays: number): number {
  const f = Math.floor(ageDays);
  return ageDays - f >= 0.5 ? f + 1 : f;
}
