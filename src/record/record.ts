/**
 * One child's record as the one-record functions take it ({@link score} and
 * the one-indicator functions such as {@link weightForAge}).
 */

/**
 * One child's measurements. Give age in days (`ageDays`) or months
 * (`ageMonths`); days win when both are given. Missing measurements may be
 * left out, `null`, `undefined` or NaN.
 * @category Scoring
 */
export interface ScoreRecord {
  /** 1/2, `m`/`f`, `male`/`female`, `L`/`P` (laki-laki/perempuan). */
  readonly sex: unknown;
  /** Age in days; fractional days are rounded half up for the tables, as WHO does. */
  readonly ageDays?: number | null;
  /** Age in months; used when `ageDays` is missing (× 30.4375 to days). */
  readonly ageMonths?: number | null;
  /** Weight in kg. */
  readonly weightKg?: number | null;
  /** Length or height in cm, as measured. */
  readonly lenheiCm?: number | null;
  /** `l` lying / `h` standing (also 1/2, `lying`/`standing`). */
  readonly measure?: unknown;
  /** Bilateral pitting oedema: `y`/`n`, `1`/`2`, true/false; missing = no. */
  readonly oedema?: unknown;
  /** Head circumference in cm. */
  readonly headCm?: number | null;
  /** Mid-upper arm circumference in cm. */
  readonly muacCm?: number | null;
  /** Triceps skinfold in mm. */
  readonly tricepsMm?: number | null;
  /** Subscapular skinfold in mm. */
  readonly subscapularMm?: number | null;
  /** Gestational age at birth in days; a child born before 37+0 weeks is scored at corrected age (see `correctUntilMonths`). */
  readonly gaDays?: number | null;
  /** Gestational age at birth in weeks (used when `gaDays` is missing; 32.5 = 32 weeks 3.5 days). */
  readonly gaWeeks?: number | null;
}
