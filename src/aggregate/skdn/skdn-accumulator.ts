/**
 * SKDN as the weighings stream past: each batch validated and collapsed
 * into one compact record per child-month (`ChildMonthStore`), the groups
 * interned for each way of grouping asked for; once all are in, the
 * child-months classified and scored once, and the tables of any grouping
 * counted from them — per group, month, age group and sex — with the case
 * list as a stream of lines. Memory grows with the child-months, not with
 * the weighings; `skdn()` is one batch of all rows.
 * @internal
 */
import { prepareOutput } from "../../score/score-columns.js";
import { inputOf } from "../../score/input-columns.js";
import { scoreKernel } from "../../score/kernel.js";
import { FEMALE, MALE } from "../../who/constants.js";
import { pct } from "../shared/report-numbers.js";
import { dayInMonth, formatMonth, parseMonth } from "../../dates/calendar.js";
import { GroupInterner, type GroupKey } from "../shared/group-key.js";
import { completedMonths, UNDER_FIVE_MONTHS } from "../shared/under-five.js";
import { ageGroupIndex, SKDN_AGE_GROUPS, type SkdnAgeGroup } from "./age-groups.js";
import { B, ChildMonthStore, classifyChildMonths, childMonthGain, N, O, STATUS_LABELS, T, type ChildMonths, type WeighingRows } from "./child-months.js";
import { kbmAt } from "./kbm.js";
import { registerTotals, type Register } from "./register.js";
import type { SkdnDataIssues, SkdnRow, SkdnStatus } from "./types.js";

// Counters of one cell (group × month × age group × sex).
const C_S = 0;
const C_K = 1;
const C_D = 2;
const C_N = 3;
const C_T = 4;
const C_O = 5;
const C_B = 6;
const C_2T = 7;
const C_BGM = 8;
const C_BGM_UNKNOWN = 9;
const COUNTERS = 10;
const AGE_CELLS = SKDN_AGE_GROUPS.length + 1; // the groups, then "all"
const SEX_CELLS = 3; // m, f, all
const ALL_AGES = AGE_CELLS - 1;
const ALL_SEXES = 2;
const SEX_LABELS = ["m", "f", "all"] as const;
const STATUS_COUNTER = new Int32Array(4);
STATUS_COUNTER[N] = C_N;
STATUS_COUNTER[T] = C_T;
STATUS_COUNTER[O] = C_O;
STATUS_COUNTER[B] = C_B;

/** The most months a table may span (a century): a wrong `from`/`to` would otherwise make millions of rows. */
export const MAX_SKDN_MONTHS = 1200;

/** Rows scored at a time. */
const CHUNK = 8192;

/** Options of the tables of one grouping. @internal */
export interface SkdnTableOptions {
  readonly caller: string;
  /** Month numbers; NaN when not given. */
  readonly from: number;
  readonly to: number;
  readonly dsTargetPct: number;
  readonly register: Register | undefined;
  /** Whether the weighings had a KIA book column. */
  readonly hasBook: boolean;
}

/** One line of the case list (an object reused from line to line). @internal */
export interface CaseLine {
  record: number;
  childId: string;
  group: GroupKey;
  month: string;
  status: SkdnStatus;
  twoT: boolean;
  bgm: boolean | null;
  sex: number;
  ageMonths: number;
  ageGroup: SkdnAgeGroup;
  weightKg: number;
  previousWeightKg: number;
  previousMonth: string | null;
  gainG: number;
  kbmG: number;
  zwei: number;
}

/** The tables of one grouping: everything of `SkdnResult` but the case list, which is a stream. @internal */
export interface SkdnTables {
  readonly months: readonly string[];
  readonly dataMonths: { readonly from: string; readonly to: string } | null;
  readonly groups: readonly GroupKey[];
  readonly rows: readonly SkdnRow[];
  readonly issues: SkdnDataIssues;
  /** The number of case lines. */
  readonly caseCount: number;
  /** Calls `visit` for each case line, sorted by group, month and child id: lines `from` to `to` (all by default). */
  forEachCase(visit: (line: Readonly<CaseLine>) => void, from?: number, to?: number): void;
}

/** Weighings added so far, for one or several ways of grouping them. @internal */
export class SkdnAccumulator {
  readonly store: ChildMonthStore;
  private readonly interners: GroupInterner[];
  private hasBookMissing = 0;
  private hasBookInvalid = 0;
  private classified: { cm: ChildMonths; zwei: Float64Array } | undefined;

  /**
   * @param groupings - the grouping columns' names of each table to be made
   * @param today - day number of today (later dates are not real)
   */
  constructor(
    groupings: readonly (readonly string[])[],
    private readonly kbm: readonly number[],
    today: number,
  ) {
    this.interners = groupings.map((names) => new GroupInterner(names));
    this.store = new ChildMonthStore(groupings.length, today);
  }

  /**
   * Adds a batch of weighings; `groups[g]` are grouping `g`'s columns
   * (one per name, in order), each as long as the batch.
   */
  add(rows: WeighingRows, groups: readonly (readonly ArrayLike<unknown>[])[]): void {
    if (this.classified !== undefined) throw new Error("SkdnAccumulator: add after the tables were made");
    const book = rows.book;
    if (book !== undefined) {
      for (let i = 0; i < rows.length; i++) {
        const code = book[i]!;
        if (code === -1) this.hasBookMissing++;
        else if (code === -2) this.hasBookInvalid++;
      }
    }
    // every row's group, used or not: a group whose weighings are all left out is still listed
    const codes = this.interners.map((interner, g) => {
      const out = new Int32Array(rows.length);
      for (let i = 0; i < rows.length; i++) out[i] = interner.code(groups[g]!, i);
      return out;
    });
    this.store.add(rows, (g, i) => codes[g]![i]!);
  }

  /** The child-months classified and their weight-for-age z, once. */
  private finish(): { cm: ChildMonths; zwei: Float64Array } {
    if (this.classified !== undefined) return this.classified;
    const s = this.store;
    const cm = classifyChildMonths(s, this.kbm);
    // Weight-for-age z of each child-month's weighing (WHO anthro, 2 decimals), a chunk at a time.
    const zwei = new Float64Array(cm.count);
    const out = prepareOutput(CHUNK, undefined, "skdn").out;
    const sex = new Uint8Array(CHUNK);
    const ageDays = new Float64Array(CHUNK);
    const weightKg = new Float64Array(CHUNK);
    for (let from = 0; from < cm.count; from += CHUNK) {
      const m = Math.min(CHUNK, cm.count - from);
      for (let j = 0; j < m; j++) {
        const k = cm.order[from + j]!;
        sex[j] = s.sex.get(k);
        ageDays[j] = s.visit.get(k) - s.dob.get(k);
        weightKg[j] = s.weightKg.get(k);
      }
      const input = inputOf(m, (name) => (name === "sex" ? sex.subarray(0, m) : name === "ageDays" ? ageDays.subarray(0, m) : name === "weightKg" ? weightKg.subarray(0, m) : undefined));
      scoreKernel(input, out, 0, m, false);
      zwei.set(out.zwei.subarray(0, m), from);
    }
    this.classified = { cm, zwei };
    return this.classified;
  }

  /** The tables of grouping `g` (with the register, when given, coded into the same groups). */
  tables(g: number, o: SkdnTableOptions): SkdnTables {
    const s = this.store;
    const { cm, zwei } = this.finish();
    const interner = this.interners[g]!;
    const regCodes = o.register === undefined ? undefined : registerCodes(interner, o.register);
    const { keys, rank } = interner.sorted();
    const G = keys.length;
    const groupOf = (k: number) => rank[s.groups[g]!.get(k)]!;

    let first = Infinity;
    let last = -Infinity;
    for (let k = 0; k < cm.count; k++) {
      const mo = s.month.get(k);
      if (mo < first) first = mo;
      if (mo > last) last = mo;
    }
    const { from, M } = monthRange(o, cm.count, first, last);
    const months = Array.from({ length: M }, (_, k) => formatMonth(from + k));

    const cells = new Float64Array(G * M * AGE_CELLS * SEX_CELLS * COUNTERS);
    const cellBase = (gr: number, mi: number, ag: number, sx: number): number =>
      (((gr * M + mi) * AGE_CELLS + ag) * SEX_CELLS + sx) * COUNTERS;
    const add = (gr: number, mi: number, ag: number, sxCode: number, counter: number): void => {
      const sx = sxCode === MALE ? 0 : sxCode === FEMALE ? 1 : -1;
      cells[cellBase(gr, mi, ALL_AGES, ALL_SEXES) + counter]! += 1;
      cells[cellBase(gr, mi, ag, ALL_SEXES) + counter]! += 1;
      if (sx >= 0) {
        cells[cellBase(gr, mi, ALL_AGES, sx) + counter]! += 1;
        cells[cellBase(gr, mi, ag, sx) + counter]! += 1;
      }
    };
    for (let j = 0; j < cm.count; j++) {
      const k = cm.order[j]!;
      const mi = s.month.get(k) - from;
      if (mi < 0 || mi >= M) continue;
      const gr = groupOf(k);
      const ag = ageGroupIndex(cm.ageMonths[j]!);
      const sx = s.sex.get(k);
      add(gr, mi, ag, sx, C_D);
      add(gr, mi, ag, sx, STATUS_COUNTER[cm.status[j]!]!);
      if (cm.twoT[j] === 1) add(gr, mi, ag, sx, C_2T);
      const z = zwei[j]!;
      if (z !== z) add(gr, mi, ag, sx, C_BGM_UNKNOWN);
      else if (z < -3) add(gr, mi, ag, sx, C_BGM);
    }
    // S and K seen in the data: each weighing makes the child known for 12
    // months (until its next weighing), in its group, while under 60 months.
    const nChildren = s.childIds.length;
    for (let c = 0; c < nChildren; c++) {
      const end = cm.childStart[c + 1]!;
      for (let j = cm.childStart[c]!; j < end; j++) {
        const k = cm.order[j]!;
        const a = s.month.get(k);
        const next = j + 1 < end ? s.month.get(cm.order[j + 1]!) : Infinity;
        const lastMonth = Math.min(a + 11, next - 1, from + M - 1);
        const dob = s.dob.get(k);
        const gr = groupOf(k);
        const sx = s.sex.get(k);
        const hasBook = s.book.get(k) === 1;
        for (let mo = Math.max(a, from); mo <= lastMonth; mo++) {
          const age = mo === a ? cm.ageMonths[j]! : completedMonths(dayInMonth(mo, 15) - dob);
          if (age >= UNDER_FIVE_MONTHS) break;
          const ag = ageGroupIndex(age);
          add(gr, mo - from, ag, sx, C_S);
          if (hasBook) add(gr, mo - from, ag, sx, C_K);
        }
      }
    }

    const reg = o.register === undefined ? undefined : registerTotals(o.register, Int32Array.from(regCodes!, (c) => rank[c]!), G, from, M);
    const rows: SkdnRow[] = [];
    const sSource = o.register === undefined ? "seen-12-months" : "register";
    const kSource = o.register?.k === undefined ? "seen-12-months" : "register";
    for (let gr = 0; gr < G; gr++) {
      for (let mi = 0; mi < M; mi++) {
        for (const ag of [ALL_AGES, 0, 1, 2, 3, 4]) {
          for (const sx of [ALL_SEXES, 0, 1]) {
            const b = cellBase(gr, mi, ag, sx);
            const total = ag === ALL_AGES && sx === ALL_SEXES;
            const fromRegister = (v: number): number | null => (total && v === v ? v : null);
            const sv = o.register === undefined ? cells[b + C_S]! : fromRegister(reg!.s[gr * M + mi]!);
            const kv = kSource === "register" ? fromRegister(reg!.k[gr * M + mi]!) : o.hasBook ? cells[b + C_K]! : null;
            const d = cells[b + C_D]!;
            const nn = cells[b + C_N]!;
            const bgm = cells[b + C_BGM]!;
            const ratio = (x: number | null, y: number | null): number | null => (x === null || y === null ? null : pct(x, y));
            rows.push({
              group: keys[gr]!,
              month: months[mi]!,
              ageGroup: ag === ALL_AGES ? "all" : SKDN_AGE_GROUPS[ag]!,
              sex: SEX_LABELS[sx]!,
              s: sv,
              sSource,
              k: kv,
              kSource,
              d,
              n: nn,
              t: cells[b + C_T]!,
              o: cells[b + C_O]!,
              b: cells[b + C_B]!,
              twoT: cells[b + C_2T]!,
              bgm,
              bgmUnknown: cells[b + C_BGM_UNKNOWN]!,
              kPerS: ratio(kv, sv),
              dPerS: ratio(d, sv),
              nPerD: pct(nn, d),
              nPerS: ratio(nn, sv),
              bgmPerD: pct(bgm, d),
              dShortfall: sv === null ? null : Math.max(0, Math.ceil((o.dsTargetPct * sv) / 100) - d),
            });
          }
        }
      }
    }

    // the case list: positions of the reported child-months by (group, month), children in id order (a counting sort, no comparator)
    const byId = Int32Array.from({ length: nChildren }, (_, c) => c).sort((a, b) => {
      const x = s.childIds[a]!;
      const y = s.childIds[b]!;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const buckets = new Int32Array(G * M + 1);
    for (let j = 0; j < cm.count; j++) {
      const mi = s.month.get(cm.order[j]!) - from;
      if (mi >= 0 && mi < M) buckets[groupOf(cm.order[j]!) * M + mi + 1]!++;
    }
    for (let k = 1; k < buckets.length; k++) buckets[k]! += buckets[k - 1]!;
    const picked = new Int32Array(buckets[buckets.length - 1]!);
    for (const c of byId) {
      for (let j = cm.childStart[c]!; j < cm.childStart[c + 1]!; j++) {
        const k = cm.order[j]!;
        const mi = s.month.get(k) - from;
        if (mi >= 0 && mi < M) picked[buckets[groupOf(k) * M + mi]!++] = j;
      }
    }
    const issues: SkdnDataIssues = {
      records: s.records,
      ...s.drops,
      hasBookMissing: this.hasBookMissing,
      hasBookInvalid: this.hasBookInvalid,
      registerInvalid: reg?.invalid ?? 0,
    };
    const forEachCase = (visit: (line: Readonly<CaseLine>) => void, start = 0, end = picked.length): void => {
      const line = {} as CaseLine;
      for (let q = Math.max(0, start); q < Math.min(end, picked.length); q++) {
        const j = picked[q]!;
        const k = cm.order[j]!;
        const prev = j > cm.childStart[s.child.get(k)]! ? cm.order[j - 1]! : -1;
        const z = zwei[j]!;
        line.record = s.row.get(k);
        line.childId = s.childIds[s.child.get(k)]!;
        line.group = keys[groupOf(k)]!;
        line.month = months[s.month.get(k) - from]!;
        line.status = STATUS_LABELS[cm.status[j]!]!;
        line.twoT = cm.twoT[j] === 1;
        line.bgm = z === z ? z < -3 : null;
        line.sex = s.sex.get(k);
        line.ageMonths = cm.ageMonths[j]!;
        line.ageGroup = SKDN_AGE_GROUPS[ageGroupIndex(cm.ageMonths[j]!)]!;
        line.weightKg = s.weightKg.get(k);
        line.previousWeightKg = prev >= 0 ? s.weightKg.get(prev) : Number.NaN;
        const pm = prev >= 0 ? s.month.get(prev) - from : 0;
        line.previousMonth = prev < 0 ? null : pm >= 0 ? months[pm]! : formatMonth(s.month.get(prev));
        const compared = cm.status[j] === N || cm.status[j] === T;
        line.gainG = compared ? childMonthGain(s, k, prev) : Number.NaN;
        line.kbmG = compared ? kbmAt(this.kbm, cm.ageMonths[j]!) : Number.NaN;
        line.zwei = z;
        visit(line);
      }
    };
    return {
      months,
      dataMonths: cm.count > 0 ? { from: formatMonth(first), to: formatMonth(last) } : null,
      groups: keys,
      rows,
      issues,
      caseCount: picked.length,
      forEachCase,
    };
  }
}

/** The register's rows coded into the weighings' groups (after them, so the groups of the data keep their codes). */
function registerCodes(interner: GroupInterner, reg: Register): Int32Array {
  const cols = interner.names.map((name) => reg.groups[name] as ArrayLike<unknown>);
  const out = new Int32Array(reg.length);
  for (let i = 0; i < reg.length; i++) out[i] = interner.code(cols, i);
  return out;
}

/**
 * The months reported: `from`/`to` when given; else from the data's second
 * month (its first has no previous month) or its only month, to its last.
 * `M` = 0 when there is neither data nor a month asked for.
 * @throws RangeError when `from` is after `to`, or the span is over {@link MAX_SKDN_MONTHS}
 */
function monthRange(o: SkdnTableOptions, count: number, first: number, last: number): { from: number; M: number } {
  const { from: fromOpt, to: toOpt, caller } = o;
  let from: number;
  let to: number;
  if (count > 0) {
    to = toOpt === toOpt ? toOpt : fromOpt === fromOpt ? Math.max(last, fromOpt) : last;
    from = fromOpt === fromOpt ? fromOpt : Math.min(last > first ? first + 1 : first, to);
  } else {
    from = fromOpt === fromOpt ? fromOpt : toOpt;
    to = toOpt === toOpt ? toOpt : fromOpt;
  }
  if (from > to) throw new RangeError(`${caller}: options.from (${formatMonth(from)}) is after options.to (${formatMonth(to)})`);
  if (!(from === from)) return { from: 0, M: 0 };
  const M = to - from + 1;
  if (M > MAX_SKDN_MONTHS) {
    throw new RangeError(`${caller}: the months from ${formatMonth(from)} to ${formatMonth(to)} are ${M}; a table spans at most ${MAX_SKDN_MONTHS} (give options.from and options.to)`);
  }
  return { from, M };
}

/** A month option as a month number (NaN when not given). @internal */
export function monthOption(v: unknown, name: string, caller: string): number {
  if (v === undefined) return Number.NaN;
  const m = parseMonth(v);
  if (m !== m) throw new RangeError(`${caller}: options.${name} must be a month "YYYY-MM"; got ${JSON.stringify(v)}`);
  return m;
}
