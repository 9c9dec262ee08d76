/**
 * Writes birth records with their INTERGROWTH-21st size at birth: each
 * input record verbatim (short rows padded with empty cells), then
 * {@link NEWBORN_COLUMNS} and the notes, in the input's delimiter and line
 * ending. NA is an empty cell.
 */
import { newbornSize, roundZ, type NewbornReasonCode, type NewbornSize } from "../../../index.js";
import type { Batch } from "../../columns/batch.js";
import type { ColumnMap } from "../../columns/column-map.js";
import { hasGestationalAge } from "../../columns/targets.js";
import { ByteBuffer } from "../../csv/byte-buffer.js";
import { numberText, quoteCell } from "../../csv/cells.js";
import { NOTES_COLUMN } from "../score/output-fields.js";
import { SHORT_ROW_NOTE } from "../../columns/row-notes.js";

/** The columns added after the input's (then `notes`). */
export const NEWBORN_COLUMNS = ["ig_zwei", "ig_cwei", "ig_zlen", "ig_clen", "ig_zhc", "ig_chc", "size_for_ga", "severe_sga", "lbw"] as const;

/** The numbers written, in column order. */
const NUMBERS = ["zwei", "cwei", "zlen", "clen", "zhc", "chc"] as const;

/** The `*-missing` code of each column a file may lack: left out of the notes (every row would carry it). */
const MISSING_CODE_OF: readonly (readonly [string, NewbornReasonCode])[] = [
  ["weight", "weight-missing"],
  ["lenhei", "length-missing"],
  ["headc", "headc-missing"],
];

/** The codes left out of the notes of a file with these columns. */
export function absentColumnCodes(map: ColumnMap): ReadonlySet<NewbornReasonCode> {
  const codes = new Set<NewbornReasonCode>();
  for (const [target, code] of MISSING_CODE_OF) if (!map.index.has(target)) codes.add(code);
  if (!hasGestationalAge(map)) codes.add("ga-missing");
  return codes;
}

export class NewbornWriter {
  private readonly out = new ByteBuffer();
  private readonly d: number;
  private readonly notes = new Map<string, string>();

  /**
   * @param full - z-scores and centiles unrounded (else to 2 decimals)
   * @param ignored - reason codes left out of the notes
   */
  constructor(
    private readonly delimiter: string,
    private readonly eol: string,
    private readonly full: boolean,
    private readonly ignored: ReadonlySet<NewbornReasonCode>,
  ) {
    this.d = delimiter.charCodeAt(0);
  }

  /** The header line: the input's header record, the added column names, the line ending. */
  header(rawHeader: string): string {
    const d = this.delimiter;
    return `${rawHeader}${d}${NEWBORN_COLUMNS.join(d)}${d}${NOTES_COLUMN}${this.eol}`;
  }

  /** The output lines of a batch, as UTF-8. */
  rows(batch: Batch): Buffer {
    const out = this.out;
    const d = this.d;
    const sex = batch.text("sex")!;
    const [gaDays, gaWeeks, weight, length, head] = ["ga_days", "ga_weeks", "weight", "lenhei", "headc"].map((t) => batch.number(t));
    const at = (c: Float64Array | undefined, i: number) => (c === undefined ? undefined : c[i]);
    for (let i = 0; i < batch.n; i++) {
      const r = newbornSize({ sex: sex[i], gaDays: at(gaDays, i), gaWeeks: at(gaWeeks, i), weightKg: at(weight, i), lengthCm: at(length, i), headCm: at(head, i) });
      out.text(batch.raw[i]!);
      const missing = batch.missingCells[i]!;
      for (let p = 0; p < missing; p++) out.byte(d);
      for (const k of NUMBERS) {
        out.byte(d);
        const v = r[k];
        if (v === v) out.text(numberText(this.full ? v : roundZ(v), batch.writeComma, this.delimiter));
      }
      for (const cell of categoryCells(r)) {
        out.byte(d);
        out.ascii(cell);
      }
      out.byte(d);
      out.text(this.note(r.reasons, missing > 0));
      if (this.eol === "\r\n") out.byte(13);
      out.byte(10);
    }
    return out.take();
  }

  /** The notes cell (quoted if needed): the reasons, led by `short-row` for a short row. */
  private note(reasons: readonly NewbornReasonCode[], shortRow: boolean): string {
    const codes: string[] = reasons.filter((c) => !this.ignored.has(c));
    if (shortRow) codes.unshift(SHORT_ROW_NOTE);
    const key = codes.join(";");
    let cell = this.notes.get(key);
    if (cell === undefined) {
      cell = quoteCell(key, this.delimiter);
      this.notes.set(key, cell);
    }
    return cell;
  }
}

/** `size_for_ga`, `severe_sga` (1/0), `lbw`: empty when NA. */
function categoryCells(r: NewbornSize): [string, string, string] {
  return [r.sizeForGa ?? "", r.severeSga === null ? "" : r.severeSga ? "1" : "0", r.lowBirthWeight ?? ""];
}
