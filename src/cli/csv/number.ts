/**
 * A strict decimal number parser for CSV cells, working on a span of a
 * string without copying it: `12.5`, `-3`, `+0.5`, `.5`, `7.`, `1e3`,
 * `1.5E-2`, with spaces or tabs around. With `decimalComma` a comma may
 * stand for the decimal point (`12,5`). A blank cell and the missing
 * markers of `isMissingText` (`NA`, `N/A`, `.`, `-`, `?`, `NaN`, `null`, any
 * case) are missing. Nothing else is a number: not `Infinity`, hex,
 * thousands separators or units.
 *
 * The value is the correctly rounded double, as `Number()` gives: simple
 * cases are computed exactly (an integer below 2^53 times or divided by an
 * exact power of ten up to 10^22, one correctly rounded operation); the rest
 * go through `Number()`.
 */

/** Returned for a cell that is empty, blank or a missing marker (`NA`, `-`, …). */
export const MISSING = Number.NaN;
/** Returned for a cell that is not a number; `scoreColumns` reports it as `*-invalid`. */
export const INVALID = -Infinity;

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const MAX_EXACT = 9007199254740992; // 2^53

import { isMissingText } from "../../record/missing.js";

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Parses `s[start, end)`. Returns the number, {@link MISSING} (NaN) for a
 * blank span or a missing marker, or {@link INVALID} (−Infinity) for
 * anything else.
 */
export function parseNumber(s: string, start: number, end: number, decimalComma: boolean): number {
  let i = start;
  let j = end;
  while (i < j && isSpace(s.charCodeAt(i))) i++;
  while (j > i && isSpace(s.charCodeAt(j - 1))) j--;
  if (i === j) return MISSING;
  const v = parseTrimmed(s, i, j, decimalComma);
  // R, Stata, SPSS and spreadsheets write NA, ., -, … for missing: read them as missing (checked only for what is not a number).
  return v === INVALID && j - i <= 4 && isMissingText(s.slice(i, j)) ? MISSING : v;
}

/** {@link parseNumber} of a span with no spaces around, not empty. */
function parseTrimmed(s: string, i: number, j: number, decimalComma: boolean): number {
  const first = i;
  let c = s.charCodeAt(i);
  let negative = false;
  if (c === 45 || c === 43) {
    negative = c === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let point = false;
  let comma = false;
  for (; i < j; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (point) fraction++;
    } else if (!point && (c === 46 || (c === 44 && decimalComma))) {
      point = true;
      comma = c === 44;
    } else break;
  }
  if (digits === 0) return INVALID;
  let exponent = 0;
  if (i < j) {
    if (c !== 101 && c !== 69) return INVALID;
    i++;
    let expNegative = false;
    c = s.charCodeAt(i);
    if (c === 45 || c === 43) {
      expNegative = c === 45;
      i++;
    }
    if (i >= j) return INVALID;
    for (; i < j; i++) {
      c = s.charCodeAt(i);
      if (c < 48 || c > 57) return INVALID;
      if (exponent < 100000) exponent = exponent * 10 + (c - 48);
    }
    if (expNegative) exponent = -exponent;
  }
  const p = exponent - fraction;
  if (mantissa < MAX_EXACT && p >= -22 && p <= 22) {
    const v = p < 0 ? mantissa / POW10[-p]! : mantissa * POW10[p]!;
    return negative ? -v : v;
  }
  const text = s.slice(first, j);
  return Number(comma ? text.replace(",", ".") : text);
}
