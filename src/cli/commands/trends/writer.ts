/**
 * Writes `tumbuh trends` rows: each input record verbatim (short rows padded
 * with empty cells), then the trajectory columns ({@link TREND_COLUMNS}),
 * in the input's delimiter, line ending and decimal mark (`--decimal`). NA
 * is an empty cell; dates are YYYY-MM-DD; grams whole; z-scores and their
 * changes to 2 decimals, the velocity centile to 1; the flags and notes
 * (codes joined by ";") are quoted in a file whose delimiter is ";".
 */
import { trajectoryFlags, VELOCITY_INTERVALS } from "../../../index.js";
import { formatDay } from "../../../dates/calendar.js";
import { zToCentile } from "../../../lms/centile.js";
import type { Batch } from "../../columns/batch.js";
import { ByteBuffer } from "../../csv/byte-buffer.js";
import { numberText, quoteCell } from "../../csv/cells.js";
import { NoteCells } from "./notes.js";
import type { TrendRows } from "./trend-rows.js";

/** The columns added after the input's, in order. */
export const TREND_COLUMNS = [
  "previous_visit", "gap_days", "gain_g", "kbm_g", "kbm",
  "velocity_from", "velocity_interval", "velocity_gain_g", "velocity_z", "velocity_centile",
  "zwei", "zlen", "zwei_change", "zlen_change", "crossed_z", "flags", "notes",
] as const;

const KBM_CELLS = ["", "N", "T"] as const;

function roundTo(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}

export class TrendWriter {
  private readonly out = new ByteBuffer();
  private readonly d: number;
  private readonly notes = new NoteCells();
  private readonly flagCells = new Map<number, string>();
  private readonly days = new Map<number, string>();
  /** Code cells (flags, notes) as written: quoted when they hold the delimiter. */
  private readonly codeCells = new Map<string, string>();
  /** Numbers are written with a decimal comma (the batch's `writeComma`). */
  private comma = false;

  constructor(
    private readonly delimiter: string,
    private readonly eol: string,
  ) {
    this.d = delimiter.charCodeAt(0);
  }

  /** The header line: the input's header record, the added column names (and `extra` ones), the line ending. */
  header(rawHeader: string, extra: readonly string[] = []): string {
    return [rawHeader, ...TREND_COLUMNS, ...extra].join(this.delimiter) + this.eol;
  }

  /** The output lines of the batch's rows; row `i` of the batch is row `offset + i` of `rows`. */
  rows(batch: Batch, rows: TrendRows, offset: number): Buffer {
    for (let i = 0; i < batch.n; i++) {
      this.row(batch, i, rows, offset + i);
      this.eolBytes();
    }
    return this.out.take();
  }

  /** One output line, without its ending (for the referral list). */
  line(batch: Batch, i: number, rows: TrendRows, j: number): string {
    const out = this.out;
    const start = out.length;
    this.row(batch, i, rows, j);
    const text = out.bytes.toString("utf8", start, out.length);
    out.length = start;
    return text;
  }

  private eolBytes(): void {
    if (this.eol === "\r\n") this.out.byte(13);
    this.out.byte(10);
  }

  private row(batch: Batch, i: number, r: TrendRows, j: number): void {
    const out = this.out;
    const d = this.d;
    this.comma = batch.writeComma;
    out.text(batch.raw[i]!);
    for (let p = batch.missingCells[i]!; p > 0; p--) out.byte(d);
    this.cell(this.day(r.previousDay[j]!));
    this.number(r.gapDays[j]!);
    this.number(r.gainG[j]!);
    this.number(r.kbmG[j]!);
    this.cell(KBM_CELLS[r.kbm[j]!]!);
    this.cell(this.day(r.velocityFromDay[j]!));
    const interval = r.velocityInterval[j]!;
    this.cell(interval === 0 ? "" : VELOCITY_INTERVALS[interval - 1]!);
    this.number(r.velocityGainG[j]!);
    const z = r.velocityZ[j]!;
    this.number(roundTo(z, 2));
    this.number(roundTo(zToCentile(z), 1));
    this.number(r.waz[j]!);
    this.number(r.laz[j]!);
    const dWaz = r.dWaz[j]!;
    this.number(roundTo(dWaz, 2));
    this.number(roundTo(r.dLaz[j]!, 2));
    this.number(r.crossedZ[j]!);
    this.codes(this.flags(r.flags[j]!));
    this.codes(this.notes.cell(r.notes[j]!));
  }

  /** A delimiter and an ASCII cell (no quoting needed: numbers, dates, codes). */
  private cell(s: string): void {
    this.out.byte(this.d);
    this.out.ascii(s);
  }

  private number(v: number): void {
    this.cell(v === v ? numberText(v, this.comma, this.delimiter) : "");
  }

  /** A cell of codes joined by ";", quoted when ";" is the delimiter. */
  private codes(s: string): void {
    let cell = this.codeCells.get(s);
    if (cell === undefined) {
      cell = quoteCell(s, this.delimiter);
      this.codeCells.set(s, cell);
    }
    this.out.byte(this.d);
    this.out.text(cell);
  }

  private day(v: number): string {
    if (v !== v) return "";
    let s = this.days.get(v);
    if (s === undefined) {
      s = formatDay(v);
      this.days.set(v, s);
    }
    return s;
  }

  private flags(mask: number): string {
    let s = this.flagCells.get(mask);
    if (s === undefined) {
      s = trajectoryFlags(mask).join(";");
      this.flagCells.set(mask, s);
    }
    return s;
  }
}
