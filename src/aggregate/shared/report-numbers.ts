/**
 * Numbers as the aggregation reports hold them (plain data, safe to
 * `JSON.stringify`): percentages, and null for what cannot be computed.
 */

/** `part / whole` as a percentage, or null when `whole` is 0. @internal */
export function pct(part: number, whole: number): number | null {
  return whole > 0 ? (100 * part) / whole : null;
}

/** NaN (and ±Infinity) as null, for JSON-serialisable reports. @internal */
export function orNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
