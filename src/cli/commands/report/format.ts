/**
 * The report as text (aligned tables, paragraphs wrapped at 100 columns) or
 * markdown, in English or Bahasa Indonesia (decimal comma, thousands dot).
 * Everything shown is in the JSON output too, at full precision.
 */
import { printable } from "../../../util/printable.js";
import { QUALITY_THRESHOLDS, type QualitySummary } from "../../../index.js";
import { REPORT_LABELS, type ReportLabels } from "./labels.js";
import type { ReportArea, ReportData, ReportEstimate } from "./model.js";
import { markdownTable, textTable, type ReportColumn, type ReportRow, type ReportTable } from "./table.js";

export interface FormatReportOptions {
  readonly lang: "en" | "id";
  readonly format: "text" | "markdown";
}

type Block =
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "table"; readonly table: ReportTable };

const WIDTH = 100;

function num(x: number | null | undefined, digits: number, L: ReportLabels): string {
  if (x === null || x === undefined || x !== x) return "–";
  let s = x.toFixed(digits);
  if (Number(s) === 0) s = s.replace("-", "");
  const negative = s.startsWith("-");
  const [int = "", frac] = (negative ? s.slice(1) : s).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, L.thousands);
  return (negative ? "-" : "") + grouped + (frac === undefined ? "" : L.decimal + frac);
}

const count = (x: number | null | undefined, L: ReportLabels) => num(x, 0, L);

function monthLabel(month: string, L: ReportLabels): string {
  const [y, m] = month.split("-");
  return `${L.monthNames[Number(m) - 1]} ${y}`;
}

/** Words wrapped at `width` columns; "<", "≥" … stay with the number after them, "%" with the number before. */
function wrap(text: string, width: number): string[] {
  const words: string[] = [];
  let glue = false;
  for (const w of text.split(" ")) {
    if ((glue || w === "%") && words.length > 0) words[words.length - 1] += ` ${w}`;
    else words.push(w);
    glue = /^\(?[<>≤≥=]$/.test(w);
  }
  const out: string[] = [];
  let line = "";
  for (const word of words) {
    if (line !== "" && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") out.push(line);
  return out;
}

/** The rows of a table: "All", then each --by column as a section of its groups; `cells` gives an area's cells after its name. */
function areaRows(data: ReportData, L: ReportLabels, include: (a: ReportArea) => boolean, cells: (a: ReportArea) => string[]): ReportRow[] {
  const rows: ReportRow[] = [];
  let section = "";
  for (const a of data.areas) {
    if (!include(a)) continue;
    if (a.breakdown === "all") {
      rows.push({ kind: "row", cells: [L.all, ...cells(a)], indent: false });
      continue;
    }
    if (a.breakdown !== section) {
      section = a.breakdown;
      rows.push({ kind: "section", label: L.byColumn(printable(section)) });
    }
    rows.push({ kind: "row", cells: [a.group === null ? L.missingValue : printable(a.group), ...cells(a)], indent: true });
  }
  return rows;
}

/** A column of estimates "17.2 (15.8–18.7)", the percentages aligned on the right when `pad`. */
function estimateCells(estimates: readonly (ReportEstimate | undefined)[], L: ReportLabels, pad: boolean): string[] {
  const rs = estimates.map((e) => (e === undefined ? "–" : num(e.r, 1, L)));
  const w = pad ? Math.max(...rs.map((r) => r.length)) : 0;
  return estimates.map((e, k) => {
    const r = rs[k]!.padStart(w);
    return e === undefined || e.r !== e.r ? r : `${r} (${num(e.ll, 1, L)}–${num(e.ul, 1, L)})`;
  });
}

function prevalenceTable(data: ReportData, L: ReportLabels, pad: boolean): ReportTable {
  const areas = data.areas;
  const H = L.prevalenceHeads;
  const keys = ["stunting", "severeStunting", "underweight", "wasting", "overweight"] as const;
  const columns: Record<(typeof keys)[number], string[]> = Object.fromEntries(
    keys.map((key) => [key, estimateCells(areas.map((a) => a.prevalence?.[key]), L, pad)]),
  ) as Record<(typeof keys)[number], string[]>;
  const index = new Map(areas.map((a, k) => [a, k]));
  return {
    columns: [
      { head: "", align: "left" },
      { head: H.n, align: "right" },
      ...keys.map((key): ReportColumn => ({ head: H[key], align: "left" })),
    ],
    rows: areaRows(data, L, () => true, (a) => [count(a.children, L), ...keys.map((key) => columns[key][index.get(a)!]!)]),
  };
}

/** The rates of 0 % with an interval of no width, as `stunting Puskesmas X (puskesmas)`: the first few, then how many more. */
function zeroRates(data: ReportData, L: ReportLabels): string | undefined {
  const keys = ["stunting", "severeStunting", "underweight", "wasting", "overweight"] as const;
  const found = data.areas.flatMap((a) =>
    keys.filter((key) => {
      const e = a.prevalence?.[key];
      return e !== undefined && e.n > 0 && e.r === 0 && e.ul === 0;
    }).map((key) => `${L.prevalenceHeads[key]} ${areaName(a, L)}`),
  );
  if (found.length === 0) return undefined;
  const shown = 3;
  return found.length <= shown ? found.join(", ") : `${found.slice(0, shown).join(", ")}, … (${count(found.length, L)})`;
}

/** The newborn indicators of each area: each estimate with its CI and n. */
function newbornTable(data: ReportData, L: ReportLabels, pad: boolean): ReportTable {
  const keys = [["preterm", L.newbornHeads.preterm], ["LBW", L.newbornHeads.lbw], ["SGA", L.newbornHeads.sga]] as const;
  const index = new Map(data.areas.map((a, k) => [a, k]));
  const columns = keys.map(([key]) => estimateCells(data.areas.map((a) => a.newborn?.[key]), L, pad));
  return {
    columns: [{ head: "", align: "left" }, ...keys.flatMap(([, head]): ReportColumn[] => [{ head, align: "left" }, { head: "n", align: "right" }])],
    rows: areaRows(data, L, () => true, (a) => keys.flatMap(([key], j) => [columns[j]![index.get(a)!]!, count(a.newborn?.[key].n, L)])),
  };
}

function significanceTable(data: ReportData, L: ReportLabels): ReportTable {
  const H = L.prevalenceHeads;
  const label = (e: { significance: keyof ReportLabels["significance"] | null } | undefined) => (e?.significance ? L.significance[e.significance] : "–");
  return {
    columns: [{ head: "", align: "left" }, { head: H.stunting, align: "left" }, { head: H.wasting, align: "left" }, { head: H.overweight, align: "left" }],
    rows: areaRows(data, L, () => true, (a) => [label(a.prevalence?.stunting), label(a.prevalence?.wasting), label(a.prevalence?.overweight)]),
  };
}

function skdnTable(data: ReportData, L: ReportLabels): ReportTable {
  const heads = ["S", "K", "D", "N", "2T", "BGM", "K/S %", "D/S %", "N/D %", L.skdnHeads.shortfall];
  return {
    columns: [{ head: "", align: "left" }, ...[...heads, L.skdnHeads.refer].map((head): ReportColumn => ({ head, align: "right" }))],
    rows: areaRows(data, L, () => true, (a) => {
      const s = a.skdn;
      if (s === null) return [...heads.map(() => "–"), count(a.toRefer, L)];
      return [
        count(s.s, L), count(s.k, L), count(s.d, L), count(s.n, L), count(s.twoT, L), count(s.bgm, L),
        num(s.kPerS, 1, L), num(s.dPerS, 1, L), num(s.nPerD, 1, L), count(s.dShortfall, L), count(a.toRefer, L),
      ];
    }),
  };
}

const Z = ["zlen", "zwei", "zwfl"] as const;

function missingPct(item: { n: number; missing: number; invalid: number } | null): number | null {
  return item === null || item.n === 0 ? null : (100 * (item.missing + item.invalid)) / item.n;
}

function qualityTable(data: ReportData, L: ReportLabels): ReportTable {
  const G = L.qualityGroups;
  const H = L.qualityHeads;
  const zHeads = [H.haz, H.waz, H.whz];
  const col = (head: string, group: string): ReportColumn => ({ head, group, align: "right" });
  return {
    columns: [
      { head: "", align: "left" },
      { head: "n", align: "right" },
      ...zHeads.map((h) => col(h, G.flagged)),
      ...zHeads.map((h) => col(h, G.sd)),
      col(H.weight, G.dps), col(H.lenhei, G.dps),
      col(H.age, G.missing), col(H.weight, G.missing), col(H.lenhei, G.missing), col(H.measure, G.missing),
    ],
    rows: areaRows(data, L, (a) => a.quality !== null, (a) => {
      const q = a.quality!;
      const c = q.completeness;
      return [
        count(q.records, L),
        ...Z.map((z) => num(q.zScores[z].flaggedPct, 2, L)),
        ...Z.map((z) => num(q.zScores[z].sd, 2, L)),
        num(q.digitPreference.weight?.dps, 1, L), num(q.digitPreference.lenhei?.dps, 1, L),
        num(missingPct(c.age), 1, L), num(missingPct(c.weight), 1, L), num(missingPct(c.lenhei), 1, L), num(missingPct(c.measure), 1, L),
      ];
    }),
  };
}

function areaName(a: ReportArea, L: ReportLabels): string {
  return a.breakdown === "all" ? L.all : `${a.group === null ? L.missingValue : printable(a.group)} (${printable(a.breakdown)})`;
}

function qualityNotes(data: ReportData, L: ReportLabels): string[] {
  const T = QUALITY_THRESHOLDS;
  const H = L.qualityHeads;
  const zName = { zlen: H.haz, zwei: H.waz, zwfl: H.whz } as const;
  const withQuality = data.areas.filter((a) => a.quality !== null) as (ReportArea & { quality: QualitySummary })[];
  const out: string[] = [];
  const all = withQuality.find((a) => a.breakdown === "all");
  if (all !== undefined) {
    const s = all.quality.sexRatio;
    const p = s.pValue === null ? "p = –" : s.pValue < 0.001 ? `p < ${num(0.001, 3, L)}` : `p = ${num(s.pValue, 3, L)}`;
    out.push(L.sexRatio(num(s.ratio, 2, L), count(s.boys, L), count(s.girls, L), p));
  }
  const flagged: string[] = [];
  const dps: string[] = [];
  const sd: string[] = [];
  for (const a of withQuality) {
    for (const z of Z) {
      const d = a.quality.zScores[z];
      if (d.flaggedPct !== null && d.flaggedPct > T.flaggedPctMax) flagged.push(`${zName[z]} ${areaName(a, L)} ${num(d.flaggedPct, 2, L)} %`);
      if (d.sdVsReference === "above") sd.push(`${zName[z]} ${areaName(a, L)} ${num(d.sd, 2, L)}`);
    }
    for (const [key, name] of [["weight", H.weight], ["lenhei", H.lenhei]] as const) {
      const d = a.quality.digitPreference[key];
      if (d?.rating === "problematic") dps.push(`${name} ${areaName(a, L)} ${num(d.dps, 1, L)}`);
    }
  }
  const limit = num(T.flaggedPctMax, 0, L);
  out.push(flagged.length > 0 ? L.flaggedOver(limit, flagged.join(", ")) : L.flaggedOk(limit));
  if (dps.length > 0) out.push(L.dpsProblem(num(T.dps[2], 0, L), dps.join(", ")));
  if (sd.length > 0) out.push(L.sdAbove(sd.join(", ")));
  const range = (r: readonly [number, number]) => `${num(r[0], 2, L)}–${num(r[1], 2, L)}`;
  const sdRanges = `${H.haz} ${range(T.sdReference.zlen)}, ${H.waz} ${range(T.sdReference.zwei)}, ${H.whz} ${range(T.sdReference.zwfl)}`;
  out.push(L.qualityNotes(limit, sdRanges, [num(T.dps[0], 0, L), num(T.dps[1], 0, L), num(T.dps[2], 0, L)]));
  return [out.join(" ")];
}

function headerParagraphs(data: ReportData, L: ReportLabels): string[] {
  const month = monthLabel(data.month, L);
  const c = data.children;
  let choice: string;
  if (data.monthChoice === "option") choice = L.monthByOption(month);
  else if (data.monthChoice === "latest") choice = L.monthLatest(month);
  else {
    const m = data.months.find((x) => x.month === data.month)!;
    const others = data.months.filter((x) => x.month < data.month && 2 * x.measured > x.children).map((x) => monthLabel(x.month, L));
    choice = L.monthByLengthHeight(month, count(m.measured, L), count(m.children, L), others.join(", "));
  }
  const first = [choice, ...(data.monthChoice === "option" ? [] : [L.monthAnother])].join(" ");
  const parts = [L.children(count(c.weighed, L), month, count(c.analysed, L))];
  if (data.weighings.earlierInMonth > 0) parts.push(L.earlierWeighings(count(data.weighings.earlierInMonth, L)));
  const left = [...(c.aged60OrMore > 0 ? [L.aged60(count(c.aged60OrMore, L))] : []), ...(c.ageInvalid > 0 ? [L.ageInvalid(count(c.ageInvalid, L))] : [])];
  if (left.length > 0) parts.push(L.leftOut(left.join(", ")));
  if (c.ageMissing > 0) parts.push(`${L.ageMissing(count(c.ageMissing, L))}.`);
  const w = data.weighings;
  const nowhere = w.noChildId + w.visitDateMissing + w.visitDateInvalid + w.visitDateOutOfRange;
  if (nowhere > 0) parts.push(L.notInAnyMonth(count(nowhere, L)));
  return [first, parts.join(" ")];
}

function denominators(data: ReportData, L: ReportLabels): string {
  const one = (key: "HA" | "WA" | "WH") => {
    const e = data.prevalence.excluded[key];
    if (e === undefined) return "–";
    const other = e.rows - e.counted - e.flagged;
    const parts = [...(e.flagged > 0 ? [L.flagged(count(e.flagged, L))] : []), ...(other > 0 ? [L.noMeasurement(count(other, L))] : [])];
    return count(e.counted, L) + (parts.length > 0 ? L.exclusions(parts.join(", ")) : "");
  };
  return `${L.denominators(one("HA"), one("WA"), one("WH"))}.`;
}

function blocks(data: ReportData, L: ReportLabels, pad: boolean): Block[] {
  const month = monthLabel(data.month, L);
  const out: Block[] = [{ kind: "title", text: L.title(printable(data.input), month) }];
  for (const p of headerParagraphs(data, L)) out.push({ kind: "paragraph", text: p });

  out.push({ kind: "heading", text: L.prevalenceTitle }, { kind: "table", table: prevalenceTable(data, L, pad) });
  out.push({ kind: "paragraph", text: `${L.prevalenceDefinitions} ${denominators(data, L)}` });
  const d = data.prevalence.design;
  const design = [
    ...(d.weights !== null ? [`${L.designParts.weights} ${d.weights}`] : []),
    ...(d.cluster !== null ? [`${L.designParts.cluster} ${d.cluster}`] : []),
    ...(d.strata !== null ? [`${L.designParts.strata} ${d.strata}`] : []),
  ];
  out.push({ kind: "paragraph", text: design.length === 0 ? L.census : L.design(design.join(", ")) });
  const zero = zeroRates(data, L);
  if (zero !== undefined) out.push({ kind: "paragraph", text: L.zeroRate(zero) });
  out.push({ kind: "heading", text: L.significanceTitle }, { kind: "table", table: significanceTable(data, L) });

  out.push({ kind: "heading", text: L.skdnTitle(month) }, { kind: "table", table: skdnTable(data, L) });
  const notes = [L.skdnNotes(month)];
  if (data.areas[0]?.skdn?.sSource === "seen-12-months") notes.push(L.skdnRegisterless);
  if (data.skdn.firstMonthOfData) notes.push(L.skdnFirstMonth);
  out.push({ kind: "paragraph", text: notes.join(" ") });

  out.push({ kind: "heading", text: L.qualityTitle }, { kind: "table", table: qualityTable(data, L) });
  for (const p of qualityNotes(data, L)) out.push({ kind: "paragraph", text: p });
  if (data.areas[0]?.newborn !== undefined) {
    out.push({ kind: "heading", text: L.newbornTitle }, { kind: "table", table: newbornTable(data, L, pad) }, { kind: "paragraph", text: L.newbornDefinitions });
  }
  return out;
}

/** The report as text or markdown. */
export function formatReport(data: ReportData, options: FormatReportOptions): string {
  const L = REPORT_LABELS[options.lang];
  const markdown = options.format === "markdown";
  const lines: string[] = [];
  for (const b of blocks(data, L, !markdown)) {
    if (lines.length > 0) lines.push("");
    switch (b.kind) {
      case "title":
        lines.push(markdown ? `# ${b.text}` : b.text);
        if (!markdown) lines.push("=".repeat(Math.min(WIDTH, b.text.length)));
        break;
      case "heading":
        lines.push(markdown ? `## ${b.text}` : b.text);
        break;
      case "paragraph":
        lines.push(...(markdown ? [b.text] : wrap(b.text, WIDTH)));
        break;
      case "table":
        lines.push(...(markdown ? markdownTable(b.table) : textTable(b.table)));
        break;
    }
  }
  return `${lines.join("\n")}\n`;
}
