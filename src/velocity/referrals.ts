import { monthOfDay, parseMonth } from "../dates/calendar.js";
import { checkObject, describe } from "../util/checks.js";
import type { GrowthTrajectories } from "./trajectories.js";
import { TRAJECTORY_FLAGS, trajectoryFlagLabel, trajectoryFlags, type TrajectoryFlag } from "./trajectory-flags.js";

/**
 * Options of {@link referrals}.
 * @category Velocity
 */
export interface ReferralOptions {
  /** The month, `"YYYY-MM"`. */
  readonly month: string;
  /**
   * The flags that make a child one to refer.
   * @defaultValue `["2T", "BGM"]`, the KMS referral signs
   */
  readonly reasons?: readonly TrajectoryFlag[];
}

/**
 * A reason to refer, with its labels.
 * @category Velocity
 */
export interface ReferralReason {
  /** The flag. */
  readonly code: TrajectoryFlag;
  /** English label. */
  readonly en: string;
  /** Bahasa Indonesia label. */
  readonly id: string;
}

/**
 * A child to refer in a month.
 * @category Velocity
 */
export interface Referral {
  /** The child's id. */
  readonly childId: string;
  /** The input row of the child's visit (the last of the month). */
  readonly row: number;
  /** Why, in {@link TRAJECTORY_FLAGS} order. */
  readonly reasons: readonly ReferralReason[];
}

/**
 * The children to refer in a month, with the reasons: for each child
 * weighed that month, its last visit of the month (a superseded same-day row
 * is not a visit), when that visit has any of `options.reasons` — by default
 * 2T and BGM, the signs the KMS says to refer to the puskesmas (see
 * docs/velocity.md). Sorted by child id.
 *
 * @param trajectories - the result of {@link growthTrajectories}, made with `visitDate`
 * @param options - the month and the flags that count
 * @returns one entry per child to refer
 * @throws TypeError when the trajectories have no visit dates, or for an unknown option
 * @throws RangeError for a month that is not `"YYYY-MM"` or an unknown flag
 *
 * @example
 * const t = growthTrajectories({
 *   childId: ["A", "A", "A", "B", "B", "B"],
 *   sex: [1, 1, 1, 2, 2, 2],
 *   dateOfBirth: ["2024-11-03", "2024-11-03", "2024-11-03", "2024-08-20", "2024-08-20", "2024-08-20"],
 *   visitDate: ["2025-03-05", "2025-04-07", "2025-05-06", "2025-03-05", "2025-04-07", "2025-05-06"],
 *   weightKg: [6.4, 6.6, 6.6, 7.2, 7.6, 7.9],
 * });
 * referrals(t, { month: "2025-05" }).map((r) => [r.childId, r.reasons.map((x) => x.code)]); // => [["A", ["2T"]]]
 * referrals(t, { month: "2025-05" })[0]!.reasons[0]!.id; // => "tidak naik dua bulan berturut-turut (2T)"
 * // Every child with a T, a z-line crossing or a gain below WHO's 5th centile:
 * referrals(t, { month: "2025-04", reasons: ["T", "crossed-down", "velocity-below-p5"] }).map((r) => r.reasons.map((x) => x.code)); // => [["T", "crossed-down"]]
 * @category Velocity
 */
export function referrals(trajectories: GrowthTrajectories, options: ReferralOptions): Referral[] {
  const caller = "referrals";
  const t = checkObject(trajectories, null, caller, "trajectories") as unknown as GrowthTrajectories;
  if (!(t.visitDay instanceof Float64Array) || !(t.flags instanceof Uint8Array) || !Array.isArray(t.childIds)) {
    throw new TypeError(`${caller}: trajectories must be a result of growthTrajectories`);
  }
  const o = checkObject(options, ["month", "reasons"], caller, "options");
  const month = parseMonth(o.month);
  if (month !== month) throw new RangeError(`${caller}: options.month must be a month "YYYY-MM"; got ${describe(o.month)}`);
  const wanted = o.reasons ?? ["2T", "BGM"];
  if (!Array.isArray(wanted)) throw new TypeError(`${caller}: options.reasons must be an array of flags`);
  let mask = 0;
  for (const f of wanted) {
    const k = TRAJECTORY_FLAGS.indexOf(f as TrajectoryFlag);
    if (k < 0) throw new RangeError(`${caller}: options.reasons must hold flags from ${TRAJECTORY_FLAGS.join(", ")}; got ${describe(f)}`);
    mask |= 1 << k;
  }
  // The last visit of the month of each child: the latest day, then the later row.
  const last = new Map<number, number>();
  let dated = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.child[i]!;
    const day = t.visitDay[i]!;
    if (day === day) dated = true;
    if (c < 0 || t.superseded[i] === 1 || day !== day || monthOfDay(day) !== month) continue;
    const j = last.get(c);
    if (j === undefined || t.visitDay[j]! <= day) last.set(c, i);
  }
  if (!dated && t.length > 0) throw new TypeError(`${caller}: the trajectories have no visit dates; give growthTrajectories columns.visitDate`);
  const out: Referral[] = [];
  for (const [c, row] of last) {
    const hit = t.flags[row]! & mask;
    if (hit === 0) continue;
    out.push({
      childId: t.childIds[c]!,
      row,
      reasons: trajectoryFlags(hit).map((code) => ({ code, en: trajectoryFlagLabel(code, "en"), id: trajectoryFlagLabel(code, "id") })),
    });
  }
  out.sort((a, b) => (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0));
  return out;
}
