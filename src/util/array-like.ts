/**
 * True for a plain array or a typed array (not a DataView): what every
 * column-taking function accepts as a column.
 * @internal
 */
export function isArrayLike(v: unknown): v is ArrayLike<unknown> {
  return ArrayBuffer.isView(v) ? !(v instanceof DataView) : Array.isArray(v);
}
