/**
 * The report's count of children to refer in the month, for the whole file
 * and by each `--by` column: the children `tumbuh trends --referrals` lists
 * — each child's last weighing of the month, when it is 2T or BGM (the KMS
 * referral signs) — by the trajectory rules of `growthTrajectories`, run
 * over the whole register (2T needs last month's verdict). What it keeps
 * beyond the rows the report holds: a child code and a place in the order
 * per row, one record per child, and the WAZ of the month's weighings.
 */
import { KBM_GRAMS, scoreColumns } from "../../../index.js";
import { monthOfDay, parseMonth } from "../../../dates/calendar.js";
import { TrajectoryEngine } from "../../../velocity/trajectory-engine.js";
import { visitOrder } from "../../../velocity/visit-order.js";
import { DEFAULT_REFER_ON } from "../trends/options.js";
import { flagMask, ReferralTracker } from "../trends/referrals.js";

/** The register's columns the count reads, one value per row. */
export interface ReferralCountColumns {
  readonly length: number;
  /** Trimmed ids; "" for none. */
  readonly childId: readonly string[];
  /** Sex codes (1, 2; others missing or invalid). */
  readonly sex: Uint8Array;
  /** Day numbers (NaN missing, −Infinity invalid). */
  readonly dob: Float64Array;
  readonly visit: Float64Array;
  readonly weightKg: Float64Array;
  /** 1 yes, 0 no, when the file has the column. */
  readonly oedema: Uint8Array | undefined;
  /** The `--by` columns' values. */
  readonly groups: readonly (readonly string[])[];
}

/** Children to refer: in the whole file, and by each `--by` column's value (null for a blank value). */
export interface ReferralCounts {
  readonly all: number;
  readonly byGroup: readonly ReadonlyMap<string | null, number>[];
}

/** Counts the children to refer in `month` (`YYYY-MM`). */
export function referralCounts(rows: ReferralCountColumns, month: string): ReferralCounts {
  const m = parseMonth(month);
  const n = rows.length;
  const { visit, dob, weightKg, sex } = rows;
  // Visits: a child id and a visit on or after a valid birth date, as growthTrajectories takes them.
  const child = new Int32Array(n).fill(-1);
  const codes = new Map<string, number>();
  const inMonth: number[] = [];
  for (let r = 0; r < n; r++) {
    const id = rows.childId[r]!;
    const v = visit[r]!;
    const b = dob[r]!;
    if (id === "" || !(v > -Infinity && v < Infinity && b > -Infinity && v >= b)) continue;
    let c = codes.get(id);
    if (c === undefined) codes.set(id, (c = codes.size));
    child[r] = c;
    if (monthOfDay(v) === m) inMonth.push(r);
  }
  // WAZ where BGM is read: the month's weighings (earlier ones only feed KBM, which needs none).
  const scored = scoreColumns({
    sex: Uint8Array.from(inMonth, (r) => sex[r]!),
    ageDays: Float64Array.from(inMonth, (r) => visit[r]! - dob[r]!),
    weightKg: Float64Array.from(inMonth, (r) => weightKg[r]!),
    ...(rows.oedema === undefined ? {} : { oedema: Uint8Array.from(inMonth, (r) => rows.oedema![r]!) }),
  });
  const waz = new Map(inMonth.map((r, k) => [r, scored.zwei[k]!]));

  const engine = new TrajectoryEngine(KBM_GRAMS, true, codes.size);
  const tracker = new ReferralTracker(m, flagMask(DEFAULT_REFER_ON));
  for (const r of visitOrder(child, visit)) {
    const v = engine.visit(child[r]!, r, visit[r]!, visit[r]! - dob[r]!, sex[r]!, weightKg[r]!, waz.get(r) ?? Number.NaN, Number.NaN);
    tracker.offer(child[r]!, r, visit[r]!, v.flags);
  }
  const referred = tracker.referredRows();
  const byGroup = rows.groups.map((values) => {
    const counts = new Map<string | null, number>();
    for (const r of referred) {
      const key = values[r] === "" ? null : values[r]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  });
  return { all: referred.length, byGroup };
}
