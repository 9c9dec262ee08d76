import { checkOptions } from "../util/checks.js";

/** Options of {@link scoreColumns} and {@link score}. */
export interface ScoreOptions {
  /**
   * `"who"` rounds z-scores to 2 decimals as WHO anthro reports them and
   * sets flags on the rounded value (WHO parity); `"full"` keeps them
   * unrounded and flags the unrounded value.
   * @defaultValue "who"
   */
  readonly precision?: "who" | "full";
}

/**
 * Checks an options object whose keys must be among `keys` and whose
 * `precision` is `"who"` (the default) or `"full"`; returns true for
 * `"full"`. Throws a TypeError/RangeError naming `caller` otherwise.
 * @internal
 */
export function fullPrecision(options: unknown, caller: string, keys: readonly string[]): boolean {
  const o = checkOptions(options ?? undefined, keys, caller);
  const precision = (o as { precision?: unknown }).precision;
  if (precision !== undefined && precision !== "who" && precision !== "full") {
    throw new RangeError(`${caller}: options.precision must be "who" or "full"; got ${JSON.stringify(precision)}`);
  }
  return precision === "full";
}
