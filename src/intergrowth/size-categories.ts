import { ELBW_BELOW_KG, LBW_BELOW_KG, LGA_ABOVE, SEVERE_SGA_BELOW, SGA_BELOW, TERM_MIN_DAYS, VLBW_BELOW_KG } from "./constants.js";

/**
 * Size for gestational age from the birth weight centile of the
 * INTERGROWTH-21st standard: `"SGA"` small (below the 10th centile), `"AGA"`
 * appropriate (10th to 90th), `"LGA"` large (above the 90th).
 * @category Newborn
 */
export type SizeForGa = "SGA" | "AGA" | "LGA";

/**
 * Birth weight category (WHO): `"ELBW"` extremely low (under 1,000 g),
 * `"VLBW"` very low (1,000 to under 1,500 g), `"LBW"` low (1,500 to under
 * 2,500 g), `"not-LBW"` 2,500 g or more. (In Buku KIA: BBLASR, BBLSR, BBLR.)
 * @category Newborn
 */
export type BirthWeightCategory = "ELBW" | "VLBW" | "LBW" | "not-LBW";

/**
 * The six newborn types of the Lancet 2023 small vulnerable newborn series:
 * preterm (under 37+0 weeks) or term, crossed with size for gestational age.
 * @category Newborn
 */
export type NewbornType = "preterm-SGA" | "preterm-AGA" | "preterm-LGA" | "term-SGA" | "term-AGA" | "term-LGA";

/** Size for gestational age of a birth weight lower tail (centile / 100); null when NaN. @internal */
export function sizeForGaOf(lowerTail: number): SizeForGa | null {
  if (lowerTail !== lowerTail) return null;
  return lowerTail < SGA_BELOW ? "SGA" : lowerTail > LGA_ABOVE ? "LGA" : "AGA";
}

/** Below the 3rd centile; null when NaN. @internal */
export function severeSgaOf(lowerTail: number): boolean | null {
  return lowerTail !== lowerTail ? null : lowerTail < SEVERE_SGA_BELOW;
}

/** The birth weight category of a usable weight in kg; null when NaN. @internal */
export function birthWeightCategoryOf(weightKg: number): BirthWeightCategory | null {
  if (weightKg !== weightKg) return null;
  return weightKg < ELBW_BELOW_KG ? "ELBW" : weightKg < VLBW_BELOW_KG ? "VLBW" : weightKg < LBW_BELOW_KG ? "LBW" : "not-LBW";
}

/** Born before 37+0 weeks (day 259); null when the gestational age is NaN. @internal */
export function pretermOf(gaDays: number): boolean | null {
  return gaDays !== gaDays ? null : gaDays < TERM_MIN_DAYS;
}

/** The newborn type, or null when either part is unknown. @internal */
export function newbornTypeOf(preterm: boolean | null, size: SizeForGa | null): NewbornType | null {
  return preterm === null || size === null ? null : `${preterm ? "preterm" : "term"}-${size}`;
}

/**
 * A small vulnerable newborn (Ashorn et al., Lancet 2023): preterm, SGA or
 * low birth weight. True when any one is known to hold, false when all three
 * are known not to, null otherwise.
 * @internal
 */
export function smallVulnerableOf(preterm: boolean | null, size: SizeForGa | null, weight: BirthWeightCategory | null): boolean | null {
  const lbw = weight === null ? null : weight !== "not-LBW";
  const sga = size === null ? null : size === "SGA";
  if (preterm === true || sga === true || lbw === true) return true;
  return preterm === false && sga === false && lbw === false ? false : null;
}
