import { checkChoice } from "../util/checks.js";

/**
 * A measurement of the INTERGROWTH-21st newborn and preterm standards:
 * `"wei"` weight (kg), `"len"` length (cm), `"hc"` head circumference (cm).
 * @category Newborn
 */
export type IntergrowthMeasure = "wei" | "len" | "hc";

const MEASURES: readonly IntergrowthMeasure[] = ["wei", "len", "hc"];

/**
 * Checks a caller's measure.
 * @throws RangeError naming `caller` for anything but `wei`, `len`, `hc`
 * @internal
 */
export function checkMeasure(v: unknown, caller: string): IntergrowthMeasure {
  return checkChoice(v, MEASURES, caller, "measure");
}
