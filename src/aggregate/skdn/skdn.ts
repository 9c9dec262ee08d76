/**
 * Posyandu SKDN: weighings collapsed to child-months, counted per group,
 * month, age group and sex (S, K, D, N, T, O, B, 2T, BGM) with their ratios,
 * and the case list for follow-up (see `skdn-accumulator.ts`).
 */
import { prepareColumns } from "../../score/score-columns.js";
import { checkColumn, checkObject } from "../../util/checks.js";
import { dateColumn } from "../../dates/calendar.js";
import { checkDateOptions } from "../../dates/parse-date.js";
import { groupNames } from "../shared/group-key.js";
import { bookCode } from "./book-code.js";
import { checkKbm } from "./kbm.js";
import { readRegister } from "./register.js";
import { monthOption, SkdnAccumulator, type CaseLine } from "./skdn-accumulator.js";
import type { SkdnCases, SkdnColumns, SkdnOptions, SkdnResult, SkdnStatus } from "./types.js";
import type { GroupKey } from "../shared/group-key.js";
import type { SkdnAgeGroup } from "./age-groups.js";

const CALLER = "skdn";
const COLUMN_KEYS = ["childId", "sex", "dateOfBirth", "visitDate", "weightKg", "hasBook"];
const REQUIRED = ["childId", "sex", "dateOfBirth", "visitDate", "weightKg"] as const;
const OPTION_KEYS = ["groupBy", "register", "from", "to", "kbmGrams", "dsTargetPct", "today"];

/** The D/S target when none is given, in percent. @internal */
export const DEFAULT_DS_TARGET_PCT = 80;

/** The D/S target of an `options.dsTargetPct`. @internal */
export function dsTarget(v: unknown, caller: string): number {
  const target = v === undefined ? DEFAULT_DS_TARGET_PCT : v;
  if (typeof target !== "number" || !(target > 0 && target <= 100)) {
    throw new RangeError(`${caller}: options.dsTargetPct must be a number in (0, 100]; got ${String(target)}`);
  }
  return target;
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
 * `issues`, with every other record that cannot be used — among them dates
 * that cannot be real: before 1900 (a typing slip such as `0024`) or after
 * today, so that the months reported are those of real weighings. The first month of
 * the data is history only by default: with nothing before it, N, T, O and B
 * cannot be told apart. Rules and their reasons: docs/skdn.md.
 *
 * Cost: O(n) plus a sort of the distinct child ids; one compact typed
 * record per child-month, counters in typed arrays.
 *
 * @param columns - the weighings (see {@link SkdnColumns})
 * @param options - grouping, register, month range, KBM table, D/S target
 * @returns rows of counts and ratios, the case list, and the data issues
 * @throws TypeError for a missing or unknown column or option, a column that is not an array, or register groups that differ from `groupBy`
 * @throws RangeError for columns of unequal length, a month that is not `"YYYY-MM"`, `from` after `to`, months spanning more than a century, a bad KBM table or target, or a bad `today`
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
  const target = dsTarget(opts.dsTargetPct, CALLER);
  const { today } = checkDateOptions(opts.today === undefined ? undefined : { today: opts.today }, CALLER);
  const names = groupNames(opts.groupBy, CALLER, "options.groupBy");
  const groupBy = (opts.groupBy ?? {}) as Record<string, unknown>;
  const groupCols = names.map((name) => checkColumn(groupBy[name], n, CALLER, `options.groupBy.${name}`));
  const register = opts.register === undefined ? undefined : readRegister(opts.register, names, CALLER);
  const from = monthOption(opts.from, "from", CALLER);
  const to = monthOption(opts.to, "to", CALLER);

  const acc = new SkdnAccumulator([names], kbm, today);
  acc.add(
    { length: n, childId, sex: input.sex, dob, visit, weightKg: input.weightKg!, book: hasBook === undefined ? undefined : Int8Array.from({ length: n }, (_, i) => bookCode(hasBook[i])) },
    [groupCols],
  );
  const t = acc.tables(0, { caller: CALLER, from, to, dsTargetPct: target, register, hasBook: hasBook !== undefined });
  return {
    months: t.months,
    dataMonths: t.dataMonths,
    groups: t.groups,
    rows: t.rows,
    cases: caseArrays(t.caseCount, t.forEachCase),
    issues: t.issues,
    kbmGrams: kbm,
    dsTargetPct: target,
  };
}

/** The case list as the result's columns. */
function caseArrays(len: number, forEach: (visit: (line: Readonly<CaseLine>) => void) => void): SkdnCases {
  const out = {
    length: len,
    record: new Int32Array(len),
    childId: new Array<string>(len),
    group: new Array<GroupKey>(len),
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
  let q = 0;
  forEach((c) => {
    out.record[q] = c.record;
    out.childId[q] = c.childId;
    out.group[q] = c.group;
    out.month[q] = c.month;
    out.status[q] = c.status;
    out.twoT[q] = c.twoT;
    out.bgm[q] = c.bgm;
    out.sex[q] = c.sex;
    out.ageMonths[q] = c.ageMonths;
    out.ageGroup[q] = c.ageGroup;
    out.weightKg[q] = c.weightKg;
    out.previousWeightKg[q] = c.previousWeightKg;
    out.previousMonth[q] = c.previousMonth;
    out.gainG[q] = c.gainG;
    out.kbmG[q] = c.kbmG;
    out.zwei[q] = c.zwei;
    q++;
  });
  return out;
}
