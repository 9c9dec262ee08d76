/**
 * Reads a small CSV file whole (a register of registered children, say):
 * the same rules as the main input — UTF-8 with or without BOM, comma or
 * semicolon detected from the header, RFC 4180 quoting — into rows of
 * cells.
 */
import { readFile } from "node:fs/promises";
import { CsvReader } from "./reader.js";
import { detectDelimiter } from "./delimiter.js";
import { dataError } from "../io/errors.js";
import { describeFsError } from "../io/input.js";

export interface SmallTable {
  readonly delimiter: string;
  /** Header cells, unquoted. */
  readonly header: readonly string[];
  /** Data rows (blank lines skipped), unquoted cells. */
  readonly rows: readonly (readonly string[])[];
}

/**
 * Reads `path`.
 * @param what - how messages name the file, e.g. "--register"
 * @throws CliError (exit 1) when the file cannot be read, is not UTF-8, is empty or malformed
 */
export async function readSmallCsv(path: string, what: string): Promise<SmallTable> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw dataError(`${what} ${path}: cannot read it: ${describeFsError(e)}`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw dataError(`${what} ${path} is not valid UTF-8; save it as UTF-8 (in Excel: "CSV UTF-8")`);
  }
  const delimiter = detectDelimiter(text, true)!;
  let header: string[] | undefined;
  const rows: string[][] = [];
  const reader = new CsvReader(delimiter, (r, start, end) => {
    if (r.count === 1 && start === end) return true;
    const cells = Array.from({ length: r.count }, (_, k) => r.cell(k));
    if (header === undefined) header = cells;
    else {
      if (cells.length > header.length) {
        throw dataError(`${what} ${path}: line ${r.recordLine}: ${cells.length} cells, but the header has ${header.length}`);
      }
      rows.push(cells);
    }
    return true;
  });
  try {
    reader.push(text);
    reader.scan(true);
  } catch (e) {
    throw dataError(`${what} ${path}: ${(e as Error).message}`);
  }
  if (header === undefined) throw dataError(`${what} ${path}: no header row (the file is empty)`);
  return { delimiter, header, rows };
}
