import { normalModelValue, normalModelZ, type NormalModel } from "./normal-model.js";
import { normalTails, zOfTails } from "./normal-tails.js";
import { st3Quantile, st3Tails, type St3Parameters } from "./st3.js";

/**
 * The distribution of one measurement at one age for one sex: a skew t
 * (the Newborn Size Standard, 33+0–42+6 weeks) or a normal model (very
 * preterm newborns, postnatal preterm growth).
 * @internal
 */
export type GrowthModel =
  | { readonly kind: "st3"; readonly st3: St3Parameters }
  | { readonly kind: "normal"; readonly normal: NormalModel };

/**
 * The exact z-score of measurement `y` (> 0) under `model`; writes its
 * lower and upper tail probabilities (centile / 100 and its complement)
 * into `tails`.
 * @internal
 */
export function modelZ(model: GrowthModel, y: number, tails: Float64Array): number {
  if (model.kind === "st3") {
    st3Tails(y, model.st3, tails);
    return zOfTails(tails[0]!, tails[1]!);
  }
  const z = normalModelZ(y, model.normal);
  normalTails(z, tails);
  return z;
}

/**
 * The measurement whose lower tail is `lower` and upper tail `upper`
 * (lower + upper = 1) under `model`.
 * @internal
 */
export function modelQuantile(model: GrowthModel, lower: number, upper: number): number {
  return model.kind === "st3" ? st3Quantile(lower, upper, model.st3) : normalModelValue(zOfTails(lower, upper), model.normal);
}
