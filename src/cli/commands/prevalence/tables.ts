/**
 * The prevalence result as output: a long CSV table (one row per group,
 * indicator and statistic), its JSON form, and WHO anthro's own table
 * (`--who-anthro`). With `--significance`, the WHO/UNICEF 2018 public
 * health significance of stunting (HA < −2), wasting (WH < −2) and
 * overweight (WH > +2).
 */
import {
  prevalenceSignificance,
  type AnthroTable,
  type Estimate,
  type PrevalenceGroup,
  type PrevalenceIndicator,
  type PrevalenceResult,
  type Significance,
  type SignificanceIndicator,
} from "../../../aggregate/prevalence/index.js";
import { CsvTable } from "../../csv/table.js";

const INDICATORS: readonly PrevalenceIndicator[] = ["HA", "WA", "BMI", "WH"];
const CUTOFFS = ["below3", "below2", "below1", "above1", "above2", "above3"] as const;

/** The indicator and statistic the WHO/UNICEF thresholds apply to. */
const SIGNIFICANCE: readonly (readonly [PrevalenceIndicator, (typeof CUTOFFS)[number], SignificanceIndicator])[] = [
  ["HA", "below2", "stunting"],
  ["WH", "below2", "wasting"],
  ["WH", "above2", "overweight"],
];

function significanceOf(indicator: PrevalenceIndicator, statistic: string, e: Estimate): Significance | null | undefined {
  const s = SIGNIFICANCE.find(([ind, stat]) => ind === indicator && stat === statistic);
  return s === undefined ? undefined : prevalenceSignificance(s[2], e.r);
}

/** What the long table adds: the significance column, and the suppressed column with `--min-n`. */
export interface TableExtras {
  readonly significance: boolean;
  /** Estimates on fewer children are withheld (0: none). */
  readonly minN: number;
}

/** The long table's columns. */
export function prevalenceColumns(extras: TableExtras): string[] {
  return [
    "breakdown", "group", "indicator", "statistic", "r", "se", "ll", "ul", "stdev", "deff", "n", "pop", "unwpop",
    ...(extras.significance ? ["significance"] : []),
    ...(extras.minN > 0 ? ["suppressed"] : []),
  ];
}

/** Writes the long table: per group, each indicator's six prevalences and mean, then the combined indicators. */
export function prevalenceTable(result: PrevalenceResult, extras: TableExtras, table: CsvTable): void {
  const { significance, minN } = extras;
  table.row(prevalenceColumns(extras));
  const row = (g: PrevalenceGroup, indicator: string, statistic: string, e: Estimate, stdev: number | null, pop: number, unwpop: number, sig: Significance | null | undefined) => {
    table.row([
      g.breakdown, g.label, indicator, statistic, e.r, e.se, e.ll, e.ul, stdev, e.deff, e.n, pop, unwpop,
      ...(significance ? [sig ?? null] : []),
      ...(minN > 0 ? [e.suppressed ? `n<${minN}` : null] : []),
    ]);
  };
  for (const g of result.groups) {
    for (const ind of INDICATORS) {
      const est = g.indicators[ind];
      if (est === undefined) continue;
      for (const c of CUTOFFS) row(g, ind, c, est[c], null, est.pop, est.unwpop, significanceOf(ind, c, est[c]));
      row(g, ind, "mean", est.mean, est.mean.stdev, est.pop, est.unwpop, null);
    }
    if (g.combined !== undefined) {
      const c = g.combined;
      for (const [name, e] of [["stuntedWasted", c.stuntedWasted], ["stuntedOverweight", c.stuntedOverweight]] as const) {
        row(g, "HA_WH", name, e, null, c.pop, c.unwpop, null);
      }
    }
  }
}

function significanceOfGroup(g: PrevalenceGroup): Record<SignificanceIndicator, Significance | null> {
  const out = {} as Record<SignificanceIndicator, Significance | null>;
  for (const [ind, stat, name] of SIGNIFICANCE) {
    const e = g.indicators[ind]?.[stat];
    out[name] = e === undefined ? null : prevalenceSignificance(name, e.r);
  }
  return out;
}

/** The JSON output: the library's result (NaN as null), with each group's significance when asked for, and `extra` members. */
export function prevalenceJson(result: PrevalenceResult, significance: boolean, extra: Readonly<Record<string, unknown>> = {}): string {
  const out = significance ? { ...result, groups: result.groups.map((g) => ({ ...g, significance: significanceOfGroup(g) })) } : result;
  return `${JSON.stringify({ ...out, ...extra }, null, 2)}\n`;
}

/** WHO anthro's (anthroplus's) table as CSV: its columns, its group labels; NA is an empty cell. */
export function anthroTableCsv(t: AnthroTable, table: CsvTable): void {
  table.row(t.columns);
  for (const row of t.rows) table.row(t.columns.map((c) => row[c]));
}

/** WHO anthro's table as JSON: an array of rows keyed by WHO's column names (NA as null). */
export function anthroTableJson(t: AnthroTable): string {
  return `${JSON.stringify(t.rows, null, 2)}\n`;
}
