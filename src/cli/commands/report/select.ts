/**
 * Which month `tumbuh report` analyses, and which rows: one per child, the
 * child's last weighing of that month (latest visit date; on the same date
 * the later row, as `skdn` counts it). The first reading of the file keeps
 * one small record per child and month (the visit, the row, whether
 * length/height was measured) and chooses the month; the rows chosen are
 * then analysed on the second reading ({@link AnalysedCounts}: of the
 * children WHO anthro's prevalence includes, under 5 years, by
 * `inWho2006Prevalence`).
 */
import { daysFromCivil, formatMonth, monthOfDay, parseMonth } from "../../../dates/calendar.js";
import { EARLIEST_YEAR, todayDays } from "../../../dates/parse-date.js";
import { pagedInt32, pagedUint8, Paged } from "../../../aggregate/shared/paged.js";
import { ownString } from "../../../util/own-string.js";
import { ageDaysOf, inWho2006Prevalence } from "../../../who/rules.js";
import type { Batch } from "../../columns/batch.js";
import { dataError } from "../../io/errors.js";

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
  /** Data rows not in any month: no child id, visit date blank, not a date, or a date that cannot be real (before 1900, after today). */
  readonly noChildId: number;
  readonly visitDateMissing: number;
  readonly visitDateInvalid: number;
  readonly visitDateOutOfRange: number;
  /** Weighings in the month (rows with a child id). */
  readonly weighings: number;
  /** Children weighed in the month. */
  readonly children: number;
  /** Per data row, 1 when it is a child's last weighing of the month. */
  readonly chosen: Uint8Array;
}

/** The first day a visit can be (1900-01-01). */
const EARLIEST_DAY = daysFromCivil(EARLIEST_YEAR, 1, 1);

/**
 * Each child's last weighing of each month, as the file streams past: per
 * child a list of its months' records (visit day, row, length/height
 * measured), in paged typed columns.
 */
export class MonthSelector {
  private noChildId = 0;
  private visitDateMissing = 0;
  private visitDateInvalid = 0;
  private visitDateOutOfRange = 0;
  private rows = 0;
  private readonly ids = new Map<string, number>();
  private readonly head = pagedInt32();
  private readonly next = pagedInt32();
  private readonly month = pagedInt32();
  private readonly visit = pagedInt32();
  private readonly row = new Paged((n) => new Uint32Array(n));
  private readonly measured = pagedUint8();
  private readonly weighingsByMonth = new Map<number, number>();
  private readonly today = todayDays();

  /** Adds a batch (its child id is named column 0). */
  add(batch: Batch): void {
    const ids = batch.named(0) as readonly string[];
    const visit = batch.dates()!.visit;
    const lenhei = batch.number("lenhei");
    for (let i = 0; i < batch.n; i++) {
      const r = this.rows++;
      const id = ids[i]!;
      if (id === "") {
        this.noChildId++;
        continue;
      }
      const v = visit[i]!;
      if (v !== v) {
        this.visitDateMissing++;
        continue;
      }
      if (v === -Infinity) {
        this.visitDateInvalid++;
        continue;
      }
      if (v < EARLIEST_DAY || v > this.today) {
        this.visitDateOutOfRange++;
        continue;
      }
      let c = this.ids.get(id);
      if (c === undefined) {
        c = this.ids.size;
        this.ids.set(ownString(id), c);
        this.head.push(-1);
      }
      const m = monthOfDay(v);
      this.weighingsByMonth.set(m, (this.weighingsByMonth.get(m) ?? 0) + 1);
      let k = this.head.get(c);
      while (k >= 0 && this.month.get(k) !== m) k = this.next.get(k);
      if (k < 0) {
        k = this.month.push(m);
        this.next.push(this.head.get(c));
        this.head.set(c, k);
        this.visit.push(0);
        this.row.push(0);
        this.measured.push(0);
      } else if (v < this.visit.get(k)) continue;
      this.visit.set(k, v);
      this.row.set(k, r);
      this.measured.set(k, lenhei !== undefined && lenhei[i]! > 0 ? 1 : 0);
    }
  }

  /**
   * Chooses the month.
   * @param wanted - the month asked for (`--month`), if any
   * @throws CliError (exit 1) when no row has a child id and a visit date, or the month asked for has no weighing
   */
  select(wanted: string | undefined): Selection {
    const records = this.month.length;
    if (records === 0) {
      throw dataError("no weighing has both a child id and a visit date (YYYY-MM-DD): there is no month to report");
    }
    const counts = new Map<number, { children: number; measured: number }>();
    for (let k = 0; k < records; k++) {
      const m = this.month.get(k);
      let c = counts.get(m);
      if (c === undefined) {
        c = { children: 0, measured: 0 };
        counts.set(m, c);
      }
      c.children++;
      c.measured += this.measured.get(k);
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
    const rows = new Uint8Array(this.rows);
    for (let k = 0; k < records; k++) if (this.month.get(k) === chosen) rows[this.row.get(k)] = 1;
    return {
      month: formatMonth(chosen),
      choice,
      months,
      noChildId: this.noChildId,
      visitDateMissing: this.visitDateMissing,
      visitDateInvalid: this.visitDateInvalid,
      visitDateOutOfRange: this.visitDateOutOfRange,
      weighings: this.weighingsByMonth.get(chosen) ?? 0,
      children: counts.get(chosen)!.children,
      chosen: rows,
    };
  }
}

/** The children of the month: how many are analysed, and why the others are not. */
export interface AnalysedCounts {
  /** In WHO anthro's 0–5 years analysis (`inWho2006Prevalence`: the age in days, rounded, within the standards) or of unknown age. */
  analysed: number;
  /** Left out: aged 5 years or more. */
  aged60OrMore: number;
  /** Left out: the age is not valid (a date of birth that is not a date, a visit before birth). */
  ageInvalid: number;
  /** Analysed without an age (no date of birth): they count for weight-for-length/height only, as in WHO anthro. */
  ageMissing: number;
}

/**
 * Whether a chosen child (its age in days from the dates, NaN missing,
 * −Infinity invalid, and age in months) is analysed, counting why not.
 */
export function isAnalysed(counts: AnalysedCounts, ageDays: number, ageMonths: number): boolean {
  const days = ageDaysOf(ageDays, ageMonths);
  if (days !== days) {
    counts.ageMissing++;
    counts.analysed++;
    return true;
  }
  if (!(days >= 0)) counts.ageInvalid++;
  else if (inWho2006Prevalence(days)) {
    counts.analysed++;
    return true;
  } else counts.aged60OrMore++;
  return false;
}
