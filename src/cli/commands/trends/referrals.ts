/**
 * `tumbuh trends --referrals FILE`: the children to refer in a month, as
 * `referrals()` picks them — each child's last visit of the month, when it
 * has one of the referral flags — with the visit's output line and the
 * reasons in words. One small record per child while the file streams
 * past; the line is kept only for a child whose visit, so far, is one to
 * refer.
 */
import { trajectoryFlagLabel, trajectoryFlags, TRAJECTORY_FLAGS, type FlagLanguage, type TrajectoryFlag } from "../../../index.js";
import { formatMonth, monthOfDay } from "../../../dates/calendar.js";

/** The column after the trajectory columns in the referral list. */
export const REFERRAL_COLUMN = "referral_reasons";

/** The bit mask of `flags`. */
export function flagMask(flags: readonly TrajectoryFlag[]): number {
  return flags.reduce((m, f) => m | (1 << TRAJECTORY_FLAGS.indexOf(f)), 0);
}

export class ReferralTracker {
  private row = new Int32Array(0);
  private month = new Float64Array(0);
  private flags = new Uint8Array(0);
  private readonly lines = new Map<number, string>();
  private latest = Number.NEGATIVE_INFINITY;

  /**
   * @param wanted - the month (`year * 12 + month − 1`), or undefined for the latest month of the data
   * @param mask - the flags that make a referral
   */
  constructor(
    private readonly wanted: number | undefined,
    private readonly mask: number,
  ) {}

  /**
   * A visit of `child`, in the child's day order (a later row of the same
   * day replaces the earlier). Returns true when it is now the child's visit
   * to refer: give its line with {@link setLine}.
   */
  offer(child: number, row: number, day: number, flags: number): boolean {
    const m = monthOfDay(day);
    if (m > this.latest) this.latest = m;
    if (this.wanted !== undefined && m !== this.wanted) return false;
    if (child >= this.row.length) this.grow(Math.max(child + 1, this.row.length * 2, 1024));
    this.row[child] = row;
    this.month[child] = m;
    this.flags[child] = flags;
    const hit = (flags & this.mask) !== 0;
    if (!hit) this.lines.delete(child);
    return hit;
  }

  /** The month reported (`year * 12 + month − 1`); NaN when no visit was offered and none was asked for. */
  get reportMonth(): number {
    return this.wanted ?? (this.latest === Number.NEGATIVE_INFINITY ? Number.NaN : this.latest);
  }

  /** Row `row` is the visit of `child` to refer (for the second read of a file: its line is wanted). */
  wants(child: number, row: number): boolean {
    return child < this.row.length && this.row[child] === row && (this.flags[child]! & this.mask) !== 0 && this.month[child] === this.reportMonth;
  }

  setLine(child: number, line: string): void {
    this.lines.set(child, line);
  }

  /**
   * The children to refer, sorted by child id: each with its line and the
   * reasons (the referral flags of the visit) in `lang`.
   */
  referrals(ids: readonly string[], lang: FlagLanguage): { readonly id: string; readonly line: string; readonly reasons: string }[] {
    const month = this.reportMonth;
    const out: { id: string; line: string; reasons: string }[] = [];
    for (const [child, line] of this.lines) {
      if (this.month[child] !== month) continue;
      const reasons = trajectoryFlags(this.flags[child]! & this.mask).map((f) => trajectoryFlagLabel(f, lang)).join("; ");
      out.push({ id: ids[child]!, line, reasons });
    }
    out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return out;
  }

  /** The rows of the children to refer (each child's visit), in child order. */
  referredRows(): number[] {
    const month = this.reportMonth;
    const out: number[] = [];
    for (let c = 0; c < this.row.length; c++) {
      if (this.row[c]! >= 0 && this.month[c] === month && (this.flags[c]! & this.mask) !== 0) out.push(this.row[c]!);
    }
    return out;
  }

  /** The month reported as `YYYY-MM`, or "" when there is none. */
  monthText(): string {
    const m = this.reportMonth;
    return m === m ? formatMonth(m) : "";
  }

  private grow(n: number): void {
    const row = new Int32Array(n).fill(-1);
    row.set(this.row);
    const month = new Float64Array(n).fill(Number.NaN);
    month.set(this.month);
    const flags = new Uint8Array(n);
    flags.set(this.flags);
    this.row = row;
    this.month = month;
    this.flags = flags;
  }
}
