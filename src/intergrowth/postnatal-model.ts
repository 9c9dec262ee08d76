import { POSTNATAL_MAX_WEEKS, POSTNATAL_MIN_WEEKS } from "./constants.js";
import type { GrowthModel } from "./growth-model.js";
import type { IntergrowthMeasure } from "./measures.js";
import { postnatalModel } from "./postnatal.js";

/** Whether postmenstrual age `weeks` is within the standard, 27+0 to 64+0 weeks inclusive. @internal */
export function inPostnatalStandard(weeks: number): boolean {
  return weeks >= POSTNATAL_MIN_WEEKS && weeks <= POSTNATAL_MAX_WEEKS;
}

/**
 * The postnatal preterm growth model of `measure` for sex 1 or 2 at
 * postmenstrual age `weeks`; undefined outside 27–64 weeks (no
 * extrapolation).
 * @internal
 */
export function pretermModel(measure: IntergrowthMeasure, sex: number, weeks: number): GrowthModel | undefined {
  if (!inPostnatalStandard(weeks)) return undefined;
  return { kind: "normal", normal: postnatalModel(measure, sex, weeks) };
}
