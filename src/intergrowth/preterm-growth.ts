import { checkObject } from "../util/checks.js";
import { DAYS_PER_WEEK } from "./constants.js";
import { inPostnatalStandard, pretermModel } from "./postnatal-model.js";
import { presenceReason, readEitherAge, readSex } from "./read-input.js";
import type { InfantMeasurements, InfantScores } from "./infant.js";
import type { PretermReasonCode } from "./reasons.js";
import { scoreMeasurements } from "./score-measurements.js";

/**
 * A preterm infant's sex and measurements after birth, and the postmenstrual
 * age (gestational age at birth + age since birth) in days (`pmaDays`) or
 * weeks (`pmaWeeks`); days win when both are given.
 * @category Newborn
 */
export interface PretermRecord extends InfantMeasurements {
  /** Postmenstrual age in days (27+0 weeks = 189). */
  readonly pmaDays?: number | null;
  /** Postmenstrual age in weeks, e.g. `36 + 2 / 7`; used when `pmaDays` is missing. */
  readonly pmaWeeks?: number | null;
}

/**
 * Postnatal growth on the INTERGROWTH-21st preterm standards: z-scores and centiles for postmenstrual age and sex, NaN when NA.
 * @category Newborn
 */
export interface PretermGrowth extends InfantScores {
  /** Why values are NA (empty when none is), in the order of {@link PretermReasonCode}. */
  readonly reasons: readonly PretermReasonCode[];
}

const CALLER = "pretermGrowth";
const RECORD_KEYS = ["sex", "pmaDays", "pmaWeeks", "weightKg", "lengthCm", "headCm"];

/**
 * Postnatal growth of a preterm infant on the INTERGROWTH-21st Postnatal
 * Growth Standards for Preterm Infants (Villar et al., Lancet Glob Health
 * 2015): z-scores and centiles of weight, length and head circumference for
 * postmenstrual age and sex, from 27+0 to 64+0 weeks inclusive. Outside that
 * range every value is NA (`pma-outside-standard`): nothing is
 * extrapolated. For an infant born preterm, until 64 weeks postmenstrual
 * age; after that, the WHO standards at corrected age. See
 * docs/newborn-and-preterm.md.
 *
 * @param record - the infant's sex, postmenstrual age and measurements
 * @returns z-scores and centiles, NaN when NA, with the reasons
 * @throws TypeError when `record` is not an object or has an unknown key
 *
 * @example
 * // A girl born at 30 weeks, seen at 36+0 weeks postmenstrual age.
 * const g = pretermGrowth({ sex: "P", pmaWeeks: 36, weightKg: 2.1, lengthCm: 44, headCm: 31.5 });
 * [g.zwei, g.zlen, g.zhc].map((z) => z.toFixed(2)); // => ["-0.54", "-0.58", "-0.35"]
 * @example
 * pretermGrowth({ sex: 1, pmaWeeks: 65, weightKg: 6 }).reasons; // => ["pma-outside-standard", "length-missing", "headc-missing"]
 * @category Newborn
 */
export function pretermGrowth(record: PretermRecord): PretermGrowth {
  const r = checkObject(record, RECORD_KEYS, CALLER, "record");
  const reasons: PretermReasonCode[] = [];
  const sex = readSex(r.sex);
  const sexReason = presenceReason(sex.presence, "sex");
  if (sexReason !== undefined) reasons.push(sexReason);
  // in weeks, the unit of the standard's equations (pmaWeeks as given, pmaDays / 7)
  const pma = readEitherAge(r.pmaDays, r.pmaWeeks, (d) => d / DAYS_PER_WEEK, (w) => w);
  const pmaReason = presenceReason(pma.presence, "pma");
  if (pmaReason !== undefined) reasons.push(pmaReason);
  const weeks = pma.presence === 1 ? pma.value : NaN;
  const inStandard = inPostnatalStandard(weeks);
  if (pma.presence === 1 && !inStandard) reasons.push("pma-outside-standard");
  const s = scoreMeasurements(r, sex.presence === 1 && inStandard ? (m) => pretermModel(m, sex.value, weeks) : undefined);
  reasons.push(...s.reasons);
  return { zwei: s.zwei, zlen: s.zlen, zhc: s.zhc, cwei: s.cwei, clen: s.clen, chc: s.chc, reasons };
}
