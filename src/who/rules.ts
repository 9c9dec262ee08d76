/**
 * WHO's small scalar rules, each written once: how an age is read and
 * rounded, the ±0.7 cm length/height conversion, the standing-under-9-months
 * rule, which weight-for-length/height table applies, and which standard an
 * age falls in. The bulk kernel, the one-record reader, classification,
 * aggregation, the chart and the command line all call these (they are small
 * enough for the optimiser to inline in hot loops).
 */
import {
  DAYS_PER_MONTH, GA_MAX_DAYS, GA_MIN_DAYS, LENGTH_TO_HEIGHT_DAY, MAX_R_INTEGER, PRETERM_BEFORE_DAYS, TERM_DAYS, LENHEI_ADJUST_CM, LYING, STANDING, STANDING_MIN_MONTHS,
  WFL_NO_AGE_SWITCH_CM, WHO2006_MAX_DAYS, WHO2007_MIN_MONTHS,
} from "./constants.js";

export { DAYS_PER_MONTH } from "./constants.js";

/**
 * WHO anthro's rounding of age in days to whole days for table look-up:
 * a fractional part of .5 or more rounds up, less rounds down
 * (`floor(x) + (x − floor(x) ≥ 0.5)`). Defined for x ≥ 0.
 *
 * @example
 * roundAgeDays(730.5); // => 731
 * @example
 * roundAgeDays(730.49); // => 730
 * @category Scoring
 */
export function roundAgeDays(ageDays: number): number {
  const f = Math.floor(ageDays);
  return ageDays - f >= 0.5 ? f + 1 : f;
}

/**
 * Age in months as WHO reads a record: from the age in days where it is
 * given (not NaN), else the age in months. Validity is the caller's check
 * (a negative or infinite result is an invalid age; NaN a missing one).
 * @internal
 */
export function ageMonthsOf(ageDays: number, ageMonths: number): number {
  return ageDays === ageDays ? ageDays / DAYS_PER_MONTH : ageMonths;
}

/**
 * Age in (unrounded) days as WHO reads a record: the age in days where it is
 * given (not NaN), else the age in months × 30.4375.
 * @internal
 */
export function ageDaysOf(ageDays: number, ageMonths: number): number {
  return ageDays === ageDays ? ageDays : ageMonths * DAYS_PER_MONTH;
}

/**
 * The whole day WHO anthro looks an age up at: the age in days (else months
 * × 30.4375) rounded half up ({@link roundAgeDays}); NaN beyond the largest
 * R integer, where anthro has no whole day. For a valid age only.
 * @internal
 */
export function whoAgeDay(ageDays: number, ageMonths: number): number {
  const day = roundAgeDays(ageDaysOf(ageDays, ageMonths));
  return day > MAX_R_INTEGER ? NaN : day;
}

/** Whether an age in months (valid, ≥ 0) falls in the WHO Growth Reference 2007 rather than the 2006 standards. @internal */
export function isWho2007Age(months: number): boolean {
  return months >= WHO2007_MIN_MONTHS;
}

/**
 * Whether WHO anthro's prevalence includes a child of this age in days
 * (unrounded): a valid age whose whole day is at most 1826.
 * @internal
 */
export function inWho2006Prevalence(ageDays: number): boolean {
  return ageDays >= 0 && ageDays < Infinity && roundAgeDays(ageDays) <= WHO2006_MAX_DAYS;
}

/**
 * Whether a standing measurement at this age is ignored as implausible
 * (under 9 months: the position then counts as unknown and `c9mo_flag` is set).
 * @internal
 */
export function standingIgnored(measure: number, months: number): boolean {
  return measure === STANDING && months < STANDING_MIN_MONTHS;
}

/**
 * Length/height after WHO's conversion: a height (standing) under 731 days
 * is a length + 0.7 cm, a length (lying) from 731 days a height − 0.7 cm;
 * with an unknown whole day (NaN) or position (0) the value as measured.
 *
 * @param lenheiCm - as measured
 * @param day - age in whole days (see {@link roundAgeDays}), NaN when unknown
 * @param measure - 1 lying, 2 standing, 0 unknown
 * @internal
 */
export function adjustLenheiCm(lenheiCm: number, day: number, measure: number): number {
  if (day < LENGTH_TO_HEIGHT_DAY) return measure === STANDING ? lenheiCm + LENHEI_ADJUST_CM : lenheiCm;
  if (day >= LENGTH_TO_HEIGHT_DAY) return measure === LYING ? lenheiCm - LENHEI_ADJUST_CM : lenheiCm;
  return lenheiCm;
}

/**
 * Whether weight-for-length (rather than weight-for-height) applies: under
 * 731 days; without an age, by the position (lying: length, standing:
 * height); without either, below 87 cm.
 *
 * @param day - age in whole days, NaN when unknown
 * @param measure - 1 lying, 2 standing, 0 unknown
 * @param clenheiCm - length/height after {@link adjustLenheiCm}
 * @internal
 */
export function wflUsesLength(day: number, measure: number, clenheiCm: number): boolean {
  if (day === day) return day < LENGTH_TO_HEIGHT_DAY;
  return measure === LYING ? true : measure === STANDING ? false : clenheiCm < WFL_NO_AGE_SWITCH_CM;
}

/** Whether an age in whole days uses the length (lying) rows of length/height-for-age rather than the height rows. @internal */
export function isLengthAge(day: number): boolean {
  return day < LENGTH_TO_HEIGHT_DAY;
}

/**
 * Gestational age at birth in days as a record gives it: in days where given
 * (not NaN), else in weeks × 7. NaN when neither is given.
 * @internal
 */
export function gaDaysOf(gaDays: number, gaWeeks: number): number {
  return gaDays === gaDays ? gaDays : gaWeeks * 7;
}

/** Whether a gestational age in days is one tumbuh accepts (22+0 to 44+6 weeks). @internal */
export function isValidGa(gaDays: number): boolean {
  return gaDays >= GA_MIN_DAYS && gaDays <= GA_MAX_DAYS;
}

/**
 * The corrected age in days of a child born preterm: chronological age −
 * (280 − gestational age) days, while it is under `untilDays`; NaN when no
 * correction applies (born at 37+0 weeks or later, an invalid gestational
 * age, `untilDays` 0, or a corrected age of `untilDays` or more). May be negative: the
 * child has not yet reached its term date.
 *
 * @param ageDays - chronological age in days (valid)
 * @param gaDays - gestational age at birth in days
 * @param untilDays - the corrected age in days from which no correction is made
 * @internal
 */
export function correctedAgeDays(ageDays: number, gaDays: number, untilDays: number): number {
  if (!(untilDays > 0 && isValidGa(gaDays) && gaDays < PRETERM_BEFORE_DAYS)) return NaN;
  const corrected = ageDays - (TERM_DAYS - gaDays);
  return corrected < untilDays ? corrected : NaN;
}

/**
 * The correction for prematurity of one record: the corrected age in days
 * ({@link correctedAgeDays}; negative before the term date), NaN when no
 * correction applies (no gestational age, born at term, no age, or past
 * `untilDays`), or −Infinity when the gestational age given is not valid.
 *
 * @param ageDays - chronological age in days, NaN when unknown
 * @param gaDays - gestational age at birth in days, NaN when not given
 * @param gaWeeks - in weeks, used when `gaDays` is NaN
 * @internal
 */
export function prematurityCorrection(ageDays: number, gaDays: number, gaWeeks: number, untilDays: number): number {
  const g = gaDaysOf(gaDays, gaWeeks);
  if (g !== g) return NaN;
  if (!isValidGa(g)) return -Infinity;
  return ageDays === ageDays ? correctedAgeDays(ageDays, g, untilDays) : NaN;
}
