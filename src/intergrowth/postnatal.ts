/**
 * INTERGROWTH-21st postnatal growth standards for preterm infants, 27 to 64
 * weeks postmenstrual age (Villar J, Giuliani F, Bhutta ZA, et al. Lancet
 * Glob Health 2015; 3: e681–91): fractional-polynomial mean and standard
 * deviation in postmenstrual age x (weeks) and sex, normal on the log scale
 * for weight and length.
 *
 *   ln(weight kg): mean 2.591277 − 0.01155·x^½ − 2201.705·x⁻² + 0.0911639·male
 *                  SD   0.1470258 + 505.92394·x⁻² − 140.0576·x⁻²·ln x
 *   ln(length cm): mean 4.136244 − 547.0018·x⁻² + 0.0026066·x + 0.0314961·male
 *                  SD   0.050489 + 310.44761·x⁻² − 90.0742·x⁻²·ln x
 *   head cm:       mean 55.53617 − 852.0059·x⁻¹ + 0.7957903·male
 *                  SD   3.0582292 + 3910.05·x⁻² − 180.5625·x⁻¹
 */
import type { IntergrowthMeasure } from "./measures.js";
import type { NormalModel } from "./normal-model.js";

/**
 * The normal model of `measure` at postmenstrual age `weeks` for sex 1
 * (male) or 2 (female). No range check: the caller keeps to 27–64 weeks.
 * @internal
 */
export function postnatalModel(measure: IntergrowthMeasure, sex: number, weeks: number): NormalModel {
  const male = sex === 1 ? 1 : 0;
  const inv2 = 1 / (weeks * weeks);
  switch (measure) {
    case "wei":
      return {
        mean: 2.591277 - 0.01155 * Math.sqrt(weeks) - 2201.705 * inv2 + 0.0911639 * male,
        sd: 0.1470258 + 505.92394 * inv2 - 140.0576 * inv2 * Math.log(weeks),
        log: true,
      };
    case "len":
      return {
        mean: 4.136244 - 547.0018 * inv2 + 0.0026066 * weeks + 0.0314961 * male,
        sd: 0.050489 + 310.44761 * inv2 - 90.0742 * inv2 * Math.log(weeks),
        log: true,
      };
    case "hc":
      return {
        mean: 55.53617 - 852.0059 / weeks + 0.7957903 * male,
        sd: 3.0582292 + 3910.05 * inv2 - 180.5625 / weeks,
        log: false,
      };
  }
}
