/**
 * The newborn indicators in `tumbuh prevalence`'s output (see
 * `columns/birth-outcomes.ts`): for all children, by sex and by each
 * grouping column, rows of the long table (indicator `preterm`, `LBW` or
 * `SGA`, statistic `prevalence`) and a `newborn` member of the JSON.
 */
import { BIRTH_INDICATORS, type BirthCounts, type BirthEstimates } from "../../columns/birth-outcomes.js";
import type { CsvTable } from "../../csv/table.js";
import type { TableExtras } from "./tables.js";

/** An area of the newborn indicators. */
export interface NewbornGroup {
  /** `all`, `sex`, or a grouping column. */
  readonly breakdown: string;
  readonly label: string;
  readonly estimates: BirthEstimates;
}

/**
 * The groups: all children, each sex (1 Male, 2 Female), then each value of
 * each grouping column in order of appearance (a blank value is in no group).
 */
export function newbornGroups(births: BirthCounts, names: readonly string[]): NewbornGroup[] {
  const out: NewbornGroup[] = [{ breakdown: "all", label: "All", estimates: births.estimates() }];
  for (const [code, label] of [[1, "Male"], [2, "Female"]] as const) out.push({ breakdown: "sex", label, estimates: births.sexEstimates(code) });
  names.forEach((name, g) => {
    for (const [value, estimates] of births.groupEstimates(g)) if (value !== "") out.push({ breakdown: name, label: value, estimates });
  });
  return out;
}

/** Writes the groups as rows of the long table (the columns of `prevalenceColumns`). */
export function newbornTableRows(groups: readonly NewbornGroup[], extras: TableExtras, table: CsvTable): void {
  for (const g of groups) {
    for (const name of BIRTH_INDICATORS) {
      const e = g.estimates[name];
      // a simple random sample: a design effect of 1, and every child counts once; withheld below --min-n as the indicators are
      const withheld = e.n < extras.minN;
      const [r, se, ll, ul] = withheld ? [null, null, null, null] : [e.r, e.se, e.ll, e.ul];
      table.row([
        g.breakdown, g.label, name, "prevalence", r, se, ll, ul, null, withheld ? null : 1, e.n, e.n, e.n,
        ...(extras.significance ? [null] : []),
        ...(extras.minN > 0 ? [withheld ? `n<${extras.minN}` : null] : []),
      ]);
    }
  }
}
