/**
 * The audit: z-scores and categories that other software produced, compared
 * with WHO's on the same records.
 */
import { scoreColumns, type ScoreColumnsInput } from "../score/score-columns.js";
import { checkChoice, checkColumn, checkObject, checkOptions } from "../util/checks.js";
import { AuditAccumulator, CATEGORY_FIELDS, Z_FIELDS } from "./audit-accumulator.js";
import type { AuditField, AuditReport, CheckScoresOptions } from "./types.js";

const OPTION_KEYS = ["categories", "rows"];

/**
 * Audits z-scores and categories other software computed: scores the same
 * records as WHO's software does ({@link scoreColumns}, {@link categoryColumns}),
 * and for each external field counts the rows that differ at WHO's 2
 * decimals, those in another WHO band or category (misclassified), and those
 * where only one side has a value; with a confusion table of bands and the
 * prevalences of stunting, underweight, wasting and overweight both ways.
 *
 * @param columns - the measurements, as for {@link scoreColumns}
 * @param external - the other software's values, by field: z-scores (`zlen`, `zwei`, `zwfl`, `zbmi`, `zhc`, `zac`, `zts`, `zss`, `zhfa`, `zwfa`, `zbfa`; numbers or numeric text, a decimal comma accepted) or categories (`cat_len`, `cat_wei`, `cat_wfl`, `cat_bmi`, `cat_hfa`, `cat_wfa`, `cat_bfa`, `cat_acute`; codes or the labels tumbuh writes, English or Indonesian)
 * @param options - the scheme of the categories, and whether to list disagreeing rows
 * @returns the report
 * @throws TypeError / RangeError for misuse: unknown fields or options, columns of unequal length, an unknown scheme
 *
 * @example
 * // An app that reported weight-for-age from a whole-month table:
 * const r = checkScores(
 *   { sex: [1, 2], ageDays: [400, 700], weightKg: [8.1, 9.2] },
 *   { zwei: [-1.8, -2.02] }, // WHO: -1.83 and -1.69
 * );
 * r.indicators.zwei!.differ; // => 2
 * r.indicators.zwei!.misclassified; // => 1
 * @category Audit
 */
export function checkScores(columns: ScoreColumnsInput, external: Readonly<Partial<Record<AuditField, ArrayLike<unknown>>>>, options?: CheckScoresOptions): AuditReport {
  const caller = "checkScores";
  const o = checkOptions(options, OPTION_KEYS, caller);
  const scheme = o.categories === undefined ? "who" : checkChoice(o.categories, ["who", "permenkes"] as const, caller, "options.categories");
  const listRows = o.rows === undefined ? false : checkChoice(o.rows, [true, false], caller, "options.rows");
  const ext = checkObject(external, [...Z_FIELDS, ...CATEGORY_FIELDS], caller, "external");
  const scored = scoreColumns(columns);
  const n = scored.length;
  const given = Object.keys(ext).filter((k) => ext[k] !== undefined) as AuditField[];
  for (const f of given) checkColumn(ext[f], n, caller, `external.${f}`, "columns.sex");
  const audit = new AuditAccumulator(given, scheme, caller);
  const disagree = new Map<AuditField, number[]>(given.map((f) => [f, []]));
  audit.add(columns, scored, n, ext as Partial<Record<AuditField, ArrayLike<unknown>>>, listRows ? (row, field) => disagree.get(field)!.push(row) : undefined);
  const report = audit.report();
  if (!listRows) return report;
  const rows: Partial<Record<AuditField, Uint32Array>> = {};
  for (const [field, list] of disagree) rows[field] = Uint32Array.from(list);
  return { ...report, rows };
}
