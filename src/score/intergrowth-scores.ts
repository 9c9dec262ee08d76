/**
 * The INTERGROWTH-21st z-scores of the WHO path (`igp_zwei`, `igp_zlen`,
 * `igp_zhc`): a pass over the rows after the WHO kernel, made only when a
 * gestational age column is given, so that files without one cost nothing
 * but three fills. Each row is routed as `intergrowthRoute` says: at birth
 * the Newborn Size Standard, after birth (born preterm, 27+0 to 64+0 weeks
 * postmenstrual age) the postnatal standard, otherwise NA by design.
 */
import type { KernelInput } from "./input-columns.js";
import type { KernelOutput } from "./fields.js";
import { ageReason, R } from "../record/reasons.js";
import { ageDaysOf, ageMonthsOf } from "../who/rules.js";
import { roundZ } from "../lms/round-z.js";
import { birthGaDays } from "../intergrowth/ga-days.js";
import { modelZ, type GrowthModel } from "../intergrowth/growth-model.js";
import type { IntergrowthMeasure } from "../intergrowth/measures.js";
import { newbornModel } from "../intergrowth/newborn-model.js";
import { pretermModel } from "../intergrowth/postnatal-model.js";
import { IG_NEWBORN, IG_NONE, intergrowthRoute, pmaWeeksOf } from "../intergrowth/route.js";

const at = (column: ArrayLike<number> | undefined, i: number): number => (column === undefined ? NaN : column[i]!);

/**
 * The chronological age in days of row `i` as the WHO path reads it (days,
 * else months × 30.4375), NaN when missing or invalid.
 * @internal
 */
export function chronologicalAgeDays(ageDays: number, ageMonths: number): number {
  return ageReason(ageMonthsOf(ageDays, ageMonths)) === 0 ? ageDaysOf(ageDays, ageMonths) : NaN;
}

/** The tail probabilities `modelZ` writes (not read here). */
const TAILS = new Float64Array(2);

/** A usable measurement (finite, > 0), or NaN. */
const usable = (v: number): number => (v > 0 && v < Infinity ? v : NaN);

/**
 * Writes `igp_zwei`, `igp_zlen` and `igp_zhc` of rows `[from, to)`:
 * unrounded with `full`, else rounded to 2 decimals as the WHO z-scores are.
 * Weight is used as the WHO path uses it (not with oedema), length as
 * `clenhei` (the kernel has written it). A z-score that overflows is NA
 * with `value-overflow`. NA by design (no reason) where no INTERGROWTH-21st
 * standard applies.
 * @internal
 */
export function scoreIntergrowth(input: KernelInput, out: KernelOutput, from: number, to: number, full: boolean): void {
  const zw = out.igp_zwei;
  const zl = out.igp_zlen;
  const zh = out.igp_zhc;
  zw.fill(NaN, from, to);
  zl.fill(NaN, from, to);
  zh.fill(NaN, from, to);
  if (input.gaDays === undefined && input.gaWeeks === undefined) return;
  const tails = TAILS;
  const reasons = out.reasons;
  for (let i = from; i < to; i++) {
    const age = chronologicalAgeDays(at(input.ageDays, i), at(input.ageMonths, i));
    const ga = birthGaDays(at(input.gaDays, i), at(input.gaWeeks, i));
    const route = intergrowthRoute(age, ga);
    const sex = input.sex[i]!;
    if (route === IG_NONE || (sex !== 1 && sex !== 2)) continue;
    const pma = pmaWeeksOf(age, ga);
    const modelOf = (m: IntergrowthMeasure): GrowthModel | undefined =>
      route === IG_NEWBORN ? newbornModel(m, sex, ga, "interpolate") : pretermModel(m, sex, pma);
    const oc = at(input.oedema, i);
    const oedemaFree = oc !== oc || oc === 0 || oc === 2; // as the kernel reads the code: no oedema, and a valid code
    const weight = oedemaFree ? usable(at(input.weightKg, i)) : NaN;
    let overflow = false;
    const z = (m: IntergrowthMeasure, y: number): number => {
      const model = y === y ? modelOf(m) : undefined;
      if (model === undefined) return NaN;
      const v = modelZ(model, y, tails);
      if (v === Infinity || v === -Infinity) {
        overflow = true;
        return NaN;
      }
      return full ? v : roundZ(v);
    };
    zw[i] = z("wei", weight);
    zl[i] = z("len", out.clenhei[i]!);
    zh[i] = z("hc", usable(at(input.headCm, i)));
    if (overflow) reasons[i] = reasons[i]! | R.VALUE_OVERFLOW;
  }
}
