import { ageDaysOf, ageMonthsOf, adjustLenheiCm, isWho2007Age, prematurityCorrection, standingIgnored, whoAgeDay } from "../who/rules.js";
import { CORRECT_UNTIL_MONTHS, DAYS_PER_MONTH, WHO2007_MAX_MONTHS } from "../who/constants.js";
import { wfaSpec } from "../who/indicators.js";
import { measureCode, numberValue, oedemaCode, sexCode } from "./codes.js";
import { ageReason, R } from "./reasons.js";
import type { ScoreRecord } from "./record.js";


/**
 * One child's record read as {@link score} reads it (the same codes, the
 * same checks, the same order of operations), for the one-indicator
 * functions. `reasons` holds the bits every indicator shares: sex, age,
 * weight, oedema, length/height and position.
 * @internal
 */
export interface Child {
  /** 1 or 2 when `sexOk`. */
  readonly sex: number;
  readonly sexOk: boolean;
  /** A valid age (days, else months) was given. */
  readonly ageKnown: boolean;
  /** Age in months (days / 30.4375 when given in days); NaN when unknown. */
  readonly months: number;
  /** Age in whole days for the WHO 2006 tables (rounded half up); NaN when unknown. */
  readonly day: number;
  readonly weightKg: number;
  /** Weight is a finite positive number. */
  readonly weightOk: boolean;
  /** Weight is present and there is no (or no invalid) oedema: weight-based z-scores can be computed. */
  readonly weightUsable: boolean;
  /** Length/height as measured. */
  readonly lenheiCm: number;
  readonly lenheiOk: boolean;
  /** Position after WHO's standing-under-9-months rule: 0 unknown, 1 lying, 2 standing. */
  readonly measure: number;
  /** Length/height after WHO's ±0.7 cm conversion; NaN when NA. */
  readonly clenhei: number;
  readonly reasons: number;
}

/** 1 for a finite positive number, 0 missing (NaN), −1 invalid. @internal */
export function presence(v: number): number {
  return v !== v ? 0 : v > 0 && v < Infinity ? 1 : -1;
}

/**
 * Reads `record` (already checked to be a {@link ScoreRecord}).
 * @internal
 */
export function readChild(record: ScoreRecord, correctUntilDays: number = CORRECT_UNTIL_MONTHS * DAYS_PER_MONTH): Child {
  let r = 0;
  const sx = sexCode(record.sex);
  const sexOk = sx === 1 || sx === 2;
  if (!sexOk) r |= sx === 0 ? R.SEX_MISSING : R.SEX_INVALID;

  // age: days take precedence over months (see ageMonthsOf)
  const aDays = numberValue(record.ageDays);
  const aMonths = numberValue(record.ageMonths);
  const ageR = ageReason(ageMonthsOf(aDays, aMonths));
  let ageKnown = ageR === 0;
  let months = ageKnown ? ageMonthsOf(aDays, aMonths) : NaN;
  let day = ageKnown ? whoAgeDay(aDays, aMonths) : NaN;
  let usedDays = ageKnown ? ageDaysOf(aDays, aMonths) : NaN;
  r |= ageR;
  // a child born preterm: corrected age (see prematurityCorrection)
  const cd = prematurityCorrection(usedDays, numberValue(record.gaDays), numberValue(record.gaWeeks), correctUntilDays);
  if (cd === -Infinity) r |= R.GA_INVALID;
  else if (cd < 0) {
    ageKnown = false;
    months = day = usedDays = NaN;
    r |= R.AGE_BEFORE_TERM;
  } else if (cd === cd) {
    usedDays = cd;
    months = cd / DAYS_PER_MONTH;
    day = whoAgeDay(cd, NaN);
  }

  const w = numberValue(record.weightKg);
  const wp = presence(w);
  if (wp === 0) r |= R.WEIGHT_MISSING;
  else if (wp < 0) r |= R.WEIGHT_INVALID;
  const oc = oedemaCode(record.oedema);
  if (oc === 1) r |= R.OEDEMA;
  else if (oc !== 0) r |= R.OEDEMA_INVALID;

  const lh = numberValue(record.lenheiCm);
  const lhp = presence(lh);
  if (lhp === 0) r |= R.LENHEI_MISSING;
  else if (lhp < 0) r |= R.LENHEI_INVALID;

  // position; standing under 9 months is discarded
  let mc = measureCode(record.measure);
  const measureOk = mc === 0 || mc === 1 || mc === 2;
  if (!measureOk) r |= R.MEASURE_INVALID;
  if (ageKnown && standingIgnored(mc, months)) {
    mc = 0;
    r |= R.STANDING_UNDER_9_MONTHS;
  }

  // length/height, adjusted to length or height by the age (see adjustLenheiCm)
  let clen = NaN;
  if (lhp > 0 && measureOk) {
    clen = adjustLenheiCm(lh, day, mc);
    if (!(clen > 0)) {
      clen = NaN;
      r |= R.LENHEI_INVALID;
    }
  }

  // from 60 months: WHO 2007's age limits
  if (ageKnown && isWho2007Age(months)) {
    if (months > WHO2007_MAX_MONTHS) r |= R.AGE_OUT_OF_RANGE;
    else if (months > wfaSpec.xMax && wp > 0) r |= R.AGE_OVER_120_MONTHS;
  }

  return {
    sex: sx, sexOk, ageKnown, months, day,
    weightKg: w, weightOk: wp > 0, weightUsable: wp > 0 && oc === 0,
    lenheiCm: lh, lenheiOk: lhp > 0, measure: mc, clenhei: clen, reasons: r,
  };
}
