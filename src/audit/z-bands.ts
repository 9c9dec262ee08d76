/**
 * The five WHO bands a z-score falls in, the classes of the audit:
 * z < −3, −3 ≤ z < −2, −2 ≤ z ≤ 2, 2 < z ≤ 3, z > 3 (the WHO cut-offs of
 * severe and moderate undernutrition and of overweight and obesity).
 */

/**
 * The bands' names, lowest first.
 * @category Audit
 */
export const Z_BANDS = ["below -3", "-3 to <-2", "-2 to 2", ">2 to 3", "above 3"] as const;

/** The band (0–4) of a z-score; −1 for NaN. @internal */
export function zBand(z: number): number {
  if (z !== z) return -1;
  if (z < -3) return 0;
  if (z < -2) return 1;
  if (z <= 2) return 2;
  return z <= 3 ? 3 : 4;
}
