/**
 * Breakdowns: the ways the rows are split into groups ("All", age group,
 * sex, a grouping column, a nested combination), each as a level per row and
 * the levels' labels. Built from the analysis's standard breakdowns and the
 * `groups` and `nested` options, with WHO anthro's level order and labels in
 * its compatible table.
 * @internal
 */
import { dataColumn } from "./columns.js";
import { compareLevels, intern } from "./group-levels.js";
import type { PrevalenceMethod } from "./types.js";

/** A breakdown: a level per row and the levels' labels. @internal */
export interface Breakdown {
  readonly name: string;
  readonly parts: readonly string[];
  readonly labels: readonly string[];
  readonly keys: readonly Readonly<Record<string, string>>[];
  /** The level of each row, −1 for none. */
  readonly codes: Int32Array;
  /** Involves an age breakdown (ageGroup/ageBand). */
  readonly hasAge: boolean;
  /** WHO anthro's label of the breakdown ("Age group", "Geographical region"…), in the compatible table. */
  readonly whoLabel?: string | undefined;
}

/** How grouping columns become breakdowns. @internal */
export interface GroupingMode {
  /** WHO anthro's table: level order by method, an "NA" level in the simple and weighted methods, wealth quintiles, labels. */
  readonly anthro: boolean;
  /** WHO label per group name (anthro mode). */
  readonly labels?: Readonly<Record<string, string>>;
  /** The grouping columns allowed (anthro mode), in the order of the table; any when absent. */
  readonly groupNames?: readonly string[];
}

/** A breakdown of one column: its levels are `labels`. @internal */
export function simpleBreakdown(name: string, labels: readonly string[], codes: Int32Array, hasAge: boolean, whoLabel?: string): Breakdown {
  return { name, parts: [name], labels, keys: labels.map((l) => ({ [name]: l })), codes, hasAge, whoLabel };
}

/** A breakdown crossing two others, the first varying fastest (R's `interaction`). @internal */
export function crossBreakdown(name: string, parts: readonly string[], a: Breakdown, b: Breakdown, hasAge: boolean, whoLabel: string): Breakdown {
  const n = a.codes.length;
  const La = a.labels.length;
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = a.codes[i]!;
    const y = b.codes[i]!;
    codes[i] = x < 0 || y < 0 ? -1 : x + La * y;
  }
  const labels: string[] = [];
  const keys: Record<string, string>[] = [];
  for (let y = 0; y < b.labels.length; y++) {
    for (let x = 0; x < La; x++) {
      labels.push(`${a.labels[x]}.${b.labels[y]}`);
      keys.push({ ...a.keys[x], ...b.keys[y] });
    }
  }
  return { name, parts, labels, keys, codes, hasAge, whoLabel };
}

const WEALTH_LABELS = ["Q1: Poorest", "Q2", "Q3", "Q4", "Q5: Richest"];

/** WHO anthro's wealth quintiles: 1–5 or Q1–Q5, anything else missing. */
function wealthLevels(v: unknown, n: number, caller: string, name: string): Int32Array {
  const col = dataColumn(v, n, caller, name);
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = col[i];
    const s = typeof x === "number" ? (Number.isInteger(x) ? String(x) : "") : typeof x === "string" ? x : "";
    const m = /^Q?([1-5])$/.exec(s);
    codes[i] = m ? Number(m[1]) - 1 : -1;
  }
  return codes;
}

/** A grouping column as a breakdown, levels ordered natively (sorted) or as WHO anthro orders them. */
export function groupBreakdown(
  name: string,
  v: unknown,
  n: number,
  caller: string,
  rows: Int32Array,
  mode: GroupingMode,
  method: PrevalenceMethod,
): Breakdown {
  const label = `options.groups.${name}`;
  const whoLabel = mode.anthro ? mode.labels?.[name] ?? name : undefined;
  if (mode.anthro && name === "wealthq") return simpleBreakdown(name, WEALTH_LABELS, wealthLevels(v, n, caller, label), false, whoLabel);
  const it = intern(v, n, caller, label);
  // levels present among the analysed rows, in order of first appearance
  const firstSeen = new Int32Array(it.labels.length).fill(-1);
  const order: number[] = [];
  let naAt = -1;
  for (let ri = 0; ri < rows.length; ri++) {
    const c = it.codes[rows[ri]!]!;
    if (c < 0) {
      if (naAt < 0) naAt = order.length;
      continue;
    }
    if (firstSeen[c] === -1) {
      firstSeen[c] = order.length;
      order.push(c);
    }
  }
  const appearance = mode.anthro && method !== "survey";
  if (!appearance) order.sort((a, b) => compareLevels(it, a, b));
  const level = new Int32Array(it.labels.length).fill(-1);
  order.forEach((c, k) => (level[c] = k));
  const labels = order.map((c) => it.labels[c]!);
  if (appearance && naAt >= 0) labels.splice(naAt, 0, "NA"); // WHO anthro's simple method lists missing values as a level "NA" (no rows)
  if (appearance && naAt >= 0) order.forEach((c, k) => (level[c] = k >= naAt ? k + 1 : k));
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = it.codes[i]!;
    codes[i] = c < 0 ? -1 : level[c]!;
  }
  return simpleBreakdown(name, labels, codes, false, whoLabel);
}
