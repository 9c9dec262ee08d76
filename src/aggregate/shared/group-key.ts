/**
 * Group keys of the quality report and SKDN: the values of the grouping
 * columns interned to dense group codes (over one or several tables), in
 * tumbuh's group order.
 */
import { checkColumn, checkObject } from "../../util/checks.js";
import { compareValues } from "../../util/compare.js";

/**
 * A group's values, by grouping column name; `null` where the value is
 * missing (blank, null, undefined, NaN). Values are strings: numbers are
 * written with `String`, strings are trimmed.
 * @category Aggregation
 */
export type GroupKey = Readonly<Record<string, string | null>>;

/** Groups interned to dense codes. @internal */
export interface GroupIndex {
  /** Every group, sorted by its values column by column: numbers by value, text by code point, missing last. */
  readonly keys: readonly GroupKey[];
  /** For each source, each row's index into `keys`. */
  readonly codes: readonly Int32Array[];
}

/** Grouping columns of one table, by name. @internal */
export interface GroupSource {
  readonly columns: Readonly<Record<string, unknown>>;
  readonly length: number;
  /** How error messages name the columns, e.g. `options.groupBy`. */
  readonly label: string;
}

/**
 * A value as a key: strings trimmed, numbers and other values written with
 * `String`; null for missing (null, undefined, NaN, blank) and for a value
 * that cannot be written as a string.
 * @internal
 */
export function keyValue(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" && v !== v) return null;
  let s: string;
  try {
    s = typeof v === "string" ? v : String(v);
  } catch {
    return null;
  }
  const t = s.trim();
  return t === "" ? null : t;
}

/**
 * Interns the combinations of the grouping columns `names` over one or more
 * tables (so that, say, a register and the weighings share group codes).
 * One pass per column with a `Map` of values and a `Map` of combinations; no
 * per-row objects. With no names there is one group, `{}`.
 * @throws TypeError/RangeError for a missing, non-array or wrong-length column
 * @internal
 */
export function groupIndex(names: readonly string[], sources: readonly GroupSource[], caller: string): GroupIndex {
  const codes = sources.map((s) => new Int32Array(s.length));
  // Each level k maps a dense code to (code before column k, value of column k).
  const parents: Int32Array[] = [];
  const values: (string | null)[][] = [];
  let count = 1;
  for (const name of names) {
    const valueCodes = new Map<string | null, number>();
    const labels: (string | null)[] = [];
    const local = sources.map((s) => {
      const col = checkColumn(s.columns[name], s.length, caller, `${s.label}.${name}`);
      const out = new Int32Array(s.length);
      for (let i = 0; i < s.length; i++) {
        const v = keyValue(col[i]);
        let c = valueCodes.get(v);
        if (c === undefined) {
          c = labels.length;
          valueCodes.set(v, c);
          labels.push(v);
        }
        out[i] = c;
      }
      return out;
    });
    const card = labels.length;
    const combined = new Map<number, number>();
    const parent: number[] = [];
    const value: (string | null)[] = [];
    for (let s = 0; s < sources.length; s++) {
      const code = codes[s]!;
      const loc = local[s]!;
      for (let i = 0; i < code.length; i++) {
        const key = code[i]! * card + loc[i]!;
        let c = combined.get(key);
        if (c === undefined) {
          c = parent.length;
          combined.set(key, c);
          parent.push(code[i]!);
          value.push(labels[loc[i]!]!);
        }
        code[i] = c;
      }
    }
    parents.push(Int32Array.from(parent));
    values.push(value);
    count = parent.length;
  }

  // Unwind each combination into its tuple of values, then sort.
  const tuples: (string | null)[][] = [];
  for (let c = 0; c < count; c++) {
    const t = new Array<string | null>(names.length);
    let code = c;
    for (let k = names.length - 1; k >= 0; k--) {
      t[k] = values[k]![code]!;
      code = parents[k]![code]!;
    }
    tuples.push(t);
  }
  const order = tuples.map((_, c) => c);
  order.sort((a, b) => {
    const ta = tuples[a]!;
    const tb = tuples[b]!;
    for (let k = 0; k < names.length; k++) {
      const d = compareValues(ta[k]!, tb[k]!);
      if (d !== 0) return d;
    }
    return 0;
  });
  const rank = new Int32Array(count);
  const keys: GroupKey[] = [];
  for (let r = 0; r < count; r++) {
    const c = order[r]!;
    rank[c] = r;
    const key: Record<string, string | null> = {};
    names.forEach((name, k) => (key[name] = tuples[c]![k]!));
    keys.push(Object.freeze(key));
  }
  for (const code of codes) for (let i = 0; i < code.length; i++) code[i] = rank[code[i]!]!;
  return { keys, codes };
}

/**
 * The names of a `groupBy` option, checked: an object of columns (possibly
 * empty), or undefined for no grouping.
 * @internal
 */
export function groupNames(groupBy: unknown, caller: string, label: string): string[] {
  return groupBy === undefined ? [] : Object.keys(checkObject(groupBy, null, caller, label));
}
