/**
 * Posyandu SKDN: weighings collapsed to child-months, counted per group,
 * month, age group and sex (S, K, D, N, T, O, B, 2T, BGM) with their ratios,
 * and the case list for follow-up.
 */
import { prepareColumns, scoreColumns } from "../../score/score-columns.js";
import { FEMALE, MALE } from "../../who/constants.js";
import { checkColumn, checkObject } from "../../util/checks.js";
import { pct } from "../shared/report-numbers.js";
import { dateColumn, dayInMonth, formatMonth, parseMonth } from "../../dates/calendar.js";
import { groupIndex, groupNames, type GroupSource } from "../shared/group-key.js";
import { completedMonths, UNDER_FIVE_MONTHS } from "../shared/under-five.js";
import { ageGroupIndex, SKDN_AGE_GROUPS, type SkdnAgeGroup } from "./age-groups.js";
import { bookCode } from "./book-code.js";
import { B, childMonths, N, O, STATUS_LABELS, T } from "./child-months.js";
import { checkKbm } from "./kbm.js";
import { readRegister, registerTotals } from "./register.js";
import type { SkdnCases, SkdnColumns, SkdnOptions, SkdnResult, SkdnRow, SkdnStatus } from "./types.js";

const CALLER = "skdn";
const COLUMN_KEYS = ["childId", "sex", "dateOfBirth", "visitDate", "weightKg", "hasBook"];
const REQUIRED = ["childId", "sex", "dateOfBirth", "visitDate", "weightKg"] as const;
const OPTION_KEYS = ["groupBy", "register", "from", "to", "kbmGrams", "dsTargetPct"];

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

function monthOption(v: unknown, name: string): number {
  if (v === undefined) return Number.NaN;
  const m = parseMonth(v);
  if (m !== m) throw new RangeError(`${CALLER}: options.${name} must be a month "YYYY-MM"; got ${JSON.stringify(v)}`);
  return m;
}

/**
 * The months reported: `from`/`to` when given; else from the data's second
 * month (its first has no previous month) or its only month, to its last.
 * `M` = 0 when there is neither data nor a month asked for.
 */
function monthRange(month: Int32Array, count: number, fromOption: unknown, toOption: unknown): { from: number; M: number; first: number; last: number } {
  const fromOpt = monthOption(fromOption, "from");
  const toOpt = monthOption(toOption, "to");
  let first = Infinity;
  let last = -Infinity;
  for (let j = 0; j < count; j++) {
    const m = month[j]!;
    if (m < first) first = m;
    if (m > last) last = m;
  }
  let from: number;
  let to: number;
  if (count > 0) {
    to = toOpt === toOpt ? toOpt : fromOpt === fromOpt ? Math.max(last, fromOpt) : last;
    from = fromOpt === fromOpt ? fromOpt : Math.min(last > first ? first + 1 : first, to);
  } else {
    from = fromOpt === fromOpt ? fromOpt : toOpt;
    to = toOpt === toOpt ? toOpt : fromOpt;
  }
  if (from > to) throw new RangeError(`${CALLER}: options.from (${formatMonth(from)}) is after options.to (${formatMonth(to)})`);
  return from === from ? { from, M: to - from + 1, first, last } : { from: 0, M: 0, first, last };
}

/**
 * Posyandu monthly indicators (SKDN) from weighing records: per group
 * (posyandu, kelurahan, puskesmas — any grouping columns), calendar month,
 * age group (0–5, 6–11, 12–23, 24–35, 36–59 months) and sex:
 *
 * - S sasaran (registered children) and K (of which with a KIA/KMS book),
 *   from `options.register`, or else approximated by the children weighed in
 *   the last 12 months (this month included) who are 0–59 months old this
 *   month, in the group of their latest weighing (`sSource: "seen-12-months"`);
 * - D children weighed this month (distinct children; the month's last
 *   weighing counts), N gained at least the KBM since a weighing last
 *   calendar month, T did not, O weighed this month but not last month
 *   (weighed before), B first weighing in the data (N + T + O + B = D);
 * - 2T T for the second month running, BGM weight-for-age z < −3 (WHO anthro
 *   z by {@link scoreColumns}, 2 decimals, at the age in days on the visit);
 * - K/S, D/S, N/D, N/S, BGM/D in percent, and the children short of the D/S
 *   target (80 %): max(0, ⌈0.8 × S⌉ − D).
 *
 * Also a case list, one line per child and month weighed, for follow-up.
 * Weighings at 60 months or more are outside SKDN and are counted in
 * `issues`, with every other record that cannot be used. The first month of
 * the data is history only by default: with nothing before it, N, T, O and B
 * cannot be told apart. Rules and their reasons: docs/skdn.md.
 *
 * Cost: O(n) plus a sort of the distinct child ids; counters in typed arrays.
 *
 * @param columns - the weighings (see {@link SkdnColumns})
 * @param options - grouping, register, month range, KBM table, D/S target
 * @returns rows of counts and ratios, the case list, and the data issues
 * @throws TypeError for a missing or unknown column or option, a column that is not an array, or register groups that differ from `groupBy`
 * @throws RangeError for columns of unequal length, a month that is not `"YYYY-MM"`, `from` after `to`, a bad KBM table or target
 *
 * @example
 * const r = skdn({
 *   childId: ["a", "a", "b", "a", "b"],
 *   sex: [1, 1, 2, 1, 2],
 *   dateOfBirth: ["2024-01-10", "2024-01-10", "2024-06-02", "2024-01-10", "2024-06-02"],
 *   visitDate: ["2025-01-12", "2025-02-11", "2025-02-11", "2025-03-12", "2025-03-12"],
 *   weightKg: [8.0, 8.3, 7.0, 8.4, 7.5],
 * });
 * r.months; // => ["2025-02", "2025-03"]
 * const march = r.rows.find((x) => x.month === "2025-03" && x.ageGroup === "all" && x.sex === "all");
 * [march?.s, march?.d, march?.n, march?.t, march?.o, march?.b]; // => [2, 2, 1, 1, 0, 0]
 * r.cases.status; // => ["N", "B", "T", "N"]
 * @category Aggregation
 */
export function skdn(columns: SkdnColumns, options?: SkdnOptions): SkdnResult {
  const cols = checkObject(columns, COLUMN_KEYS, CALLER, "columns");
  for (const key of REQUIRED) if (cols[key] === undefined) throw new TypeError(`${CALLER}: columns.${key} is required`);
  const input = prepareColumns({ sex: cols.sex as ArrayLike<unknown>, weightKg: cols.weightKg as ArrayLike<unknown> }, CALLER);
  const n = input.length;
  const childId = checkColumn(cols.childId, n, CALLER, "columns.childId");
  const dob = dateColumn(cols.dateOfBirth, n, CALLER, "columns.dateOfBirth");
  const visit = dateColumn(cols.visitDate, n, CALLER, "columns.visitDate");
  const hasBook = cols.hasBook === undefined ? undefined : checkColumn(cols.hasBook, n, CALLER, "columns.hasBook");

  const opts = checkObject(options ?? {}, OPTION_KEYS, CALLER, "options");
  const kbm = checkKbm(opts.kbmGrams, CALLER);
  const target = opts.dsTargetPct === undefined ? 80 : opts.dsTargetPct;
  if (typeof target !== "number" || !(target > 0 && target <= 100)) {
    throw new RangeError(`${CALLER}: options.dsTargetPct must be a number in (0, 100]; got ${String(target)}`);
  }
  const names = groupNames(opts.groupBy, CALLER, "options.groupBy");
  const sources: GroupSource[] = [{ columns: (opts.groupBy ?? {}) as Record<string, unknown>, length: n, label: "options.groupBy" }];
  const register = opts.register === undefined ? undefined : readRegister(opts.register, names, CALLER);
  if (register !== undefined) sources.push({ columns: register.groups, length: register.length, label: "options.register.groups" });
  const groups = groupIndex(names, sources, CALLER);
  const groupOf = groups.codes[0]!;
  const G = groups.keys.length;

  const cm = childMonths({ length: n, childId, dob, visit, weightKg: input.weightKg! }, kbm);

  const { from, M, first, last } = monthRange(cm.month, cm.count, opts.from, opts.to);
  const months = Array.from({ length: M }, (_, k) => formatMonth(from + k));

  // Weight-for-age z of each child-month's weighing.
  const sexSub = new Uint8Array(cm.count);
  const ageSub = new Float64Array(cm.count);
  const kgSub = new Float64Array(cm.count);
  for (let j = 0; j < cm.count; j++) {
    const r = cm.row[j]!;
    sexSub[j] = input.sex[r]!;
    ageSub[j] = visit[r]! - dob[r]!;
    kgSub[j] = input.weightKg![r]!;
  }
  const zwei = scoreColumns({ sex: sexSub, ageDays: ageSub, weightKg: kgSub }).zwei;

  const book = new Int8Array(n);
  let hasBookMissing = 0;
  let hasBookInvalid = 0;
  if (hasBook !== undefined) {
    for (let i = 0; i < n; i++) {
      const code = bookCode(hasBook[i]);
      book[i] = code;
      if (code === -1) hasBookMissing++;
      else if (code === -2) hasBookInvalid++;
    }
  }

  // Cells: group × month × age group × sex × counter.
  const cells = new Float64Array(G * M * AGE_CELLS * SEX_CELLS * COUNTERS);
  const cellBase = (g: number, mi: number, ag: number, sx: number): number =>
    (((g * M + mi) * AGE_CELLS + ag) * SEX_CELLS + sx) * COUNTERS;
  const add = (g: number, mi: number, ag: number, sxCode: number, counter: number): void => {
    const sx = sxCode === MALE ? 0 : sxCode === FEMALE ? 1 : -1;
    cells[cellBase(g, mi, ALL_AGES, ALL_SEXES) + counter]! += 1;
    cells[cellBase(g, mi, ag, ALL_SEXES) + counter]! += 1;
    if (sx >= 0) {
      cells[cellBase(g, mi, ALL_AGES, sx) + counter]! += 1;
      cells[cellBase(g, mi, ag, sx) + counter]! += 1;
    }
  };

  for (let j = 0; j < cm.count; j++) {
    const r = cm.row[j]!;
    const mi = cm.month[j]! - from;
    if (mi < 0 || mi >= M) continue;
    const g = groupOf[r]!;
    const ag = ageGroupIndex(cm.ageMonths[j]!);
    const sx = input.sex[r]!;
    add(g, mi, ag, sx, C_D);
    add(g, mi, ag, sx, STATUS_COUNTER[cm.status[j]!]!);
    if (cm.twoT[j] === 1) add(g, mi, ag, sx, C_2T);
    const z = zwei[j]!;
    if (z !== z) add(g, mi, ag, sx, C_BGM_UNKNOWN);
    else if (z < -3) add(g, mi, ag, sx, C_BGM);
  }

  // S and K seen in the data: each weighing makes the child known for 12
  // months (until its next weighing), in its group, while under 60 months.
  for (let c = 0; c < cm.childIds.length; c++) {
    const end = cm.childStart[c + 1]!;
    for (let j = cm.childStart[c]!; j < end; j++) {
      const r = cm.row[j]!;
      const a = cm.month[j]!;
      const next = j + 1 < end ? cm.month[j + 1]! : Infinity;
      const last = Math.min(a + 11, next - 1, from + M - 1);
      for (let m = Math.max(a, from); m <= last; m++) {
        const age = m === a ? cm.ageMonths[j]! : completedMonths(dayInMonth(m, 15) - dob[r]!);
        if (age >= UNDER_FIVE_MONTHS) break;
        const g = groupOf[r]!;
        const ag = ageGroupIndex(age);
        add(g, m - from, ag, input.sex[r]!, C_S);
        if (book[r] === 1) add(g, m - from, ag, input.sex[r]!, C_K);
      }
    }
  }

  const reg = register === undefined ? undefined : registerTotals(register, groups.codes[1]!, G, from, M);
  const rows: SkdnRow[] = [];
  const sSource = register === undefined ? "seen-12-months" : "register";
  const kSource = register?.k === undefined ? "seen-12-months" : "register";
  for (let g = 0; g < G; g++) {
    for (let mi = 0; mi < M; mi++) {
      for (const ag of [ALL_AGES, 0, 1, 2, 3, 4]) {
        for (const sx of [ALL_SEXES, 0, 1]) {
          const b = cellBase(g, mi, ag, sx);
          const total = ag === ALL_AGES && sx === ALL_SEXES;
          const fromRegister = (v: number): number | null => (total && v === v ? v : null);
          const s = register === undefined ? cells[b + C_S]! : fromRegister(reg!.s[g * M + mi]!);
          const k = kSource === "register" ? fromRegister(reg!.k[g * M + mi]!) : hasBook === undefined ? null : cells[b + C_K]!;
          const d = cells[b + C_D]!;
          const nn = cells[b + C_N]!;
          const bgm = cells[b + C_BGM]!;
          const ratio = (x: number | null, y: number | null): number | null => (x === null || y === null ? null : pct(x, y));
          rows.push({
            group: groups.keys[g]!,
            month: months[mi]!,
            ageGroup: ag === ALL_AGES ? "all" : SKDN_AGE_GROUPS[ag]!,
            sex: SEX_LABELS[sx]!,
            s,
            sSource,
            k,
            kSource,
            d,
            n: nn,
            t: cells[b + C_T]!,
            o: cells[b + C_O]!,
            b: cells[b + C_B]!,
            twoT: cells[b + C_2T]!,
            bgm,
            bgmUnknown: cells[b + C_BGM_UNKNOWN]!,
            kPerS: ratio(k, s),
            dPerS: ratio(d, s),
            nPerD: pct(nn, d),
            nPerS: ratio(nn, s),
            bgmPerD: pct(bgm, d),
            dShortfall: s === null ? null : Math.max(0, Math.ceil((target * s) / 100) - d),
          });
        }
      }
    }
  }

  return {
    months,
    dataMonths: cm.count > 0 ? { from: formatMonth(first), to: formatMonth(last) } : null,
    groups: groups.keys,
    rows,
    cases: caseList(cm, { from, M, months, groupOf, groups: groups.keys, sex: input.sex, weightKg: input.weightKg!, zwei }),
    issues: {
      records: n,
      ...cm.drops,
      hasBookMissing,
      hasBookInvalid,
      registerInvalid: reg?.invalid ?? 0,
    },
    kbmGrams: kbm,
    dsTargetPct: target,
  };
}

/** The case list: the reported child-months, sorted by group, month and child id. */
function caseList(
  cm: ReturnType<typeof childMonths>,
  ctx: {
    from: number;
    M: number;
    months: readonly string[];
    groupOf: Int32Array;
    groups: SkdnResult["groups"];
    sex: ArrayLike<number>;
    weightKg: ArrayLike<number>;
    zwei: Float64Array;
  },
): SkdnCases {
  const { from, M } = ctx;
  // Children in id order, each child's months in order; then a stable
  // counting sort by (group, month): sorted by group, month and id, no comparator.
  const nChildren = cm.childIds.length;
  const byId = Int32Array.from({ length: nChildren }, (_, c) => c).sort((a, b) => {
    const x = cm.childIds[a]!;
    const y = cm.childIds[b]!;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const buckets = new Int32Array(ctx.groups.length * M + 1);
  const bucketOf = new Int32Array(cm.count).fill(-1);
  for (let j = 0; j < cm.count; j++) {
    const mi = cm.month[j]! - from;
    if (mi < 0 || mi >= M) continue;
    const k = ctx.groupOf[cm.row[j]!]! * M + mi;
    bucketOf[j] = k;
    buckets[k + 1]!++;
  }
  for (let k = 1; k < buckets.length; k++) buckets[k]! += buckets[k - 1]!;
  const picked = new Int32Array(buckets[buckets.length - 1]!);
  for (const c of byId) {
    for (let j = cm.childStart[c]!; j < cm.childStart[c + 1]!; j++) {
      const k = bucketOf[j]!;
      if (k >= 0) picked[buckets[k]!++] = j;
    }
  }
  const len = picked.length;
  const out = {
    length: len,
    record: new Int32Array(len),
    childId: new Array<string>(len),
    group: new Array<SkdnResult["groups"][number]>(len),
    month: new Array<string>(len),
    status: new Array<SkdnStatus>(len),
    twoT: new Array<boolean>(len),
    bgm: new Array<boolean | null>(len),
    sex: new Uint8Array(len),
    ageMonths: new Int32Array(len),
    ageGroup: new Array<SkdnAgeGroup>(len),
    weightKg: new Float64Array(len),
    previousWeightKg: new Float64Array(len),
    previousMonth: new Array<string | null>(len),
    gainG: new Float64Array(len),
    kbmG: new Float64Array(len),
    zwei: new Float64Array(len),
  };
  for (let q = 0; q < len; q++) {
    const j = picked[q]!;
    const r = cm.row[j]!;
    const p = cm.prev[j]!;
    const z = ctx.zwei[j]!;
    const pm = p >= 0 ? cm.month[p]! - from : 0;
    out.record[q] = r;
    out.childId[q] = cm.childIds[cm.child[j]!]!;
    out.group[q] = ctx.groups[ctx.groupOf[r]!]!;
    out.month[q] = ctx.months[cm.month[j]! - from]!;
    out.status[q] = STATUS_LABELS[cm.status[j]!]!;
    out.twoT[q] = cm.twoT[j] === 1;
    out.bgm[q] = z === z ? z < -3 : null;
    out.sex[q] = ctx.sex[r]!;
    out.ageMonths[q] = cm.ageMonths[j]!;
    out.ageGroup[q] = SKDN_AGE_GROUPS[ageGroupIndex(cm.ageMonths[j]!)]!;
    out.weightKg[q] = ctx.weightKg[r]!;
    out.previousWeightKg[q] = p >= 0 ? ctx.weightKg[cm.row[p]!]! : Number.NaN;
    out.previousMonth[q] = p < 0 ? null : pm >= 0 ? ctx.months[pm]! : formatMonth(cm.month[p]!);
    out.gainG[q] = cm.gainG[j]!;
    out.kbmG[q] = cm.kbmG[j]!;
    out.zwei[q] = z;
  }
  return out;
}

