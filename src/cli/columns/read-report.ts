/**
 * What a command says at the end of its run about the input: how the dates
 * were read, a one-line summary (rows read, rows with each NA reason, the
 * reasons as `score`'s notes give them), a warning for each column most of
 * whose values could not be used (naming the column, one offending value
 * and the likely fix) or most of whose z-scores are beyond WHO's
 * plausibility limits (a wrong unit), and, with `--strict`, the error when
 * any value was invalid. Counts are kept per distinct note as the batches stream past.
 */
import { dateParts } from "../../dates/parse-date.js";
import { DATE_READ, type DateColumnReader } from "../csv/date.js";
import { dataError } from "../io/errors.js";
import type { DateDecision, Hint, Messages } from "../io/messages.js";
import type { ScoreColumnsResult } from "../../index.js";
import type { Batch } from "./batch.js";
import type { CellTally } from "./cell-tally.js";
import { NOTE_ORDER, noteCodes } from "./row-notes.js";

/** Whether a note code says a value is invalid (not missing): `*-invalid`, and every date reason but `date-missing`. */
export function isInvalidCode(code: string): boolean {
  return code.endsWith("-invalid") || code === "visit-before-birth" || (code.startsWith("date-") && code !== "date-missing");
}

/** A column is worth a warning when more than this share of its values could not be used (or all of them). */
export const TROUBLE_SHARE = 0.2;

/** The codes tumbuh reads in each code column, for the hint. */
const KNOWN_CODES: Readonly<Record<string, string>> = {
  sex: "1/2, L/P, m/f, laki-laki/perempuan",
  measure: "l/h, telentang/berdiri, lying/standing",
  oedema: "y/n, ya/tidak, 1/0",
};

/**
 * The measurements whose z-scores show a wrong unit (grams for kg, mm for
 * cm) or a wrong column: each with its z-scores and flags in the WHO 2006
 * and 2007 standards. A few per cent of flagged values is data quality
 * (`tumbuh quality`); most of a column is not.
 */
const UNIT_CHECKS = [
  { target: "weight", unit: "kg", pairs: [["zwei", "fwei"], ["zwfa", "fwfa"]] },
  { target: "lenhei", unit: "cm", pairs: [["zlen", "flen"], ["zhfa", "fhfa"]] },
  { target: "headc", unit: "cm", pairs: [["zhc", "fhc"]] },
  { target: "armc", unit: "cm", pairs: [["zac", "fac"]] },
] as const;

/** Fewer z-scores than this give no unit warning. */
const UNIT_CHECK_MIN = 10;

interface FlagTally {
  scored: number;
  flagged: number;
  example: number;
  z: number;
}

/** How the report speaks and what it checks. */
export interface ReportOptions {
  readonly messages: Messages;
  /** Notes and the summary are left out (warnings are not). */
  readonly quiet: boolean;
  /** Any invalid value makes the run fail at its end. */
  readonly strict: boolean;
  /** A comma is read as a decimal mark (a number with one is then not the trouble). */
  readonly decimalComma: boolean;
}

/** What the output and stderr are told. */
export interface ReportSinks {
  warn(message: string): void;
  note(message: string): void;
}

export class ReadReport {
  /** Data rows read. */
  rows = 0;
  /** Rows by their note: key (reasons × 256 + date code) × 2 + short row → rows. */
  private readonly notes = new Map<number, number>();
  /** The flags of each measurement's z-scores (see `UNIT_CHECKS`). */
  private readonly flags: FlagTally[] = UNIT_CHECKS.map(() => ({ scored: 0, flagged: 0, example: Number.NaN, z: Number.NaN }));

  /**
   * @param tallies - each read column's tally
   * @param dates - the date columns' readers, when the dates are read
   * @param ignoredBits - the reason bits the notes leave out (columns the file lacks)
   */
  constructor(
    private readonly tallies: ReadonlyMap<string, CellTally>,
    private readonly dates: readonly DateColumnReader[],
    private readonly ignoredBits: number,
    private readonly options: ReportOptions,
  ) {}

  /** Counts the notes of `n` rows. */
  add(reasons: ArrayLike<number>, n: number, dateCodes: ArrayLike<number> | undefined, missingCells: ArrayLike<number>): void {
    const keep = ~this.ignoredBits;
    const notes = this.notes;
    for (let i = 0; i < n; i++) {
      const m = (reasons[i]! & keep) >>> 0;
      const d = dateCodes === undefined ? 0 : dateCodes[i]!;
      if (m === 0 && d === DATE_READ && missingCells[i] === 0) continue;
      const key = (m * 256 + d) * 2 + (missingCells[i]! > 0 ? 1 : 0);
      notes.set(key, (notes.get(key) ?? 0) + 1);
    }
  }

  /** Counts the z-scores of the batch's measurements, and those flagged implausible. */
  addFlags(scores: ScoreColumnsResult, batch: Batch): void {
    UNIT_CHECKS.forEach((check, k) => {
      const values = batch.number(check.target);
      if (values === undefined) return;
      const tally = this.flags[k]!;
      for (const [zf, ff] of check.pairs) {
        const z = scores[zf];
        const f = scores[ff];
        for (let i = 0; i < batch.n; i++) {
          const zi = z[i]!;
          if (zi !== zi) continue;
          tally.scored++;
          if (f[i] !== 1) continue;
          if (tally.flagged++ === 0) {
            tally.example = values[i]!;
            tally.z = zi;
          }
        }
      }
    });
  }

  /** Rows with each note code, in the notes' order. */
  reasonCounts(): [string, number][] {
    const counts = new Map<string, number>();
    for (const [key, n] of this.notes) {
      const short = key % 2 === 1;
      const d = Math.floor(key / 2) % 256;
      const mask = Math.floor(key / 512);
      for (const code of noteCodes(mask, short, d)) counts.set(code, (counts.get(code) ?? 0) + n);
    }
    return NOTE_ORDER.filter((c) => counts.has(c)).map((c) => [c, counts.get(c)!]);
  }

  /**
   * Says everything on `sinks`: the dates' order, the summary, the columns
   * in trouble.
   * @throws CliError (exit 1) with `--strict` when a value was invalid
   */
  end(sinks: ReportSinks): void {
    const { messages, quiet } = this.options;
    const reasons = this.reasonCounts();
    const decided = this.dates.flatMap((r): DateDecision[] => {
      const by = r.decidedBy;
      if (r.format !== "auto" || r.order === undefined || by === undefined) return [];
      return [{ ...r.column, order: r.order, example: "example" in by ? by.example : undefined, like: "like" in by ? by.like : undefined }];
    });
    if (!quiet && decided.length > 0) sinks.note(messages.datesRead(decided));
    if (!quiet) sinks.note(messages.summary(this.rows, reasons));
    for (const t of this.tallies.values()) {
      if (t.present === 0 || t.example === undefined) continue;
      if (t.bad < t.present && t.bad <= TROUBLE_SHARE * t.present) continue;
      sinks.warn(messages.columnTrouble({ ...t.column, bad: t.bad, present: t.present, example: t.example, reason: t.reason, hint: this.hint(t) }));
    }
    UNIT_CHECKS.forEach((check, k) => {
      const f = this.flags[k]!;
      const column = this.tallies.get(check.target)?.column;
      if (column === undefined || f.scored < UNIT_CHECK_MIN || f.flagged <= TROUBLE_SHARE * f.scored) return;
      sinks.warn(messages.implausibleColumn({ ...column, flagged: f.flagged, scored: f.scored, example: f.example, z: f.z, unit: check.unit }));
    });
    if (this.options.strict) {
      // the rows with an invalid value, by reason; else (an unreadable cell no row's value depended on) the cells, by column
      const rows = reasons.filter(([code]) => isInvalidCode(code));
      const cells = [...this.tallies.values()].filter((t) => t.bad > 0).map((t): [string, number] => [t.column.header, t.bad]);
      const bad = rows.length > 0 ? rows : cells;
      if (bad.length > 0) throw dataError(messages.strict(bad));
    }
  }

  private hint(t: CellTally): Hint {
    if (t.kind === "date") {
      if (t.reason === "date-two-digit-year") return { kind: "two-digit-year" };
      // 45292 is 2024-01-01 in a spreadsheet's day count: a date column exported as numbers
      if (/^\d{5}(?:\.\d+)?$/.test(t.example!)) return { kind: "excel-serial" };
      const parts = dateParts(t.example!);
      // a day-first or month-first date may be read in the wrong order; a text that is no date at all may be the wrong column
      if (typeof parts !== "string" && parts.shape === "dm") return { kind: "date-format", order: this.dates.find((r) => r.column.target === t.column.target)?.order };
      return t.reason === "date-invalid" ? { kind: "date-format", order: undefined } : { kind: "check" };
    }
    if (t.kind === "number") return !this.options.decimalComma && /\d,\d/.test(t.example!) ? { kind: "decimal" } : { kind: "col" };
    const known = Object.prototype.hasOwnProperty.call(KNOWN_CODES, t.column.target) ? KNOWN_CODES[t.column.target] : undefined;
    return known === undefined ? { kind: "col" } : { kind: "codes", known };
  }
}
