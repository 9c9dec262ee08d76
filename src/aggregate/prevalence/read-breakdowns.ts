/**
 * The breakdowns a prevalence call asks for: "All", the analysis's standard
 * breakdowns (age group, sex, their crossing) unless turned off, one per
 * `groups` column, and the `nested` combinations.
 * @internal
 */
import { checkBoolean, checkOptions } from "../../util/checks.js";
import type { Analysis } from "./analyses.js";
import { groupBreakdown, type Breakdown, type GroupingMode } from "./breakdowns.js";
import type { PrevalenceMethod } from "./types.js";

/** A nested breakdown: the combinations of several breakdowns that occur, in lexicographic level order. */
function nestedBreakdown(parts: readonly Breakdown[], n: number, rows: Int32Array): Breakdown {
  let codes = Int32Array.from(parts[0]!.codes);
  let tuples: number[][] = parts[0]!.labels.map((_, k) => [k]);
  for (let k = 1; k < parts.length; k++) {
    const next = parts[k]!;
    const L = next.labels.length;
    const map = new Map<number, number>();
    const newTuples: number[][] = [];
    const out = new Int32Array(n).fill(-1);
    for (let ri = 0; ri < rows.length; ri++) {
      const i = rows[ri]!;
      const a = codes[i]!;
      const b = next.codes[i]!;
      if (a < 0 || b < 0) continue;
      const key = a * L + b;
      let c = map.get(key);
      if (c === undefined) {
        c = newTuples.length;
        map.set(key, c);
        newTuples.push([...tuples[a]!, b]);
      }
      out[i] = c;
    }
    codes = out;
    tuples = newTuples;
  }
  const order = tuples.map((_, c) => c);
  order.sort((x, y) => {
    const tx = tuples[x]!;
    const ty = tuples[y]!;
    for (let k = 0; k < tx.length; k++) if (tx[k] !== ty[k]) return tx[k]! - ty[k]!;
    return 0;
  });
  const rank = new Int32Array(order.length);
  order.forEach((c, r) => (rank[c] = r));
  for (let i = 0; i < n; i++) if (codes[i]! >= 0) codes[i] = rank[codes[i]!]!;
  const labels: string[] = [];
  const keys: Record<string, string>[] = [];
  for (const c of order) {
    const t = tuples[c]!;
    labels.push(t.map((l, k) => parts[k]!.labels[l]!).join("."));
    keys.push(Object.fromEntries(t.flatMap((l, k) => Object.entries(parts[k]!.keys[l]!))));
  }
  return {
    name: parts.map((p) => p.name).join("+"),
    parts: parts.flatMap((p) => p.parts),
    labels,
    keys,
    codes,
    hasAge: parts.some((p) => p.hasAge),
  };
}

function allBreakdown(n: number): Breakdown {
  return { name: "all", parts: [], labels: ["All"], keys: [{}], codes: new Int32Array(n), hasAge: false, whoLabel: "All" };
}

/** Any analysed row in a group of the breakdown (WHO anthro drops breakdowns that are missing everywhere). */
function anyValue(b: Breakdown, rows: Int32Array): boolean {
  for (let ri = 0; ri < rows.length; ri++) if (b.codes[rows[ri]!]! >= 0) return true;
  return false;
}

/** The options that choose the breakdowns. @internal */
export interface BreakdownOptions {
  readonly groups?: unknown;
  readonly nested?: unknown;
  readonly standardBreakdowns?: unknown;
}

/** The data the breakdowns are built on. @internal */
export interface BreakdownRows {
  /** Rows in the data. */
  readonly n: number;
  /** Each row's age in months (NaN when unknown) and sex code. */
  readonly months: Float64Array;
  readonly sex: Uint8Array;
  /** The analysed rows. */
  readonly rows: Int32Array;
  /** The rows inside the age range (WHO anthro decides which breakdowns to show on these). */
  readonly ageRows: Int32Array;
  readonly method: PrevalenceMethod;
}

/**
 * Every breakdown of an analysis, "All" first: the standard ones (unless
 * `standardBreakdowns` is false), one per grouping column, then the nested
 * ones. In WHO anthro's table, breakdowns without any value are left out.
 * @throws TypeError/RangeError for a misused `groups`, `nested` or `standardBreakdowns`
 * @internal
 */
export function readBreakdowns(options: BreakdownOptions, analysis: Analysis, mode: GroupingMode, data: BreakdownRows, caller: string): Breakdown[] {
  const { n, rows, ageRows } = data;
  const breakdowns: Breakdown[] = [allBreakdown(n)];
  const standard = analysis.standard(data.months, data.sex);
  const useStandard = options.standardBreakdowns === undefined ? true : checkBoolean(options.standardBreakdowns, caller, "options.standardBreakdowns");
  const byName = new Map<string, Breakdown>();
  for (const b of standard) byName.set(b.name, b);
  if (useStandard) {
    for (const b of standard) if (!mode.anthro || analysis.ageRule === "5to19" || anyValue(b, ageRows)) breakdowns.push(b);
  }
  const groups = checkOptions(options.groups, mode.groupNames ?? null, caller, "options.groups");
  const groupNames = mode.groupNames ? mode.groupNames.filter((g) => groups[g] !== undefined) : Object.keys(groups);
  for (const name of groupNames) {
    if (name === "all" || byName.has(name) || name.includes("+")) {
      throw new RangeError(`${caller}: options.groups.${name}: the name is reserved or contains "+"`);
    }
    const b = groupBreakdown(name, groups[name], n, caller, rows, mode, data.method);
    byName.set(name, b);
    if (!mode.anthro || anyValue(b, ageRows)) breakdowns.push(b);
  }
  if (options.nested !== undefined) {
    if (!Array.isArray(options.nested)) throw new TypeError(`${caller}: options.nested must be an array of arrays of names`);
    for (const spec of options.nested as unknown[]) {
      if (!Array.isArray(spec) || spec.length < 2 || !spec.every((s) => typeof s === "string")) {
        throw new TypeError(`${caller}: options.nested must hold arrays of two or more names, e.g. [["region", "sex"]]`);
      }
      const parts = (spec as string[]).map((s) => {
        const b = byName.get(s);
        if (b === undefined || (standard.includes(b) && !analysis.nestable.includes(s))) {
          throw new RangeError(`${caller}: options.nested: unknown breakdown "${s}"; expected a group name or ${analysis.nestable.join(", ")}`);
        }
        return b;
      });
      if (new Set(spec).size !== spec.length) throw new RangeError(`${caller}: options.nested: "${spec.join("+")}" repeats a name`);
      breakdowns.push(nestedBreakdown(parts, n, rows));
    }
  }
  return breakdowns;
}
