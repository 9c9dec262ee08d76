/**
 * ISO calendar dates (YYYY-MM-DD) as day numbers, for age in days as the
 * difference of two dates: whole days in UTC, so no time zone or daylight
 * saving can shift it.
 */
import { INVALID, MISSING } from "./parse-number.js";

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000000;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
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
