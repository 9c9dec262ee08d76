/**
 * Weighings collapsed to one per child and calendar month as they stream
 * past — one compact typed record per child-month, the month's last
 * weighing — with where the unusable records went; once all are in, each
 * child-month's SKDN status (N, T, O, B, 2T).
 * @internal
 */
import { daysFromCivil, monthOfDay } from "../../dates/calendar.js";
import { EARLIEST_YEAR } from "../../dates/parse-date.js";
import { keyValue } from "../shared/group-key.js";
import { Paged, pagedFloat64, pagedInt32, pagedInt8, pagedUint8 } from "../shared/paged.js";
import { completedMonths, UNDER_FIVE_MONTHS } from "../shared/under-five.js";
import { gainGrams, isNaik, kbmAt } from "./kbm.js";
import { ownString } from "../../util/own-string.js";

/** Status codes of a child-month, indexes into {@link STATUS_LABELS}. @internal */
export const N = 0;
/** @internal */
export const T = 1;
/** @internal */
export const O = 2;
/** @internal */
export const B = 3;
/** @internal */
export const STATUS_LABELS = ["N", "T", "O", "B"] as const;

/** The first day a date can be: 1900-01-01 (a year before is a typing slip such as `0024`). */
const EARLIEST_DAY = daysFromCivil(EARLIEST_YEAR, 1, 1);

/** Counts of records left out, by the first reason that applies. @internal */
export interface DropCounts {
  childIdMissing: number;
  visitDateMissing: number;
  visitDateInvalid: number;
  visitDateBefore1900: number;
  visitDateInFuture: number;
  dateOfBirthMissing: number;
  dateOfBirthInvalid: number;
  dateOfBirthBefore1900: number;
  dateOfBirthInFuture: number;
  visitBeforeBirth: number;
  age60MonthsOrMore: number;
  weightMissing: number;
  weightInvalid: number;
  supersededInMonth: number;
  used: number;
}

/** One batch of weighings as the store reads them. @internal */
export interface WeighingRows {
  readonly length: number;
  readonly childId: ArrayLike<unknown>;
  /** Sex codes (1 male, 2 female, 0 missing, 255 invalid). */
  readonly sex: ArrayLike<number>;
  /** Day numbers (NaN missing, −Infinity invalid). */
  readonly dob: ArrayLike<number>;
  readonly visit: ArrayLike<number>;
  readonly weightKg: ArrayLike<number>;
  /** KIA book codes (1 yes, 0 no, −1 missing, −2 invalid), or undefined without the column. */
  readonly book: ArrayLike<number> | undefined;
}

/**
 * Child-months as they come: per child the list of its months' records
 * (each the month's latest weighing; on the same date the later row), in
 * paged typed columns.
 * @internal
 */
export class ChildMonthStore {
  readonly drops: DropCounts = {
    childIdMissing: 0, visitDateMissing: 0, visitDateInvalid: 0, visitDateBefore1900: 0, visitDateInFuture: 0,
    dateOfBirthMissing: 0, dateOfBirthInvalid: 0, dateOfBirthBefore1900: 0, dateOfBirthInFuture: 0,
    visitBeforeBirth: 0, age60MonthsOrMore: 0, weightMissing: 0, weightInvalid: 0, supersededInMonth: 0, used: 0,
  };
  /** Child ids (normalised strings), by child index. */
  readonly childIds: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly head = pagedInt32();
  /** Per record: the child's next record (−1 for none). */
  private readonly next = pagedInt32();
  readonly child = pagedInt32();
  readonly month = pagedInt32();
  readonly visit = pagedInt32();
  readonly dob = pagedInt32();
  readonly sex = pagedUint8();
  readonly weightKg = pagedFloat64();
  readonly book = pagedInt8();
  /** The input row of the month's last weighing (0-based over every batch added). */
  readonly row = new Paged((n) => new Uint32Array(n));
  /** Per grouping: the group code of the record's weighing. */
  readonly groups: Paged<Int32Array>[];
  private rowsSeen = 0;

  /** @param groupings - how many group codes each record keeps */
  constructor(
    groupings: number,
    private readonly today: number,
  ) {
    this.groups = Array.from({ length: groupings }, pagedInt32);
  }

  /** Records added so far. */
  get records(): number {
    return this.rowsSeen;
  }

  /** Child-months so far. */
  get count(): number {
    return this.child.length;
  }

  /**
   * Adds a batch: validates each weighing (the first reason that applies
   * is counted) and keeps the month's latest one per child.
   * @param groupOf - each row's group code in each grouping
   */
  add(w: WeighingRows, groupOf: (grouping: number, i: number) => number): void {
    const d = this.drops;
    const today = this.today;
    for (let i = 0; i < w.length; i++) {
      const r = this.rowsSeen++;
      const id = keyValue(w.childId[i]);
      if (id === null) { d.childIdMissing++; continue; }
      const v = w.visit[i]!;
      if (v !== v) { d.visitDateMissing++; continue; }
      if (v === -Infinity) { d.visitDateInvalid++; continue; }
      if (v < EARLIEST_DAY) { d.visitDateBefore1900++; continue; }
      if (v > today) { d.visitDateInFuture++; continue; }
      const b = w.dob[i]!;
      if (b !== b) { d.dateOfBirthMissing++; continue; }
      if (b === -Infinity) { d.dateOfBirthInvalid++; continue; }
      if (b < EARLIEST_DAY) { d.dateOfBirthBefore1900++; continue; }
      if (b > today) { d.dateOfBirthInFuture++; continue; }
      if (v < b) { d.visitBeforeBirth++; continue; }
      if (completedMonths(v - b) >= UNDER_FIVE_MONTHS) { d.age60MonthsOrMore++; continue; }
      const kg = w.weightKg[i]!;
      if (kg !== kg) { d.weightMissing++; continue; }
      if (!(kg > 0 && kg < Infinity)) { d.weightInvalid++; continue; }
      d.used++;
      let c = this.ids.get(id);
      if (c === undefined) {
        c = this.childIds.length;
        const own = ownString(id);
        this.ids.set(own, c);
        this.childIds.push(own);
        this.head.push(-1);
      }
      const m = monthOfDay(v);
      let k = this.head.get(c);
      while (k >= 0 && this.month.get(k) !== m) k = this.next.get(k);
      if (k >= 0) {
        d.supersededInMonth++;
        if (v < this.visit.get(k)) continue; // an earlier weighing of a month already seen later
      } else {
        k = this.child.push(c);
        this.month.push(m);
        this.next.push(this.head.get(c));
        this.head.set(c, k);
        this.visit.push(0);
        this.dob.push(0);
        this.sex.push(0);
        this.weightKg.push(0);
        this.book.push(0);
        this.row.push(0);
        for (const g of this.groups) g.push(0);
      }
      this.visit.set(k, v);
      this.dob.set(k, b);
      this.sex.set(k, w.sex[i]!);
      this.weightKg.set(k, kg);
      this.book.set(k, w.book === undefined ? -1 : w.book[i]!);
      this.row.set(k, r);
      this.groups.forEach((g, j) => g.set(k, groupOf(j, i)));
    }
  }
}

/**
 * The child-months in order — by child, each child's months in order — and
 * each one's SKDN status: B without an earlier weighing; N or T when the
 * previous one was last calendar month (gain in whole grams ≥ KBM at the
 * current age is N); O when it was earlier. 2T is T after T last month.
 * @internal
 */
export interface ChildMonths {
  readonly count: number;
  /** The record at each position (positions sorted by child, then month). */
  readonly order: Int32Array;
  /** Each child's positions: `[childStart[c], childStart[c + 1])`. */
  readonly childStart: Int32Array;
  /** Completed months of age at the weighing, per position. */
  readonly ageMonths: Uint8Array;
  readonly status: Uint8Array;
  readonly twoT: Uint8Array;
}

/** Grams gained since the previous child-month's weighing (whole grams, as SKDN compares them). @internal */
export function childMonthGain(s: ChildMonthStore, k: number, previous: number): number {
  return gainGrams(s.weightKg.get(k), s.weightKg.get(previous));
}

/** Sorts the store's child-months and classifies them. @internal */
export function classifyChildMonths(s: ChildMonthStore, kbm: readonly number[]): ChildMonths {
  const count = s.count;
  const nChildren = s.childIds.length;
  const childStart = new Int32Array(nChildren + 1);
  for (let k = 0; k < count; k++) childStart[s.child.get(k) + 1]!++;
  for (let c = 0; c < nChildren; c++) childStart[c + 1]! += childStart[c]!;
  const fill = childStart.slice(0, nChildren);
  const order = new Int32Array(count);
  for (let k = 0; k < count; k++) order[fill[s.child.get(k)]!++] = k;
  // each child's few months, by insertion
  for (let c = 0; c < nChildren; c++) {
    for (let j = childStart[c]! + 1; j < childStart[c + 1]!; j++) {
      const k = order[j]!;
      const m = s.month.get(k);
      let p = j - 1;
      while (p >= childStart[c]! && s.month.get(order[p]!) > m) {
        order[p + 1] = order[p]!;
        p--;
      }
      order[p + 1] = k;
    }
  }
  const ageMonths = new Uint8Array(count);
  const status = new Uint8Array(count);
  const twoT = new Uint8Array(count);
  for (let c = 0; c < nChildren; c++) {
    const first = childStart[c]!;
    for (let j = first; j < childStart[c + 1]!; j++) {
      const k = order[j]!;
      const age = completedMonths(s.visit.get(k) - s.dob.get(k));
      ageMonths[j] = age;
      if (j === first) status[j] = B;
      else if (s.month.get(order[j - 1]!) !== s.month.get(k) - 1) status[j] = O;
      else {
        status[j] = isNaik(childMonthGain(s, k, order[j - 1]!), kbmAt(kbm, age)) ? N : T;
        if (status[j] === T && status[j - 1] === T) twoT[j] = 1;
      }
    }
  }
  return { count, order, childStart, ageMonths, status, twoT };
}
