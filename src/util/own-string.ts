/**
 * A copy of a string that shares no storage with the text it was cut
 * from: a cell taken from a chunk of a large file would otherwise keep the
 * whole chunk alive for as long as the value is kept (a child id kept for
 * every child keeps the whole file). Used when a value is stored for the
 * first time.
 * @internal
 */

/** `s`, copied into its own storage (joining its characters makes a new string). @internal */
export function ownString(s: string): string {
  return Array.prototype.join.call(s, "");
}
