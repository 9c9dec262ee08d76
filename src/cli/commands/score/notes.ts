/**
 * The notes column: a row's reason codes (`reasonCodes`) joined by ";",
 * led by `short-row` when the row had fewer cells than the header. The
 * `*-missing` codes of a column the file does not have at all are left out:
 * every row would carry them, and they say nothing about the row.
 */
import { REASON_CODES, reasonCodes, type ReasonCode } from "../../../index.js";
import type { ColumnMap } from "../../columns/column-map.js";
import { quoteCell } from "../../csv/cells.js";

/** The note for a row that had fewer cells than the header. */
export const SHORT_ROW_NOTE = "short-row";

const MISSING_CODE_OF: Readonly<Record<string, ReasonCode>> = {
  weight: "weight-missing",
  lenhei: "lenhei-missing",
  headc: "headc-missing",
  armc: "muac-missing",
  triskin: "triskin-missing",
  subskin: "subskin-missing",
};

function bit(code: ReasonCode): number {
  return 1 << REASON_CODES.indexOf(code);
}

/** The reason bits left out of the notes: `*-missing` of the columns the file lacks. */
export function absentColumnBits(map: ColumnMap): number {
  let bits = 0;
  for (const [target, code] of Object.entries(MISSING_CODE_OF)) if (!map.index.has(target)) bits |= bit(code);
  if (!map.useDates && !map.index.has("age_days") && !map.index.has("age_months")) bits |= bit("age-missing");
  return bits;
}

/** Formats notes cells, remembering each distinct one. */
export class Notes {
  private readonly cache = new Map<number, string>();
  private readonly keep: number;

  constructor(
    private readonly delimiter: string,
    ignoredBits: number,
  ) {
    this.keep = ~ignoredBits;
  }

  /** The notes cell (quoted if needed) for a reasons mask. */
  cell(mask: number, shortRow: boolean): string {
    const m = mask & this.keep;
    const key = shortRow ? -1 - m : m;
    let s = this.cache.get(key);
    if (s === undefined) {
      const codes: string[] = reasonCodes(m);
      if (shortRow) codes.unshift(SHORT_ROW_NOTE);
      s = quoteCell(codes.join(";"), this.delimiter);
      this.cache.set(key, s);
    }
    return s;
  }
}
