/**
 * Computes the report from what the readings of the file gave: the month's
 * children (one row each), scored and analysed as the library's
 * `prevalence` and `qualityReport` do, and SKDN of the whole register,
 * whose rows for the month are picked. Every number comes from those
 * computations.
 */
import {
  prevalenceSignificance,
  type Estimate,
  type GroupKey,
  type IndicatorEstimates,
  type PrevalenceGroup,
  type QualitySummary,
  type SignificanceIndicator,
  type SkdnRow,
} from "../../../index.js";
import type { SkdnTables } from "../../../aggregate/skdn/skdn-accumulator.js";
import { DEFAULT_DS_TARGET_PCT } from "../../../aggregate/skdn/skdn.js";
import { parseMonth } from "../../../dates/calendar.js";
import type { ReportArgs } from "./options.js";
import { groupName, type ReportAnalysis } from "./collector.js";
import { AREA_SKDN_FIELDS, type AreaPrevalence, type AreaSkdn, type ReportArea, type ReportData, type ReportEstimate, type SignificanceEstimate } from "./model.js";
import type { Selection } from "./select.js";
import { compareValues } from "../../../util/compare.js";

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


/** The month's totals row (all ages, both sexes) of each group of a SKDN table, by the group's value. */
function skdnTotals(result: SkdnTables, month: string, name: string | undefined): Map<string | null, SkdnRow> {
  const out = new Map<string | null, SkdnRow>();
  for (const r of result.rows) {
    if (r.month !== month || r.ageGroup !== "all" || r.sex !== "all") continue;
    out.set(name === undefined ? null : (r.group as GroupKey)[name] ?? null, r);
  }
  return out;
}

/**
 * Builds the report from what the two readings of the file gave.
 * @param rows - data rows read
 * @param version - the package version, for the JSON
 */
export function buildReport(selection: Selection, analysed: ReportAnalysis, rows: number, args: ReportArgs, input: string, version: string): ReportData {
  const { month } = selection;
  const weighted = args.weights !== undefined;
  const prev = analysed.prevalence.result();
  const quality = analysed.quality.report();
  const range = { caller: "skdn", from: parseMonth(month), to: parseMonth(month), dsTargetPct: DEFAULT_DS_TARGET_PCT, register: undefined };
  const hasBook = analysed.hasBook;
  const skdnResults = [0, ...args.by.map((_, k) => k + 1)].map((g) => analysed.skdn.tables(g, { ...range, hasBook }));
  const refer = analysed.referrals;
  // the newborn indicators of the analysed children of an area (none with a survey design: see birth-outcomes.ts)
  const births = analysed.births;
  const design = args.weights !== undefined || args.cluster !== undefined || args.strata !== undefined;
  const newborn = births === undefined || design
    ? () => ({})
    : (area: { readonly by: number; readonly value: string } | null | undefined) => ({
      newborn: area === null ? null : area === undefined ? births.estimates() : births.valueEstimates(area.by, area.value),
    });

  const areas: ReportArea[] = [];
  const all = prev.groups.find((g) => g.breakdown === "all")!;
  const totals = skdnTotals(skdnResults[0]!, month, undefined).get(null);
  areas.push({
    breakdown: "all",
    group: null,
    children: analysed.counts.analysed,
    prevalence: areaPrevalence(all, weighted),
    skdn: totals === undefined ? null : areaSkdn(totals),
    toRefer: refer.all,
    quality: summary(quality),
    ...newborn(undefined),
  });
  args.by.forEach((column, k) => {
    const name = groupName(k);
    const children = analysed.children[k]!;
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
        ...newborn(key === null ? null : { by: k, value: key }),
      });
    }
  });

  const skdnAll = skdnResults[0]!;
  const { HA, WA, WH } = prev.excluded;
  const c = analysed.counts;
  return {
    report: "tumbuh report",
    version,
    input,
    rows,
    month,
    monthChoice: selection.choice,
    months: selection.months,
    by: args.by,
    weighings: {
      noChildId: selection.noChildId,
      visitDateMissing: selection.visitDateMissing,
      visitDateInvalid: selection.visitDateInvalid,
      visitDateOutOfRange: selection.visitDateOutOfRange,
      inMonth: selection.weighings,
      earlierInMonth: selection.weighings - selection.children,
    },
    children: {
      weighed: selection.children,
      analysed: c.analysed,
      aged60OrMore: c.aged60OrMore,
      ageInvalid: c.ageInvalid,
      ageMissing: c.ageMissing,
    },
    prevalence: {
      census: args.weights === undefined && args.cluster === undefined && args.strata === undefined,
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
