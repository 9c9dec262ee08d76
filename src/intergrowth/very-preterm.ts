/**
 * INTERGROWTH-21st size at birth of very preterm newborns, 24+0 to 32+6
 * weeks (Villar J, et al. Lancet 2016; 387: 844–45, and its appendix): a
 * normal model per measure whose mean is linear in gestational age x (weeks)
 * and sex, with a constant variance. Birth weight is normal on the log
 * scale.
 *
 *   ln(weight kg) ~ N(−7.00303 + 1.325911·√x + 0.0571937·male, 0.0373218)
 *   length cm     ~ N(1.307633 + 1.270022·x + 0.4263885·male, 6.757543)
 *   head cm       ~ N(0.7866522 + 0.887638·x + 0.2513385·male, 2.433481)
 *
 * (second argument: the variance).
 */
import type { IntergrowthMeasure } from "./measures.js";
import type { NormalModel } from "./normal-model.js";

/**
 * The normal model of `measure` at gestational age `weeks` for sex 1 (male)
 * or 2 (female). No range check: the caller keeps to 24+0–32+6 weeks.
 * @internal
 */
export function veryPretermModel(measure: IntergrowthMeasure, sex: number, weeks: number): NormalModel {
  const male = sex === 1 ? 1 : 0;
  switch (measure) {
    case "wei":
      return { mean: -7.00303 + 1.325911 * Math.sqrt(weeks) + 0.0571937 * male, sd: Math.sqrt(0.0373218), log: true };
    case "len":
      return { mean: 1.307633 + 1.270022 * weeks + 0.4263885 * male, sd: Math.sqrt(6.757543), log: false };
    case "hc":
      return { mean: 0.7866522 + 0.887638 * weeks + 0.2513385 * male, sd: Math.sqrt(2.433481), log: false };
  }
}
