/**
 * The report's count of children to refer in the month, for the whole file
 * and by each `--by` column: the children `tumbuh trends --referrals` lists
 * — each child's last weighing of the month, when it is 2T or BGM (the KMS
 * referral signs) — by the trajectory rules of `growthTrajectories`, run
 * over the whole register (2T needs last month's verdict). The report's
 * second reading keeps, per weighing up to the month's end with a child id
 * and usable dates ({@link ReferralRows}), a child code, sex, the dates,
 * the weight, oedema and group codes in typed columns (about 40 bytes).
 */
import { KBM_GRAMS, scoreColumns } from "../../../index.js";
import { monthOfDay, parseMonth } from "../../../dates/calendar.js";
import { TrajectoryEngine } from "../../../velocity/trajectory-engine.js";
import { visitOrder } from "../../../velocity/visit-order.js";
import { DEFAULT_REFER_ON } from "../trends/options.js";
import { flagMask, ReferralTracker } from "../trends/referrals.js";
import { codeColumn, floatColumn, Growable } from "../../columns/growable.js";

/** The register's columns the count reads, one value per row. */
export interface ReferralCountColumns {
  readonly length: number;
  /** Child codes; −1 for none. */
  readonly child: Int32Array;
  /** Sex codes (1, 2; others missing or invalid). */
  readonly sex: Uint8Array;
  /** Day numbers (NaN missing, −Infinity invalid). */
  readonly dob: Float64Array;
  readonly visit: Float64Array;
  readonly weightKg: Float64Array;
  /** 1 yes, 0 no, when the file has the column. */
  readonly oedema: Uint8Array | undefined;
  /** The `--by` columns' value codes, and the values (null for a blank value). */
  readonly groups: readonly Int32Array[];
  readonly groupValues: readonly (readonly (string | null)[])[];
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
  let children = 0;
  const inMonth: number[] = [];
  for (let r = 0; r < n; r++) {
    const v = visit[r]!;
    const b = dob[r]!;
    if (rows.child[r]! < 0 || !usableVisit(v, b)) continue;
    child[r] = rows.child[r]!;
    children = Math.max(children, child[r]! + 1);
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

  const engine = new TrajectoryEngine(KBM_GRAMS, true, children);
  const tracker = new ReferralTracker(m, flagMask(DEFAULT_REFER_ON));
  for (const r of visitOrder(child, visit)) {
    const v = engine.visit(child[r]!, r, visit[r]!, visit[r]! - dob[r]!, sex[r]!, weightKg[r]!, waz.get(r) ?? Number.NaN, Number.NaN);
    tracker.offer(child[r]!, r, visit[r]!, v.flags);
  }
  const referred = tracker.referredRows();
  const byGroup = rows.groups.map((codes, g) => {
    const counts = new Map<string | null, number>();
    for (const r of referred) {
      const key = rows.groupValues[g]![codes[r]!]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  });
  return { all: referred.length, byGroup };
}

/** A visit on or after a valid birth date, as growthTrajectories takes them. */
function usableVisit(v: number, b: number): boolean {
  return v > -Infinity && v < Infinity && b > -Infinity && v >= b;
}

/**
 * The weighings the count needs, kept as they stream past: those with a
 * child id and usable dates, up to the end of `month` (later ones cannot
 * change its referrals).
 */
export class ReferralRows {
  private readonly ids = new Map<string, number>();
  private readonly child = new Growable((n) => new Int32Array(n));
  private readonly sex = codeColumn();
  private readonly dob = floatColumn();
  private readonly visit = floatColumn();
  private readonly weightKg = floatColumn();
  private readonly oedema = codeColumn();
  private readonly groups: Growable<Int32Array>[];
  private readonly groupCodes: Map<string, number>[];
  private readonly groupValues: (string | null)[][];
  private readonly monthEnd: number;

  constructor(month: string, groups: number) {
    this.monthEnd = parseMonth(month);
    this.groups = Array.from({ length: groups }, () => new Growable((n) => new Int32Array(n)));
    this.groupCodes = Array.from({ length: groups }, () => new Map());
    this.groupValues = Array.from({ length: groups }, () => []);
  }

  /** Adds a batch's rows: trimmed ids ("" none), codes, day numbers, weights, oedema (undefined: no column) and the --by values. */
  add(n: number, id: readonly string[], sex: Uint8Array, dob: Float64Array, visit: Float64Array, weightKg: Float64Array, oedema: Uint8Array | undefined, groups: readonly (readonly string[])[]): void {
    for (let i = 0; i < n; i++) {
      const v = visit[i]!;
      if (id[i] === "" || !usableVisit(v, dob[i]!) || monthOfDay(v) > this.monthEnd) continue;
      let c = this.ids.get(id[i]!);
      if (c === undefined) this.ids.set(Buffer.from(id[i]!, "utf8").toString("utf8"), (c = this.ids.size));
      this.child.appendEach(1, () => c);
      this.sex.appendEach(1, () => sex[i]!);
      this.dob.appendEach(1, () => dob[i]!);
      this.visit.appendEach(1, () => v);
      this.weightKg.appendEach(1, () => weightKg[i]!);
      this.oedema.appendEach(1, () => (oedema === undefined ? 0 : oedema[i]!));
      groups.forEach((values, g) => {
        const text = values[i]!;
        let code = this.groupCodes[g]!.get(text);
        if (code === undefined) {
          code = this.groupValues[g]!.length;
          this.groupCodes[g]!.set(Buffer.from(text, "utf8").toString("utf8"), code);
          this.groupValues[g]!.push(text === "" ? null : text);
        }
        this.groups[g]!.appendEach(1, () => code);
      });
    }
  }

  /** The columns kept, for {@link referralCounts}. */
  columns(hasOedema: boolean): ReferralCountColumns {
    return {
      length: this.child.length,
      child: this.child.values(),
      sex: this.sex.values(),
      dob: this.dob.values(),
      visit: this.visit.values(),
      weightKg: this.weightKg.values(),
      oedema: hasOedema ? this.oedema.values() : undefined,
      groups: this.groups.map((g) => g.values()),
      groupValues: this.groupValues,
    };
  }
}
