/**
 * The data quality report as plain text, in English or Bahasa Indonesia.
 */
import { printable } from "../../util/printable.js";
import { checkChoice, checkObject } from "../../util/checks.js";
import { formatReportNumber } from "../../util/number-text.js";
import type { DigitPreference } from "./digit-preference.js";
import { QUALITY_LABELS, type QualityLabels } from "./labels.js";
import { QUALITY_THRESHOLDS } from "./thresholds.js";
import type { CompletenessItem, QualityGroupReport, QualityReport, QualitySummary } from "./types.js";
import type { SmartCriterion, SmartPlausibility } from "../smart/plausibility.js";

/**
 * Options of {@link formatQualityReport}.
 * @category Aggregation
 */
export interface FormatQualityOptions {
  /**
   * Language of the text: English or Bahasa Indonesia (labels, month names,
   * decimal comma and thousands dot).
   * @defaultValue "en"
   */
  readonly lang?: "en" | "id";
}

const OPTION_KEYS = ["lang"];
const Z_KEYS = ["zlen", "zwei", "zwfl", "zbmi"] as const;
const CORE_Z = ["zlen", "zwei", "zwfl"] as const;

/** A number as the report prints it, in the labels' language. */
const num = (x: number | null, digits: number, L: QualityLabels): string => formatReportNumber(x, digits, L);

/** `s` padded to `width`, or followed by two spaces when it is longer. */
function cell(s: string, width: number): string {
  return s.length >= width ? `${s}  ` : s.padEnd(width);
}

function percent(x: number | null, digits: number, L: QualityLabels): string {
  return x === null ? "–" : `${num(x, digits, L)} %`;
}

function pValue(p: number | null, L: QualityLabels): string {
  if (p === null) return "p = –";
  return p < 0.001 ? `p < ${num(0.001, 3, L)}` : `p = ${num(p, 3, L)}`;
}

function completenessLine(label: string, it: CompletenessItem, L: QualityLabels): string {
  const count = (k: number, p: number | null): string => `${num(k, 0, L)} (${percent(p, 1, L)})`;
  return `  ${cell(label, 44)}${cell(count(it.missing, it.missingPct), 20)}${count(it.invalid, it.invalidPct)}`;
}

function digitLine(label: string, d: DigitPreference, L: QualityLabels): string {
  const cells = d.pct.map((p) => num(p, 1, L).padStart(6)).join("");
  const grade = d.rating === null ? "" : L.ratings[d.rating];
  return `  ${cell(`${label} (n = ${num(d.n, 0, L)})`, 34)}${cells}${num(d.dps, 1, L).padStart(8)}  ${grade}`;
}

function summaryLines(r: QualitySummary, L: QualityLabels): string[] {
  const out: string[] = [];
  out.push(`${L.records}: ${num(r.records, 0, L)}`, "");

  out.push(`${cell(L.completeness, 46)}${cell(L.missing, 20)}${L.invalid}`);
  const c = r.completeness;
  if (c.dateOfBirth) out.push(completenessLine(L.items.dateOfBirth, c.dateOfBirth, L));
  if (c.visitDate) out.push(completenessLine(L.items.visitDate, c.visitDate, L));
  out.push(completenessLine(L.items.age, c.age, L));
  out.push(completenessLine(L.items.sex, c.sex, L));
  if (c.weight) out.push(completenessLine(L.items.weight, c.weight, L));
  if (c.lenhei) out.push(completenessLine(L.items.lenhei, c.lenhei, L));
  if (c.measure) out.push(completenessLine(`${L.items.measure}, n = ${num(c.measure.n, 0, L)}`, c.measure, L));
  out.push("");

  const s = r.sexRatio;
  const [lo, hi] = QUALITY_THRESHOLDS.sexRatioRange;
  out.push(
    `${L.sexRatio}: ${num(s.ratio, 2, L)} (${num(s.boys, 0, L)} ${L.boys}, ${num(s.girls, 0, L)} ${L.girls}); ` +
      `${L.expected} ${num(lo, 2, L)}–${num(hi, 2, L)}`,
  );
  out.push(`  ${L.testAgainst} ${num(s.expectedRatio, 2, L)}: ${pValue(s.pValue, L)}${s.rating ? ` (${L.ratings[s.rating]})` : ""}`, "");

  const a = r.age;
  out.push(`${L.ageDistribution}: n = ${num(a.n, 0, L)}; ${num(a.outOfRange, 0, L)} ${L.agedOver}`);
  out.push(`  ${L.byYear}`);
  a.byYear.forEach((k, y) => out.push(`    ${String(y).padStart(2)}  ${num(k, 0, L).padStart(8)}  ${percent(a.n > 0 ? (100 * k) / a.n : null, 1, L).padStart(8)}`));
  out.push(`  ${L.byMonth}`);
  for (let m = 0; m < a.byMonth.length; m += 12) {
    const row = a.byMonth.slice(m, m + 12).map((k) => num(k, 0, L).padStart(7)).join("");
    out.push(`    ${`${m}–${m + 11}`.padStart(5)}${row}`);
  }
  if (a.byBirthMonth) {
    out.push(`  ${L.byBirthMonth}`);
    out.push(`         ${L.months.map((m) => m.padStart(7)).join("")}`);
    out.push(`         ${a.byBirthMonth.map((k) => num(k, 0, L).padStart(7)).join("")}`);
  }
  const h = a.heaping;
  out.push(
    `  ${L.heaping}, n = ${num(h.n, 0, L)}: ${L.wholeYears} ${percent(h.wholeYearPct, 1, L)}, ` +
      `${L.halfYears} ${percent(h.halfYearPct, 1, L)} (${L.expectedEach}); ${pValue(h.pValue, L)}`,
  );
  out.push("");

  const dw = r.digitPreference.weight;
  const dl = r.digitPreference.lenhei;
  if (dw || dl) {
    const digits = Array.from({ length: 10 }, (_, d) => String(d).padStart(6)).join("");
    out.push(L.digitPreference, `${"".padEnd(36)}${digits}${"DPS".padStart(8)}  ${L.grade}`);
    if (dw) out.push(digitLine(L.items.weight, dw, L));
    if (dl) out.push(digitLine(L.items.lenhei, dl, L));
    out.push("");
  }

  out.push(L.zScores);
  out.push(
    `  ${"".padEnd(6)}${"n".padStart(8)}  ${L.flagged.padEnd(16)}${L.mean.padStart(7)}${"SD".padStart(7)}  ` +
      `${L.sdVsDhs.padEnd(10)}${L.skewness.padEnd(24)}${L.kurtosis}`,
  );
  for (const key of Z_KEYS) {
    const zd = r.zScores[key];
    const shape = (x: number | null, g: string | null): string => `${num(x, 2, L).padStart(6)} ${g ? L.ratings[g as keyof typeof L.ratings] : ""}`;
    out.push(
      `  ${L.indicators[key].padEnd(6)}${num(zd.n, 0, L).padStart(8)}  ` +
        `${`${num(zd.flagged, 0, L)} (${percent(zd.flaggedPct, 2, L)})`.padEnd(16)}` +
        `${num(zd.mean, 2, L).padStart(7)}${num(zd.sd, 2, L).padStart(7)}  ` +
        `${(zd.sdVsReference ? L.sdPosition[zd.sdVsReference] : "–").padEnd(10)}` +
        `${shape(zd.skewness, zd.skewnessRating).padEnd(24)}${shape(zd.excessKurtosis, zd.kurtosisRating)}`,
    );
  }
  out.push("");

  out.push(...plausibilityLines(r, L), "");

  const limit = QUALITY_THRESHOLDS.flaggedPctMax;
  const over = Z_KEYS.filter((k) => (r.zScores[k].flaggedPct ?? 0) > limit).map((k) => L.indicators[k]);
  const ranges = Z_KEYS.map((k) => {
    const [a0, a1] = QUALITY_THRESHOLDS.sdReference[k];
    return `${L.indicators[k]} ${num(a0, 2, L)}–${num(a1, 2, L)}`;
  }).join(", ");
  out.push(`${L.notes}:`);
  out.push(`  - ${over.length > 0 ? L.noteFlaggedOver(over.join(", "), num(limit, 0, L)) : L.noteFlaggedOk(num(limit, 0, L))}`);
  out.push(`  - ${L.noteSd(ranges)}`);
  out.push(`  - ${L.noteExcluded}`);
  return out;
}

/** The SMART plausibility check: one line per criterion (value, grade, points), the total, and the flags. */
function plausibilityLines(r: QualitySummary, L: QualityLabels): string[] {
  const s: SmartPlausibility = r.plausibility;
  const C = L.plausibilityColumns;
  const line = (label: string, value: string, c: Pick<SmartCriterion, "grade" | "penalty"> | null): string =>
    `  ${cell(label, 40)}${value.padStart(9)}  ${cell(c?.grade ? L.ratings[c.grade] : "–", 16)}${c?.grade ? String(c.penalty).padStart(4) : "".padStart(4)}`;
  const p = (x: number | null) => (x === null ? "–" : x < 0.001 ? `<${num(0.001, 3, L)}` : num(x, 3, L));
  const out = [L.plausibility, `  ${"".padEnd(40)}${C.value.padStart(9)}  ${cell(C.grade, 16)}${C.points.padStart(4)}`];
  const K = L.criteria;
  out.push(line(K.flaggedWhz, num(s.flaggedWhz.value, 2, L), s.flaggedWhz));
  out.push(line(K.sexRatio, p(s.sexRatio.value), s.sexRatio));
  out.push(line(K.ageRatio, p(s.ageRatio.value), s.ageRatio));
  out.push(line(K.dpsWeight, num(s.dpsWeight.value, 0, L), s.dpsWeight));
  out.push(line(K.dpsHeight, num(s.dpsHeight.value, 0, L), s.dpsHeight));
  out.push(line(K.sdWhz, num(s.sdWhz.value, 2, L), s.sdWhz));
  out.push(line(K.skewnessWhz, num(s.skewnessWhz.value, 2, L), s.skewnessWhz));
  out.push(line(K.kurtosisWhz, num(s.kurtosisWhz.value, 2, L), s.kurtosisWhz));
  out.push(s.poissonWhz === null ? `${line(K.poissonWhz, "–", null).trimEnd()}  (${L.noClusters})` : line(K.poissonWhz, p(s.poissonWhz.value), s.poissonWhz));
  out.push(line(L.total, "", s.grade === null ? null : { grade: s.grade, penalty: s.score }));
  out.push(`  ${L.smartWindow(num(s.whz.mean, 2, L), num(s.whz.lower, 2, L), num(s.whz.upper, 2, L))}`);
  const flags = Z_KEYS.map((k) => `${L.indicators[k]} ${num(r.zScores[k].smartFlagged, 0, L)} (${percent(r.zScores[k].smartFlaggedPct, 2, L)})`);
  out.push(`  ${L.smartFlags}: ${flags.join(", ")}`);
  return out;
}

function groupTable(groups: readonly QualityGroupReport[], L: QualityLabels): string[] {
  // group values come from the data: escaped, so that none can drive the terminal
  const label = (g: QualityGroupReport): string => Object.values(g.group).map((v) => (v === null ? L.missingValue : printable(v))).join(" / ");
  const width = Math.min(48, Math.max(8, ...groups.map((g) => label(g).length))) + 2;
  const G = L.groupColumns;
  const triple = (g: QualityGroupReport, f: (k: (typeof CORE_Z)[number]) => number | null, d: number): string =>
    CORE_Z.map((k) => num(f(k), d, L)).join(" / ");
  const out = [
    `${L.groups}`,
    `  ${"".padEnd(width)}${G.records.padStart(9)}${G.ageMissing.padStart(15)}${G.sexRatio.padStart(11)}` +
      `${G.dpsWeight.padStart(9)}${G.dpsLenhei.padStart(9)}  ${G.flagged.padEnd(32)}${G.sd.padEnd(24)}${G.smart}`,
  ];
  for (const g of groups) {
    const name = label(g);
    out.push(
      `  ${(name.length > width - 2 ? `${name.slice(0, width - 3)}…` : name).padEnd(width)}` +
        `${num(g.records, 0, L).padStart(9)}${num(g.completeness.age.missingPct, 1, L).padStart(15)}` +
        `${num(g.sexRatio.ratio, 2, L).padStart(11)}${num(g.digitPreference.weight?.dps ?? null, 1, L).padStart(9)}` +
        `${num(g.digitPreference.lenhei?.dps ?? null, 1, L).padStart(9)}  ` +
        `${triple(g, (k) => g.zScores[k].flaggedPct, 2).padEnd(32)}${triple(g, (k) => g.zScores[k].sd, 2).padEnd(24)}` +
        `${g.plausibility.grade === null ? "–" : `${g.plausibility.score} ${L.ratings[g.plausibility.grade]}`}`,
    );
  }
  return out;
}

/**
 * Renders a {@link qualityReport} as readable plain text (fixed-width
 * columns, one section per check, then a table with one line per group), in
 * English or Bahasa Indonesia. NA values print as "–".
 *
 * @param report - the result of {@link qualityReport}
 * @param options - `lang: "en"` (default) or `"id"`
 * @returns the text, lines separated by `\n`, ending without a newline
 * @throws TypeError when `report` is not a report or an option is unknown
 * @throws RangeError for a `lang` other than `"en"` or `"id"`
 *
 * @example
 * const report = qualityReport({ sex: [1, 2], ageMonths: [10, 20], weightKg: [8.5, 10.5] });
 * const text = formatQualityReport(report, { lang: "id" });
 * text.split("\n")[0]; // => "Laporan mutu data (pemeriksaan WHO–UNICEF 2019)"
 * text.includes("Rasio jenis kelamin (laki-laki per perempuan): 1,00"); // => true
 * @category Aggregation
 */
export function formatQualityReport(report: QualityReport, options?: FormatQualityOptions): string {
  const opts = checkObject(options ?? {}, OPTION_KEYS, "formatQualityReport", "options");
  const lang = checkChoice(opts.lang ?? "en", ["en", "id"] as const, "formatQualityReport", "options.lang");
  if (report === null || typeof report !== "object" || !("zScores" in report) || !Array.isArray(report.groups)) {
    throw new TypeError("formatQualityReport: report must be the result of qualityReport");
  }
  const L = QUALITY_LABELS[lang];
  const lines = [L.title, ...summaryLines(report, L)];
  if (report.groups.length > 0) lines.push("", ...groupTable(report.groups, L));
  return lines.join("\n");
}
