import { checkChoice, checkObject, checkOptions } from "../util/checks.js";
import { gaWeeksToDays } from "./ga-days.js";
import { inNewbornStandard, newbornModel, type FractionalGa } from "./newborn-model.js";
import { presenceReason, readEitherAge, readSex } from "./read-input.js";
import type { InfantMeasurements, InfantScores } from "./infant.js";
import type { NewbornReasonCode } from "./reasons.js";
import { scoreMeasurements } from "./score-measurements.js";
import {
  birthWeightCategoryOf, newbornTypeOf, pretermOf, severeSgaOf, sizeForGaOf, smallVulnerableOf,
  type BirthWeightCategory, type NewbornType, type SizeForGa,
} from "./size-categories.js";

/**
 * A newborn's sex and measurements at birth, and the gestational age in days
 * (`gaDays`) or weeks (`gaWeeks`); days win when both are given.
 * @category Newborn
 */
export interface NewbornRecord extends InfantMeasurements {
  /** Gestational age at birth in days (24+0 weeks = 168). */
  readonly gaDays?: number | null;
  /**
   * Gestational age at birth in weeks, e.g. `33 + 4 / 7` for 33+4; used
   * when `gaDays` is missing. Converted to days (× 7; within 1e-9 of a whole
   * day it is that day, so 33 + 4/7 weeks is day 235).
   */
  readonly gaWeeks?: number | null;
}

/**
 * Options of {@link newbornSize}.
 * @category Newborn
 */
export interface NewbornSizeOptions {
  /**
   * A gestational age from 33+0 weeks that is not a whole day:
   * `"interpolate"` the skew t parameters between the two tabulated days
   * (as the R package gigs does), or `"round"` it to the nearest day, a half
   * to the even day (as growthstandards does, to reproduce its numbers).
   * Whole days give the same result either way.
   * @defaultValue "interpolate"
   */
  readonly fractionalGa?: FractionalGa;
}

/**
 * Size at birth on the INTERGROWTH-21st standards: z-scores and centiles for
 * gestational age and sex, and categories. Numbers are NaN and categories
 * null when NA; `reasons` says why.
 * @category Newborn
 */
export interface NewbornSize extends InfantScores {
  /** Size for gestational age from the birth weight centile: SGA < 10th, AGA 10th–90th, LGA > 90th. */
  readonly sizeForGa: SizeForGa | null;
  /** Birth weight below the 3rd centile. */
  readonly severeSga: boolean | null;
  /** Birth weight category (needs only the weight). */
  readonly lowBirthWeight: BirthWeightCategory | null;
  /** Born before 37+0 weeks (day 259) (needs only the gestational age). */
  readonly preterm: boolean | null;
  /** Preterm or term crossed with size for gestational age (Lancet 2023 small vulnerable newborn series). */
  readonly newbornType: NewbornType | null;
  /** A small vulnerable newborn: preterm, SGA or low birth weight (null when that cannot be told). */
  readonly smallVulnerable: boolean | null;
  /** Why values are NA (empty when none is), in the order of {@link NewbornReasonCode}. */
  readonly reasons: readonly NewbornReasonCode[];
}

const CALLER = "newbornSize";
const RECORD_KEYS = ["sex", "gaDays", "gaWeeks", "weightKg", "lengthCm", "headCm"];
const OPTION_KEYS = ["fractionalGa"];
const FRACTIONAL: readonly FractionalGa[] = ["interpolate", "round"];

/**
 * Checks `options` of a newborn size function for `caller`.
 * @internal
 */
export function fractionalGaOption(options: unknown, caller: string): FractionalGa {
  const o = checkOptions(options, OPTION_KEYS, caller);
  return o.fractionalGa === undefined ? "interpolate" : checkChoice(o.fractionalGa, FRACTIONAL, caller, "options.fractionalGa");
}

/**
 * Size at birth for gestational age and sex on the INTERGROWTH-21st
 * standards, 24+0 to 42+6 weeks (168–300 days): z-scores and centiles of
 * birth weight, length and head circumference, size for gestational age
 * (SGA/AGA/LGA), birth weight category and the small vulnerable newborn
 * type.
 *
 * From 33+0 weeks (day 231) the Newborn Size Standard (Villar et al.,
 * Lancet 2014: a skew t per day); from 24+0 to 32+6 weeks the very preterm
 * equations (Villar et al., Lancet 2016: normal, weight on the log scale).
 * The z-score is exact in both tails (the R packages growthstandards and
 * gigs go through the centile, so far out they lose it: a true z of 8 comes
 * back as about 7.99 there). A fractional day from 33+0 weeks interpolates
 * the skew t parameters between the two days around it (`fractionalGa`).
 * Outside 168–300 days every z-score and centile is NA
 * (`ga-outside-standard`); nothing is extrapolated. See
 * docs/newborn-and-preterm.md.
 *
 * @param record - the newborn's sex, gestational age and measurements
 * @param options - `fractionalGa`
 * @returns z-scores, centiles and categories, NaN/null when NA, with the reasons
 * @throws TypeError when `record` is not an object or has an unknown key, or for an unknown option
 * @throws RangeError for a bad `fractionalGa`
 *
 * @example
 * // A boy born at 38+2 weeks weighing 2.4 kg: term, small for gestational age and
 * // low birth weight. gigs and growthstandards give z = −1.8118 and the 3.50th centile.
 * const b = newbornSize({ sex: "L", gaWeeks: 38 + 2 / 7, weightKg: 2.4, lengthCm: 47, headCm: 33 });
 * [b.sizeForGa, b.lowBirthWeight, b.newbornType]; // => ["SGA", "LBW", "term-SGA"]
 * b.zwei.toFixed(4); // => "-1.8118"
 * b.cwei.toFixed(2); // => "3.50"
 * @example
 * // Very preterm, 28+0 weeks, 1.1 kg.
 * newbornSize({ sex: 2, gaDays: 196, weightKg: 1.1 }).sizeForGa; // => "AGA"
 * @example
 * newbornSize({ sex: 1, gaDays: 160, weightKg: 0.9 }).reasons; // => ["ga-outside-standard", "length-missing", "headc-missing"]
 * @category Newborn
 */
export function newbornSize(record: NewbornRecord, options?: NewbornSizeOptions): NewbornSize {
  const r = checkObject(record, RECORD_KEYS, CALLER, "record");
  const fractional = fractionalGaOption(options, CALLER);
  const reasons: NewbornReasonCode[] = [];
  const sex = readSex(r.sex);
  const sexReason = presenceReason(sex.presence, "sex");
  if (sexReason !== undefined) reasons.push(sexReason);
  const ga = readEitherAge(r.gaDays, r.gaWeeks, (d) => d, gaWeeksToDays);
  const gaReason = presenceReason(ga.presence, "ga");
  if (gaReason !== undefined) reasons.push(gaReason);
  const days = ga.presence === 1 ? ga.value : NaN;
  const inStandard = inNewbornStandard(days);
  if (ga.presence === 1 && !inStandard) reasons.push("ga-outside-standard");
  const s = scoreMeasurements(r, sex.presence === 1 && inStandard ? (m) => newbornModel(m, sex.value, days, fractional) : undefined);
  reasons.push(...s.reasons);
  const sizeForGa = sizeForGaOf(s.weightLowerTail);
  const lowBirthWeight = birthWeightCategoryOf(s.weight.presence === 1 ? s.weight.value : NaN);
  const preterm = pretermOf(days);
  return {
    zwei: s.zwei, zlen: s.zlen, zhc: s.zhc, cwei: s.cwei, clen: s.clen, chc: s.chc,
    sizeForGa,
    severeSga: severeSgaOf(s.weightLowerTail),
    lowBirthWeight,
    preterm,
    newbornType: newbornTypeOf(preterm, sizeForGa),
    smallVulnerable: smallVulnerableOf(preterm, sizeForGa, lowBirthWeight),
    reasons,
  };
}
