/**
 * The tables of `tumbuh report`: aligned plain text (columns padded, an
 * optional second header line spanning column groups) or markdown.
 */

export interface ReportColumn {
  readonly head: string;
  /** A label spanning this column and the next ones with the same group (text: a line above; markdown: a prefix). */
  readonly group?: string;
  readonly align: "left" | "right";
}

export type ReportRow =
  | { readonly kind: "row"; readonly cells: readonly string[]; readonly indent: boolean }
  | { readonly kind: "section"; readonly label: string };

export interface ReportTable {
  /** The first column (the area) comes first and is left-aligned. */
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportRow[];
}

const GAP = "  ";
const INDENT = "  ";

/** The table as aligned text lines (without trailing spaces). */
export function textTable(t: ReportTable): string[] {
  const cols = t.columns;
  const widths = cols.map((c) => c.head.length);
  for (const r of t.rows) {
    if (r.kind === "section") continue;
    r.cells.forEach((cell, k) => {
      const w = cell.length + (k === 0 && r.indent ? INDENT.length : 0);
      if (w > widths[k]!) widths[k] = w;
    });
  }
  // column groups: widen the last column of a span when its label is longer
  const spans: { from: number; to: number; label: string }[] = [];
  cols.forEach((c, k) => {
    if (c.group === undefined) return;
    const last = spans[spans.length - 1];
    if (last !== undefined && last.label === c.group && last.to === k - 1) last.to = k;
    else spans.push({ from: k, to: k, label: c.group });
  });
  for (const s of spans) {
    let w = 0;
    for (let k = s.from; k <= s.to; k++) w += widths[k]! + (k > s.from ? GAP.length : 0);
    if (s.label.length > w) widths[s.to] = widths[s.to]! + s.label.length - w;
  }
  const line = (cells: readonly string[], indent = false) =>
    cells
      .map((cell, k) => {
        const text = k === 0 && indent ? INDENT + cell : cell;
        return cols[k]!.align === "right" ? text.padStart(widths[k]!) : text.padEnd(widths[k]!);
      })
      .join(GAP)
      .trimEnd();
  const out: string[] = [];
  if (spans.length > 0) {
    const groupLine: string[] = [];
    let k = 0;
    while (k < cols.length) {
      const s = spans.find((x) => x.from === k);
      if (s === undefined) {
        groupLine.push(" ".repeat(widths[k]!));
        k++;
        continue;
      }
      let w = 0;
      for (let j = s.from; j <= s.to; j++) w += widths[j]! + (j > s.from ? GAP.length : 0);
      groupLine.push(s.label.padEnd(w));
      k = s.to + 1;
    }
    out.push(groupLine.join(GAP).trimEnd());
  }
  out.push(line(cols.map((c) => c.head)));
  for (const r of t.rows) out.push(r.kind === "section" ? r.label : line(r.cells, r.indent));
  return out;
}

function mdCell(s: string): string {
  return s.replace(/\|/g, "\\|");
}

/** The table in markdown (GitHub tables); section rows are bold rows. */
export function markdownTable(t: ReportTable): string[] {
  const cols = t.columns;
  const head = cols.map((c) => mdCell(c.group === undefined ? c.head : `${c.group} ${c.head}`));
  const out = [`| ${head.join(" | ")} |`, `|${cols.map((c) => (c.align === "right" ? "---:" : ":---")).join("|")}|`];
  for (const r of t.rows) {
    if (r.kind === "section") out.push(`| **${mdCell(r.label)}** |${" |".repeat(cols.length - 1)}`);
    else out.push(`| ${r.cells.map(mdCell).join(" | ")} |`);
  }
  return out;
}
