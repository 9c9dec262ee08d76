/**
 * Cells as the commands write them: numbers as JavaScript (and R) print
 * them, with a decimal point or comma, text quoted where RFC 4180 needs it.
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

/**
 * A number's cell: {@link formatNumber}'s digits with a decimal comma when
 * `decimalComma`, quoted when the comma is also the delimiter.
 */
export function numberText(v: number, decimalComma: boolean, delimiter: string): string {
  return decimalText(formatNumber(v), decimalComma, delimiter);
}

/** A number already written with a decimal point (`97.7`, `-0.71`), in the decimal mark of the cell. */
export function decimalText(text: string, decimalComma: boolean, delimiter: string): string {
  if (!decimalComma) return text;
  const c = text.replace(".", ",");
  return c === text || delimiter !== "," ? c : `"${c}"`;
}
