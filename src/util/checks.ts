/**
 * Checks of a caller's arguments, with one wording everywhere. Misuse
 * (wrong types, unknown keys, unequal lengths, bad option values) throws a
 * `TypeError` or `RangeError` that names the function and the parameter;
 * record data never throws (it becomes NaN plus a reason code).
 *
 * Messages read `caller: what is wrong; what was expected`, e.g.
 * `prevalence: unknown options key "wieghts"; expected weights, cluster, …`.
 */

/**
 * True for a plain array or a typed array (not a DataView): what every
 * column-taking function accepts as a column.
 * @internal
 */
export function isArrayLike(v: unknown): v is ArrayLike<unknown> {
  return ArrayBuffer.isView(v) ? !(v instanceof DataView) : Array.isArray(v);
}

/** Whether `key` is an own property of `obj` (never one inherited from Object.prototype). @internal */
export function hasOwn(obj: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/**
 * Sets `obj[key] = value` as an own, enumerable property: a key such as
 * `__proto__` (a column or group named so) becomes a property, never the
 * object's prototype.
 * @internal
 */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Checks that `obj` is a plain object (not an array) whose own keys are all
 * in `allowed` (any key when `allowed` is null).
 * @param what - how the message names it: `options`, `columns`, `record`
 * @throws TypeError for a non-object or an unknown key
 * @internal
 */
export function checkObject(obj: unknown, allowed: Iterable<string> | null, caller: string, what: string): Record<string, unknown> {
  if (!isPlainObject(obj)) throw new TypeError(`${caller}: ${what} must be an object`);
  if (allowed !== null) {
    const list = [...allowed];
    for (const key of Object.keys(obj)) {
      if (!list.includes(key)) throw new TypeError(`${caller}: unknown ${what} key "${key}"; expected ${list.join(", ")}`);
    }
  }
  return obj as Record<string, unknown>;
}

/**
 * True for an object that is not null, not an array and not a typed array:
 * what {@link checkObject} accepts (and what a record, an options object or
 * a chart's point may be).
 * @internal
 */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !isArrayLike(v);
}

/**
 * {@link checkObject} for an optional options object: undefined is `{}`.
 * @internal
 */
export function checkOptions(obj: unknown, allowed: Iterable<string> | null, caller: string, what = "options"): Record<string, unknown> {
  return obj === undefined ? {} : checkObject(obj, allowed, caller, what);
}

/**
 * Checks that `v` is a column (array or typed array) of `length` rows (at
 * least `length` with `atLeast`; any length when `length` is undefined).
 * @param name - how the message names it: `columns.weightKg`
 * @param other - how the message names the column that set the length
 * @throws TypeError when `v` is not an array; RangeError on a length mismatch
 * @internal
 */
export function checkColumn<T = unknown>(
  v: unknown, length: number | undefined, caller: string, name: string,
  other = "the other columns", atLeast = false,
): ArrayLike<T> {
  if (!isArrayLike(v)) throw new TypeError(`${caller}: ${name} must be an array or typed array`);
  if (length !== undefined && (atLeast ? v.length < length : v.length !== length)) {
    throw new RangeError(`${caller}: ${name} has length ${v.length} but ${other} ${other.endsWith("s") ? "have" : "has"} length ${length}`);
  }
  return v as ArrayLike<T>;
}

/**
 * Checks that `v` is one of `allowed` (compared with ===).
 * @throws RangeError naming the parameter and the allowed values
 * @internal
 */
export function checkChoice<T>(v: unknown, allowed: readonly T[], caller: string, name: string): T {
  if (allowed.includes(v as T)) return v as T;
  const list = allowed.map((a) => JSON.stringify(a));
  const expected = list.length === 2 ? `${list[0]} or ${list[1]}` : `one of ${list.join(", ")}`;
  throw new RangeError(`${caller}: ${name} must be ${expected}; got ${describe(v)}`);
}

/**
 * Checks that `v` is a function (or undefined when `optional`).
 * @throws TypeError
 * @internal
 */
export function checkFunction(v: unknown, caller: string, name: string): ((...args: never[]) => unknown) | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== "function") throw new TypeError(`${caller}: ${name} must be a function; got ${describe(v)}`);
  return v as (...args: never[]) => unknown;
}

/**
 * Checks that `v` is a boolean.
 * @throws TypeError
 * @internal
 */
export function checkBoolean(v: unknown, caller: string, name: string): boolean {
  if (typeof v !== "boolean") throw new TypeError(`${caller}: ${name} must be a boolean; got ${describe(v)}`);
  return v;
}

/**
 * Checks that `v` is a whole number in [min, max].
 * @throws TypeError for a non-number; RangeError outside the range or not whole
 * @internal
 */
export function checkInteger(v: unknown, min: number, max: number, caller: string, name: string): number {
  if (typeof v !== "number") throw new TypeError(`${caller}: ${name} must be a number; got ${describe(v)}`);
  if (!Number.isInteger(v) || v < min || v > max) throw new RangeError(`${caller}: ${name} must be an integer from ${min} to ${max}; got ${v}`);
  return v;
}

/** A short description of a value for an error message (never the whole of a large value). @internal */
export function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === "number" || typeof v === "boolean" || v === null || v === undefined) return String(v);
  if (typeof v === "function") return "a function";
  if (Array.isArray(v)) return "an array";
  if (ArrayBuffer.isView(v)) return `a ${v.constructor.name}`;
  return typeof v === "object" ? "an object" : typeof v;
}
