import { DAYS_PER_WEEK, NEWBORN_MAX_DAYS, NEWBORN_MIN_DAYS, ST3_MIN_DAYS } from "./constants.js";
import { newbornSt3 } from "./generated/newborn-st3.js";
import type { GrowthModel } from "./growth-model.js";
import type { IntergrowthMeasure } from "./measures.js";
import type { St3Parameters } from "./st3.js";
import type { St3Table } from "./st3-table.js";
import { veryPretermModel } from "./very-preterm.js";

/**
 * How a gestational age that is not a whole day reaches the skew t table
 * (33+0 to 42+6 weeks): `"interpolate"` the four parameters linearly between
 * the two tabulated days around it (as gigs does), or `"round"` it to the
 * nearest day, a half to the even day (R's `round()`, as growthstandards
 * does). The very preterm equations (24+0 to 32+6 weeks) take any age as it
 * is.
 * @category Newborn
 */
export type FractionalGa = "interpolate" | "round";

/** R's `round(x)`: to the nearest whole number, a half to the even one. @internal */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function tableOf(measure: IntergrowthMeasure): St3Table {
  const t = newbornSt3();
  return measure === "wei" ? t.birthWeight : measure === "len" ? t.birthLength : t.birthHead;
}

/**
 * The ST3 parameters of `measure` for sex 1 or 2 at gestational day `days`
 * (231 ≤ days ≤ 300), a fractional day interpolated or rounded.
 * @internal
 */
export function st3ParametersAt(measure: IntergrowthMeasure, sex: number, days: number, fractional: FractionalGa): St3Parameters {
  const t = tableOf(measure);
  const base = (sex - 1) * t.rowsPerSex - t.dayFirst;
  const day = fractional === "round" ? roundHalfEven(days) : Math.floor(days);
  const lo = base + day;
  const f = days - day;
  if (fractional === "round" || f === 0) return { mu: t.mu[lo]!, sigma: t.sigma[lo]!, nu: t.nu[lo]!, tau: t.tau[lo]! };
  // stats::approx's expression, as gigs interpolates: y0 + (y1 − y0) · (x − x0) / (x1 − x0), x1 − x0 = 1
  const hi = lo + 1;
  return {
    mu: t.mu[lo]! + (t.mu[hi]! - t.mu[lo]!) * f,
    sigma: t.sigma[lo]! + (t.sigma[hi]! - t.sigma[lo]!) * f,
    nu: t.nu[lo]! + (t.nu[hi]! - t.nu[lo]!) * f,
    tau: t.tau[lo]! + (t.tau[hi]! - t.tau[lo]!) * f,
  };
}

/** Whether gestational age `days` is within the newborn standards, 168–300 days (24+0 to 42+6 weeks). @internal */
export function inNewbornStandard(days: number): boolean {
  return days >= NEWBORN_MIN_DAYS && days <= NEWBORN_MAX_DAYS;
}

/**
 * The newborn size model of `measure` for sex 1 or 2 at gestational age
 * `days`: the very preterm normal equations from 168 to under 231 days, the
 * skew t from 231 to 300; undefined outside 168–300 (no extrapolation).
 * @internal
 */
export function newbornModel(measure: IntergrowthMeasure, sex: number, days: number, fractional: FractionalGa): GrowthModel | undefined {
  if (!inNewbornStandard(days)) return undefined;
  if (days < ST3_MIN_DAYS) return { kind: "normal", normal: veryPretermModel(measure, sex, days / DAYS_PER_WEEK) };
  return { kind: "st3", st3: st3ParametersAt(measure, sex, days, fractional) };
}
