/**
 * WHO's numbers, each written here once with the reason it has the value it
 * has. Every other module imports them: a reader changes a WHO rule in one
 * line. Indicator-specific limits (flag limits, validity windows, restricted
 * tails) live with each indicator in `indicators.ts`.
 *
 * Sources: WHO anthro 1.1.0 (0–5 years) and WHO anthroplus 1.0.0 (5–19
 * years), the R packages whose results tumbuh reproduces; see
 * docs/who-compatibility.md.
 */

/**
 * Days in a month as WHO uses them: 365.25 / 12.
 * @category Scoring
 */
export const DAYS_PER_MONTH = 30.4375;

/**
 * The age in whole days from which the WHO Child Growth Standards use
 * standing height instead of recumbent length (day 731 = 24 months): the
 * length-for-age table switches to height there, and so does the choice
 * between weight-for-length and weight-for-height.
 */
export const LENGTH_TO_HEIGHT_DAY = 731;

/**
 * Recumbent length is on average 0.7 cm more than standing height (WHO
 * Child Growth Standards): a height measured under 731 days gets +0.7 cm, a
 * length measured from 731 days gets −0.7 cm.
 */
export const LENHEI_ADJUST_CM = 0.7;

/**
 * Without an age and without a measurement position, WHO anthro takes a
 * length/height under 87 cm as a length (weight-for-length table) and from
 * 87 cm as a height (weight-for-height table).
 */
export const WFL_NO_AGE_SWITCH_CM = 87;

/**
 * Under this age in months a standing measurement is implausible: WHO anthro
 * ignores the position (no ±0.7 cm conversion) and sets `c9mo_flag`.
 */
export const STANDING_MIN_MONTHS = 9;

/**
 * From this age in months the WHO Growth Reference 2007 (WHO anthroplus)
 * applies; under it, the WHO Child Growth Standards 2006 (WHO anthro).
 */
export const WHO2007_MIN_MONTHS = 60;

/** The oldest age in months the WHO Growth Reference 2007 covers (19 years). */
export const WHO2007_MAX_MONTHS = 228;

/** WHO 2007 weight-for-age stops at 10 years (120 months): weight alone says little in puberty. */
export const WHO2007_WFA_MAX_MONTHS = 120;

/**
 * The oldest age that WHO anthro's prevalence includes: an age in days
 * (rounded half up to a whole day, see `roundAgeDays`) of at most 1826, the
 * last whole day under 60 months (60 × 30.4375 = 1826.25).
 */
export const WHO2006_MAX_DAYS = 1826;

/**
 * Arm circumference and the skinfolds have standards from day 91 (3 months)
 * on; under it their z-scores are NA.
 */
export const ARM_SKINFOLD_MIN_DAYS = 91;

/**
 * The largest integer R holds (2^31 − 1). WHO anthro keeps ages in whole days
 * as R integers, so a larger age has no whole day (and no age-based z-score).
 */
export const MAX_R_INTEGER = 2147483647;

/** Normalised sex codes (see `sexCode`): 1 male, 2 female. */
export const MALE = 1;
/** @see MALE */
export const FEMALE = 2;

/** Normalised position codes (see `measureCode`): 1 lying (recumbent length), 2 standing (height); 0 unknown. */
export const LYING = 1;
/** @see LYING */
export const STANDING = 2;

/**
 * The end of WHO's first 1-month weight-velocity interval, `0-4 wks`, and the
 * start of the second, `4 wks-2 mo`: 4 weeks = 28 days (the MGRS visit at
 * week 4). Every other velocity interval runs between whole months of
 * {@link DAYS_PER_MONTH} days (WHO Child Growth Standards: Growth velocity,
 * 2009).
 */
export const VELOCITY_WEEK_4_DAYS = 28;

/** A full-term pregnancy: 40+0 weeks (280 days), the reference of corrected age. */
export const TERM_DAYS = 280;

/** Born before 37+0 weeks (259 days) of gestation is preterm (WHO). */
export const PRETERM_BEFORE_DAYS = 259;

/**
 * Gestational ages tumbuh accepts: 22+0 (154 days, the limit of viability)
 * to 44+6 weeks (314 days). Anything else is `ga-invalid` and no correction
 * is made.
 */
export const GA_MIN_DAYS = 154;
/** @see GA_MIN_DAYS */
export const GA_MAX_DAYS = 314;

/**
 * Corrected age is used until a corrected age of 24 months, the usual
 * clinical practice (the `correctUntilMonths` option changes it).
 */
export const CORRECT_UNTIL_MONTHS = 24;
