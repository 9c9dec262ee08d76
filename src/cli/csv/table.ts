/**
 * CSV tables the aggregating commands write (SKDN, its case list,
 * prevalence): a header and rows of cells, quoted where needed, in the
 * input's delimiter and line ending. Numbers print as JavaScript (and R)
 * print them, with a decimal point; NaN, null and undefined are empty cells.
 */
import { formatNumber, quoteCell } from "./cells.js";

/** A cell: text, a number, a boolean (1/0), or nothing. */
export type Cell = string | number | boolean | null | undefined;

export class CsvTable {
  private readonly lines: string[] = [];

  constructor(
    private readonly delimiter: string = ",",
    private readonly eol: string = "\n",
  ) {}

  /** Appends a row. */
  row(cells: readonly Cell[]): void {
    this.lines.push(cells.map((c) => this.cell(c)).join(this.delimiter));
  }

  /** Rows waiting to be taken. */
  get pending(): number {
    return this.lines.length;
  }

  /** The rows so far, each line ended; they are then forgotten (write large tables in pieces). */
  take(): string {
    const text = this.lines.length === 0 ? "" : this.lines.join(this.eol) + this.eol;
    this.lines.length = 0;
    return text;
  }

  private cell(c: Cell): string {
    if (c === null || c === undefined) return "";
    if (typeof c === "boolean") return c ? "1" : "0";
    if (typeof c === "number") return c === c ? formatNumber(c) : "";
    return quoteCell(c, this.delimiter);
  }
}

/** A percentage with one decimal ("97.7"), or null. */
export function percent1(x: number | null): string | null {
  return x === null || x !== x ? null : x.toFixed(1);
}
