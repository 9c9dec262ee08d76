/**
 * `tumbuh skdn --register FILE`: registered children (sasaran) per group
 * and month, from a CSV with the `--by` columns (same header names),
 * `month` (YYYY-MM), `s` and optionally `k`.
 */
import type { SkdnRegister } from "../../../index.js";
import { describeHeader } from "../../columns/column-map.js";
import { dataError } from "../../io/errors.js";
import { parseNumber } from "../../csv/number.js";
import { readSmallCsv } from "../../csv/small-file.js";

/**
 * Reads the register for the grouping columns `by`.
 * @throws CliError (exit 1) when the file cannot be read or lacks a column
 */
export async function readRegisterFile(path: string, by: readonly string[]): Promise<SkdnRegister> {
  const table = await readSmallCsv(path, "--register");
  const keys = table.header.map((h) => h.trim().toLowerCase());
  const column = (name: string, required: boolean): number => {
    const i = keys.indexOf(name.toLowerCase());
    if (i < 0 && required) {
      throw dataError(`--register ${path}: no column "${name}"; it has ${describeHeader(table.header)} (it needs the --by columns, month, s and optionally k)`);
    }
    return i;
  };
  const groupAt = by.map((name) => column(name, true));
  const monthAt = column("month", true);
  const sAt = column("s", true);
  const kAt = column("k", false);
  const cell = (row: readonly string[], i: number): string => (i < row.length ? row[i]! : "");
  const number = (row: readonly string[], i: number): number => {
    const c = cell(row, i);
    return parseNumber(c, 0, c.length, table.delimiter === ";");
  };
  const groups = Object.fromEntries(by.map((name, j) => [name, table.rows.map((row) => cell(row, groupAt[j]!).trim())]));
  return {
    ...(by.length > 0 ? { groups } : {}),
    month: table.rows.map((row) => cell(row, monthAt).trim()),
    s: Float64Array.from(table.rows, (row) => number(row, sAt)),
    ...(kAt < 0 ? {} : { k: Float64Array.from(table.rows, (row) => number(row, kAt)) }),
  };
}
