/**
 * Checks an options object whose keys must be among `keys` and whose
 * `precision` is `"who"` (the default) or `"full"`; returns true for
 * `"full"`. Throws a TypeError/RangeError naming `caller` otherwise.
 * @internal
 */
export function fullPrecision(options: unknown, caller: string, keys: readonly string[]): boolean {
  const o = options ?? {};
  if (o === null || typeof o !== "object") throw new TypeError(`${caller}: options must be an object`);
  for (const key of Object.keys(o)) {
    if (!keys.includes(key)) throw new TypeError(`${caller}: unknown option "${key}"`);
  }
  const precision = (o as { precision?: unknown }).precision;
  if (precision !== undefined && precision !== "who" && precision !== "full") {
    throw new RangeError(`${caller}: options.precision must be "who" or "full"; got ${JSON.stringify(precision)}`);
  }
  return precision === "full";
}
