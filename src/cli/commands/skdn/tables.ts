/**
 * The SKDN result as CSV: the indicator table (one row per group × month ×
 * age group × sex, as `skdn` returns them) and the case list (one row per
 * child and month weighed), and the JSON form of the table.
 */
import type { SkdnRow } from "../../../index.js";
import type { CaseLine, SkdnTables } from "../../../aggregate/skdn/skdn-accumulator.js";
import { CsvTable, percent1, type Cell } from "../../csv/table.js";
import { KBM_GRAMS } from "../../../aggregate/skdn/kbm.js";
import { DEFAULT_DS_TARGET_PCT } from "../../../aggregate/skdn/skdn.js";

/** The indicator columns after the group columns. */
export const SKDN_COLUMNS = [
  "month", "age_group", "sex",
  "S", "s_source", "K", "k_source", "D", "N", "T", "O", "B", "2T", "BGM", "BGM_unknown",
  "K/S", "D/S", "N/D", "N/S", "BGM/D", "D_shortfall",
] as const;

/** The case list's columns after the group columns (`child_id` is the --id header). */
export function caseColumns(idHeader: string): string[] {
  return ["month", idHeader, "status", "2T", "BGM", "sex", "age_months", "age_group", "weight", "previous_weight", "previous_month", "gain_g", "kbm_g", "zwei", "row"];
}

function rowCells(r: SkdnRow, groups: readonly string[]): Cell[] {
  return [
    ...groups.map((g) => r.group[g]),
    r.month, r.ageGroup, r.sex,
    r.s, r.sSource, r.k, r.kSource, r.d, r.n, r.t, r.o, r.b, r.twoT, r.bgm, r.bgmUnknown,
    percent1(r.kPerS), percent1(r.dPerS), percent1(r.nPerD), percent1(r.nPerS), percent1(r.bgmPerD), r.dShortfall,
  ];
}

/** Writes the indicator table into `table`. */
export function skdnTable(result: Pick<SkdnTables, "rows">, groups: readonly string[], table: CsvTable): void {
  table.row([...groups, ...SKDN_COLUMNS]);
  for (const r of result.rows) table.row(rowCells(r, groups));
}

const SEX: Readonly<Record<number, string>> = { 1: "m", 2: "f" };

/** The cells of a case line. */
export function caseCells(c: Readonly<CaseLine>, groups: readonly string[]): Cell[] {
  return [
    ...groups.map((g) => c.group[g]),
    c.month, c.childId, c.status, c.twoT, c.bgm, SEX[c.sex] ?? null,
    c.ageMonths, c.ageGroup, c.weightKg, c.previousWeightKg, c.previousMonth,
    c.gainG, c.kbmG, c.zwei, c.record + 1,
  ];
}

/** The JSON output: everything but the case list (which `--cases` writes), as `skdn()` returns it. */
export function skdnJson(t: SkdnTables): string {
  const { months, dataMonths, groups, rows, issues } = t;
  return `${JSON.stringify({ months, dataMonths, groups, rows, issues, kbmGrams: KBM_GRAMS, dsTargetPct: DEFAULT_DS_TARGET_PCT }, null, 2)}\n`;
}
