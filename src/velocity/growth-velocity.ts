import { zToCentile } from "../lms/centile.js";
import { numberValue, sexCode } from "../record/codes.js";
import { presence } from "../record/read-record.js";
import { checkObject } from "../util/checks.js";
import { incrementZ } from "./increment-z.js";
import { AGE_OUTSIDE, matchInterval } from "./interval-match.js";
import { ONE_MONTH_INTERVALS, VELOCITY_INTERVALS, type VelocityInterval, type VelocityMeasure, type VelocityMonths } from "./intervals.js";
import { sexReasons, type VelocityReason } from "./reasons.js";
import { tableUnitsPer, velocityTableOf } from "./tables.js";
import { checkMeasure } from "./velocity-args.js";

/**
 * One measurement of a pair for {@link growthVelocity}.
 * @category Velocity
 */
export interface VelocityMeasurement {
  /** Age in days (may be fractional). */
  readonly ageDays: number;
  /** The measurement: weight in kg, length or head circumference in cm. */
  readonly value: number;
}

/**
 * The arguments of {@link growthVelocity}.
 * @category Velocity
 */
export interface GrowthVelocityArgs {
  /** `"weight"`, `"length"` or `"head"` (head circumference). */
  readonly measure: VelocityMeasure;
  /** 1/2, `m`/`f`, `L`/`P`, … */
  readonly sex: unknown;
  /** The earlier measurement. */
  readonly from: VelocityMeasurement;
  /** The later measurement. */
  readonly to: VelocityMeasurement;
}

/**
 * The velocity of a pair of measurements against WHO's standards.
 * @category Velocity
 */
export interface GrowthVelocity {
  /** WHO's interval the pair fits; null when none does. */
  readonly interval: VelocityInterval | null;
  /** The interval's length in months; null when no interval fits. */
  readonly months: VelocityMonths | null;
  /** `to.value − from.value` (kg or cm); NaN when either value is unusable. */
  readonly increment: number;
  /** WHO's velocity z-score, unrounded; NaN when NA. */
  readonly z: number;
  /** The centile (0–100) of `z`; NaN when NA. */
  readonly centile: number;
  /** Why `z` is NA; empty when it is not. */
  readonly reasons: readonly VelocityReason[];
}

const VALUE_REASONS: Readonly<Record<VelocityMeasure, readonly [VelocityReason, VelocityReason]>> = {
  weight: ["weight-missing", "weight-invalid"],
  length: ["lenhei-missing", "lenhei-invalid"],
  head: ["headc-missing", "headc-invalid"],
};

function readMeasurement(v: unknown, caller: string, name: string): { ageDays: number; value: number } {
  const m = checkObject(v, ["ageDays", "value"], caller, `args.${name}`);
  return { ageDays: numberValue(m.ageDays), value: numberValue(m.value) };
}

/**
 * The growth velocity of a pair of measurements against WHO's growth-velocity
 * standards (2009): the WHO interval the pair fits, the increment, and WHO's
 * velocity z-score and centile for it (as {@link velocityZ} computes them).
 *
 * Matching (tumbuh's rule; WHO's tables are for exact ages and WHO gives no
 * tolerance — see docs/velocity.md): the days between the measurements must
 * be the interval's length within ±5 days (1-month intervals: weight, birth
 * to 12 months) or ±10 days (2-month intervals: weight and length to 24
 * months, head to 12 months), and the interval is the one whose start age is
 * nearest the first measurement's age. Weight pairs about a month apart use
 * the 1-month tables, pairs about two months apart the 2-month tables.
 *
 * Bad data never throws: NA with reasons (`interval-not-standard` when the
 * spacing fits no WHO interval, `age-outside-standard` when it fits but WHO
 * has no interval at that age, and the sex, age, value and
 * `increment-outside-distribution` reasons of {@link VelocityReason}).
 *
 * @param args - measure, sex, and the earlier and later measurements
 * @returns the interval, increment, z-score, centile and reasons
 * @throws TypeError when `args`, `from` or `to` is not an object or has an unknown field
 * @throws RangeError for a `measure` other than weight/length/head
 *
 * @example
 * // A girl weighed at 4 months + 3 days and 33 days later: WHO's 4–5 month interval.
 * const v = growthVelocity({ measure: "weight", sex: "P", from: { ageDays: 125, value: 6.1 }, to: { ageDays: 158, value: 6.55 } });
 * [v.interval, v.months, v.increment.toFixed(2), v.centile.toFixed(1)]; // => ["4-5 mo", 1, "0.45", "42.3"]
 * @example
 * // Six weeks apart: neither 1 nor 2 months.
 * growthVelocity({ measure: "weight", sex: 1, from: { ageDays: 200, value: 7.5 }, to: { ageDays: 242, value: 8.0 } }).reasons; // => ["interval-not-standard"]
 * @category Velocity
 */
export function growthVelocity(args: GrowthVelocityArgs): GrowthVelocity {
  const caller = "growthVelocity";
  const a = checkObject(args, ["measure", "sex", "from", "to"], caller, "args");
  const measure = checkMeasure(a.measure, undefined, caller, "args");
  const from = readMeasurement(a.from, caller, "from");
  const to = readMeasurement(a.to, caller, "to");
  const sex = sexCode(a.sex);
  const reasons: VelocityReason[] = [];
  const sexOk = sexReasons(sex, reasons);
  let agesOk = true;
  for (const age of [from.ageDays, to.ageDays]) {
    const why: VelocityReason | null = age !== age ? "age-missing" : age >= 0 && age < Infinity ? null : "age-invalid";
    if (why !== null) {
      agesOk = false;
      if (!reasons.includes(why)) reasons.push(why);
    }
  }
  let valuesOk = true;
  for (const value of [from.value, to.value]) {
    const p = presence(value);
    if (p <= 0) {
      valuesOk = false;
      const why = VALUE_REASONS[measure][p === 0 ? 0 : 1];
      if (!reasons.includes(why)) reasons.push(why);
    }
  }
  const increment = valuesOk ? to.value - from.value : Number.NaN;
  const code = agesOk ? matchInterval(measure, from.ageDays, to.ageDays) : 0;
  if (agesOk && code <= 0) reasons.push(code === AGE_OUTSIDE ? "age-outside-standard" : "interval-not-standard");
  const months: VelocityMonths | null = code > 0 ? (code > ONE_MONTH_INTERVALS.length ? 2 : 1) : null;
  const interval = code > 0 ? VELOCITY_INTERVALS[code - 1]! : null;
  let z = Number.NaN;
  if (reasons.length === 0 && sexOk) {
    const k = code - 1 - (months === 2 ? ONE_MONTH_INTERVALS.length : 0);
    z = incrementZ(velocityTableOf(measure, months!, sex)!, k, increment * tableUnitsPer(measure));
    if (z !== z) reasons.push("increment-outside-distribution");
  }
  return { interval, months, increment, z, centile: z === z ? zToCentile(z) : z, reasons };
}
