/**
 * The SKDN result as CSV: the indicator table (one row per group × month ×
 * age group × sex, as `skdn` returns them) and the case list (one row per
 * child and month weighed), and the JSON form of the table.
 */
import type { SkdnCases, SkdnResult, SkdnRow } from "../../../index.js";
import { CsvTable, percent1, type Cell } from "../../csv/table.js";

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
export function skdnTable(result: SkdnResult, groups: readonly string[], table: CsvTable): void {
  table.row([...groups, ...SKDN_COLUMNS]);
  for (const r of result.rows) table.row(rowCells(r, groups));
}

const SEX: Readonly<Record<number, string>> = { 1: "m", 2: "f" };

/** The cells of case `q`. */
export function caseCells(c: SkdnCases, q: number, groups: readonly string[]): Cell[] {
  return [
    ...groups.map((g) => c.group[q]![g]),
    c.month[q], c.childId[q], c.status[q], c.twoT[q], c.bgm[q], SEX[c.sex[q]!] ?? null,
    c.ageMonths[q], c.ageGroup[q], c.weightKg[q], c.previousWeightKg[q], c.previousMonth[q],
    c.gainG[q], c.kbmG[q], c.zwei[q], c.record[q]! + 1,
  ];
}

/** The JSON output: everything but the case list (which `--cases` writes). */
export function skdnJson(result: SkdnResult): string {
  const { cases: _, ...rest } = result;
  return `${JSON.stringify(rest, null, 2)}\n`;
}
