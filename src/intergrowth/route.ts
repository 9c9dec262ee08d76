/**
 * Which INTERGROWTH-21st standard a child's measurement is scored on, as the
 * R package gigs documents its routing (`gigs_waz` and the others): at birth
 * the Newborn Size Standard by gestational age; after birth, for a child born
 * preterm, the postnatal growth standard while the postmenstrual age is 27+0
 * to 64+0 weeks; otherwise none (the WHO standards apply).
 */
import { isValidGa } from "../who/rules.js";
import { BIRTH_MEASUREMENT_BEFORE_DAYS, DAYS_PER_WEEK, TERM_MIN_DAYS } from "./constants.js";
import { inNewbornStandard } from "./newborn-model.js";
import { inPostnatalStandard } from "./postnatal-model.js";

/** No INTERGROWTH-21st standard applies. @internal */
export const IG_NONE = 0;
/** The Newborn Size Standard (a birth measurement, gestational age 24+0 to 42+6 weeks). @internal */
export const IG_NEWBORN = 1;
/** The postnatal growth standard for preterm infants (27+0 to 64+0 weeks postmenstrual age). @internal */
export const IG_POSTNATAL = 2;

/**
 * The INTERGROWTH-21st standard of a measurement at chronological age
 * `ageDays` (a valid age, or NaN when unknown) of a child born at
 * gestational age `gaDays` (NaN when unknown): {@link IG_NEWBORN} under half
 * a day of age with a gestational age of 168–300 days; {@link IG_POSTNATAL}
 * from half a day for a child born before 37+0 weeks whose postmenstrual age
 * (gestational age + age) is 27+0 to 64+0 weeks inclusive; otherwise
 * {@link IG_NONE}, also for an unknown age or a gestational age outside 22+0
 * to 44+6 weeks (which the WHO path reports as `ga-invalid`).
 * @internal
 */
export function intergrowthRoute(ageDays: number, gaDays: number): number {
  if (!(ageDays >= 0) || !isValidGa(gaDays)) return IG_NONE;
  if (ageDays < BIRTH_MEASUREMENT_BEFORE_DAYS) return inNewbornStandard(gaDays) ? IG_NEWBORN : IG_NONE;
  return gaDays < TERM_MIN_DAYS && inPostnatalStandard(pmaWeeksOf(ageDays, gaDays)) ? IG_POSTNATAL : IG_NONE;
}

/** Postmenstrual age in weeks: (gestational age at birth + age since birth) in days / 7. @internal */
export function pmaWeeksOf(ageDays: number, gaDays: number): number {
  return (gaDays + ageDays) / DAYS_PER_WEEK;
}
