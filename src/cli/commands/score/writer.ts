/**
 * Writes scored rows: each input record verbatim (short rows padded with
 * empty cells), then the value columns, the notes and any category
 * columns, in the input's delimiter and line ending. NA is an empty cell; z-scores print as R
 * prints them (`-0.71`, `1.2`, `0`, never `-0`); flags `0`/`1`; clenhei
 * and cbmi at full precision.
 */
import type { ScoreColumnsResult, ScoreField } from "../../../index.js";
import type { Batch } from "../../columns/batch.js";
import { ByteBuffer } from "../../csv/byte-buffer.js";
import { formatNumber, quoteCell } from "../../csv/cells.js";
import type { Notes } from "./notes.js";
import { fieldFormat, NOTES_COLUMN, OUTPUT_FIELDS } from "./output-fields.js";

const Z_CACHE_RANGE = 2000; // z-scores −20.00 … 20.00 print from a cache
const FLAG = 0;
const Z = 1;
const FULL = 2;

export class CsvWriter {
  private readonly formats: Int32Array;
  private readonly zValues = new Float64Array(2 * Z_CACHE_RANGE + 1).fill(Number.NaN);
  private readonly zStrings: string[] = new Array<string>(2 * Z_CACHE_RANGE + 1).fill("");
  private readonly out = new ByteBuffer();
  private readonly d: number;
  private readonly quoted = new Map<string, string>();

  /**
   * @param extraColumns - names of further text columns written after the notes (the categories)
   * @param fields - the value columns (see `outputFields`)
   */
  constructor(
    private readonly delimiter: string,
    private readonly eol: string,
    private readonly notes: Notes,
    private readonly extraColumns: readonly string[] = [],
    private readonly fields: readonly ScoreField[] = OUTPUT_FIELDS,
  ) {
    this.d = delimiter.charCodeAt(0);
    this.formats = Int32Array.from(fields.map(fieldFormat), (f) => (f === "flag" ? FLAG : f === "z" ? Z : FULL));
  }

  /** The header line: the input's header record, the added column names, the line ending. */
  header(rawHeader: string): string {
    const d = this.delimiter;
    const extra = this.extraColumns.map((c) => d + c).join("");
    return `${rawHeader}${d}${this.fields.join(d)}${d}${NOTES_COLUMN}${extra}${this.eol}`;
  }

  /**
   * The output lines of a scored batch, as UTF-8.
   * @param extra - the cells of the extra columns, one array per column
   */
  rows(batch: Batch, result: ScoreColumnsResult, extra: readonly (readonly string[])[] = []): Buffer {
    const out = this.out;
    const d = this.d;
    const crlf = this.eol === "\r\n";
    const nf = this.fields.length;
    const columns = this.fields.map((f) => result[f] as ArrayLike<number>);
    const formats = this.formats;
    const reasons = result.reasons;
    for (let i = 0; i < batch.n; i++) {
      out.text(batch.raw[i]!);
      const missing = batch.missingCells[i]!;
      for (let p = 0; p < missing; p++) out.byte(d);
      for (let k = 0; k < nf; k++) {
        out.byte(d);
        const v = columns[k]![i]!;
        if (v !== v) continue;
        const f = formats[k];
        if (f === FLAG) out.byte(v === 1 ? 49 : 48);
        else out.ascii(f === Z ? this.z(v) : formatNumber(v));
      }
      out.byte(d);
      out.ascii(this.notes.cell(reasons[i]!, missing > 0));
      for (const column of extra) {
        out.byte(d);
        out.text(this.cell(column[i]!));
      }
      if (crlf) out.byte(13);
      out.byte(10);
    }
    return out.take();
  }

  /** A text cell, quoted when it needs to be (cached: category cells repeat). */
  private cell(s: string): string {
    let q = this.quoted.get(s);
    if (q === undefined) {
      q = quoteCell(s, this.delimiter);
      this.quoted.set(s, q);
    }
    return q;
  }

  private z(v: number): string {
    const k = Math.round(v * 100) + Z_CACHE_RANGE;
    if (k >= 0 && k < this.zValues.length) {
      if (this.zValues[k] === v) return this.zStrings[k]!;
      const s = formatNumber(v);
      if (v === (k - Z_CACHE_RANGE) / 100) {
        this.zValues[k] = v;
        this.zStrings[k] = s;
      }
      return s;
    }
    return formatNumber(v);
  }
}
