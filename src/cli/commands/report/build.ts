/**
 * Computes the report from the rows read: the month's children (one row
 * each) are scored and analysed by the library's `prevalence` and
 * `qualityReport`; the whole register goes to `skdn`, whose rows for the
 * month are picked. Every number comes from those functions.
 */
import {
  prevalence,
  prevalenceSignificance,
  qualityReport,
  scoreColumns,
  skdn,
  type Estimate,
  type GroupKey,
  type IndicatorEstimates,
  type PrevalenceGroup,
  type PrevalenceResult,
  type QualityColumns,
  type QualityReport,
  type QualitySummary,
  type SignificanceIndicator,
  type SkdnColumns,
  type SkdnResult,
  type SkdnRow,
  type SurveyDesign,
} from "../../../index.js";
import type { ReportArgs } from "./options.js";
import type { ReportRows } from "./collector.js";
import { AREA_SKDN_FIELDS, type AreaPrevalence, type AreaSkdn, type ReportArea, type ReportData, type ReportEstimate, type SignificanceEstimate } from "./model.js";
import type { Selection } from "./select.js";
import { compareValues } from "../../../util/compare.js";
import { referralCounts } from "./referral-counts.js";
import type { BirthOutcomes } from "../../columns/birth-outcomes.js";

/** The library calls use neutral group names (`g0`, `g1`, …), so that a column named "sex" or "all" is no reserved word. */
const groupName = (k: number) => `g${k}`;

function pick<T>(column: ArrayLike<T>, rows: Int32Array): T[] {
  const out = new Array<T>(rows.length);
  for (let j = 0; j < rows.length; j++) out[j] = column[rows[j]!]!;
  return out;
}

function pickFloat(column: Float64Array, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let j = 0; j < rows.length; j++) out[j] = column[rows[j]!]!;
  return out;
}

function pickCode(column: Uint8Array, rows: Int32Array): Uint8Array {
  const out = new Uint8Array(rows.length);
  for (let j = 0; j < rows.length; j++) out[j] = column[rows[j]!]!;
  return out;
}

/** The analysed children's columns. */
interface Subset {
  readonly sex: Uint8Array;
  readonly dob: Float64Array;
  readonly visit: Float64Array;
  readonly ageDays: Float64Array;
  readonly ageMonths?: Float64Array;
  readonly weightKg: Float64Array;
  readonly lenheiCm?: Float64Array;
  readonly measure?: Uint8Array;
  readonly oedema?: Uint8Array;
  readonly groups: readonly string[][];
}

function subset(rows: ReportRows, at: Int32Array): Subset {
  return {
    sex: pickCode(rows.sex, at),
    dob: pickFloat(rows.dob, at),
    visit: pickFloat(rows.visit, at),
    ageDays: pickFloat(rows.ageDays, at),
    ...(rows.ageMonths ? { ageMonths: pickFloat(rows.ageMonths, at) } : {}),
    weightKg: pickFloat(rows.weightKg, at),
    ...(rows.lenheiCm ? { lenheiCm: pickFloat(rows.lenheiCm, at) } : {}),
    ...(rows.measure ? { measure: pickCode(rows.measure, at) } : {}),
    ...(rows.oedema ? { oedema: pickCode(rows.oedema, at) } : {}),
    groups: rows.groups.map((g) => pick(g, at)),
  };
}

/** The measurement columns of the subset, those the file lacks left out. */
function measurements(s: Subset) {
  return {
    ...(s.ageMonths ? { ageMonths: s.ageMonths } : {}),
    weightKg: s.weightKg,
    ...(s.lenheiCm ? { lenheiCm: s.lenheiCm } : {}),
    ...(s.measure ? { measure: s.measure } : {}),
    ...(s.oedema ? { oedema: s.oedema } : {}),
  };
}

function runPrevalence(rows: ReportRows, at: Int32Array, s: Subset, gaDays: Float64Array | undefined): PrevalenceResult {
  const scores = scoreColumns({ sex: s.sex, ageDays: s.ageDays, ...measurements(s), ...(gaDays ? { gaDays: pickFloat(gaDays, at) } : {}) });
  const design: SurveyDesign = {
    ...(rows.weights ? { weights: pickFloat(rows.weights, at) } : {}),
    ...(rows.cluster ? { cluster: pick(rows.cluster, at) } : {}),
    ...(rows.strata ? { strata: pick(rows.strata, at) } : {}),
  };
  return prevalence(
    {
      sex: s.sex,
      ageDays: s.ageDays,
      ...(s.ageMonths ? { ageMonths: s.ageMonths } : {}),
      ...(s.oedema ? { oedema: s.oedema } : {}),
      scores,
    },
    {
      ...(Object.keys(design).length > 0 ? { design } : {}),
      groups: Object.fromEntries(s.groups.map((g, k) => [groupName(k), g])),
      standardBreakdowns: false,
    },
  );
}

function runQuality(s: Subset): QualityReport {
  const columns: QualityColumns = { sex: s.sex, dateOfBirth: s.dob, visitDate: s.visit, ...measurements(s) };
  return qualityReport(columns, s.groups.length > 0 ? { groupBy: { [groupName(0)]: s.groups[0]! } } : {});
}

/** SKDN over the whole register (history counts for N, T, O, B and S), for the month only: the total, then by each column. */
function runSkdn(rows: ReportRows, month: string): SkdnResult[] {
  const columns: SkdnColumns = {
    childId: rows.childId,
    sex: rows.sex,
    dateOfBirth: rows.dob,
    visitDate: rows.visit,
    weightKg: rows.weightKg,
    ...(rows.kiaBook ? { hasBook: rows.kiaBook } : {}),
  };
  const range = { from: month, to: month };
  return [skdn(columns, range), ...rows.groups.map((g, k) => skdn(columns, { ...range, groupBy: { [groupName(k)]: g } }))];
}

function estimate(e: Estimate, ind: IndicatorEstimates, weighted: boolean): ReportEstimate {
  const k = weighted || e.r !== e.r ? null : Math.round((e.r * ind.unwpop) / 100);
  return { n: ind.unwpop, k, r: e.r, se: e.se, ll: e.ll, ul: e.ul };
}

function withSignificance(e: ReportEstimate, indicator: SignificanceIndicator): SignificanceEstimate {
  return { ...e, significance: prevalenceSignificance(indicator, e.r) };
}

const NA: Estimate = { r: Number.NaN, se: Number.NaN, ll: Number.NaN, ul: Number.NaN, deff: Number.NaN, n: 0, suppressed: false };
const NO_CHILD: IndicatorEstimates = { pop: 0, unwpop: 0, below3: NA, below2: NA, below1: NA, above1: NA, above2: NA, above3: NA, mean: { ...NA, stdev: Number.NaN } };

function areaPrevalence(g: PrevalenceGroup, weighted: boolean): AreaPrevalence {
  const ha = g.indicators.HA ?? NO_CHILD;
  const wa = g.indicators.WA ?? NO_CHILD;
  const wh = g.indicators.WH ?? NO_CHILD;
  return {
    stunting: withSignificance(estimate(ha.below2, ha, weighted), "stunting"),
    severeStunting: estimate(ha.below3, ha, weighted),
    underweight: estimate(wa.below2, wa, weighted),
    wasting: withSignificance(estimate(wh.below2, wh, weighted), "wasting"),
    overweight: withSignificance(estimate(wh.above2, wh, weighted), "overweight"),
  };
}

function areaSkdn(r: SkdnRow): AreaSkdn {
  return Object.fromEntries(AREA_SKDN_FIELDS.map((f) => [f, r[f]])) as unknown as AreaSkdn;
}

function summary(q: QualitySummary): QualitySummary {
  const { records, completeness, sexRatio, age, digitPreference, zScores, plausibility } = q;
  return { records, completeness, sexRatio, age, digitPreference, zScores, plausibility };
}

const blankToNull = (v: string): string | null => (v === "" ? null : v);

/** The month's totals row (all ages, both sexes) of each group of a SKDN result, by the group's value. */
function skdnTotals(result: SkdnResult, month: string, name: string | undefined): Map<string | null, SkdnRow> {
  const out = new Map<string | null, SkdnRow>();
  for (const r of result.rows) {
    if (r.month !== month || r.ageGroup !== "all" || r.sex !== "all") continue;
    out.set(name === undefined ? null : (r.group as GroupKey)[name] ?? null, r);
  }
  return out;
}

/**
 * Builds the report.
 * @param version - the package version, for the JSON
 * @param births - the birth columns' outcomes, when the file has any: corrected age for children born preterm, and the newborn indicators
 */
export function buildReport(rows: ReportRows, selection: Selection, args: ReportArgs, input: string, version: string, births?: BirthOutcomes): ReportData {
  const { month, analysed } = selection;
  const s = subset(rows, analysed);
  const weighted = rows.weights !== undefined;
  const prev = runPrevalence(rows, analysed, s, births?.gestationalAgeDays());
  // the newborn indicators of the analysed children of an area (none with a survey design: see birth-outcomes.ts)
  const newborn = births === undefined || weighted || rows.cluster !== undefined || rows.strata !== undefined
    ? () => ({})
    : (at: Int32Array | null) => ({ newborn: at === null ? null : births.estimates(at) });
  const quality = runQuality(s);
  const skdnResults = runSkdn(rows, month);
  const refer = referralCounts(rows, month);

  const areas: ReportArea[] = [];
  const all = prev.groups.find((g) => g.breakdown === "all")!;
  const totals = skdnTotals(skdnResults[0]!, month, undefined).get(null);
  areas.push({
    breakdown: "all",
    group: null,
    children: analysed.length,
    prevalence: areaPrevalence(all, weighted),
    skdn: totals === undefined ? null : areaSkdn(totals),
    toRefer: refer.all,
    quality: summary(quality),
    ...newborn(analysed),
  });
  args.by.forEach((column, k) => {
    const name = groupName(k);
    const values = s.groups[k]!;
    const children = new Map<string | null, number>();
    for (const v of values) {
      const key = blankToNull(v);
      children.set(key, (children.get(key) ?? 0) + 1);
    }
    const skdnRows = skdnTotals(skdnResults[k + 1]!, month, name);
    const prevGroups = new Map(prev.groups.filter((g) => g.breakdown === name).map((g) => [g.key[name]!, g]));
    const qualityGroups = new Map(k === 0 ? quality.groups.map((g) => [g.group[name] ?? null, g]) : []);
    const keys = new Set<string | null>(children.keys());
    for (const [key, r] of skdnRows) if (r.d > 0 || (r.s ?? 0) > 0) keys.add(key);
    for (const key of refer.byGroup[k]!.keys()) keys.add(key);
    for (const key of [...keys].sort(compareValues)) {
      const g = key === null ? undefined : prevGroups.get(key);
      const r = skdnRows.get(key);
      const q = qualityGroups.get(key);
      areas.push({
        breakdown: column,
        group: key,
        children: children.get(key) ?? 0,
        prevalence: key === null ? null : areaPrevalence(g ?? { breakdown: name, label: key, key: { [name]: key }, indicators: {} }, weighted),
        skdn: r === undefined ? null : areaSkdn(r),
        toRefer: refer.byGroup[k]!.get(key) ?? 0,
        quality: q === undefined ? null : summary(q),
        ...newborn(key === null ? null : analysed.filter((_, j) => values[j] === key)),
      });
    }
  });

  const skdnAll = skdnResults[0]!;
  const { HA, WA, WH } = prev.excluded;
  return {
    report: "tumbuh report",
    version,
    input,
    rows: rows.length,
    month,
    monthChoice: selection.choice,
    months: selection.months,
    by: args.by,
    weighings: {
      noChildId: selection.noChildId,
      visitDateMissing: selection.visitDateMissing,
      visitDateInvalid: selection.visitDateInvalid,
      inMonth: selection.weighings,
      earlierInMonth: selection.weighings - selection.children.length,
    },
    children: {
      weighed: selection.children.length,
      analysed: analysed.length,
      aged60OrMore: selection.aged60OrMore,
      ageInvalid: selection.ageInvalid,
      ageMissing: selection.ageMissing,
    },
    prevalence: {
      census: rows.weights === undefined && rows.cluster === undefined && rows.strata === undefined,
      method: prev.method,
      df: prev.df,
      design: { weights: args.weights ?? null, cluster: args.cluster ?? null, strata: args.strata ?? null },
      excluded: { ...(HA ? { HA } : {}), ...(WA ? { WA } : {}), ...(WH ? { WH } : {}) },
    },
    skdn: {
      firstMonthOfData: skdnAll.dataMonths?.from === month,
      issues: skdnAll.issues,
    },
    areas,
  };
}
