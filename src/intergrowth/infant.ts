/**
 * The sex and measurements of a newborn or preterm infant, as {@link newbornSize} and {@link pretermGrowth} take them. Missing measurements may be left out, `null`, `undefined` or NaN.
 * @category Newborn
 */
export interface InfantMeasurements {
  /** 1/2, `m`/`f`, `male`/`female`, `L`/`P` (laki-laki/perempuan). */
  readonly sex: unknown;
  /** Weight in kg (not grams). */
  readonly weightKg?: number | null;
  /** Length in cm. */
  readonly lengthCm?: number | null;
  /** Head circumference in cm. */
  readonly headCm?: number | null;
}

/**
 * The z-scores and centiles of an infant's weight, length and head circumference; NaN when NA.
 * @category Newborn
 */
export interface InfantScores {
  /** Weight z-score (exact, unrounded). */
  readonly zwei: number;
  /** Length z-score. */
  readonly zlen: number;
  /** Head circumference z-score. */
  readonly zhc: number;
  /** Weight centile, in percent (0–100). */
  readonly cwei: number;
  /** Length centile, in percent. */
  readonly clen: number;
  /** Head circumference centile, in percent. */
  readonly chc: number;
}
