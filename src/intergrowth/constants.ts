/**
 * The INTERGROWTH-21st numbers and the birth-outcome definitions tumbuh's
 * newborn and preterm functions use, each written here once with its reason.
 * The regression equations themselves live with their standard
 * (`very-preterm.ts`, `postnatal.ts`); the skew t parameters are generated
 * from `data/intergrowth/`.
 */

/** Days in a week: gestational and postmenstrual ages in weeks are days / 7. */
export const DAYS_PER_WEEK = 7;

/**
 * First day of the newborn size standards: 24+0 weeks (Villar et al. 2016,
 * very preterm newborns, 24+0 to 32+6 weeks).
 */
export const NEWBORN_MIN_DAYS = 168;

/**
 * First day of the Newborn Size Standard proper, 33+0 weeks (Villar et al.
 * 2014, 33+0 to 42+6 weeks): skew t parameters from here, the very preterm
 * normal equations below it.
 */
export const ST3_MIN_DAYS = 231;

/** Last day of the newborn size standards: 42+6 weeks. */
export const NEWBORN_MAX_DAYS = 300;

/**
 * Term starts at 37+0 weeks: a birth before day 259 is preterm (WHO; ICD-10
 * "less than 37 completed weeks"), the split of the small vulnerable newborn
 * types.
 */
export const TERM_MIN_DAYS = 259;

/** First week of the postnatal growth standards for preterm infants, 27+0 weeks PMA (Villar et al. 2015). */
export const POSTNATAL_MIN_WEEKS = 27;

/** Last week of the postnatal growth standards for preterm infants, 64+0 weeks PMA. */
export const POSTNATAL_MAX_WEEKS = 64;

/**
 * A measurement taken before half a day of age is a birth measurement, scored
 * on the Newborn Size Standard by gestational age (the rule of the R package
 * gigs before 0.5.0; gigs 0.5.1 also counts a child's first measurement up
 * to day 3, which a scorer of single rows cannot tell).
 */
export const BIRTH_MEASUREMENT_BEFORE_DAYS = 0.5;

/** Small for gestational age: birth weight below the 10th centile (INTERGROWTH-21st; Lancet 2023 SVN series). */
export const SGA_BELOW = 0.1;

/** Large for gestational age: birth weight above the 90th centile. */
export const LGA_ABOVE = 0.9;

/** Severely small for gestational age: birth weight below the 3rd centile. */
export const SEVERE_SGA_BELOW = 0.03;

/** Low birth weight: under 2,500 g (WHO). */
export const LBW_BELOW_KG = 2.5;

/** Very low birth weight: under 1,500 g (WHO). */
export const VLBW_BELOW_KG = 1.5;

/** Extremely low birth weight: under 1,000 g (WHO). */
export const ELBW_BELOW_KG = 1;
