/**
 * Cells as the commands write them: numbers as JavaScript (and R) print
 * them, text quoted where RFC 4180 needs it.
 */

/** Prints a number as JavaScript (and R, at 15 significant digits) would, without a sign on zero. */
export function formatNumber(v: number): string {
  return v === 0 ? "0" : String(v);
}

/** Quotes a cell when it holds the delimiter, a quote or a line break (RFC 4180). */
export function quoteCell(cell: string, delimiter: string): string {
  if (!cell.includes(delimiter) && !cell.includes('"') && !cell.includes("\n") && !cell.includes("\r")) return cell;
  return `"${cell.replaceAll('"', '""')}"`;
}
