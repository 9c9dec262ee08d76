/**
 * The register of children (sasaran) for SKDN: `options.register` checked,
 * and its S and K per group and month.
 */
import { numberValue } from "../../record/codes.js";
import { checkColumn, checkObject, isArrayLike } from "../../util/checks.js";
import { parseMonth } from "../../dates/calendar.js";
import { groupNames } from "../shared/group-key.js";

const REGISTER_KEYS = ["groups", "month", "s", "k"];

/** A checked `options.register`. @internal */
export interface Register {
  readonly length: number;
  readonly groups: Readonly<Record<string, unknown>>;
  readonly month: ArrayLike<unknown>;
  readonly s: Float64Array;
  readonly k: Float64Array | undefined;
}

/**
 * Checks `options.register`: an object with `month` and `s` columns, an
 * optional `k`, and `groups` with exactly the grouping columns' names.
 * @throws TypeError/RangeError on misuse
 * @internal
 */
export function readRegister(v: unknown, names: readonly string[], caller: string): Register {
  const reg = checkObject(v, REGISTER_KEYS, caller, "options.register");
  const groups = (reg.groups ?? {}) as Record<string, unknown>;
  const regNames = groupNames(groups, caller, "options.register.groups");
  if (regNames.length !== names.length || regNames.some((k) => !names.includes(k))) {
    throw new TypeError(`${caller}: options.register.groups must have the columns of options.groupBy (${names.join(", ") || "none"})`);
  }
  const month = reg.month;
  if (!isArrayLike(month)) throw new TypeError(`${caller}: options.register.month must be an array of "YYYY-MM"`);
  if (reg.s === undefined) throw new TypeError(`${caller}: options.register.s is required`);
  const length = month.length;
  const numbers = (col: unknown, name: string): Float64Array => {
    const c = checkColumn(col, length, caller, `options.register.${name}`);
    return Float64Array.from({ length }, (_, i) => numberValue(c[i]));
  };
  return { length, groups, month, s: numbers(reg.s, "s"), k: reg.k === undefined ? undefined : numbers(reg.k, "k") };
}

/**
 * The register's S and K per group and reported month (`group * M + month - from`),
 * summed over its rows; NaN where no row gives a value. Rows with a month that
 * is not `"YYYY-MM"` or an S that is not a number ≥ 0 are skipped and counted.
 * @internal
 */
export function registerTotals(reg: Register, groupOf: Int32Array, groups: number, from: number, months: number): { s: Float64Array; k: Float64Array; invalid: number } {
  const s = new Float64Array(groups * months).fill(Number.NaN);
  const k = new Float64Array(groups * months).fill(Number.NaN);
  const add = (into: Float64Array, at: number, x: number): void => {
    const v = into[at]!;
    into[at] = (v === v ? v : 0) + x;
  };
  let invalid = 0;
  for (let i = 0; i < reg.length; i++) {
    const m = parseMonth(reg.month[i]);
    const si = reg.s[i]!;
    if (m !== m || !(si >= 0 && si < Infinity)) {
      invalid++;
      continue;
    }
    if (!(m >= from && m < from + months)) continue;
    const at = groupOf[i]! * months + (m - from);
    add(s, at, si);
    const ki = reg.k === undefined ? Number.NaN : reg.k[i]!;
    if (ki >= 0 && ki < Infinity) add(k, at, ki);
  }
  return { s, k, invalid };
}
