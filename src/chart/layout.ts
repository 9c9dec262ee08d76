/**
 * What every kind of growth chart shares once its curves and children's
 * points are known in data units: the options common to all charts (sex,
 * language, palette, size, font, title, margins), the legend, margins, y
 * scale and plotting area, the px of the children's points, and curves
 * sampled and simplified to within 0.05 px. The WHO charts
 * (`geometry.ts`) and the INTERGROWTH-21st charts (`intergrowth-chart.ts`)
 * lay out through it.
 * @internal
 */
import { FEMALE, MALE } from "../who/constants.js";
import { checkChoice, isPlainObject } from "../util/checks.js";
import { sexCode } from "../record/codes.js";
import { type ChartLanguage, WORDS, type XAxisKind } from "./chart-labels.js";
import { CHILD_COLOURS, CHILD_MARKERS, type ChartPalette, type ChartPaletteName, type ChildMarker, chartPalette, cssColour } from "./palette.js";
import { formatNumber, textWidth } from "./svg-text.js";
import { type AxisTicks, yScale } from "./ticks.js";
import type { ChartIndicator, GrowthChartChild, GrowthChartMargin, GrowthChartOptions, GrowthChartSkip, GrowthChartSkipReason } from "./types.js";

const FN = "growthChartSvg";
const LANGUAGES: readonly ChartLanguage[] = ["en", "id"];
const PALETTES: readonly ChartPaletteName[] = ["who", "kms"];

/** Default font stack: the platform's UI sans-serif, then common fallbacks. @internal */
export const DEFAULT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** How far (px) a drawn curve may stray from the sampled points it leaves out: below the 0.1 px rounding. @internal */
export const CURVE_TOLERANCE_PX = 0.05;

/** A point of a curve: x in chart units (months, cm or weeks), the table x it was looked up at, the value, and px. @internal */
export interface CurvePoint {
  readonly x: number;
  /** x in the standard's own units: days, cm, months. */
  readonly tableX: number;
  readonly y: number;
  readonly px: number;
  readonly py: number;
}

/** One curve: a z-score curve, or a centile curve (its `z` the centile's z-score, its `label` the centile). @internal */
export interface Curve {
  readonly z: number;
  /** The label at the right end (the z-score when absent). */
  readonly label?: string;
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
  /** Plotted at the age corrected for preterm birth. */
  readonly corrected?: boolean;
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

/** The legend of the children, below the title band. @internal */
export interface ChartLegend {
  /** Rows, each a list of children (by position in `children`). */
  readonly rows: readonly (readonly ChildSeries[])[];
  /** Top of the first row, and the height of a row, in px. */
  readonly top: number;
  readonly rowHeight: number;
}

/** A child's point in data units, before layout. @internal */
export interface ResolvedPoint {
  x: number;
  y: number;
  index: number;
  corrected?: boolean;
}

/** A child with its drawable points in data units, before layout. @internal */
export interface ResolvedChild {
  readonly index: number;
  readonly name: string | undefined;
  readonly colour: string | undefined;
  readonly points: ResolvedPoint[];
}

/**
 * The children of `o.children` with their points in data units, each point
 * resolved by `point` (its `index` is set here) or left off with the
 * reason it gives, reported in `skipped`; the points of a child in x order
 * (equal x in input order). A child that is not an object with a `points`
 * array, or a point that is not an object, is reported too.
 * @internal
 */
export function resolveChildren(
  o: GrowthChartOptions, skipped: GrowthChartSkip[],
  point: (p: Readonly<Record<string, unknown>>, child: GrowthChartChild) => ResolvedPoint | GrowthChartSkipReason,
): ResolvedChild[] {
  const skip = (child: number, at: number, reason: GrowthChartSkipReason) => {
    skipped.push({ child, point: at, reason });
  };
  const list = o.children as unknown;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    skip(-1, -1, "invalid-child");
    return [];
  }
  const out: ResolvedChild[] = [];
  (list as readonly unknown[]).forEach((c: unknown, ci: number) => {
    if (!isPlainObject(c) || !Array.isArray(c.points)) {
      skip(ci, -1, "invalid-child");
      return;
    }
    const child = c as unknown as GrowthChartChild;
    const points: ResolvedPoint[] = [];
    (c.points as readonly unknown[]).forEach((p: unknown, pi: number) => {
      const r = isPlainObject(p) ? point(p, child) : "invalid-x";
      if (typeof r === "string") skip(ci, pi, r);
      else points.push({ ...r, index: pi });
    });
    // Joined in x order; equal x keep their input order.
    points.sort((a, b) => a.x - b.x || a.index - b.index);
    out.push({ index: ci, name: typeof child.name === "string" && child.name.trim() !== "" ? child.name : undefined, colour: cssColour(child.color), points });
  });
  return out;
}

/** The checked options every chart takes. @internal */
export interface CommonChartOptions {
  readonly sex: 1 | 2;
  readonly lang: ChartLanguage;
  readonly paletteName: ChartPaletteName;
  readonly palette: ChartPalette;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly fontFamily: string;
}

function optionNumber(o: GrowthChartOptions, key: "width" | "height" | "fontSize", dflt: number, min: number, max: number): number {
  const v = o[key];
  if (v === undefined) return dflt;
  if (typeof v !== "number" || !(v >= min && v <= max)) {
    throw new RangeError(`${FN}: ${key} must be a number from ${min} to ${max}; got ${String(v)}`);
  }
  return v;
}

/**
 * Checks sex, language, palette, size, font and title.
 * @throws RangeError naming growthChartSvg and the option
 * @internal
 */
export function readCommonOptions(o: GrowthChartOptions): CommonChartOptions {
  const sx = sexCode(o.sex);
  if (sx !== MALE && sx !== FEMALE) {
    throw new RangeError(`${FN}: sex must be 1 (male) or 2 (female), or a code sexCode accepts (M/F, L/P, …); got ${JSON.stringify(o.sex)}`);
  }
  const sex = sx as 1 | 2;
  const lang = checkChoice(o.lang ?? "en", LANGUAGES, FN, "lang");
  const paletteName = checkChoice(o.palette ?? "who", PALETTES, FN, "palette");
  const width = optionNumber(o, "width", 800, 240, 10000);
  const height = optionNumber(o, "height", 560, 200, 10000);
  const fontSize = optionNumber(o, "fontSize", 12, 6, 40);
  if (o.fontFamily !== undefined && typeof o.fontFamily !== "string") {
    throw new RangeError(`${FN}: fontFamily must be a string; got ${String(o.fontFamily)}`);
  }
  if (o.title !== undefined && typeof o.title !== "string") throw new RangeError(`${FN}: title must be a string; got ${String(o.title)}`);
  return { sex, lang, paletteName, palette: chartPalette(paletteName, sex), width, height, fontSize, fontFamily: o.fontFamily ?? DEFAULT_FONT };
}

/**
 * Checks the margins.
 * @throws RangeError naming growthChartSvg and the margin
 * @internal
 */
export function readMargin(o: GrowthChartOptions): GrowthChartMargin {
  const margin: GrowthChartMargin = o.margin ?? {};
  if (!isPlainObject(o.margin ?? {})) throw new RangeError(`${FN}: margin must be an object; got ${String(o.margin)}`);
  for (const k of ["top", "right", "bottom", "left"] as const) {
    const v = margin[k];
    if (v !== undefined && !(typeof v === "number" && v >= 0 && v < 10000)) {
      throw new RangeError(`${FN}: margin.${k} must be a number ≥ 0; got ${String(v)}`);
    }
  }
  return margin;
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

/**
 * A curve through the values at the table xs `tableXs` (NaN values left
 * out), each at chart x `chartX(tableX)`, simplified to within
 * {@link CURVE_TOLERANCE_PX}.
 * @internal
 */
export function sampledCurve(
  tableXs: readonly number[], value: (tableX: number) => number, chartX: (tableX: number) => number, layout: Pick<ChartLayout, "xPx" | "yPx">,
): CurvePoint[] {
  const points: CurvePoint[] = [];
  for (const tx of tableXs) {
    const y = value(tx);
    if (!Number.isFinite(y)) continue;
    const x = chartX(tx);
    points.push({ x, tableX: tx, y, px: layout.xPx(x), py: layout.yPx(y) });
  }
  return simplify(points, CURVE_TOLERANCE_PX);
}

/** Everything the SVG writer needs: a chart laid out. @internal */
export interface ChartGeometry {
  readonly indicator: ChartIndicator;
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
  /** The unit of the measurement (kg, cm, kg/m², mm). */
  readonly unit: string;
  /** What the curves are, for the description ("z-score curves −3 to +3"). */
  readonly curvesText: string;
  /** The heading of the curve labels at the right end ("z", "C"). */
  readonly curveHeader: string;
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

/** The layout of a chart: where everything goes, in px. @internal */
export interface ChartLayout {
  readonly plot: PlotRect;
  readonly plotWidth: number;
  readonly titleBandHeight: number;
  readonly yMin: number;
  readonly yMax: number;
  readonly yTicks: AxisTicks;
  readonly xPx: (x: number) => number;
  readonly yPx: (y: number) => number;
  readonly children: readonly ChildSeries[];
  readonly legend: ChartLegend;
}

/**
 * Lays a chart out: the legend of the children (shown when a child has a
 * name or there are several), the margins (those given kept), a y scale
 * over [lo, hi] and every child's point, the plotting area, and the
 * children's points in px.
 * @param range - the x range [from, to] in chart units
 * @param curveExtent - the lowest and highest value of the curves over the range
 * @throws RangeError naming growthChartSvg when the size leaves no room for the plot
 * @internal
 */
export function layoutChart(
  common: CommonChartOptions, margin: GrowthChartMargin, range: readonly [number, number], curveExtent: readonly [number, number], resolved: readonly ResolvedChild[],
): ChartLayout {
  const { width, height, fontSize: fs, lang } = common;
  const [from, to] = range;
  const colourOf = (i: number) => CHILD_COLOURS[i % CHILD_COLOURS.length]!;
  const markerOf = (i: number) => CHILD_MARKERS[i % CHILD_MARKERS.length]!;

  // Legend: shown when a child has a name or there are several children.
  const showLegend = resolved.length > 1 || resolved.some((c) => c.name !== undefined);
  const legendRowHeight = Math.round(fs * 1.5);
  const titleBandHeight = Math.round(fs * 2.6);
  const legendTop = titleBandHeight + Math.round(fs * 0.5);
  const legendRowsIdx: number[][] = [];
  if (showLegend) {
    const maxX = width - 12;
    let x = 14;
    let row: number[] = [];
    resolved.forEach((c, i) => {
      const label = c.name ?? `${WORDS[lang].child} ${c.index + 1}`;
      const w = fs * 1.6 + textWidth(label, fs) + fs * 1.4;
      if (row.length > 0 && x + w > maxX) {
        legendRowsIdx.push(row);
        row = [];
        x = 14;
      }
      row.push(i);
      x += w;
    });
    if (row.length > 0) legendRowsIdx.push(row);
  }
  const legendHeight = legendRowsIdx.length * legendRowHeight;

  // Vertical layout.
  const top = margin.top ?? titleBandHeight + legendHeight + Math.round(fs * 1.6);
  const bottom = margin.bottom ?? Math.round(fs * 5.4);
  const right = margin.right ?? Math.round(fs * 2.8);
  const plotHeight = height - top - bottom;
  if (!(plotHeight >= 40)) throw new RangeError(`${FN}: height ${height} leaves no room for the plot (margins ${top} + ${bottom})`);

  // y extent: the curves and the children.
  let [lo, hi] = curveExtent;
  for (const c of resolved) {
    for (const p of c.points) {
      if (p.y < lo) lo = p.y;
      if (p.y > hi) hi = p.y;
    }
  }
  const ys = yScale(lo, hi, plotHeight, fs * 3.2);
  const yLabelWidth = Math.max(...ys.ticks.major.map((t) => textWidth(formatNumber(t.at, ys.ticks.decimals, lang), fs)));
  const left = margin.left ?? Math.round(14 + fs * 1.2 + 8 + yLabelWidth + 8);
  const plotWidth = width - left - right;
  if (!(plotWidth >= 60)) throw new RangeError(`${FN}: width ${width} leaves no room for the plot (margins ${left} + ${right})`);
  const plot: PlotRect = { left, top, right: width - right, bottom: height - bottom };

  const xPx = (x: number) => plot.left + ((x - from) / (to - from)) * plotWidth;
  const yPx = (y: number) => plot.bottom - ((y - ys.min) / (ys.max - ys.min)) * plotHeight;

  const children: ChildSeries[] = resolved.map((c, i) => ({
    index: c.index,
    name: c.name,
    colour: c.colour ?? colourOf(i),
    marker: markerOf(i),
    points: c.points.map((p) => ({ x: p.x, y: p.y, px: xPx(p.x), py: yPx(p.y), index: p.index, ...(p.corrected ? { corrected: true } : {}) })),
  }));
  return {
    plot,
    plotWidth,
    titleBandHeight,
    yMin: ys.min,
    yMax: ys.max,
    yTicks: ys.ticks,
    xPx,
    yPx,
    children,
    legend: { rows: legendRowsIdx.map((r) => r.map((i) => children[i]!)), top: legendTop, rowHeight: legendRowHeight },
  };
}

/** What a kind of chart gives of its geometry: the rest comes from the common options and the layout. @internal */
export type ChartContent = Pick<ChartGeometry, "indicator" | "palette" | "xKind" | "from" | "to" | "title" | "source" | "unit" | "curvesText" | "curveHeader" | "xAxis" | "curves"> & {
  /** The y axis title (the ticks are the layout's). */
  readonly yTitle: string;
};

/** A chart's geometry from its content, its common options and its layout. @internal */
export function chartOf(common: CommonChartOptions, layout: ChartLayout, content: ChartContent): ChartGeometry {
  const { yTitle, ...own } = content;
  return {
    ...own,
    sex: common.sex,
    lang: common.lang,
    paletteName: common.paletteName,
    width: common.width,
    height: common.height,
    fontSize: common.fontSize,
    fontFamily: common.fontFamily,
    yMin: layout.yMin,
    yMax: layout.yMax,
    plot: layout.plot,
    titleBandHeight: layout.titleBandHeight,
    yAxis: { title: yTitle, ticks: layout.yTicks },
    children: layout.children,
    legend: layout.legend,
  };
}
