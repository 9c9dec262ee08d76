/**
 * CSV tables the aggregating commands write (SKDN, its case list,
 * prevalence): a header and rows of cells, quoted where needed, in the
 * input's delimiter, line ending and decimal mark. Numbers print as
 * JavaScript (and R) print them; NaN, null and undefined are empty cells.
 */
import { decimalText, numberText, quoteCell } from "./cells.js";

/** A number written with a fixed number of decimals (`97.0`), see {@link percent1}. */
export interface FixedDecimal {
  readonly fixed: string;
}

/** A cell: text, a number, a decimal with its digits fixed, a boolean (1/0), or nothing. */
export type Cell = string | number | FixedDecimal | boolean | null | undefined;

export class CsvTable {
  private readonly lines: string[] = [];

  /** @param decimalComma - numbers are written with a decimal comma (may be set later, before the rows it concerns) */
  constructor(
    private readonly delimiter: string = ",",
    private readonly eol: string = "\n",
    public decimalComma = false,
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
    if (typeof c === "number") return c === c ? numberText(c, this.decimalComma, this.delimiter) : "";
    if (typeof c === "object") return decimalText(c.fixed, this.decimalComma, this.delimiter);
    return quoteCell(c, this.delimiter);
  }
}

/** A percentage with one decimal (97.7, written "97.7" or "97,7"), or null. */
export function percent1(x: number | null): FixedDecimal | null {
  return x === null || x !== x ? null : { fixed: x.toFixed(1) };
}
