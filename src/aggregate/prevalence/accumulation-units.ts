/**
 * The groups (domains) of all breakdowns as sums of cells: each row belongs
 * to one cell per accumulation unit, each cell adds to the groups of the
 * breakdowns it crosses, so that the survey variance visits a row once per
 * unit rather than once per group.
 * @internal
 */
import type { Breakdown } from "./breakdowns.js";
import type { AccumulationUnits } from "./survey-variance.js";

/** Breakdowns whose level combinations number at most this are accumulated together (one cell per combination). */
const MERGE_LIMIT = 2048;

/**
 * Accumulation units for the survey variance: consecutive breakdowns are
 * merged while the product of their (levels + 1) stays small, so that each
 * row is added once per unit and the groups are sums of cells.
 * @internal
 */
export function buildUnits(breakdowns: readonly Breakdown[], offsets: readonly number[], rows: Int32Array): AccumulationUnits {
  const groups: number[][] = [];
  let cur: number[] = [];
  let prod = 1;
  breakdowns.forEach((b, bi) => {
    const f = b.labels.length + 1;
    if (cur.length > 0 && prod * f > MERGE_LIMIT) {
      groups.push(cur);
      cur = [];
      prod = 1;
    }
    cur.push(bi);
    prod *= f;
  });
  if (cur.length > 0) groups.push(cur);
  const units: Int32Array[] = [];
  const unitOffsets: number[] = [];
  const cellStart: number[] = [0];
  const cellDomains: number[] = [];
  let cells = 0;
  for (const g of groups) {
    unitOffsets.push(cells);
    if (g.length === 1) {
      const b = breakdowns[g[0]!]!;
      units.push(b.codes);
      for (let l = 0; l < b.labels.length; l++) {
        cellDomains.push(offsets[g[0]!]! + l);
        cellStart.push(cellDomains.length);
      }
      cells += b.labels.length;
      continue;
    }
    const radix: number[] = [];
    let size = 1;
    for (const bi of g) {
      radix.push(size);
      size *= breakdowns[bi]!.labels.length + 1;
    }
    const table = new Int32Array(size).fill(-1);
    const keys: number[] = [];
    const codes = new Int32Array(breakdowns[g[0]!]!.codes.length).fill(-1);
    const cols = g.map((bi) => breakdowns[bi]!.codes);
    for (let ri = 0; ri < rows.length; ri++) {
      const i = rows[ri]!;
      let key = 0;
      for (let k = 0; k < cols.length; k++) key += (cols[k]![i]! + 1) * radix[k]!;
      if (key === 0) continue;
      let c = table[key]!;
      if (c < 0) {
        c = keys.length;
        table[key] = c;
        keys.push(key);
      }
      codes[i] = c;
    }
    units.push(codes);
    for (const key of keys) {
      g.forEach((bi, k) => {
        const level = Math.floor(key / radix[k]!) % (breakdowns[bi]!.labels.length + 1) - 1;
        if (level >= 0) cellDomains.push(offsets[bi]! + level);
      });
      cellStart.push(cellDomains.length);
    }
    cells += keys.length;
  }
  return { units, unitOffsets, cells, cellStart: Int32Array.from(cellStart), cellDomains: Int32Array.from(cellDomains) };
}
