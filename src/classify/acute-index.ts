/**
 * The acute malnutrition kernel: one child to one category index.
 */
import { roundZ } from "../lms/round-z.js";
import { WHO2007_MIN_MONTHS } from "../who/constants.js";
import { CODE_INDEX, NOT_CLASSIFIED } from "./codes.js";
import { FLAG_LIMITS } from "./flags.js";

const SAM = CODE_INDEX.sam;
const MAM = CODE_INDEX.mam;
const NONE = CODE_INDEX.no_acute_malnutrition;
const WFL_FLAGS = FLAG_LIMITS.wfl;

/**
 * MUAC in units of 10⁻⁶ cm, rounded, so that float noise from unit
 * conversions (114.99999999999999 / 10) cannot move a child across a
 * cut-off; NaN for a missing or unusable value (≤ 0, infinite, non-number).
 */
function muacMicroCm(muacCm: unknown): number {
  if (typeof muacCm !== "number" || !(muacCm > 0 && muacCm < Infinity)) return Number.NaN;
  return Math.round(muacCm * 1e6);
}

/** Acute malnutrition is classified from 6 months of age (up to the WHO 2006 standards' end, 60 months). */
const ACUTE_MIN_MONTHS = 6;

/** MUAC cut-offs, 11.5 cm and 12.5 cm, in 10⁻⁶ cm. @internal */
export const MUAC_SEVERE = 11_500_000;
/** @internal */
export const MUAC_MODERATE = 12_500_000;

/**
 * Acute malnutrition of a child aged 6–59 months (`6 ≤ ageMonths < 60`):
 * SAM if oedema, or WHZ < −3, or MUAC < 11.5 cm; else MAM if WHZ < −2 or MUAC
 * < 12.5 cm; else none. A flagged WHZ (|z| > 5) counts as unknown. Not
 * classified outside the age range, or when neither WHZ nor MUAC is known and
 * there is no oedema.
 * @internal
 */
export function acuteIndex(ageMonths: unknown, zwfl: unknown, muacCm: unknown, oedema: boolean, round: boolean): number {
  if (typeof ageMonths !== "number" || !(ageMonths >= ACUTE_MIN_MONTHS && ageMonths < WHO2007_MIN_MONTHS)) return NOT_CLASSIFIED;
  if (oedema) return SAM;
  let whz = Number.NaN;
  if (typeof zwfl === "number" && zwfl === zwfl) {
    const v = round ? roundZ(zwfl) : zwfl;
    if (v >= WFL_FLAGS.below && v <= WFL_FLAGS.above) whz = v;
  }
  const muac = muacMicroCm(muacCm);
  if (whz !== whz && muac !== muac) return NOT_CLASSIFIED;
  if (whz < -3 || muac < MUAC_SEVERE) return SAM;
  if (whz < -2 || muac < MUAC_MODERATE) return MAM;
  return NONE;
}
