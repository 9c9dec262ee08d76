/**
 * The notes column: a row's note codes (`noteCodes`: reason codes, date
 * reasons, `short-row`) joined by ";", each distinct cell formatted once.
 */
import { noteCodes } from "../../columns/row-notes.js";
import { quoteCell } from "../../csv/cells.js";

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

  /**
   * The notes cell (quoted if needed) for a reasons mask.
   * @param dateCode - why the age from the dates is NA (see `noteCodes`)
   */
  cell(mask: number, shortRow: boolean, dateCode = 0): string {
    const m = (mask & this.keep) >>> 0;
    const key = (m * 256 + dateCode) * 2 + (shortRow ? 1 : 0);
    let s = this.cache.get(key);
    if (s === undefined) {
      s = quoteCell(noteCodes(m, shortRow, dateCode).join(";"), this.delimiter);
      this.cache.set(key, s);
    }
    return s;
  }
}
