/**
 * Which month `tumbuh report` analyses, and which rows: one per child, the
 * child's last weighing of that month (latest visit date; on the same date
 * the later row, as `skdn` counts it), of the children WHO anthro's
 * prevalence includes (under 5 years, `inWho2006Prevalence`).
 */
import { formatMonth, monthOfDay, parseMonth } from "../../../dates/calendar.js";
import { ageDaysOf, inWho2006Prevalence } from "../../../who/rules.js";
import { dataError } from "../../io/errors.js";
import type { ReportRows } from "./collector.js";

/** Children weighed in a month, and how many of them had length/height measured. */
export interface MonthCount {
  /** `YYYY-MM`. */
  readonly month: string;
  /** Children weighed (distinct ids), counted by their last weighing of the month. */
  readonly children: number;
  /** Of which the last weighing has a length/height. */
  readonly measured: number;
}

/** How the month was chosen. */
export type MonthChoice =
  /** `--month`. */
  | "option"
  /** The latest month in which length/height was measured for most children weighed (the Operasi Timbang month). */
  | "length-height"
  /** No month had length/height for most children: the latest month of the data. */
  | "latest";

/** The month and the rows analysed. */
export interface Selection {
  readonly month: string;
  readonly choice: MonthChoice;
  /** Every month of the data, in order. */
  readonly months: readonly MonthCount[];
  /** Data rows not in any month: no child id, visit date blank, visit date not a date. */
  readonly noChildId: number;
  readonly visitDateMissing: number;
  readonly visitDateInvalid: number;
  /** Weighings in the month (rows with a child id). */
  readonly weighings: number;
  /** Children weighed in the month: their last weighing's row, in input order. */
  readonly children: Int32Array;
  /** Of `children`, those analysed: in WHO anthro's 0–5 years analysis (`inWho2006Prevalence`: the age in days, rounded, within the standards) or of unknown age. */
  readonly analysed: Int32Array;
  /** Children left out: aged 5 years or more. */
  readonly aged60OrMore: number;
  /** Children left out: the age is not valid (a date of birth that is not a date, a visit before birth). */
  readonly ageInvalid: number;
  /** Analysed children without an age (no date of birth): they count for weight-for-length/height only, as in WHO anthro. */
  readonly ageMissing: number;
}

/**
 * Chooses the month and the rows.
 * @param wanted - the month asked for (`--month`), if any
 * @throws CliError (exit 1) when no row has a child id and a visit date, or the month asked for has no weighing
 */
export function selectRows(rows: ReportRows, wanted: string | undefined): Selection {
  const n = rows.length;
  const { childId, visit, lenheiCm } = rows;
  // child ids as dense codes
  const idCode = new Int32Array(n).fill(-1);
  const ids = new Map<string, number>();
  let noChildId = 0;
  let visitDateMissing = 0;
  let visitDateInvalid = 0;
  const month = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const id = childId[r]!;
    if (id === "") {
      noChildId++;
      continue;
    }
    const v = visit[r]!;
    if (v !== v) {
      visitDateMissing++;
      continue;
    }
    if (v === -Infinity) {
      visitDateInvalid++;
      continue;
    }
    let c = ids.get(id);
    if (c === undefined) {
      c = ids.size;
      ids.set(id, c);
    }
    idCode[r] = c;
    month[r] = monthOfDay(v);
  }
  // each child's last weighing of each month: latest visit, then the later row
  const last = new Map<number, number>();
  const nIds = Math.max(1, ids.size);
  const weighingsByMonth = new Map<number, number>();
  for (let r = 0; r < n; r++) {
    if (idCode[r]! < 0) continue;
    const key = month[r]! * nIds + idCode[r]!;
    const seen = last.get(key);
    if (seen === undefined || visit[r]! >= visit[seen]!) last.set(key, r);
    weighingsByMonth.set(month[r]!, (weighingsByMonth.get(month[r]!) ?? 0) + 1);
  }
  if (last.size === 0) {
    throw dataError("no weighing has both a child id and a visit date (YYYY-MM-DD): there is no month to report");
  }
  const counts = new Map<number, { children: number; measured: number }>();
  for (const r of last.values()) {
    const m = month[r]!;
    let c = counts.get(m);
    if (c === undefined) {
      c = { children: 0, measured: 0 };
      counts.set(m, c);
    }
    c.children++;
    if (lenheiCm !== undefined && lenheiCm[r]! > 0) c.measured++;
  }
  const monthNumbers = [...counts.keys()].sort((a, b) => a - b);
  const months = monthNumbers.map((m) => ({ month: formatMonth(m), ...counts.get(m)! }));

  let chosen: number;
  let choice: MonthChoice;
  if (wanted !== undefined) {
    chosen = parseMonth(wanted);
    choice = "option";
    if (!counts.has(chosen)) {
      const range = `${months[0]!.month} to ${months[months.length - 1]!.month}`;
      throw dataError(`--month ${wanted}: no child was weighed in that month (the data has weighings from ${range})`);
    }
  } else {
    const measuredMonths = monthNumbers.filter((m) => 2 * counts.get(m)!.measured > counts.get(m)!.children);
    if (measuredMonths.length > 0) {
      chosen = measuredMonths[measuredMonths.length - 1]!;
      choice = "length-height";
    } else {
      chosen = monthNumbers[monthNumbers.length - 1]!;
      choice = "latest";
    }
  }

  const children: number[] = [];
  for (const [key, r] of last) if (Math.floor(key / nIds) === chosen) children.push(r);
  children.sort((a, b) => a - b);
  const analysed: number[] = [];
  let aged60OrMore = 0;
  let ageInvalid = 0;
  let ageMissing = 0;
  for (const r of children) {
    // the age from the dates, else from age_months (NaN missing, −Infinity invalid)
    const days = ageDaysOf(rows.ageDays[r]!, rows.ageMonths === undefined ? Number.NaN : rows.ageMonths[r]!);
    if (days !== days) {
      ageMissing++;
      analysed.push(r);
    } else if (!(days >= 0)) ageInvalid++;
    else if (inWho2006Prevalence(days)) analysed.push(r);
    else aged60OrMore++;
  }
  return {
    month: formatMonth(chosen),
    choice,
    months,
    noChildId,
    visitDateMissing,
    visitDateInvalid,
    weighings: weighingsByMonth.get(chosen) ?? 0,
    children: Int32Array.from(children),
    analysed: Int32Array.from(analysed),
    aged60OrMore,
    ageInvalid,
    ageMissing,
  };
}
