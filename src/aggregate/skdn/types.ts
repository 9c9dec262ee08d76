/**
 * The public types of SKDN: its input columns, register and options, and
 * the result's rows, case list and data issues.
 */
import type { NumberColumn } from "../../score/score-columns.js";
import type { GroupKey } from "../shared/group-key.js";
import type { SkdnAgeGroup } from "./age-groups.js";
import type { CalendarDate } from "../../dates/parse-date.js";

/**
 * A child's status in a month it was weighed: `N` weight gain at least the
 * KBM since a weighing last calendar month, `T` less (or none), `O`
 * previously weighed but not last month, `B` first weighing in the data.
 * @category Aggregation
 */
export type SkdnStatus = "N" | "T" | "O" | "B";

/**
 * Weighing records for {@link skdn}, one row per weighing, all of the same length.
 * @category Aggregation
 */
export interface SkdnColumns {
  /** A stable id per child (strings are trimmed; numbers are written as strings). */
  readonly childId: ArrayLike<unknown>;
  /** 1/2, `m`/`f`, `L`/`P`, … */
  readonly sex: Uint8Array | ArrayLike<unknown>;
  /** `"YYYY-MM-DD"`, Date objects (UTC date) or day numbers (days since 1970-01-01). */
  readonly dateOfBirth: ArrayLike<unknown>;
  /** Date of the weighing, as `dateOfBirth`. */
  readonly visitDate: ArrayLike<unknown>;
  /** Weight in kg, as numbers (text is not parsed). */
  readonly weightKg: NumberColumn;
  /** Has a KIA/KMS book: `y`/`n`, `ya`/`tidak`, 1/0, true/false. Without it K comes only from a register. */
  readonly hasBook?: ArrayLike<unknown>;
}

/**
 * Registered children (sasaran) per group and month: one row per group and
 * month (rows for the same group and month are added up).
 * @category Aggregation
 */
export interface SkdnRegister {
  /** The same grouping columns, by the same names, as `options.groupBy`. */
  readonly groups?: Readonly<Record<string, ArrayLike<unknown>>>;
  /** `"YYYY-MM"`. */
  readonly month: ArrayLike<unknown>;
  /** S: registered children under five. */
  readonly s: NumberColumn;
  /** K: of which with a KIA/KMS book; when absent K is counted from the weighings. */
  readonly k?: NumberColumn;
}

/**
 * Options of {@link skdn}.
 * @category Aggregation
 */
export interface SkdnOptions {
  /** Grouping columns by name (posyandu, kelurahan, puskesmas, …), each as long as the weighings. */
  readonly groupBy?: Readonly<Record<string, ArrayLike<unknown>>>;
  /** Registered children per group and month. Without it S is approximated from the data (see `sSource`). */
  readonly register?: SkdnRegister;
  /**
   * First month reported, `"YYYY-MM"`; earlier weighings still count as history.
   * @defaultValue the second month of the data (the first has no previous month to compare with), or the only month
   */
  readonly from?: string;
  /**
   * Last month reported, `"YYYY-MM"`.
   * @defaultValue the last month of the data
   */
  readonly to?: string;
  /**
   * Minimum weight gain in grams by completed month of age; the last value applies to all older ages.
   * @defaultValue {@link KBM_GRAMS}
   */
  readonly kbmGrams?: readonly number[];
  /**
   * The D/S target in percent, for `dShortfall`.
   * @defaultValue 80
   */
  readonly dsTargetPct?: number;
  /**
   * Today, for the check that no date is in the future: a `Date`,
   * `"YYYY-MM-DD"` or `{ year, month, day }`, or `null` for no check.
   * @defaultValue the current date (UTC)
   */
  readonly today?: Date | string | CalendarDate | null;
}

/**
 * Where S or K comes from: the register, or the children weighed in the last 12 months.
 * @category Aggregation
 */
export type SkdnSource = "register" | "seen-12-months";

/**
 * SKDN counts of one group, month, age group and sex (`"all"` = every age group or both sexes).
 * @category Aggregation
 */
export interface SkdnRow {
  /** The group's values, by grouping column. */
  readonly group: GroupKey;
  /** `"YYYY-MM"`. */
  readonly month: string;
  /** Age at the weighing (for S, this month), or `"all"`. */
  readonly ageGroup: SkdnAgeGroup | "all";
  /** `"m"`, `"f"`, or `"all"` (which also holds children of unknown sex). */
  readonly sex: "m" | "f" | "all";
  /** S, registered children; null where the register has no value (registers give totals only). */
  readonly s: number | null;
  /** `"register"` when S comes from `options.register`; `"seen-12-months"` when approximated from the data. */
  readonly sSource: SkdnSource;
  /** K, children in S with a KIA/KMS book; null where unknown. */
  readonly k: number | null;
  /** Where K comes from. */
  readonly kSource: SkdnSource;
  /** D, children weighed this month (distinct children). */
  readonly d: number;
  /** N, weighed last month too and gained at least the KBM. */
  readonly n: number;
  /** T, weighed last month too and gained less than the KBM. */
  readonly t: number;
  /** O, weighed before, but not last month. */
  readonly o: number;
  /** B, first weighing in the data. */
  readonly b: number;
  /** 2T: T this month and T last month (a subset of `t`). */
  readonly twoT: number;
  /** BGM: weighed children with weight-for-age z < −3. */
  readonly bgm: number;
  /** Weighed children whose weight-for-age z is NA (e.g. sex missing), so BGM is unknown. */
  readonly bgmUnknown: number;
  /** K/S in percent; null when S is 0 or unknown, or K unknown. */
  readonly kPerS: number | null;
  /** D/S in percent (target 80 %); null when S is 0 or unknown. */
  readonly dPerS: number | null;
  /** N/D in percent; null when D is 0. */
  readonly nPerD: number | null;
  /** N/S in percent; null when S is 0 or unknown. */
  readonly nPerS: number | null;
  /** BGM/D in percent; null when D is 0. */
  readonly bgmPerD: number | null;
  /** Children still to weigh to reach the D/S target: max(0, ⌈target × S⌉ − D); null when S is. */
  readonly dShortfall: number | null;
}

/**
 * One line per child and reported month weighed (the child's last weighing
 * that month), as columns: what cadres follow up (T, 2T, BGM, O). Sorted by
 * group, month and child id.
 * @category Aggregation
 */
export interface SkdnCases {
  /** Number of lines. */
  readonly length: number;
  /** Index of the weighing used, in the input columns. */
  readonly record: Int32Array;
  /** The child's id, as normalised (trimmed). */
  readonly childId: readonly string[];
  /** The group of the weighing. */
  readonly group: readonly GroupKey[];
  /** `"YYYY-MM"`. */
  readonly month: readonly string[];
  /** N, T, O or B. */
  readonly status: readonly SkdnStatus[];
  /** T this month after T last month. */
  readonly twoT: readonly boolean[];
  /** Weight-for-age z < −3; null when z is NA. */
  readonly bgm: readonly (boolean | null)[];
  /** Sex code: 1 male, 2 female, 0 missing, 255 invalid. */
  readonly sex: Uint8Array;
  /** Age at the weighing in completed months (days / 30.4375). */
  readonly ageMonths: Int32Array;
  /** The age group of `ageMonths`. */
  readonly ageGroup: readonly SkdnAgeGroup[];
  /** Weight in kg. */
  readonly weightKg: Float64Array;
  /** The child's previous weighing (last one of an earlier month); NaN for B. */
  readonly previousWeightKg: Float64Array;
  /** The month of the previous weighing; null for B. */
  readonly previousMonth: readonly (string | null)[];
  /** Weight gain in grams since last month; NaN unless N or T. */
  readonly gainG: Float64Array;
  /** The KBM the gain was compared with; NaN unless N or T. */
  readonly kbmG: Float64Array;
  /** Weight-for-age z (WHO anthro, 2 decimals); NaN for NA. */
  readonly zwei: Float64Array;
}

/**
 * What was left out, and why: each record is counted once, under the first reason.
 * @category Aggregation
 */
export interface SkdnDataIssues {
  /** Records given. */
  readonly records: number;
  /** Weighings used (before keeping the last of each month). */
  readonly used: number;
  /** Child id blank or missing. */
  readonly childIdMissing: number;
  /** Visit date missing. */
  readonly visitDateMissing: number;
  /** Visit date not a date. */
  readonly visitDateInvalid: number;
  /** Visit date before 1900: a typing slip (`0024`), not a real weighing. */
  readonly visitDateBefore1900: number;
  /** Visit date after today (`options.today`). */
  readonly visitDateInFuture: number;
  /** Date of birth missing. */
  readonly dateOfBirthMissing: number;
  /** Date of birth not a date. */
  readonly dateOfBirthInvalid: number;
  /** Date of birth before 1900. */
  readonly dateOfBirthBefore1900: number;
  /** Date of birth after today. */
  readonly dateOfBirthInFuture: number;
  /** Visit date before the date of birth. */
  readonly visitBeforeBirth: number;
  /** Weighings at 60 months or more: outside SKDN (balita are 0–59 months). */
  readonly age60MonthsOrMore: number;
  /** Weight missing. */
  readonly weightMissing: number;
  /** Weight zero, negative or not a number. */
  readonly weightInvalid: number;
  /** Earlier weighings of a child in a month with a later one (only the last counts). */
  readonly supersededInMonth: number;
  /** Records with `hasBook` missing (such children are not counted in K). */
  readonly hasBookMissing: number;
  /** Records with `hasBook` not a yes/no code (such children are not counted in K). */
  readonly hasBookInvalid: number;
  /** Register rows skipped: month not `"YYYY-MM"`, or S not a number ≥ 0. */
  readonly registerInvalid: number;
}

/**
 * First and last month, `"YYYY-MM"`.
 * @category Aggregation
 */
export interface SkdnMonthRange {
  /** First month. */
  readonly from: string;
  /** Last month. */
  readonly to: string;
}

/**
 * The result of {@link skdn}.
 * @category Aggregation
 */
export interface SkdnResult {
  /** Reported months, `"YYYY-MM"`, every month from `from` to `to` (empty months included). */
  readonly months: readonly string[];
  /** First and last month with a usable weighing; null when there is none. */
  readonly dataMonths: SkdnMonthRange | null;
  /** The groups, sorted by their values; `[{}]` without `groupBy`. */
  readonly groups: readonly GroupKey[];
  /** For each group and month: totals, then each age group, each by all/m/f. */
  readonly rows: readonly SkdnRow[];
  /** One line per child and month weighed, for follow-up. */
  readonly cases: SkdnCases;
  /** Records left out, and why. */
  readonly issues: SkdnDataIssues;
  /** The KBM table used (grams by completed month of age). */
  readonly kbmGrams: readonly number[];
  /** The D/S target used, in percent. */
  readonly dsTargetPct: number;
}
