/** A small CSV reader for test fixtures (RFC 4180 quoting, CRLF or LF). */
import { readFileSync } from "node:fs";

export interface Csv {
  header: string[];
  rows: string[][];
  /** The cells of a column (by name; `nth` picks among duplicate names). */
  col(name: string, nth?: number): string[];
  /** A numeric column: empty and "NA" cells are NaN. */
  num(name: string, nth?: number): number[];
}

/** Rows of cells; `delimiter` is a comma unless given (`;` for Indonesian spreadsheet exports). */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      out.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    out.push(row);
  }
  return out;
}

export function readCsv(path: string): Csv {
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8"));
  const index = (name: string, nth = 0) => {
    const hits = header!.flatMap((h, i) => (h === name ? [i] : []));
    if (hits[nth] === undefined) throw new Error(`no column ${name} (#${nth}) in ${path}`);
    return hits[nth]!;
  };
  return {
    header: header!,
    rows,
    col: (name, nth) => {
      const i = index(name, nth);
      return rows.map((r) => r[i] ?? "");
    },
    num: (name, nth) => {
      const i = index(name, nth);
      return rows.map((r) => (r[i] === undefined || r[i] === "" || r[i] === "NA" ? Number.NaN : Number(r[i])));
    },
  };
}
