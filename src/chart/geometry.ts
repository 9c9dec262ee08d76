/**
 * Everything a growth chart draws, in data units and in px, before it is
 * written as SVG: validated options, the layout, the sampled z curves and
 * the children's points. Kept separate from the SVG writer so that tests can
 * check the curves against the WHO tables directly.
 * @internal
 */
import { indicatorSpec } from "../who/registry.js";
import { FEMALE, MALE, WHO2007_MIN_MONTHS } from "../who/constants.js";
import {
  acSpec, bfaSpec, bmiSpec, hcSpec, hfaSpec, lenSpec, ssSpec, tsSpec, weiSpec, wfaSpec, wfhSpec, wflSpec,
  type Indicator, type IndicatorSpec,
} from "../who/indicators.js";
import { lmsValue, lmsValueRestricted } from "../lms/lms-value.js";
import { lmsZ, lmsZRestricted } from "../lms/lms-z.js";
import { ageDaysOf, ageMonthsOf, DAYS_PER_MONTH } from "../who/rules.js";
import { checkChoice, checkFunction, checkObject, isPlainObject } from "../util/checks.js";
import { sexCode } from "../record/codes.js";
import { lmsParameters } from "../lms/lms-parameters.js";
import { valueAtZ } from "../lms/value-at-z.js";
import { zscore } from "../lms/zscore.js";
import { type ChartLanguage, WORDS, type XAxisKind, indicatorTitle, standardName, xAxisTitle, yAxisTitle } from "./chart-labels.js";
import { CHILD_COLOURS, CHILD_MARKERS, CURVE_Z, type ChartPalette, type ChartPaletteName, type ChildMarker, chartPalette, cssColour } from "./palette.js";
import { formatNumber, formatTrimmed, textWidth } from "./svg-text.js";
import { type AxisTicks, xTicks, yScale } from "./ticks.js";
import type { GrowthChartChild, GrowthChartMargin, GrowthChartOptions, GrowthChartSkip, GrowthChartSkipReason } from "./types.js";

const FN = "growthChartSvg";
const LANGUAGES: readonly ChartLanguage[] = ["en", "id"];
const PALETTES: readonly ChartPaletteName[] = ["who", "kms"];

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

/** Default font stack: the platform's UI sans-serif, then common fallbacks. @internal */
export const DEFAULT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** How far (px) a drawn curve may stray from the sampled points it leaves out: below the 0.1 px rounding. @internal */
export const CURVE_TOLERANCE_PX = 0.05;

/** A point of a z curve: x in chart units (months or cm), the table x it was looked up at, the value, and px. @internal */
export interface CurvePoint {
  readonly x: number;
  /** x in the indicator's table units: days, cm or months. */
  readonly tableX: number;
  readonly y: number;
  readonly px: number;
  readonly py: number;
}

/** One z curve. @internal */
export interface Curve {
  readonly z: number;
  readonly points: readonly CurvePoint[];
}

/** A child's drawable point. @internal */
export interface ChildPoint {
  readonly x: number;
  readonly y: number;
  readonly px: number;
  readonly py: number;
  /** Index in the child's `points`. */
  readonly index: number;
}

/** A child as drawn. @internal */
export interface ChildSeries {
  /** Index in `children`. */
  readonly index: number;
  readonly name: string | undefined;
  readonly colour: string;
  readonly marker: ChildMarker;
  readonly points: readonly ChildPoint[];
}

/** The plotting area in px. @internal */
export interface PlotRect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Everything the SVG writer needs. @internal */
export interface ChartGeometry {
  readonly indicator: Indicator;
  readonly sex: 1 | 2;
  readonly lang: ChartLanguage;
  readonly paletteName: ChartPaletteName;
  readonly palette: ChartPalette;
  readonly xKind: XAxisKind;
  readonly from: number;
  readonly to: number;
  readonly yMin: number;
  readonly yMax: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly fontFamily: string;
  readonly plot: PlotRect;
  readonly titleBandHeight: number;
  readonly title: string;
  readonly source: string;
  readonly xAxis: ChartAxis;
  readonly yAxis: ChartAxis;
  readonly curves: readonly Curve[];
  readonly children: readonly ChildSeries[];
  readonly legend: ChartLegend;
}

/** An axis as drawn: its title (with the unit) and its ticks. @internal */
export interface ChartAxis {
  readonly title: string;
  readonly ticks: AxisTicks;
}

/** The legend of the children, below the title band. @internal */
export interface ChartLegend {
  /** Rows, each a list of children (by position in `children`). */
  readonly rows: readonly (readonly ChildSeries[])[];
  /** Top of the first row, and the height of a row, in px. */
  readonly top: number;
  readonly rowHeight: number;
}

function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

function optionNumber(o: GrowthChartOptions, key: "width" | "height" | "fontSize", dflt: number, min: number, max: number): number {
  const v = o[key];
  if (v === undefined) return dflt;
  if (typeof v !== "number" || !(v >= min && v <= max)) {
    throw new RangeError(`${FN}: ${key} must be a number from ${min} to ${max}; got ${String(v)}`);
  }
  return v;
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

/**
 * The points of `pts` that a polyline needs to stay within `tolerance` px of
 * all of them (Ramer–Douglas–Peucker); the first and last are always kept.
 * Every kept point is one of the samples, unchanged.
 * @internal
 */
export function simplify<P extends { px: number; py: number }>(pts: readonly P[], tolerance: number): P[] {
  if (pts.length < 3) return pts.slice();
  const keep = new Uint8Array(pts.length);
  keep[0] = 1;
  keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    const pa = pts[a]!;
    const pb = pts[b]!;
    const dx = pb.px - pa.px;
    const dy = pb.py - pa.py;
    const len = Math.hypot(dx, dy);
    let worst = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const p = pts[i]!;
      const d = len === 0 ? Math.hypot(p.px - pa.px, p.py - pa.py) : Math.abs(dx * (pa.py - p.py) - dy * (pa.px - p.px)) / len;
      if (d > worst) {
        worst = d;
        at = i;
      }
    }
    if (worst > tolerance) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return pts.filter((_, i) => keep[i] === 1);
}

interface ResolvedPoint {
  x: number;
  y: number;
  index: number;
}

/** Children's points in chart units; bad ones are added to `skipped`. */
function resolveChildren(
  o: GrowthChartOptions,
  skipped: GrowthChartSkip[],
  spec: IndicatorSpec,
  sex: 1 | 2,
  from: number,
  to: number,
): { index: number; name: string | undefined; colour: string | undefined; points: ResolvedPoint[] }[] {
  const skip = (child: number, point: number, reason: GrowthChartSkipReason) => {
    skipped.push({ child, point, reason });
  };
  const list = o.children as unknown;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    skip(-1, -1, "invalid-child");
    return [];
  }
  const out: { index: number; name: string | undefined; colour: string | undefined; points: ResolvedPoint[] }[] = [];
  (list as readonly unknown[]).forEach((c: unknown, ci: number) => {
    if (!isPlainObject(c) || !Array.isArray(c.points)) {
      skip(ci, -1, "invalid-child");
      return;
    }
    const child = c as unknown as GrowthChartChild;
    const points: ResolvedPoint[] = [];
    (c.points as readonly unknown[]).forEach((p: unknown, pi: number) => {
      if (!isPlainObject(p)) return skip(ci, pi, "invalid-x");
      // an age as WHO reads a record: days before months (NaN when neither is a finite number)
      const days = num(p.ageDays) ?? Number.NaN;
      const months = num(p.ageMonths) ?? Number.NaN;
      const x = spec.xUnit === "cm" ? num(p.lenheiCm) ?? Number.NaN : ageMonthsOf(days, months);
      if (!(x >= 0)) return skip(ci, pi, "invalid-x");
      const y = num(p.value);
      if (y === undefined || y <= 0) return skip(ci, pi, "invalid-value");
      if (x < from || x > to) return skip(ci, pi, "outside-range");
      const tableX = spec.xUnit === "days" ? ageDaysOf(days, months) : x;
      const z = childZ(spec, sex, tableX, y);
      if (!(z >= spec.flagBelow && z <= spec.flagAbove)) return skip(ci, pi, "implausible");
      points.push({ x, y, index: pi });
    });
    // Joined in x order; equal x keep their input order.
    points.sort((a, b) => a.x - b.x || a.index - b.index);
    out.push({
      index: ci,
      name: typeof child.name === "string" && child.name.trim() !== "" ? child.name : undefined,
      colour: cssColour(child.color),
      points,
    });
  });
  return out;
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
  const sx = sexCode(o.sex);
  if (sx !== MALE && sx !== FEMALE) {
    throw new RangeError(`${FN}: sex must be 1 (male) or 2 (female), or a code sexCode accepts (M/F, L/P, …); got ${JSON.stringify(o.sex)}`);
  }
  const sex = sx as 1 | 2;
  const lang = checkChoice(o.lang ?? "en", LANGUAGES, FN, "lang");
  const paletteName = checkChoice(o.palette ?? "who", PALETTES, FN, "palette");
  const width = optionNumber(o, "width", 800, 240, 10000);
  const height = optionNumber(o, "height", 560, 200, 10000);
  const fs = optionNumber(o, "fontSize", 12, 6, 40);
  if (o.fontFamily !== undefined && typeof o.fontFamily !== "string") {
    throw new RangeError(`${FN}: fontFamily must be a string; got ${String(o.fontFamily)}`);
  }
  const fontFamily = o.fontFamily ?? DEFAULT_FONT;
  const onSkip = checkFunction(o.onSkip, FN, "options.onSkip") as ((skip: GrowthChartSkip) => void) | undefined;
  if (o.title !== undefined && typeof o.title !== "string") throw new RangeError(`${FN}: title must be a string; got ${String(o.title)}`);

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
  const marginOpt: GrowthChartMargin = o.margin ?? {};
  if (!isPlainObject(o.margin ?? {})) throw new RangeError(`${FN}: margin must be an object; got ${String(o.margin)}`);
  for (const k of ["top", "right", "bottom", "left"] as const) {
    const v = marginOpt[k];
    if (v !== undefined && !(typeof v === "number" && v >= 0 && v < 10000)) {
      throw new RangeError(`${FN}: margin.${k} must be a number ≥ 0; got ${String(v)}`);
    }
  }

  const palette = chartPalette(paletteName, sex);
  const title = o.title ?? `${indicatorTitle(spec.name, lang, from, to)}, ${sex === MALE ? WORDS[lang].boys : WORDS[lang].girls}, ${rangeText(from, to, xKind, lang)}`;

  // Children first: their values widen the y range.
  const skipped: GrowthChartSkip[] = [];
  const resolved = resolveChildren(o, skipped, spec, sex, from, to);
  const colourOf = (i: number) => CHILD_COLOURS[i % CHILD_COLOURS.length]!;
  const markerOf = (i: number) => CHILD_MARKERS[i % CHILD_MARKERS.length]!;

  // Legend: shown when a child has a name or there are several children.
  const showLegend = resolved.length > 1 || resolved.some((c) => c.name !== undefined);
  const legendRowHeight = Math.round(fs * 1.5);
  const titleBandHeight = Math.round(fs * 2.6);
  const legendTop = titleBandHeight + Math.round(fs * 0.5);
  const legendItems = resolved.map((c, i) => ({
    c,
    label: c.name ?? `${WORDS[lang].child} ${c.index + 1}`,
    i,
  }));
  const legendRowsIdx: number[][] = [];
  if (showLegend) {
    const maxX = width - 12;
    let x = 14;
    let row: number[] = [];
    for (const it of legendItems) {
      const w = fs * 1.6 + textWidth(it.label, fs) + fs * 1.4;
      if (row.length > 0 && x + w > maxX) {
        legendRowsIdx.push(row);
        row = [];
        x = 14;
      }
      row.push(it.i);
      x += w;
    }
    if (row.length > 0) legendRowsIdx.push(row);
  }
  const legendHeight = legendRowsIdx.length * legendRowHeight;

  // Vertical layout.
  const top = marginOpt.top ?? titleBandHeight + legendHeight + Math.round(fs * 1.6);
  const bottom = marginOpt.bottom ?? Math.round(fs * 5.4);
  const right = marginOpt.right ?? Math.round(fs * 2.8);
  const plotHeight = height - top - bottom;
  if (!(plotHeight >= 40)) throw new RangeError(`${FN}: height ${height} leaves no room for the plot (margins ${top} + ${bottom})`);

  // y extent from the −3 and +3 curves sampled at every table step, and the children.
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
  for (const c of resolved) {
    for (const p of c.points) {
      if (p.y < lo) lo = p.y;
      if (p.y > hi) hi = p.y;
    }
  }
  const ys = yScale(lo, hi, plotHeight, fs * 3.2);
  const yLabelWidth = Math.max(...ys.ticks.major.map((t) => textWidth(formatNumber(t.at, ys.ticks.decimals, lang), fs)));
  const left = marginOpt.left ?? Math.round(14 + fs * 1.2 + 8 + yLabelWidth + 8);
  const plotWidth = width - left - right;
  if (!(plotWidth >= 60)) throw new RangeError(`${FN}: width ${width} leaves no room for the plot (margins ${left} + ${right})`);
  const plot: PlotRect = { left, top, right: width - right, bottom: height - bottom };

  const xPx = (x: number) => plot.left + ((x - from) / (to - from)) * plotWidth;
  const yPx = (y: number) => plot.bottom - ((y - ys.min) / (ys.max - ys.min)) * plotHeight;

  const k = samplingSteps(spec, fromT, toT, plotWidth, 1);
  const xs = sampleXs(spec.xUnit, fromT, toT, k);
  const chartX = (tx: number) => (tx === fromT ? from : tx === toT ? to : spec.xUnit === "days" ? tx / DAYS_PER_MONTH : tx);
  const curves: Curve[] = CURVE_Z.map((z) => {
    const points: CurvePoint[] = [];
    for (const tx of xs) {
      const y = curveValue(spec, sex, tx, z);
      if (!Number.isFinite(y)) continue;
      const x = chartX(tx);
      points.push({ x, tableX: tx, y, px: xPx(x), py: yPx(y) });
    }
    return { z, points: simplify(points, CURVE_TOLERANCE_PX) };
  });

  const children: ChildSeries[] = resolved.map((c, i) => ({
    index: c.index,
    name: c.name,
    colour: c.colour ?? colourOf(i),
    marker: markerOf(i),
    points: c.points.map((p) => ({ x: p.x, y: p.y, px: xPx(p.x), py: yPx(p.y), index: p.index })),
  }));
  const legendRows = legendRowsIdx.map((r) => r.map((i) => children[i]!));

  // Reported only once the chart is sure to be drawn.
  if (onSkip !== undefined) for (const s of skipped) onSkip(s);

  return {
    indicator: spec.name,
    sex,
    lang,
    paletteName,
    palette,
    xKind,
    from,
    to,
    yMin: ys.min,
    yMax: ys.max,
    width,
    height,
    fontSize: fs,
    fontFamily,
    plot,
    titleBandHeight,
    title,
    source: `${WORDS[lang].source}: ${standardName(spec.name)}`,
    xAxis: {
      title: xAxisTitle(spec.name, xKind, lang),
      ticks: xTicks(xKind, from, to, plotWidth, Math.max(fs * 2.4, textWidth(xKind === "cm" ? "000" : "00", fs) + fs)),
    },
    yAxis: { title: yAxisTitle(spec.name, lang, from, to), ticks: ys.ticks },
    curves,
    children,
    legend: { rows: legendRows, top: legendTop, rowHeight: legendRowHeight },
  };
}
