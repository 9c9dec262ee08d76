/**
 * Readers of option values, each with its usage error naming the option:
 * one of a list, a header name, a list of header names, a month, a number
 * in a range, an output path.
 */
import { usageError } from "../io/errors.js";

/** Checks that `value` is one of `allowed`, else a usage error naming the option. */
export function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const list = allowed.map((a) => `"${a}"`);
  const expected = list.length === 2 ? `${list[0]} or ${list[1]}` : `one of ${list.join(", ")}`;
  throw usageError(`${option} must be ${expected}; got "${value}"`);
}

/** A single header name (e.g. `--id child_id`): trimmed, not empty. */
export function columnName(option: string, value: string): string {
  const name = value.trim();
  if (name === "") throw usageError(`${option}: the column name is empty`);
  return name;
}

/**
 * `current` and the header names of `value` (`--by a,b`): split on commas,
 * trimmed; an empty name or a name given twice (in any case) is a usage error.
 */
export function columnList(option: string, value: string, current: readonly string[]): string[] {
  const out = [...current];
  for (const part of value.split(",")) {
    const name = part.trim();
    if (name === "") throw usageError(`${option}: an empty column name in "${value}"`);
    if (out.some((n) => n.toLowerCase() === name.toLowerCase())) throw usageError(`${option}: column "${name}" is given twice`);
    out.push(name);
  }
  return out;
}

/** A month `YYYY-MM`; `example` is the month the message shows. */
export function monthValue(option: string, value: string, example: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(value.trim());
  if (m === null || Number(m[2]) < 1 || Number(m[2]) > 12) throw usageError(`${option} must be a month YYYY-MM (e.g. ${example}); got "${value}"`);
  return value.trim();
}

/** A number from `min` to `max`. */
export function numberIn(option: string, value: string, min: number, max: number): number {
  const v = value.trim() === "" ? Number.NaN : Number(value);
  if (!Number.isFinite(v) || v < min || v > max) throw usageError(`${option} must be a number from ${min} to ${max}; got "${value}"`);
  return v;
}

/** The value of `-o`/`--output`: a file path, or undefined for stdout (`-`). */
export function outputPath(value: string): string | undefined {
  return value === "-" ? undefined : value;
}

/** A whole number from `min` to `max`. */
export function integerIn(option: string, value: string, min: number, max: number): number {
  const v = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(v) || v < min || v > max) throw usageError(`${option} must be a whole number from ${min} to ${max}; got "${value}"`);
  return v;
}
