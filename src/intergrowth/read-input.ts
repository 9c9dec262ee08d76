import { numberValue, sexCode } from "../record/codes.js";
import { presence } from "../record/read-record.js";

/** 1 usable (a finite number > 0), 0 missing, −1 invalid. @internal */
export type Presence = 1 | 0 | -1;

/** A value read from a record, with its presence. @internal */
export interface ReadValue {
  readonly value: number;
  readonly presence: Presence;
}

/**
 * A measurement or age read as the scorers read it: numbers pass through,
 * null/undefined/NaN/blank strings are missing, anything else (a string, a
 * boolean, ≤ 0, ±Infinity) is invalid.
 * @internal
 */
export function readPositive(v: unknown): ReadValue {
  const value = numberValue(v);
  return { value, presence: presence(value) as Presence };
}

/**
 * An age given in one of two units: `first` wins unless it is missing (an
 * invalid `first` is invalid, never replaced by `second`). `fromFirst` and
 * `fromSecond` convert a usable value to the unit the caller works in.
 * @internal
 */
export function readEitherAge(first: unknown, second: unknown, fromFirst: (v: number) => number, fromSecond: (v: number) => number): ReadValue {
  const a = readPositive(first);
  if (a.presence === 1) return { value: fromFirst(a.value), presence: 1 };
  if (a.presence === -1) return a;
  const b = readPositive(second);
  return b.presence === 1 ? { value: fromSecond(b.value), presence: 1 } : b;
}

/** Sex as 1 or 2, with presence. @internal */
export function readSex(v: unknown): ReadValue {
  const code = sexCode(v);
  return code === 1 || code === 2 ? { value: code, presence: 1 } : { value: NaN, presence: code === 0 ? 0 : -1 };
}

/**
 * The reason code of a value that is not usable (`<name>-missing` or
 * `<name>-invalid`), or undefined when it is usable.
 * @internal
 */
export function presenceReason<N extends string>(p: Presence, name: N): `${N}-missing` | `${N}-invalid` | undefined {
  return p === 1 ? undefined : p === 0 ? `${name}-missing` : `${name}-invalid`;
}

/** The measurement fields both standards share, with their reason-code stems. @internal */
export const MEASUREMENT_FIELDS = [
  { key: "weightKg", measure: "wei", name: "weight" },
  { key: "lengthCm", measure: "len", name: "length" },
  { key: "headCm", measure: "hc", name: "headc" },
] as const;

