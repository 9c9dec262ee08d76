/**
 * The rules of {@link growthTrajectories}, one visit at a time: a child's
 * state is one compact record (the current day's visit, the previous day's,
 * the last visit with a length, the last visit of the previous calendar
 * month, and the last {@link RECENT_VISITS} visit days for WHO's velocity),
 * kept in typed arrays indexed by child. Fed each child's visits in day
 * order, it gives what `growthTrajectories` gives; memory grows with the
 * number of children, not of visits. `growthTrajectories` feeds it a sorted
 * register; `tumbuh trends` feeds it a file as it streams past.
 * @internal
 */
import { gainGrams, isNaik, kbmAt } from "../aggregate/skdn/kbm.js";
import { monthOfDay } from "../dates/calendar.js";
import { centileToZ, zToCentile } from "../lms/centile.js";
import { presence } from "../record/read-record.js";
import { DAYS_PER_MONTH, WHO2007_MIN_MONTHS } from "../who/constants.js";
import { incrementAtZ, incrementZ } from "./increment-z.js";
import { matchInterval, pairsEndBy, VELOCITY_SPACING_TOLERANCE_DAYS } from "./interval-match.js";
import { ONE_MONTH_INTERVALS } from "./intervals.js";
import { tableUnitsPer, velocityTableOf } from "./tables.js";
import { F } from "./trajectory-flags.js";

/**
 * How many of a child's most recent visit days are kept to look for a
 * velocity pair. WHO's intervals reach back at most two months and ten days
 * (70.9 days); twelve visit days cover a child weighed weekly. A visit with
 * more recent visit days than that within reach is counted
 * ({@link VisitResult.lookbackShort}).
 */
export const RECENT_VISITS = 12;

/** KBM verdicts: none, N (*naik*), T (*tidak naik*). */
export const KBM_NONE = 0;
export const KBM_N = 1;
export const KBM_T = 2;

const Z_LINES = [-1, -2, -3] as const;
const BGM_Z = -3;
const VELOCITY_LOW_CENTILE = 5;
/** The furthest back a velocity pair can reach: two months and the 2-month tolerance. */
const REACH_DAYS = 2 * DAYS_PER_MONTH + VELOCITY_SPACING_TOLERANCE_DAYS[2];
const Z5 = centileToZ(VELOCITY_LOW_CENTILE);
const WEIGHT_UNITS = tableUnitsPer("weight");
/** Past this age no pair of weighings fits a WHO interval. */
const WEIGHT_PAIRS_END_DAYS = pairsEndBy("weight");

/** What one visit gives; reused by every {@link TrajectoryEngine.visit} call. */
export class VisitResult {
  /** The visit came before the child's latest visit day: nothing was computed and the child's state is unchanged. */
  outOfOrder = false;
  /** The row of an earlier visit of the child on the same day, which this one replaces as the day's visit; −1 none. */
  replaces = -1;
  /** The previous visit (the latest earlier day's): row, day key, age. */
  previous = -1;
  previousKey = Number.NaN;
  gapDays = Number.NaN;
  weightGainKg = Number.NaN;
  /** The gain in whole grams (the KMS way); NaN when a weight is missing. */
  gainG = Number.NaN;
  dWaz = Number.NaN;
  lazFrom = -1;
  dLaz = Number.NaN;
  kbm = KBM_NONE;
  kbmG = Number.NaN;
  /** With dates: the child has an earlier visit day, but none in the previous calendar month (SKDN's O), so KBM gives no verdict. */
  kbmMonthMissed = false;
  velocityFrom = -1;
  velocityFromKey = Number.NaN;
  /** The weight at the velocity's earlier visit, kg. */
  velocityFromKg = Number.NaN;
  velocityInterval = 0;
  velocityZ = Number.NaN;
  velocityCentile = Number.NaN;
  crossedZ = Number.NaN;
  flags = 0;
  /** The velocity search ran out of kept visit days while still within reach, and the child has older ones: one of those could have made a pair. */
  lookbackShort = false;
}

type Floats = Float64Array;
type Ints = Int32Array;

/**
 * Per-child state in typed arrays, grown as children appear.
 * @internal
 */
export class TrajectoryEngine {
  /** The result of the last {@link visit}. */
  readonly result = new VisitResult();
  private capacity = 0;
  // The current day's visit (C): the newest of the recent visit days, with what the rules read of it.
  private cWaz!: Floats;
  private cLaz!: Floats;
  private cKbm!: Uint8Array;
  private cMonth!: Floats;
  // The previous day's visit (P).
  private pRow!: Ints;
  private pKey!: Floats;
  private pAge!: Floats;
  private pWeight!: Floats;
  private pWaz!: Floats;
  private pKbm!: Uint8Array;
  // The latest earlier visit day with a LAZ (L).
  private lRow!: Ints;
  private lLaz!: Floats;
  // The last visit of the latest earlier calendar month (E): KBM compares with it.
  private eRow!: Ints;
  private eMonth!: Floats;
  private eWeight!: Floats;
  private eKbm!: Uint8Array;
  // The last RECENT_VISITS visit days, a ring per child: row, day key, age, weight.
  private vRow!: Ints;
  private vKey!: Floats;
  private vAge!: Floats;
  private vWeight!: Floats;
  /** Slot of the newest visit day in the child's ring. */
  private head!: Uint8Array;
  /** Visit days in the ring (0 = the child has none yet). */
  private count!: Uint8Array;
  /** 1 once the ring has let go of a visit day. */
  private dropped!: Uint8Array;

  /**
   * @param kbmTable - the KBM grams by month of age
   * @param dated - visits are keyed by visit date (KBM by calendar month); else by age (KBM a month ± 5 days apart)
   */
  constructor(
    private readonly kbmTable: readonly number[],
    private readonly dated: boolean,
    children: number = 1024,
  ) {
    this.grow(Math.max(1, children));
  }

  /**
   * One visit of child `child` (0, 1, 2, … as the caller numbers children):
   * the visit's row (returned in the result's row fields), its day key (the
   * visit date's day number, or the age without dates), age in days, sex
   * (1/2; anything else: no velocity), weight in kg (NaN missing), and its
   * WAZ and LAZ (NaN when NA). A child's visits must come in day order;
   * rows of one day in input order. Fills and returns {@link result}.
   */
  visit(child: number, row: number, key: number, ageDays: number, sex: number, weightKg: number, waz: number, laz: number): VisitResult {
    if (child >= this.capacity) this.grow(Math.max(child + 1, this.capacity * 2));
    const res = this.result;
    this.reset(res);
    const n = this.count[child]!;
    const base = child * RECENT_VISITS;
    const month = this.dated ? monthOfDay(key) : Number.NaN;
    let newest = base + this.head[child]!;
    if (n > 0) {
      const currentKey = this.vKey[newest]!;
      if (key < currentKey) {
        res.outOfOrder = true;
        return res;
      }
      if (key > currentKey) this.closeDay(child, newest, month);
      else res.replaces = this.vRow[newest]!;
    }
    const sameDay = res.replaces >= 0;
    this.compare(child, ageDays, waz, laz, weightKg, month, res);
    if (presence(weightKg) > 0 && (sex === 1 || sex === 2) && ageDays <= WEIGHT_PAIRS_END_DAYS) this.velocity(child, key, ageDays, sex, weightKg, n, res);

    // This visit is now the child's current day's visit.
    if (!sameDay) {
      const slot = n === 0 ? 0 : (this.head[child]! + 1) % RECENT_VISITS;
      this.head[child] = slot;
      if (n < RECENT_VISITS) this.count[child] = n + 1;
      else this.dropped[child] = 1;
      newest = base + slot;
    }
    this.vRow[newest] = row;
    this.vKey[newest] = key;
    this.vAge[newest] = ageDays;
    this.vWeight[newest] = weightKg;
    this.cWaz[child] = waz;
    this.cLaz[child] = laz;
    this.cKbm[child] = res.kbm;
    this.cMonth[child] = month;
    return res;
  }

  /** The day key of the child's latest visit day (NaN before its first visit). */
  latestKey(child: number): number {
    return child < this.capacity && this.count[child]! > 0 ? this.vKey[child * RECENT_VISITS + this.head[child]!]! : Number.NaN;
  }

  private reset(res: VisitResult): void {
    res.outOfOrder = false;
    res.replaces = -1;
    res.previous = -1;
    res.previousKey = Number.NaN;
    res.gapDays = Number.NaN;
    res.weightGainKg = Number.NaN;
    res.gainG = Number.NaN;
    res.dWaz = Number.NaN;
    res.lazFrom = -1;
    res.dLaz = Number.NaN;
    res.kbm = KBM_NONE;
    res.kbmG = Number.NaN;
    res.kbmMonthMissed = false;
    res.velocityFrom = -1;
    res.velocityFromKey = Number.NaN;
    res.velocityFromKg = Number.NaN;
    res.velocityInterval = 0;
    res.velocityZ = Number.NaN;
    res.velocityCentile = Number.NaN;
    res.crossedZ = Number.NaN;
    res.flags = 0;
    res.lookbackShort = false;
  }

  /** A later day begins: the current day's visit becomes the previous one (and, in a new month, the one KBM compares with). */
  private closeDay(child: number, newest: number, month: number): void {
    if (!(month === this.cMonth[child])) {
      this.eRow[child] = this.vRow[newest]!;
      this.eMonth[child] = this.cMonth[child]!;
      this.eWeight[child] = this.vWeight[newest]!;
      this.eKbm[child] = this.cKbm[child]!;
    }
    this.pRow[child] = this.vRow[newest]!;
    this.pKey[child] = this.vKey[newest]!;
    this.pAge[child] = this.vAge[newest]!;
    this.pWeight[child] = this.vWeight[newest]!;
    this.pWaz[child] = this.cWaz[child]!;
    this.pKbm[child] = this.cKbm[child]!;
    const laz = this.cLaz[child]!;
    if (laz === laz) {
      this.lRow[child] = this.vRow[newest]!;
      this.lLaz[child] = laz;
    }
  }

  /** Changes since the previous visit, the KBM verdict and the z-line flags. */
  private compare(child: number, ageDays: number, waz: number, laz: number, weightKg: number, month: number, res: VisitResult): void {
    let flags = 0;
    if (waz < BGM_Z) flags |= F.BGM;
    const prev = this.pRow[child]!;
    const weighed = presence(weightKg) > 0;
    if (prev >= 0) {
      const before = this.pWaz[child]!;
      const prevKg = this.pWeight[child]!;
      res.previous = prev;
      res.previousKey = this.pKey[child]!;
      res.gapDays = ageDays - this.pAge[child]!;
      if (weighed && presence(prevKg) > 0) {
        res.weightGainKg = weightKg - prevKg;
        res.gainG = gainGrams(weightKg, prevKg);
      }
      res.dWaz = waz - before;
      for (const line of Z_LINES) if (before >= line && waz < line) res.crossedZ = line;
      if (res.crossedZ === res.crossedZ) flags |= F.CROSSED_DOWN;
    }
    const lazFrom = this.lRow[child]!;
    if (lazFrom >= 0) {
      res.lazFrom = lazFrom;
      res.dLaz = laz - this.lLaz[child]!;
    }
    // The visit KBM compares with: last calendar month's last visit (dates), or the previous visit a month before (ages).
    let refKg = Number.NaN;
    let refKbm = KBM_NONE;
    let hasRef = false;
    if (this.dated) {
      const e = this.eRow[child]!;
      hasRef = e >= 0 && this.eMonth[child] === month - 1;
      if (hasRef) {
        refKg = this.eWeight[child]!;
        refKbm = this.eKbm[child]!;
      } else res.kbmMonthMissed = prev >= 0;
    } else if (prev >= 0 && Math.abs(ageDays - this.pAge[child]! - DAYS_PER_MONTH) <= VELOCITY_SPACING_TOLERANCE_DAYS[1]) {
      hasRef = true;
      refKg = this.pWeight[child]!;
      refKbm = this.pKbm[child]!;
    }
    const months = Math.floor(ageDays / DAYS_PER_MONTH);
    if (hasRef && months < WHO2007_MIN_MONTHS && weighed && presence(refKg) > 0) {
      const min = kbmAt(this.kbmTable, months);
      res.kbmG = min;
      res.kbm = isNaik(gainGrams(weightKg, refKg), min) ? KBM_N : KBM_T;
      if (res.kbm === KBM_T) flags |= refKbm === KBM_T ? F.T | F.TWO_T : F.T;
    }
    res.flags = flags;
  }

  /**
   * WHO weight velocity from the most recent earlier visit day (with a
   * usable weight) whose pair with this visit fits a WHO interval.
   */
  private velocity(child: number, key: number, ageDays: number, sex: number, weightKg: number, n: number, res: VisitResult): void {
    const base = child * RECENT_VISITS;
    const head = this.head[child]!;
    for (let j = 0; j < n; j++) {
      const e = base + ((head - j + RECENT_VISITS) % RECENT_VISITS);
      if (this.vKey[e] === key) continue; // an earlier row of this very day
      const from = this.vAge[e]!;
      if (ageDays - from > REACH_DAYS) return;
      const before = this.vWeight[e]!;
      if (presence(before) <= 0) continue;
      const code = matchInterval("weight", from, ageDays);
      if (code <= 0) continue;
      const months = code > ONE_MONTH_INTERVALS.length ? 2 : 1;
      const k = code - 1 - (months === 2 ? ONE_MONTH_INTERVALS.length : 0);
      const t = velocityTableOf("weight", months, sex)!;
      const y = (weightKg - before) * WEIGHT_UNITS;
      const z = incrementZ(t, k, y);
      res.velocityFrom = this.vRow[e]!;
      res.velocityFromKey = this.vKey[e]!;
      res.velocityFromKg = before;
      res.velocityInterval = code;
      res.velocityZ = z;
      res.velocityCentile = z === z ? zToCentile(z) : z;
      if (y < incrementAtZ(t, k, Z5)) res.flags |= F.VELOCITY_LOW;
      return;
    }
    res.lookbackShort = this.dropped[child] === 1;
  }

  private grow(capacity: number): void {
    const nan = Number.NaN;
    const f = (a: Floats | undefined, fill: number, per = 1): Floats => {
      const next = new Float64Array(capacity * per).fill(fill);
      if (a !== undefined) next.set(a);
      return next;
    };
    const i = (a: Ints | undefined, fill: number, per = 1): Ints => {
      const next = new Int32Array(capacity * per).fill(fill);
      if (a !== undefined) next.set(a);
      return next;
    };
    const b = (a: Uint8Array | undefined): Uint8Array => {
      const next = new Uint8Array(capacity);
      if (a !== undefined) next.set(a);
      return next;
    };
    this.cWaz = f(this.cWaz, nan);
    this.cLaz = f(this.cLaz, nan);
    this.cKbm = b(this.cKbm);
    this.cMonth = f(this.cMonth, nan);
    this.pRow = i(this.pRow, -1);
    this.pKey = f(this.pKey, nan);
    this.pAge = f(this.pAge, nan);
    this.pWeight = f(this.pWeight, nan);
    this.pWaz = f(this.pWaz, nan);
    this.pKbm = b(this.pKbm);
    this.lRow = i(this.lRow, -1);
    this.lLaz = f(this.lLaz, nan);
    this.eRow = i(this.eRow, -1);
    this.eMonth = f(this.eMonth, nan);
    this.eWeight = f(this.eWeight, nan);
    this.eKbm = b(this.eKbm);
    this.vRow = i(this.vRow, -1, RECENT_VISITS);
    this.vKey = f(this.vKey, nan, RECENT_VISITS);
    this.vAge = f(this.vAge, nan, RECENT_VISITS);
    this.vWeight = f(this.vWeight, nan, RECENT_VISITS);
    this.head = b(this.head);
    this.count = b(this.count);
    this.dropped = b(this.dropped);
    this.capacity = capacity;
  }
}
