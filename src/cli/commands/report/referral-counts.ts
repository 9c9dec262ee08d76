/**
 * The report's count of children to refer in the month, for the whole file
 * and by each `--by` column: the children `tumbuh trends --referrals` lists
 * — each child's last weighing of the month, when it is 2T or BGM (the KMS
 * referral signs) — by the trajectory rules of `growthTrajectories`, run
 * over the register (2T needs last month's verdict). The report's second
 * reading keeps ({@link ReferralRows}) the weighings with a child id and
 * usable dates of the month and the two before it — all the rules read:
 * BGM is the month's WAZ, T compares with last month's last weighing, and
 * last month's verdict with the month before's — as a child code, sex, the
 * dates, the weight, oedema and group codes in typed columns.
 */
import { KBM_GRAMS, scoreColumns } from "../../../index.js";
import { monthOfDay, parseMonth } from "../../../dates/calendar.js";
import { TrajectoryEngine } from "../../../velocity/trajectory-engine.js";
import { visitOrder } from "../../../velocity/visit-order.js";
import { DEFAULT_REFER_ON } from "../trends/options.js";
import { flagMask, ReferralTracker } from "../trends/referrals.js";
import { codeColumn, floatColumn, Growable } from "../../columns/growable.js";

/** Weighings scored at a time, and children one trajectory engine follows. */
const SCORE_AT_ONCE = 8192;
const CHILDREN_AT_ONCE = 4096;

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
  const inMonth: number[] = [];
  for (let r = 0; r < n; r++) {
    const v = visit[r]!;
    const b = dob[r]!;
    if (rows.child[r]! < 0 || !usableVisit(v, b)) continue;
    child[r] = rows.child[r]!;
    if (monthOfDay(v) === m) inMonth.push(r);
  }
  // WAZ where BGM is read: the month's weighings (earlier ones only feed KBM, which needs none), a few thousand at a time.
  const waz = new Float64Array(n).fill(Number.NaN);
  for (let from = 0; from < inMonth.length; from += SCORE_AT_ONCE) {
    const at = inMonth.slice(from, from + SCORE_AT_ONCE);
    const scored = scoreColumns({
      sex: Uint8Array.from(at, (r) => sex[r]!),
      ageDays: Float64Array.from(at, (r) => visit[r]! - dob[r]!),
      weightKg: Float64Array.from(at, (r) => weightKg[r]!),
      ...(rows.oedema === undefined ? {} : { oedema: Uint8Array.from(at, (r) => rows.oedema![r]!) }),
    });
    at.forEach((r, k) => (waz[r] = scored.zwei[k]!));
  }

  // The visits by child: the rules need one child's state at a time, so an engine serves a few thousand children, then the next.
  let engine: TrajectoryEngine | undefined;
  let first = 0;
  const tracker = new ReferralTracker(m, flagMask(DEFAULT_REFER_ON));
  for (const r of visitOrder(child, visit)) {
    const c = child[r]!;
    if (engine === undefined || c - first >= CHILDREN_AT_ONCE) {
      engine = new TrajectoryEngine(KBM_GRAMS, true, CHILDREN_AT_ONCE);
      first = c;
    }
    const v = engine.visit(c - first, r, visit[r]!, visit[r]! - dob[r]!, sex[r]!, weightKg[r]!, waz[r]!, Number.NaN);
    tracker.offer(c, r, visit[r]!, v.flags);
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
 * child id and usable dates in `month` and the two months before it
 * (earlier ones cannot change the month's 2T or BGM, later ones nothing).
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
  /** The month (its number, `monthOfDay`). */
  private readonly month: number;

  constructor(month: string, groups: number) {
    this.month = parseMonth(month);
    this.groups = Array.from({ length: groups }, () => new Growable((n) => new Int32Array(n)));
    this.groupCodes = Array.from({ length: groups }, () => new Map());
    this.groupValues = Array.from({ length: groups }, () => []);
  }

  /** Adds a batch's rows: trimmed ids ("" none), codes, day numbers, weights, oedema (undefined: no column) and the --by values. */
  add(n: number, id: readonly string[], sex: Uint8Array, dob: Float64Array, visit: Float64Array, weightKg: Float64Array, oedema: Uint8Array | undefined, groups: readonly (readonly string[])[]): void {
    for (let i = 0; i < n; i++) {
      const v = visit[i]!;
      if (id[i] === "" || !usableVisit(v, dob[i]!)) continue;
      const mo = monthOfDay(v);
      if (mo > this.month || mo < this.month - 2) continue;
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
