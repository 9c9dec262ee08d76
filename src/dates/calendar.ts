import { checkColumn } from "../util/checks.js";

/**
 * Calendar dates as whole days since 1970-01-01 (proleptic Gregorian), the
 * form the aggregations work on: one number per row, no Date objects in the
 * loops. Calendar months are numbered `year * 12 + (month - 1)`.
 */

/** Days since 1970-01-01 of a civil date (H. Hinnant's `days_from_civil`). @internal */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of a day number, packed as `year * 10000 + month * 100 + day`
 * (H. Hinnant's `civil_from_days`), so no object is made per row.
 * @internal
 */
export function civilFromDays(z: number): number {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10000 + m * 100 + d;
}

/** The calendar month (`year * 12 + month - 1`) of a day number. @internal */
export function monthOfDay(z: number): number {
  const c = civilFromDays(z);
  const y = Math.floor(c / 10000);
  return y * 12 + (Math.floor(c / 100) % 100) - 1;
}

/** Day number of the given day of a calendar month (`year * 12 + month - 1`). @internal */
export function dayInMonth(month: number, day: number): number {
  return daysFromCivil(Math.floor(month / 12), (month % 12) + 1, day);
}

/** Days in month `m` (1–12) of year `y` (proleptic Gregorian). @internal */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The digits `s[from, from + count)` as a number, or −1 when one is not a digit. @internal */
export function digits(s: string, from: number, count: number): number {
  let v = 0;
  for (let k = from; k < from + count; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * A date as a day number: `"YYYY-MM-DD"` strings (a time after `T` or a space
 * is ignored), Date objects (their UTC calendar date), and numbers, which are
 * taken as day numbers already (whole days since 1970-01-01). Returns NaN for
 * missing (null, undefined, NaN, blank) and −Infinity for anything that is not
 * a real date (`"2025-02-30"`, `"05/01/2025"`, `true`).
 * @internal
 */
export function dateValue(v: unknown): number {
  if (typeof v === "string") {
    const s = v.trim();
    if (s === "") return Number.NaN;
    if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -Infinity;
    if (s.length > 10 && s[10] !== "T" && s[10] !== " ") return -Infinity;
    const y = digits(s, 0, 4);
    const m = digits(s, 5, 2);
    const d = digits(s, 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return -Infinity;
    return daysFromCivil(y, m, d);
  }
  if (typeof v === "number") {
    if (v !== v) return v;
    return Number.isFinite(v) ? Math.floor(v) : -Infinity;
  }
  if (v === null || v === undefined) return Number.NaN;
  if (v instanceof Date) {
    const t = v.getTime();
    return t === t ? daysFromCivil(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()) : -Infinity;
  }
  return -Infinity;
}

/**
 * A column of dates as day numbers (NaN missing, −Infinity invalid); see
 * {@link dateValue}.
 * @internal
 */
export function dateColumn(v: unknown, length: number, caller: string, name: string): Float64Array {
  const col = checkColumn(v, length, caller, name);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = dateValue(col[i]);
  return out;
}

/** `"YYYY-MM"` of a calendar month number. @internal */
export function formatMonth(month: number): string {
  const y = Math.floor(month / 12);
  const m = (month % 12) + 1;
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}`;
}

/** `"YYYY-MM-DD"` of a day number. @internal */
export function formatDay(day: number): string {
  const c = civilFromDays(day);
  const m = Math.floor(c / 100) % 100;
  const d = c % 100;
  return `${String(Math.floor(c / 10000)).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** The calendar month number of `"YYYY-MM"`, or NaN when `s` is not one. @internal */
export function parseMonth(s: unknown): number {
  if (typeof s !== "string") return Number.NaN;
  const t = s.trim();
  if (t.length !== 7 || t.charCodeAt(4) !== 45) return Number.NaN;
  const y = digits(t, 0, 4);
  const m = digits(t, 5, 2);
  return y < 0 || m < 1 || m > 12 ? Number.NaN : y * 12 + m - 1;
}
