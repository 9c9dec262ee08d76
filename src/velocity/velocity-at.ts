import { centileToZ } from "../lms/centile.js";
import { incrementAtZ } from "./increment-z.js";
import { tableUnitsPer } from "./tables.js";
import { readQuery, type ReadQuery, type VelocityQuery } from "./velocity-args.js";

/**
 * The arguments of {@link velocityIncrementAtZ}.
 * @category Velocity
 */
export interface VelocityAtZArgs extends VelocityQuery {
  /** The z-score. */
  readonly z: number;
}

/**
 * The arguments of {@link velocityIncrementAtCentile}.
 * @category Velocity
 */
export interface VelocityAtCentileArgs extends VelocityQuery {
  /** The centile, strictly between 0 and 100. */
  readonly centile: number;
}

function atZ(q: ReadQuery, z: unknown): number {
  if (q.table === undefined || q.k < 0 || typeof z !== "number" || z !== z) return Number.NaN;
  return incrementAtZ(q.table, q.k, z) / tableUnitsPer(q.measure);
}

/**
 * The increment (kg for weight, cm for length and head) at velocity z-score
 * `z` over one of WHO's intervals: `(M·(1 + L·S·z)^(1/L) − Delta)` in the
 * table's unit, the inverse of {@link velocityZ} — for drawing velocity
 * curves and for "how much should this child gain". NaN for an unusable sex
 * or an unknown interval, and where no increment has that z (in the length and
 * head rows where `1 + L·S·z ≤ 0`, e.g. −3 SD from 13 months: WHO prints 0.0
 * there; see docs/velocity.md).
 *
 * @param args - measure, interval length, sex, interval label and z
 * @returns the increment, or NaN
 * @throws TypeError when `args` is not an object or has an unknown field
 * @throws RangeError for a bad `measure` or `months`
 *
 * @example
 * // WHO prints −160, 321, 1023, 1608 and 1876 g for boys from birth to 4 weeks.
 * [-3, -2, 0, 2, 3].map((z) => Math.round(1000 * velocityIncrementAtZ({ measure: "weight", months: 1, sex: 1, interval: "0-4 wks", z }))); // => [-160, 321, 1023, 1608, 1876]
 * @example
 * velocityIncrementAtZ({ measure: "length", months: 2, sex: 1, interval: "22-24 mo", z: -3 }); // => NaN
 * @category Velocity
 */
export function velocityIncrementAtZ(args: VelocityAtZArgs): number {
  const q = readQuery(args, "z", "velocityIncrementAtZ");
  return atZ(q, q.value);
}

/**
 * The increment (kg for weight, cm for length and head) at a centile of
 * WHO's velocity distribution over one of WHO's intervals: the increment at
 * the centile's normal z (see {@link velocityIncrementAtZ}). NaN for a
 * centile outside (0, 100), an unusable sex or an unknown interval.
 *
 * @param args - measure, interval length, sex, interval label and centile
 * @returns the increment, or NaN
 * @throws TypeError when `args` is not an object or has an unknown field
 * @throws RangeError for a bad `measure` or `months`
 *
 * @example
 * // WHO prints P5 = 446 g and P50 = 815 g for boys from 2 to 3 months.
 * [5, 50].map((centile) => Math.round(1000 * velocityIncrementAtCentile({ measure: "weight", months: 1, sex: "L", interval: "2-3 mo", centile }))); // => [446, 815]
 * @category Velocity
 */
export function velocityIncrementAtCentile(args: VelocityAtCentileArgs): number {
  const q = readQuery(args, "centile", "velocityIncrementAtCentile");
  const c = q.value;
  return typeof c === "number" && c > 0 && c < 100 ? atZ(q, centileToZ(c)) : Number.NaN;
}
