/**
 * Weighings collapsed to one per child and calendar month, with each
 * month's SKDN status (N, T, O, B, 2T) and where the unusable records went.
 */
import { monthOfDay } from "../../dates/calendar.js";
import { keyValue } from "../shared/group-key.js";
import { completedMonths, UNDER_FIVE_MONTHS } from "../shared/under-five.js";
import { gainGrams, isNaik, kbmAt } from "./kbm.js";

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

/** The weighing columns, validated and converted. @internal */
export interface WeighingInput {
  readonly length: number;
  readonly childId: ArrayLike<unknown>;
  readonly dob: Float64Array;
  readonly visit: Float64Array;
  readonly weightKg: ArrayLike<number>;
}

/** Counts of records left out, by the first reason that applies. @internal */
export interface DropCounts {
  childIdMissing: number;
  visitDateMissing: number;
  visitDateInvalid: number;
  dateOfBirthMissing: number;
  dateOfBirthInvalid: number;
  visitBeforeBirth: number;
  age60MonthsOrMore: number;
  weightMissing: number;
  weightInvalid: number;
  supersededInMonth: number;
  used: number;
}

/**
 * Each child's weighings collapsed to one per calendar month (the last), in
 * month order per child, with the SKDN status of each. Arrays are indexed by
 * child-month; a child's child-months are `[childStart[c], childStart[c+1])`.
 * @internal
 */
export interface ChildMonths {
  readonly count: number;
  /** Child ids (normalised strings), by child index. */
  readonly childIds: readonly string[];
  readonly childStart: Int32Array;
  readonly child: Int32Array;
  /** The input row of the month's last weighing. */
  readonly row: Int32Array;
  /** Calendar month, `year * 12 + month - 1`. */
  readonly month: Int32Array;
  /** Completed months of age at the weighing. */
  readonly ageMonths: Int32Array;
  readonly status: Uint8Array;
  readonly twoT: Uint8Array;
  /** The previous child-month of the same child, or −1. */
  readonly prev: Int32Array;
  /** Grams gained since last month, and the KBM; NaN unless N or T. */
  readonly gainG: Float64Array;
  readonly kbmG: Float64Array;
  readonly drops: DropCounts;
}

/**
 * Validates the weighings, sorts them by child and date (a stable counting
 * sort by child, then insertion sort of each child's few rows), keeps the
 * last weighing of each child in each month and classifies it:
 * B without an earlier weighing; N or T when the previous one was last
 * calendar month (gain in whole grams ≥ KBM at the current age is N); O when
 * it was earlier. 2T is T after T last month.
 * @internal
 */
export function childMonths(w: WeighingInput, kbm: readonly number[]): ChildMonths {
  const n = w.length;
  const drops: DropCounts = {
    childIdMissing: 0, visitDateMissing: 0, visitDateInvalid: 0, dateOfBirthMissing: 0, dateOfBirthInvalid: 0,
    visitBeforeBirth: 0, age60MonthsOrMore: 0, weightMissing: 0, weightInvalid: 0, supersededInMonth: 0, used: 0,
  };
  const ids = new Map<string, number>();
  const childIds: string[] = [];
  const childOf = new Int32Array(n).fill(-1);
  const perChild: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = keyValue(w.childId[i]);
    if (id === null) { drops.childIdMissing++; continue; }
    const v = w.visit[i]!;
    if (v !== v) { drops.visitDateMissing++; continue; }
    if (v === -Infinity) { drops.visitDateInvalid++; continue; }
    const b = w.dob[i]!;
    if (b !== b) { drops.dateOfBirthMissing++; continue; }
    if (b === -Infinity) { drops.dateOfBirthInvalid++; continue; }
    if (v < b) { drops.visitBeforeBirth++; continue; }
    if (completedMonths(v - b) >= UNDER_FIVE_MONTHS) { drops.age60MonthsOrMore++; continue; }
    const kg = w.weightKg[i]!;
    if (kg !== kg) { drops.weightMissing++; continue; }
    if (!(kg > 0 && kg < Infinity)) { drops.weightInvalid++; continue; }
    let c = ids.get(id);
    if (c === undefined) {
      c = childIds.length;
      ids.set(id, c);
      childIds.push(id);
      perChild.push(0);
    }
    childOf[i] = c;
    perChild[c]!++;
    drops.used++;
  }

  // Stable counting sort of the used rows by child, then by visit date.
  const nChildren = childIds.length;
  const start = new Int32Array(nChildren + 1);
  for (let c = 0; c < nChildren; c++) start[c + 1] = start[c]! + perChild[c]!;
  const fill = start.slice(0, nChildren);
  const rows = new Int32Array(drops.used);
  for (let i = 0; i < n; i++) {
    const c = childOf[i]!;
    if (c >= 0) rows[fill[c]!++] = i;
  }
  for (let c = 0; c < nChildren; c++) {
    for (let j = start[c]! + 1; j < start[c + 1]!; j++) {
      const r = rows[j]!;
      const day = w.visit[r]!;
      let k = j - 1;
      while (k >= start[c]! && w.visit[rows[k]!]! > day) {
        rows[k + 1] = rows[k]!;
        k--;
      }
      rows[k + 1] = r;
    }
  }

  // One child-month per child and month: the last weighing of the month.
  const cap = drops.used;
  const child = new Int32Array(cap);
  const row = new Int32Array(cap);
  const month = new Int32Array(cap);
  const ageMonths = new Int32Array(cap);
  const status = new Uint8Array(cap);
  const twoT = new Uint8Array(cap);
  const prev = new Int32Array(cap);
  const gainG = new Float64Array(cap).fill(Number.NaN);
  const kbmG = new Float64Array(cap).fill(Number.NaN);
  const childStart = new Int32Array(nChildren + 1);
  let count = 0;
  for (let c = 0; c < nChildren; c++) {
    childStart[c] = count;
    const first = count;
    for (let j = start[c]!; j < start[c + 1]!; j++) {
      const r = rows[j]!;
      const m = monthOfDay(w.visit[r]!);
      if (count > first && month[count - 1] === m) {
        row[count - 1] = r; // a later weighing in the same month replaces the earlier
        drops.supersededInMonth++;
        continue;
      }
      child[count] = c;
      row[count] = r;
      month[count] = m;
      count++;
    }
    for (let k = first; k < count; k++) {
      const r = row[k]!;
      const age = completedMonths(w.visit[r]! - w.dob[r]!);
      ageMonths[k] = age;
      prev[k] = k > first ? k - 1 : -1;
      if (k === first) status[k] = B;
      else if (month[k - 1] !== month[k]! - 1) status[k] = O;
      else {
        const gain = gainGrams(w.weightKg[r]!, w.weightKg[row[k - 1]!]!);
        const min = kbmAt(kbm, age);
        gainG[k] = gain;
        kbmG[k] = min;
        status[k] = isNaik(gain, min) ? N : T;
        if (status[k] === T && status[k - 1] === T) twoT[k] = 1;
      }
    }
  }
  childStart[nChildren] = count;
  return {
    count, childIds, childStart, child, row, month, ageMonths, status, twoT, prev, gainG, kbmG, drops,
  };
}
