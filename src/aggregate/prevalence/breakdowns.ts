/**
 * Breakdowns: the ways the rows are split into groups ("All", age group,
 * sex, a grouping column, a nested combination), as the results list them —
 * each breakdown's labels and keys — and the cells the rows were summed in,
 * mapped to the groups they add to. Built once every row has been seen
 * (a grouping column's levels are only known then), with WHO anthro's level
 * order and labels in its compatible table.
 * @internal
 */
import type { Analysis } from "./analyses.js";
import type { Levels } from "./group-levels.js";
import type { CellDomains } from "./moment-sums.js";

/** A breakdown as the results show it. @internal */
export interface Breakdown {
  readonly name: string;
  readonly parts: readonly string[];
  readonly labels: readonly string[];
  readonly keys: readonly Readonly<Record<string, string>>[];
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

/** A simple breakdown of `labels`, its keys `{ name: label }` (own properties, whatever the name). @internal */
export function simpleBreakdown(name: string, labels: readonly string[], hasAge: boolean, whoLabel?: string): Breakdown {
  return { name, parts: [name], labels, keys: labels.map((l) => ({ [name]: l })), hasAge, whoLabel };
}

/** A breakdown crossing two others, the first varying fastest (R's `interaction`). @internal */
export function crossBreakdown(name: string, a: Breakdown, b: Breakdown, hasAge: boolean, whoLabel: string): Breakdown {
  const labels: string[] = [];
  const keys: Record<string, string>[] = [];
  for (let y = 0; y < b.labels.length; y++) {
    for (let x = 0; x < a.labels.length; x++) {
      labels.push(`${a.labels[x]}.${b.labels[y]}`);
      keys.push({ ...a.keys[x], ...b.keys[y] });
    }
  }
  return { name, parts: [...a.parts, ...b.parts], labels, keys, hasAge, whoLabel };
}

/** WHO anthro's wealth quintile labels. @internal */
export const WEALTH_LABELS = ["Q1: Poorest", "Q2", "Q3", "Q4", "Q5: Richest"];

/** WHO anthro's wealth quintile of a value: 1–5 or Q1–Q5 → 0–4, anything else −1. @internal */
export function wealthLevel(x: unknown): number {
  const s = typeof x === "number" ? (Number.isInteger(x) ? String(x) : "") : typeof x === "string" ? x : "";
  const m = /^Q?([1-5])$/.exec(s);
  return m ? Number(m[1]) - 1 : -1;
}

/**
 * The cells the rows were summed in: unit 0 holds the standard dimensions'
 * tuple (a small radix key), each grouping column a unit of its codes,
 * each nested breakdown a unit of its parts' codes.
 * @internal
 */
export interface CellSpec {
  readonly unit: number;
  /** Unit 0: the radix key of the standard levels; a grouping column's unit: its code; a nested unit: the index of its tuple. */
  readonly key: number;
}

/** What the breakdowns are made from, once every row is in. @internal */
export interface BreakdownInput {
  readonly analysis: Analysis;
  readonly mode: GroupingMode;
  /** Show the standard breakdowns. */
  readonly useStandard: boolean;
  /** Whether each standard breakdown has any row within the age range (WHO anthro drops breakdowns without). */
  readonly standardAny: readonly boolean[];
  /** The grouping columns, in order: name, levels, whether any row within the age range has a value; wealth quintiles have no levels (fixed). */
  readonly groups: readonly { readonly name: string; readonly levels: Levels | null; readonly any: boolean }[];
  /** The nested breakdowns: their parts (a standard dimension's index, or a group's index), and the tuples of codes seen. */
  readonly nested: readonly { readonly parts: readonly NestedPart[]; readonly tuples: readonly (readonly number[])[] }[];
  /** The radix of each standard dimension in unit 0's key (levels + 1 each). */
  readonly radix: readonly number[];
  readonly cells: readonly CellSpec[];
}

/** A part of a nested breakdown: a standard dimension or a grouping column. @internal */
export type NestedPart = { readonly kind: "dim"; readonly index: number; readonly name: string } | { readonly kind: "group"; readonly index: number; readonly name: string };

/** The breakdowns, the first group (domain) of each, and the groups each cell adds to. @internal */
export interface BuiltBreakdowns {
  readonly breakdowns: readonly Breakdown[];
  readonly offsets: readonly number[];
  readonly domains: number;
  readonly map: CellDomains;
}

/**
 * Every breakdown, "All" first: the standard ones (unless turned off; in
 * WHO anthro's 0–5 table only those with a value within the age range),
 * one per grouping column (in WHO anthro's table only those with a value),
 * then the nested ones; and the groups of each cell.
 * @internal
 */
export function buildBreakdowns(input: BreakdownInput): BuiltBreakdowns {
  const { analysis, mode, groups, nested, radix, cells } = input;
  const breakdowns: Breakdown[] = [{ name: "all", parts: [], labels: ["All"], keys: [{}], hasAge: false, whoLabel: "All" }];
  const dimB = analysis.dims.map((d) => simpleBreakdown(d.name, d.labels, d.hasAge, d.whoLabel));
  /** Per standard breakdown, its index in `breakdowns` (−1 when not shown). */
  const standardAt = analysis.standard.map((s, k) => {
    const show = input.useStandard && (!mode.anthro || analysis.ageRule === "5to19" || input.standardAny[k]!);
    if (!show) return -1;
    const b = s.dims.length === 1 ? dimB[s.dims[0]!]! : crossBreakdown(s.name, dimB[s.dims[0]!]!, dimB[s.dims[1]!]!, s.hasAge, s.whoLabel);
    breakdowns.push(b);
    return breakdowns.length - 1;
  });
  const groupB = groups.map((g) => {
    const whoLabel = mode.anthro ? (mode.labels !== undefined && Object.prototype.hasOwnProperty.call(mode.labels, g.name) ? mode.labels[g.name] : g.name) : undefined;
    return simpleBreakdown(g.name, g.levels === null ? WEALTH_LABELS : g.levels.labels, false, whoLabel);
  });
  const groupAt = groups.map((g, k) => {
    if (mode.anthro && !g.any) return -1;
    breakdowns.push(groupB[k]!);
    return breakdowns.length - 1;
  });
  const partLevel = (part: NestedPart, code: number): number => {
    if (part.kind === "dim") return code;
    const levels = groups[part.index]!.levels;
    return levels === null ? code : levels.levelOf[code]!;
  };
  const partB = (part: NestedPart): Breakdown => (part.kind === "dim" ? dimB[part.index]! : groupB[part.index]!);
  /** Per nested breakdown, its index in `breakdowns` and each tuple's level (rank). */
  const nestedAt = nested.map((spec) => {
    const tuples = spec.tuples.map((t) => t.map((code, k) => partLevel(spec.parts[k]!, code)));
    const order = tuples.map((_, c) => c);
    order.sort((x, y) => {
      const tx = tuples[x]!;
      const ty = tuples[y]!;
      for (let k = 0; k < tx.length; k++) if (tx[k] !== ty[k]) return tx[k]! - ty[k]!;
      return 0;
    });
    const rank = new Int32Array(order.length);
    order.forEach((c, r) => (rank[c] = r));
    const parts = spec.parts.map(partB);
    breakdowns.push({
      name: parts.map((p) => p.name).join("+"),
      parts: parts.flatMap((p) => p.parts),
      labels: order.map((c) => tuples[c]!.map((l, k) => parts[k]!.labels[l]!).join(".")),
      keys: order.map((c) => Object.fromEntries(tuples[c]!.flatMap((l, k) => Object.entries(parts[k]!.keys[l]!)))),
      hasAge: parts.some((p) => p.hasAge),
    });
    return { at: breakdowns.length - 1, rank };
  });

  const offsets: number[] = [];
  let D = 0;
  for (const b of breakdowns) {
    offsets.push(D);
    D += b.labels.length;
  }

  // the groups of each cell
  const cellStart = new Int32Array(cells.length + 1);
  const cellDomains: number[] = [];
  const dimLevels = new Int32Array(analysis.dims.length);
  cells.forEach((cell, c) => {
    if (cell.unit === 0) {
      let key = cell.key;
      for (let k = 0; k < radix.length; k++) {
        dimLevels[k] = (key % radix[k]!) - 1;
        key = Math.floor(key / radix[k]!);
      }
      cellDomains.push(0);
      analysis.standard.forEach((s, k) => {
        const at = standardAt[k]!;
        if (at < 0) return;
        const x = dimLevels[s.dims[0]!]!;
        if (s.dims.length === 1) {
          if (x >= 0) cellDomains.push(offsets[at]! + x);
          return;
        }
        const y = dimLevels[s.dims[1]!]!;
        if (x >= 0 && y >= 0) cellDomains.push(offsets[at]! + x + analysis.dims[s.dims[0]!]!.labels.length * y);
      });
    } else if (cell.unit <= groups.length) {
      const g = cell.unit - 1;
      const at = groupAt[g]!;
      const levels = groups[g]!.levels;
      const level = levels === null ? cell.key : levels.levelOf[cell.key]!;
      if (at >= 0 && level >= 0) cellDomains.push(offsets[at]! + level);
    } else {
      const n = nestedAt[cell.unit - 1 - groups.length]!;
      cellDomains.push(offsets[n.at]! + n.rank[cell.key]!);
    }
    cellStart[c + 1] = cellDomains.length;
  });
  return { breakdowns, offsets, domains: D, map: { cellStart, cellDomains: Int32Array.from(cellDomains) } };
}
