/**
 * The audit report as `tumbuh check` writes it: text for people, a long
 * CSV table (one statistic per row) for spreadsheets, and JSON (the
 * library's report, each field with the column it was read from).
 */
import type { AuditField, AuditReport, FieldAudit } from "../../../audit/types.js";
import { CsvTable } from "../../csv/table.js";

/** The report with each field's column, as JSON. */
export function checkJson(report: AuditReport, headers: ReadonlyMap<AuditField, string>): string {
  const indicators = Object.fromEntries(Object.entries(report.indicators).map(([f, a]) => [f, { header: headers.get(f as AuditField), ...a }]));
  return `${JSON.stringify({ ...report, indicators }, null, 2)}\n`;
}

const COUNTS = ["compared", "differ", "misclassified", "onlyExternal", "onlyWho", "unreadable", "maxAbsDiff", "meanDiff"] as const;

/** The long table: section, field, column, statistic, WHO's class, the column's class, value. */
export function checkCsv(report: AuditReport, headers: ReadonlyMap<AuditField, string>, table: CsvTable): void {
  table.row(["section", "field", "column", "statistic", "who", "external", "value"]);
  table.row(["records", null, null, "records", null, null, report.records]);
  for (const [f, a] of Object.entries(report.indicators) as [AuditField, FieldAudit][]) {
    const h = headers.get(f)!;
    for (const s of COUNTS) table.row(["summary", f, h, s, null, null, a[s]]);
    a.bands.forEach((row, w) => row.forEach((count, e) => table.row(["bands", f, h, "rows", a.classes[w], a.classes[e], count])));
  }
  for (const [name, p] of Object.entries(report.prevalence)) {
    if (p === undefined) continue;
    const h = headers.get(p.field)!;
    table.row(["prevalence", p.field, h, `${name}_rows`, null, null, p.rows]);
    table.row(["prevalence", p.field, h, name, p.who, p.external, p.change]);
  }
}

/** Total rows misclassified, over every field. */
export function misclassifiedTotal(report: AuditReport): number {
  return Object.values(report.indicators).reduce((s, a) => s + (a?.misclassified ?? 0), 0);
}

const fmt = (x: number, digits: number) => x.toFixed(digits);
const count = (k: number, of: number) => (of > 0 ? `${k} (${fmt((100 * k) / of, 1)} %)` : String(k));
const signed = (x: number | null, digits: number) => (x === null ? "–" : `${x > 0 ? "+" : ""}${fmt(x, digits)}`);

/** The text report. */
export function checkText(report: AuditReport, headers: ReadonlyMap<AuditField, string>): string {
  const out: string[] = [];
  const fields = Object.entries(report.indicators) as [AuditField, FieldAudit][];
  out.push("Audit against WHO (tumbuh check)", `Records: ${report.records}`, "");
  const width = Math.max(6, ...fields.map(([f, ]) => f.length + 2));
  const colWidth = Math.max(8, ...fields.map(([f]) => headers.get(f)!.length + 2));
  out.push(
    `${"field".padEnd(width)}${"column".padEnd(colWidth)}${"compared".padStart(9)}  ${"differ".padEnd(16)}${"misclassified".padEnd(16)}` +
      `${"only col.".padStart(10)}${"only WHO".padStart(10)}${"unreadable".padStart(12)}${"max |diff|".padStart(12)}${"mean diff".padStart(11)}`,
  );
  for (const [f, a] of fields) {
    out.push(
      `${f.padEnd(width)}${headers.get(f)!.padEnd(colWidth)}${String(a.compared).padStart(9)}  ${count(a.differ, a.compared).padEnd(16)}` +
        `${count(a.misclassified, a.compared).padEnd(16)}${String(a.onlyExternal).padStart(10)}${String(a.onlyWho).padStart(10)}` +
        `${String(a.unreadable).padStart(12)}${(a.maxAbsDiff === null ? "–" : fmt(a.maxAbsDiff, 2)).padStart(12)}${signed(a.meanDiff, 3).padStart(11)}`,
    );
  }
  for (const [f, a] of fields) {
    if (a.unreadable > 0) out.push(`  ${f}: ${a.unreadable} value(s) of ${headers.get(f)} could not be read, e.g. ${JSON.stringify(a.unreadableExample)}`);
  }
  for (const [f, a] of fields) {
    out.push("", `${f} (${headers.get(f)}): rows by WHO's ${a.kind === "z" ? "band" : "category"} (down) and the column's (across)`);
    // z bands are short enough to head the columns; categories are numbered
    const heads = a.kind === "z" ? a.classes : a.classes.map((_, k) => `(${k + 1})`);
    const rowNames = a.kind === "z" ? a.classes : a.classes.map((c, k) => `(${k + 1}) ${c}`);
    const lw = Math.max(...rowNames.map((c) => c.length)) + 2;
    const cw = Math.max(8, ...heads.map((c) => c.length + 2), ...a.bands.flat().map((k) => String(k).length + 2));
    out.push(`  ${"".padEnd(lw)}${heads.map((c) => c.padStart(cw)).join("")}`);
    a.bands.forEach((row, w) => out.push(`  ${rowNames[w]!.padEnd(lw)}${row.map((k) => String(k).padStart(cw)).join("")}`));
  }
  const prevalence = Object.entries(report.prevalence);
  if (prevalence.length > 0) {
    out.push("", "Prevalence (%) on the rows both sides have (WHO's flagged values left out)");
    out.push(`  ${"".padEnd(13)}${"field".padEnd(10)}${"rows".padStart(8)}${"WHO".padStart(9)}${"column".padStart(9)}${"change".padStart(10)}`);
    for (const [name, p] of prevalence) {
      if (p === undefined) continue;
      const pc = (x: number | null) => (x === null ? "–" : fmt(x, 1));
      out.push(`  ${name.padEnd(13)}${p.field.padEnd(10)}${String(p.rows).padStart(8)}${pc(p.who).padStart(9)}${pc(p.external).padStart(9)}${signed(p.change, 1).padStart(10)}`);
    }
  }
  const total = misclassifiedTotal(report);
  const parts = fields.filter(([, a]) => a.misclassified > 0).map(([f, a]) => `${f} ${a.misclassified}`);
  out.push(
    "",
    total > 0
      ? `Result: ${total} value(s) misclassified (${parts.join(", ")}): exit status 1`
      : "Result: no value misclassified: exit status 0",
  );
  return `${out.join("\n")}\n`;
}
