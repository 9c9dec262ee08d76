/**
 * ISO calendar dates (YYYY-MM-DD) as day numbers, for age in days as the
 * difference of two dates: whole days in UTC, so no time zone or daylight
 * saving can shift it.
 */
import { INVALID, MISSING } from "./number.js";
import { daysFromCivil, daysInMonth } from "../../dates/calendar.js";

export { daysFromCivil };

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000000;
}

/**
 * Parses `s[start, end)` as YYYY-MM-DD (spaces around allowed). Returns the
 * day number, NaN for a blank span, or −Infinity for anything else
 * (including impossible dates such as 2025-02-30).
 */
export function parseIsoDate(s: string, start: number, end: number): number {
  let i = start;
  let j = end;
  while (i < j && isSpace(s.charCodeAt(i))) i++;
  while (j > i && isSpace(s.charCodeAt(j - 1))) j--;
  if (i === j) return MISSING;
  if (j - i !== 10 || s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45) return INVALID;
  const y = digit(s, i) * 1000 + digit(s, i + 1) * 100 + digit(s, i + 2) * 10 + digit(s, i + 3);
  const m = digit(s, i + 5) * 10 + digit(s, i + 6);
  const d = digit(s, i + 8) * 10 + digit(s, i + 9);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return INVALID;
  return daysFromCivil(y, m, d);
}
