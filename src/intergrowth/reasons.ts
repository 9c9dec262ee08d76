/**
 * Why a value of {@link newbornSize} or {@link pretermGrowth} is NA: the
 * codes both share.
 *
 * - `sex-missing`, `sex-invalid`: no usable sex, so no z-score or centile
 *   (the birth weight category and preterm birth need no sex).
 * - `weight-missing`, `weight-invalid` (≤ 0, infinite, not a number), and the
 *   same pairs for `length` and `headc` (head circumference).
 * - `value-overflow`: a measurement so large that its z-score overflows to
 *   infinity (far beyond any real child: check the units).
 * @category Newborn
 */
export type MeasurementReasonCode =
  | "sex-missing"
  | "sex-invalid"
  | "weight-missing"
  | "weight-invalid"
  | "length-missing"
  | "length-invalid"
  | "headc-missing"
  | "headc-invalid"
  | "value-overflow";

/**
 * Why a value of {@link newbornSize} is NA: the {@link MeasurementReasonCode}s
 * and three of gestational age.
 *
 * - `ga-missing`: neither `gaDays` nor `gaWeeks` was given.
 * - `ga-invalid`: the gestational age is ≤ 0, infinite or not a number.
 * - `ga-outside-standard`: the gestational age is outside 24+0 to 42+6 weeks
 *   (168–300 days), where the standards stop; nothing is extrapolated.
 * @category Newborn
 */
export type NewbornReasonCode = MeasurementReasonCode | "ga-missing" | "ga-invalid" | "ga-outside-standard";

/**
 * Why a value of {@link pretermGrowth} is NA: the
 * {@link MeasurementReasonCode}s and three of postmenstrual age.
 *
 * - `pma-missing`: neither `pmaDays` nor `pmaWeeks` was given.
 * - `pma-invalid`: the postmenstrual age is ≤ 0, infinite or not a number.
 * - `pma-outside-standard`: the postmenstrual age is outside 27+0 to 64+0
 *   weeks, where the standard stops; nothing is extrapolated.
 * @category Newborn
 */
export type PretermReasonCode = MeasurementReasonCode | "pma-missing" | "pma-invalid" | "pma-outside-standard";
