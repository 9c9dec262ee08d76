/**
 * Group keys of the quality report and SKDN: the values of the grouping
 * columns interned to dense group codes (over one or several tables, or as
 * rows stream past), in tumbuh's group order.
 */
import { checkColumn, checkObject } from "../../util/checks.js";
import { compareValues } from "../../util/compare.js";
import { ownString } from "../../util/own-string.js";

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
 * The combinations of the grouping columns' values, interned to dense codes
 * in order of first appearance as rows come (a `Map` of values per column
 * and a `Map` of combinations; no per-row objects): memory grows with the
 * combinations, not with the rows. With no columns there is one group, `{}`.
 * @internal
 */
export class GroupInterner {
  private readonly valueCodes: Map<string | null, number>[];
  private readonly labels: (string | null)[][];
  /** Per column after the first: (combination of the columns before, value code) → combination. */
  private readonly pairs: Map<number, number>[];
  /** The values of each combination. */
  private readonly tuples: (string | null)[][] = [];
  private readonly last = new Map<number, number>();

  constructor(readonly names: readonly string[]) {
    this.valueCodes = names.map(() => new Map());
    this.labels = names.map(() => []);
    this.pairs = names.map(() => new Map());
    if (names.length === 0) this.tuples.push([]);
  }

  /** The combinations so far. */
  get count(): number {
    return this.tuples.length;
  }

  /** The code of row `i`'s combination, the columns being `columns` (one per name, in order). */
  code(columns: readonly ArrayLike<unknown>[], i: number): number {
    const k = this.names.length;
    if (k === 0) return 0;
    let combo = -1;
    for (let c = 0; c < k; c++) {
      const v = keyValue(columns[c]![i]);
      const codes = this.valueCodes[c]!;
      let vc = codes.get(v);
      if (vc === undefined) {
        vc = this.labels[c]!.length;
        const own = v === null ? null : ownString(v);
        codes.set(own, vc);
        this.labels[c]!.push(own);
      }
      const key = (combo + 1) * 67108864 + vc;
      const map = c === k - 1 ? this.last : this.pairs[c]!;
      let next = map.get(key);
      if (next === undefined) {
        next = c === k - 1 ? this.tuples.length : map.size;
        map.set(key, next);
        if (c === k - 1) this.tuples.push(this.tupleOf(columns, i));
      }
      combo = next;
    }
    return combo;
  }

  private tupleOf(columns: readonly ArrayLike<unknown>[], i: number): (string | null)[] {
    return this.names.map((_, c) => {
      const v = keyValue(columns[c]![i]);
      return v === null ? null : ownString(v);
    });
  }

  /**
   * The groups sorted by their values column by column (numbers by value,
   * text by code point, missing last), and each code's rank among them.
   */
  sorted(): { readonly keys: readonly GroupKey[]; readonly rank: Int32Array } {
    const { names, tuples } = this;
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
    const rank = new Int32Array(tuples.length);
    // own properties: a column named __proto__ is a key like any other
    const keys = order.map((c, r) => {
      rank[c] = r;
      return Object.freeze(Object.fromEntries(names.map((name, k) => [name, tuples[c]![k]!])));
    });
    return { keys, rank };
  }
}

/**
 * Interns the combinations of the grouping columns `names` over one or more
 * tables (so that, say, a register and the weighings share group codes),
 * in tumbuh's group order.
 * @throws TypeError/RangeError for a missing, non-array or wrong-length column
 * @internal
 */
export function groupIndex(names: readonly string[], sources: readonly GroupSource[], caller: string): GroupIndex {
  const interner = new GroupInterner(names);
  const codes = sources.map((s) => {
    const cols = names.map((name) => checkColumn(s.columns[name], s.length, caller, `${s.label}.${name}`));
    const out = new Int32Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = interner.code(cols, i);
    return out;
  });
  const { keys, rank } = interner.sorted();
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
