import { zToCentile } from "../lms/centile.js";
import { numberValue } from "../record/codes.js";
import { incrementZ } from "./increment-z.js";
import { sexReasons, type VelocityReason } from "./reasons.js";
import { tableUnitsPer } from "./tables.js";
import { readQuery, type VelocityQuery } from "./velocity-args.js";

/**
 * The arguments of {@link velocityZ}.
 * @category Velocity
 */
export interface VelocityZArgs extends VelocityQuery {
  /** The increment over the interval: later minus earlier measurement, in kg (weight) or cm (length, head). */
  readonly increment: number;
}

/**
 * A velocity z-score, its centile, and why it is NA.
 * @category Velocity
 */
export interface VelocityZ {
  /** WHO's velocity z-score, unrounded; NaN when NA. */
  readonly z: number;
  /** The centile (0–100) of `z` on the normal scale; NaN when NA. */
  readonly centile: number;
  /** Why `z` is NA; empty when it is not. */
  readonly reasons: readonly VelocityReason[];
}

/**
 * WHO growth-velocity z-score of an increment over one of WHO's intervals
 * (WHO Child Growth Standards: Growth velocity based on weight, length and
 * head circumference, 2009): `z = (((y + Delta) / M)^L − 1) / (L·S)` with
 * `y` the increment in the table's unit (grams for weight, cm otherwise) and
 * WHO's shift Delta (400 g for 1-month weight, 600 g for 2-month weight, 0
 * for length and head). This formula reproduces every value WHO prints.
 * Unrounded, with no tail restriction: WHO's restricted ±3 SD rule belongs to
 * the attained-growth standards and is not applied here (see
 * docs/velocity.md). The centile is `100·Φ(z)`.
 *
 * NA (with reasons) for an unusable sex, an interval label WHO does not have
 * for the measure and interval length, a missing or non-finite increment, and
 * an increment outside the distribution (increment + Delta ≤ 0: a loss of
 * 400 g or more in a 1-month weight interval, 600 g in a 2-month one, or a
 * length or head increment of 0 or less, which lies below every centile of
 * WHO's model).
 *
 * @param args - measure, interval length, sex, interval label and increment
 * @returns the z-score, its centile and the reasons for NA
 * @throws TypeError when `args` is not an object or has an unknown field
 * @throws RangeError for a `measure` other than weight/length/head, `months` other than 1/2, or 1 month for length or head
 *
 * @example
 * // A boy who gained 815 g from 2 to 3 months: WHO's median for that month.
 * velocityZ({ measure: "weight", months: 1, sex: 1, interval: "2-3 mo", increment: 0.8153989 }).z.toFixed(6); // => "0.000000"
 * @example
 * // A girl who grew 1.0 cm from 22 to 24 months: just above WHO's −1 SD (1.0 cm printed).
 * velocityZ({ measure: "length", months: 2, sex: 2, interval: "22-24 mo", increment: 1.0 }).z.toFixed(2); // => "-0.97"
 * @example
 * velocityZ({ measure: "weight", months: 1, sex: 2, interval: "6-7 mo", increment: -0.45 }).reasons; // => ["increment-outside-distribution"]
 * @category Velocity
 */
export function velocityZ(args: VelocityZArgs): VelocityZ {
  const q = readQuery(args, "increment", "velocityZ");
  const reasons: VelocityReason[] = [];
  sexReasons(q.sex, reasons);
  if (q.k < 0) reasons.push("interval-unknown");
  const y = numberValue(q.value);
  if (y !== y) reasons.push("increment-missing");
  else if (!(y > -Infinity && y < Infinity)) reasons.push("increment-invalid");
  if (reasons.length > 0) return { z: Number.NaN, centile: Number.NaN, reasons };
  const z = incrementZ(q.table!, q.k, y * tableUnitsPer(q.measure));
  if (z !== z) return { z, centile: z, reasons: ["increment-outside-distribution"] };
  return { z, centile: zToCentile(z), reasons };
}
