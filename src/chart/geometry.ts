/**
 * Everything a growth chart draws, in data units and in px, before it is
 * written as SVG: validated options, the layout, the sampled z curves and
 * the children's points. Kept separate from the SVG writer so that tests can
 * check the curves against the WHO tables directly.
 * @internal
 */
import { indicatorSpec } from "../who/registry.js";
import { WHO2007_MIN_MONTHS } from "../who/constants.js";
import {
  acSpec, bfaSpec, bmiSpec, hcSpec, hfaSpec, lenSpec, ssSpec, tsSpec, weiSpec, wfaSpec, wfhSpec, wflSpec,
  type Indicator, type IndicatorSpec,
} from "../who/indicators.js";
import { lmsValue, lmsValueRestricted } from "../lms/lms-value.js";
import { lmsZ, lmsZRestricted } from "../lms/lms-z.js";
import { ageDaysOf, ageMonthsOf, DAYS_PER_MONTH } from "../who/rules.js";
import { checkFunction, checkObject } from "../util/checks.js";
import { lmsParameters } from "../lms/lms-parameters.js";
import { valueAtZ } from "../lms/value-at-z.js";
import { zscore } from "../lms/zscore.js";
import { type ChartLanguage, WORDS, type XAxisKind, indicatorTitle, standardName, xAxisTitle, yAxisTitle } from "./chart-labels.js";
import { CURVE_Z } from "./palette.js";
import { formatTrimmed, textWidth } from "./svg-text.js";
import { xTicks } from "./ticks.js";
import type { GrowthChartChild, GrowthChartOptions, GrowthChartSkip, GrowthChartSkipReason } from "./types.js";
import { chartAgeDays } from "./corrected-age.js";
import { correctUntilDays } from "../score/options.js";
import { type ChartGeometry, type Curve, type ResolvedPoint, chartOf, layoutChart, readCommonOptions, readMargin, resolveChildren, sampledCurve } from "./layout.js";

export type { ChartAxis, ChartGeometry, ChartLegend, ChildPoint, ChildSeries, Curve, CurvePoint, PlotRect } from "./layout.js";

const FN = "growthChartSvg";

/** x range bounds of the indicator's table in chart units (months or cm). */
function tableBounds(spec: IndicatorSpec): readonly [number, number] {
  return spec.xUnit === "days" ? [spec.xMin / DAYS_PER_MONTH, spec.xMax / DAYS_PER_MONTH] : [spec.xMin, spec.xMax];
}

/** The first two years, the default of WHO's printed age-based charts from birth. */
const FIRST_TWO_YEARS_MONTHS = 24;
/** Arm circumference and skinfold charts start at 3 months, the first whole month of their tables (from day 91). */
const FROM_THREE_MONTHS = 3;

/**
 * The default x range of an indicator's chart (months, or cm for wfl/wfh),
 * like WHO's printed charts: the first two years for the WHO 2006
 * age-based charts from birth, 3 months to 5 years for arm circumference
 * and the skinfolds, the whole table for the others.
 * @internal
 */
export function defaultRange(spec: IndicatorSpec): readonly [number, number] {
  if (spec.xUnit !== "days") return tableBounds(spec);
  return spec.xMin > 0 ? [FROM_THREE_MONTHS, WHO2007_MIN_MONTHS] : [0, FIRST_TWO_YEARS_MONTHS];
}

/** {@link defaultRange} by indicator. @internal */
export const DEFAULT_RANGES: Readonly<Record<Indicator, readonly [number, number]>> = {
  wei: /* @__PURE__ */ defaultRange(weiSpec),
  len: /* @__PURE__ */ defaultRange(lenSpec),
  bmi: /* @__PURE__ */ defaultRange(bmiSpec),
  hc: /* @__PURE__ */ defaultRange(hcSpec),
  ac: /* @__PURE__ */ defaultRange(acSpec),
  ts: /* @__PURE__ */ defaultRange(tsSpec),
  ss: /* @__PURE__ */ defaultRange(ssSpec),
  wfl: /* @__PURE__ */ defaultRange(wflSpec),
  wfh: /* @__PURE__ */ defaultRange(wfhSpec),
  hfa: /* @__PURE__ */ defaultRange(hfaSpec),
  wfa: /* @__PURE__ */ defaultRange(wfaSpec),
  bfa: /* @__PURE__ */ defaultRange(bfaSpec),
};

function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

function rangeText(from: number, to: number, kind: XAxisKind, lang: ChartLanguage): string {
  const dash = "\u2013";
  if (kind === "cm") return `${formatTrimmed(from, 1, lang)}${dash}${formatTrimmed(to, 1, lang)} cm`;
  if (kind === "years") return `${formatTrimmed(from / 12, 2, lang)}${dash}${formatTrimmed(to / 12, 2, lang)} ${WORDS[lang].years}`;
  return `${formatTrimmed(from, 2, lang)}${dash}${formatTrimmed(to, 2, lang)} ${WORDS[lang].months}`;
}

/**
 * L, M, S at `x` in table units; for the WHO 2007 monthly tables linearly
 * interpolated between whole months exactly as WHO anthroplus does (at whole
 * months this is the table row itself).
 */
function lmsAt(spec: IndicatorSpec, sex: 1 | 2, x: number): { l: number; m: number; s: number } | undefined {
  if (spec.xUnit !== "months") return lmsParameters(spec.name, sex, x);
  const lo = Math.trunc(x);
  const a = lmsParameters(spec.name, sex, lo);
  if (a === undefined || x === lo) return a;
  const b = lmsParameters(spec.name, sex, Math.trunc(x + 1));
  if (b === undefined) return undefined;
  const f = x - lo;
  return { l: a.l + f * (b.l - a.l), m: a.m + f * (b.m - a.m), s: a.s + f * (b.s - a.s) };
}

/** The measurement at z at table x: {@link valueAtZ}, or the interpolated LMS between months for WHO 2007. */
function curveValue(spec: IndicatorSpec, sex: 1 | 2, tableX: number, z: number): number {
  if (spec.xUnit !== "months" || Number.isInteger(tableX)) return valueAtZ(spec.name, sex, tableX, z);
  const p = lmsAt(spec, sex, tableX);
  if (p === undefined) return Number.NaN;
  return spec.restricted ? lmsValueRestricted(z, p.l, p.m, p.s) : lmsValue(z, p.l, p.m, p.s);
}

/** The z-score of a child's value (unrounded, WHO's restricted tails where they apply). */
function childZ(spec: IndicatorSpec, sex: 1 | 2, tableX: number, value: number): number {
  if (spec.xUnit !== "months") return zscore(spec.name, sex, tableX, value);
  const p = lmsAt(spec, sex, tableX);
  if (p === undefined) return Number.NaN;
  return spec.restricted ? lmsZRestricted(value, p.l, p.m, p.s) : lmsZ(value, p.l, p.m, p.s);
}

/** Chart x (months or cm) → table x (days, months or cm). */
function toTableX(spec: IndicatorSpec, x: number): number {
  return spec.xUnit === "days" ? x * DAYS_PER_MONTH : x;
}

/**
 * How many table steps (days, 0.1 cm or months) apart to sample the curves
 * so that segments are about `segmentPx` wide: whole months always for the
 * WHO 2007 monthly tables, otherwise at least one step.
 */
function samplingSteps(spec: IndicatorSpec, fromT: number, toT: number, plotWidth: number, segmentPx: number): number {
  if (spec.xUnit === "months") return 1;
  const stepsSpan = (toT - fromT) / (spec.xUnit === "cm" ? 0.1 : 1);
  return Math.max(1, Math.round((stepsSpan * segmentPx) / plotWidth));
}

/**
 * Table x values to sample between `fromT` and `toT` (table units): both ends
 * exactly, and in between the multiples of `k` table steps (days, 0.1 cm or
 * months).
 * @internal
 */
export function sampleXs(xUnit: IndicatorSpec["xUnit"], fromT: number, toT: number, k: number): number[] {
  const unitsPerStep = xUnit === "cm" ? 0.1 : 1;
  const xs = [fromT];
  const first = Math.floor(fromT / unitsPerStep / k + 1e-9) + 1;
  for (let i = first; i * k * unitsPerStep < toT - 1e-9; i++) {
    xs.push(xUnit === "cm" ? (i * k) / 10 : i * k);
  }
  xs.push(toT);
  return xs;
}

/** Children's points in chart units; bad ones are added to `skipped`. */
/**
 * A child's point on a WHO chart: x (months or cm) and value, at corrected
 * age for a child born preterm; or why it is left off.
 */
function whoPoint(p: Readonly<Record<string, unknown>>, child: GrowthChartChild, spec: IndicatorSpec, sex: 1 | 2, from: number, to: number, untilDays: number): ResolvedPoint | GrowthChartSkipReason {
  // an age as WHO reads a record: days before months (NaN when neither is a finite number)
  const days = num(p.ageDays) ?? Number.NaN;
  const months = num(p.ageMonths) ?? Number.NaN;
  let x = spec.xUnit === "cm" ? num(p.lenheiCm) ?? Number.NaN : ageMonthsOf(days, months);
  if (!(x >= 0)) return "invalid-x";
  const y = num(p.value);
  if (y === undefined || y <= 0) return "invalid-value";
  let ageDays = ageDaysOf(days, months);
  // a child born preterm: at corrected age, marked (see chartAgeDays)
  const at = spec.xUnit === "cm" ? undefined : chartAgeDays(child, ageDays, untilDays);
  if (at === "before-term") return "before-term";
  if (at?.corrected === true) {
    ageDays = at.days;
    x = ageDays / DAYS_PER_MONTH;
  }
  if (x < from || x > to) return "outside-range";
  const tableX = spec.xUnit === "days" ? ageDays : x;
  const z = childZ(spec, sex, tableX, y);
  if (!(z >= spec.flagBelow && z <= spec.flagAbove)) return "implausible";
  return { x, y, index: 0, ...(at?.corrected === true ? { corrected: true } : {}) };
}

/**
 * Validates `options` and lays the chart out. Throws RangeError (naming
 * growthChartSvg and the option) for a bad option; never for children's data.
 * @internal
 */
export function chartGeometry(options: GrowthChartOptions): ChartGeometry {
  checkObject(options, null, FN, "options");
  const o = options;
  const spec = indicatorSpec(o.indicator, FN);
  const common = readCommonOptions(o);
  const { sex, lang, fontSize: fs } = common;
  const onSkip = checkFunction(o.onSkip, FN, "options.onSkip") as ((skip: GrowthChartSkip) => void) | undefined;

  // Range, in chart units (months or cm).
  const xKind: XAxisKind = spec.xUnit === "cm" ? "cm" : spec.xUnit === "months" ? "years" : "months";
  const unit = xKind === "cm" ? "cm" : "months";
  const [tMin, tMax] = tableBounds(spec);
  const range = o.range ?? DEFAULT_RANGES[spec.name];
  const from = Array.isArray(range) ? num(range[0]) : undefined;
  const to = Array.isArray(range) ? num(range[1]) : undefined;
  if (!Array.isArray(range) || range.length !== 2 || from === undefined || to === undefined || !(from < to)) {
    throw new RangeError(`${FN}: range must be [from, to] in ${unit} with from < to; got ${JSON.stringify(range)}`);
  }
  if (from < tMin - 1e-9 || to > tMax + 1e-9) {
    throw new RangeError(
      `${FN}: range [${from}, ${to}] is outside the ${spec.name} table, which covers ${formatTrimmed(tMin, 2, "en")} to ${formatTrimmed(tMax, 2, "en")} ${unit}`,
    );
  }
  const margin = readMargin(o);
  const untilDays = correctUntilDays(o.correctUntilMonths, FN, "correctUntilMonths");
  const title = o.title ?? `${indicatorTitle(spec.name, lang, from, to)}, ${sex === 1 ? WORDS[lang].boys : WORDS[lang].girls}, ${rangeText(from, to, xKind, lang)}`;

  // Children first: their values widen the y range.
  const skipped: GrowthChartSkip[] = [];
  const resolved = resolveChildren(o, skipped, (p, child) => whoPoint(p, child, spec, sex, from, to, untilDays));

  // y extent from the −3 and +3 curves sampled at every table step.
  const fromT = toTableX(spec, from);
  const toT = toTableX(spec, to);
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of sampleXs(spec.xUnit, fromT, toT, 1)) {
    const a = curveValue(spec, sex, x, -3);
    const b = curveValue(spec, sex, x, 3);
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  }
  const layout = layoutChart(common, margin, [from, to], [lo, hi], resolved);

  const k = samplingSteps(spec, fromT, toT, layout.plotWidth, 1);
  const xs = sampleXs(spec.xUnit, fromT, toT, k);
  const chartX = (tx: number) => (tx === fromT ? from : tx === toT ? to : spec.xUnit === "days" ? tx / DAYS_PER_MONTH : tx);
  const curves: Curve[] = CURVE_Z.map((z) => ({ z, points: sampledCurve(xs, (tx) => curveValue(spec, sex, tx, z), chartX, layout) }));

  // Reported only once the chart is sure to be drawn.
  if (onSkip !== undefined) for (const s of skipped) onSkip(s);

  return chartOf(common, layout, {
    indicator: spec.name,
    palette: common.palette,
    xKind,
    from,
    to,
    title,
    source: `${WORDS[lang].source}: ${standardName(spec.name)}`,
    unit: spec.unit,
    curvesText: WORDS[lang].curves,
    curveHeader: "z",
    xAxis: {
      title: xAxisTitle(spec.name, xKind, lang),
      ticks: xTicks(xKind, from, to, layout.plotWidth, Math.max(fs * 2.4, textWidth(xKind === "cm" ? "000" : "00", fs) + fs)),
    },
    yTitle: yAxisTitle(spec.name, lang, from, to),
    curves,
  });
}
