/**
 * The growth chart's SVG writer and the public `growthChartSvg`: bands,
 * grid, curves, ticks, labels, legend and children's points from a laid-out
 * chart (`geometry.ts`).
 */
import { WORDS } from "./chart-labels.js";
import { type ChartGeometry, type ChildPoint, type ChildSeries, type CurvePoint, chartGeometry } from "./geometry.js";
import type { ChildMarker } from "./palette.js";
import { escapeXml, formatNumber, formatTrimmed, px, textWidth } from "./svg-text.js";
import type { GrowthChartOptions } from "./types.js";
import { kbmMarks } from "./kbm-marks.js";
import { intergrowthChartGeometry, isIntergrowthChart } from "./intergrowth-chart.js";

/** `M x y L x y x y …` through `points` (px, rounded to 0.1). */
function polyline(points: readonly { px: number; py: number }[]): string {
  let d = "";
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    d += `${i === 0 ? "M" : i === 1 ? "L" : " "}${px(p.px)} ${px(p.py)}`;
  }
  return d;
}

/** The area under a curve down to the bottom of the plot. */
function areaBelow(points: readonly CurvePoint[], g: ChartGeometry): string {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return `${polyline(points)}L${px(last.px)} ${px(g.plot.bottom)}L${px(first.px)} ${px(g.plot.bottom)}Z`;
}

/** Centres of stacked labels moved apart to at least `gap`, kept within [lo, hi] where possible. */
function spreadLabels(centres: readonly number[], gap: number, lo: number, hi: number): number[] {
  const ys = centres.slice();
  for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i]!, i === 0 ? lo : ys[i - 1]! + gap);
  for (let i = ys.length - 1; i >= 0; i--) ys[i] = Math.min(ys[i]!, i === ys.length - 1 ? hi : ys[i + 1]! - gap);
  return ys;
}

/** A child's point or legend marker of `shape`, centred at (cx, cy), with `extra` attributes and `inner` content. @internal */
export function marker(cls: string, shape: ChildMarker, cx: number, cy: number, r: number, extra: string, inner: string): string {
  const open = (tag: string, attrs: string) =>
    inner === "" ? `<${tag} class="${cls}" ${attrs}${extra}/>` : `<${tag} class="${cls}" ${attrs}${extra}>${inner}</${tag}>`;
  switch (shape) {
    case "circle":
      return open("circle", `cx="${px(cx)}" cy="${px(cy)}" r="${px(r)}"`);
    case "square": {
      const h = r * 0.9;
      return open("rect", `x="${px(cx - h)}" y="${px(cy - h)}" width="${px(2 * h)}" height="${px(2 * h)}"`);
    }
    case "triangle": {
      const a = r * 1.25;
      return open("path", `d="M${px(cx)} ${px(cy - a)}L${px(cx + a * 0.95)} ${px(cy + a * 0.7)} ${px(cx - a * 0.95)} ${px(cy + a * 0.7)}Z"`);
    }
    case "diamond": {
      const a = r * 1.3;
      return open("path", `d="M${px(cx)} ${px(cy - a)}L${px(cx + a)} ${px(cy)} ${px(cx)} ${px(cy + a)} ${px(cx - a)} ${px(cy)}Z"`);
    }
  }
}

function childLabel(c: ChildSeries, g: ChartGeometry): string {
  return c.name ?? `${WORDS[g.lang].child} ${c.index + 1}`;
}

function pointTitle(c: ChildSeries, p: ChildPoint, g: ChartGeometry): string {
  const x = formatTrimmed(p.x, 1, g.lang);
  const where = g.xKind === "cm" ? `${x} cm` : g.xKind === "weeks" ? `${x} ${WORDS[g.lang].weeks}` : `${x} ${WORDS[g.lang].months}`;
  return `${childLabel(c, g)}: ${where}${p.corrected ? ` (${WORDS[g.lang].corrected})` : ""}, ${formatTrimmed(p.y, 2, g.lang)} ${g.unit}`;
}

/** Writes the SVG of a laid-out chart; `overlay` (SVG elements) goes above the children's points. @internal */
export function renderChartSvg(g: ChartGeometry, overlay = ""): string {
  const { width: W, height: H, plot, palette: pal, fontSize: fs, lang } = g;
  const out: string[] = [];
  const title = escapeXml(g.title);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}"` +
      ` font-family="${escapeXml(g.fontFamily)}" font-size="${px(fs)}">`,
  );
  out.push(`<title>${title}</title>`);
  const plotted = g.children.reduce((n, c) => n + c.points.length, 0);
  out.push(`<desc>${escapeXml(`${g.curvesText}. ${g.source}.`)}${plotted > 0 ? escapeXml(` ${plotted} ${lang === "id" ? "titik pengukuran" : plotted === 1 ? "measurement" : "measurements"}.`) : ""}</desc>`);
  out.push(`<rect width="${W}" height="${H}" fill="#FFFFFF"/>`);

  // Title band; the title shrinks (down to the base size) to fit the width.
  const tH = g.titleBandHeight;
  let titleSize = fs * 1.35;
  const room = W - 28;
  if (textWidth(g.title, titleSize) > room) titleSize = Math.max(fs, (titleSize * room) / textWidth(g.title, titleSize));
  out.push(`<rect class="tumbuh-header" width="${W}" height="${tH}" fill="${pal.header}"/>`);
  out.push(`<text class="tumbuh-title" x="14" y="${px(tH / 2 + titleSize * 0.36)}" font-size="${px(titleSize)}" font-weight="bold" fill="${pal.headerText}">${title}</text>`);

  // Legend of children.
  g.legend.rows.forEach((row, r) => {
    const cy = g.legend.top + r * g.legend.rowHeight + g.legend.rowHeight / 2;
    let x = 14;
    for (const c of row) {
      const label = childLabel(c, g);
      out.push(
        `<g class="tumbuh-legend-item" fill="${escapeXml(c.colour)}" stroke="${escapeXml(c.colour)}">` +
          `<path d="M${px(x)} ${px(cy)}H${px(x + fs * 1.3)}" stroke-width="1.8"/>` +
          marker("tumbuh-legend-marker", c.marker, x + fs * 0.65, cy, fs * 0.33, ` stroke="#FFFFFF" stroke-width="1"`, "") +
          `<text x="${px(x + fs * 1.6)}" y="${px(cy + fs * 0.35)}" stroke="none" fill="${pal.text}">${escapeXml(label)}</text></g>`,
      );
      x += fs * 1.6 + textWidth(label, fs) + fs * 1.4;
    }
  });

  const plotW = plot.right - plot.left;
  const plotH = plot.bottom - plot.top;
  const xPx = (x: number) => plot.left + ((x - g.from) / (g.to - g.from)) * plotW;
  const yPx = (y: number) => plot.bottom - ((y - g.yMin) / (g.yMax - g.yMin)) * plotH;

  // Bands: the plot filled with the top band's colour, then the area below each curve from +3 down to −3.
  out.push(`<g class="tumbuh-bands" stroke="none">`);
  out.push(`<rect x="${px(plot.left)}" y="${px(plot.top)}" width="${px(plotW)}" height="${px(plotH)}" fill="${pal.bands[g.curves.length]}"/>`);
  for (let i = g.curves.length - 1; i >= 0; i--) {
    const c = g.curves[i]!;
    if (c.points.length < 2) continue;
    out.push(`<path class="tumbuh-band" data-below-z="${c.z}" d="${areaBelow(c.points, g)}" fill="${pal.bands[i]}"/>`);
  }
  out.push(`</g>`);

  // Grid.
  let minor = "";
  let major = "";
  const inside = (v: number, a: number, b: number) => v > a + 0.5 && v < b - 0.5;
  for (const m of g.xAxis.ticks.minor) {
    const x = xPx(m);
    if (inside(x, plot.left, plot.right)) minor += `M${px(x)} ${px(plot.top)}V${px(plot.bottom)}`;
  }
  for (const t of g.xAxis.ticks.major) {
    const x = xPx(t.at);
    if (inside(x, plot.left, plot.right)) major += `M${px(x)} ${px(plot.top)}V${px(plot.bottom)}`;
  }
  for (const v of g.yAxis.ticks.minor) {
    const y = yPx(v);
    if (inside(y, plot.top, plot.bottom)) minor += `M${px(plot.left)} ${px(y)}H${px(plot.right)}`;
  }
  for (const t of g.yAxis.ticks.major) {
    const y = yPx(t.at);
    if (inside(y, plot.top, plot.bottom)) major += `M${px(plot.left)} ${px(y)}H${px(plot.right)}`;
  }
  out.push(`<g class="tumbuh-grid" fill="none" stroke-width="1" shape-rendering="crispEdges">`);
  if (minor) out.push(`<path d="${minor}" stroke="${pal.gridMinor}"/>`);
  if (major) out.push(`<path d="${major}" stroke="${pal.gridMajor}"/>`);
  out.push(`</g>`);

  // Curves.
  out.push(`<g class="tumbuh-curves" fill="none" stroke-linejoin="round" stroke-linecap="round">`);
  g.curves.forEach((c, i) => {
    if (c.points.length < 2) return;
    const st = pal.curves[i]!;
    out.push(`<path class="tumbuh-curve" data-z="${c.z}" d="${polyline(c.points)}" stroke="${st.stroke}" stroke-width="${st.width}"/>`);
  });
  out.push(`</g>`);

  // Plot frame, ticks and tick labels.
  const dataRange = `data-x-range="${g.from} ${g.to}" data-y-range="${g.yMin} ${g.yMax}"`;
  out.push(
    `<rect class="tumbuh-plot" x="${px(plot.left)}" y="${px(plot.top)}" width="${px(plotW)}" height="${px(plotH)}" fill="none" stroke="${pal.axis}" stroke-width="1" ${dataRange}/>`,
  );
  let ticks = "";
  for (const t of g.xAxis.ticks.major) ticks += `M${px(xPx(t.at))} ${px(plot.bottom)}v${px(fs * 0.35)}`;
  for (const t of g.yAxis.ticks.major) ticks += `M${px(plot.left)} ${px(yPx(t.at))}h${px(-fs * 0.35)}`;
  out.push(`<path class="tumbuh-ticks" d="${ticks}" stroke="${pal.axis}" stroke-width="1" fill="none"/>`);
  out.push(`<g class="tumbuh-x-labels" text-anchor="middle" fill="${pal.text}">`);
  for (const t of g.xAxis.ticks.major) {
    out.push(`<text x="${px(xPx(t.at))}" y="${px(plot.bottom + fs * 1.45)}">${formatNumber(t.label ?? t.at, g.xAxis.ticks.decimals, lang)}</text>`);
  }
  out.push(`</g><g class="tumbuh-y-labels" text-anchor="end" fill="${pal.text}">`);
  for (const t of g.yAxis.ticks.major) {
    out.push(`<text x="${px(plot.left - fs * 0.6)}" y="${px(yPx(t.at) + fs * 0.35)}">${formatNumber(t.label ?? t.at, g.yAxis.ticks.decimals, lang)}</text>`);
  }
  out.push(`</g>`);
  out.push(
    `<text class="tumbuh-x-title" x="${px((plot.left + plot.right) / 2)}" y="${px(plot.bottom + fs * 3)}" text-anchor="middle" font-weight="bold" fill="${pal.text}">${escapeXml(g.xAxis.title)}</text>`,
  );
  const yMid = (plot.top + plot.bottom) / 2;
  out.push(
    `<text class="tumbuh-y-title" x="${px(-yMid)}" y="${px(14 + fs * 0.9)}" transform="rotate(-90)" text-anchor="middle" font-weight="bold" fill="${pal.text}">${escapeXml(g.yAxis.title)}</text>`,
  );

  // z labels at the right end of the curves, pushed apart where curves converge.
  const ends = g.curves
    .map((c, i) => ({ c, i, y: c.points.length > 0 ? c.points[c.points.length - 1]!.py : Number.NaN }))
    .filter((e) => Number.isFinite(e.y))
    .sort((a, b) => a.y - b.y);
  const labelSize = fs * 0.95;
  const placed = spreadLabels(ends.map((e) => e.y), labelSize * 1.05, plot.top + labelSize * 0.4, plot.bottom - labelSize * 0.2);
  out.push(`<g class="tumbuh-curve-labels" font-size="${px(labelSize)}" font-weight="bold">`);
  if (g.curveHeader !== "") {
    out.push(`<text x="${px(plot.right + fs * 0.4)}" y="${px(plot.top - fs * 0.5)}" font-style="italic" font-weight="normal" fill="${pal.mutedText}">${escapeXml(g.curveHeader)}</text>`);
  }
  ends.forEach((e, k) => {
    out.push(`<text x="${px(plot.right + fs * 0.4)}" y="${px(placed[k]! + labelSize * 0.35)}" fill="${pal.curves[e.i]!.stroke}">${escapeXml(e.c.label ?? formatNumber(e.c.z, 0, lang))}</text>`);
  });
  out.push(`</g>`);

  // Children: a line through the points in x order, then the points.
  for (const c of g.children) {
    const colour = escapeXml(c.colour);
    out.push(`<g class="tumbuh-child" data-child="${c.index}" fill="${colour}" stroke="${colour}">`);
    if (c.points.length > 1) {
      out.push(`<path d="${polyline(c.points)}" fill="none" stroke-width="${px(Math.max(1.5, fs * 0.15))}" stroke-linejoin="round" stroke-linecap="round"/>`);
    }
    for (const p of c.points) {
      // a point at corrected age: hollow, in the child's colour
      const style = p.corrected ? ` fill="#FFFFFF" stroke-width="1.5" data-corrected="1"` : ` stroke="#FFFFFF" stroke-width="1"`;
      out.push(marker(p.corrected ? "tumbuh-point tumbuh-corrected" : "tumbuh-point", c.marker, p.px, p.py, Math.max(2.5, fs * 0.33), style, `<title>${escapeXml(pointTitle(c, p, g))}</title>`));
    }
    out.push(`</g>`);
  }
  if (overlay !== "") out.push(overlay);

  out.push(
    `<text class="tumbuh-source" x="14" y="${px(H - fs * 0.7)}" font-size="${px(fs * 0.85)}" fill="${pal.mutedText}">${escapeXml(g.source)}</text>`,
  );
  out.push(`</svg>`);
  return out.join("\n");
}

/**
 * A WHO growth chart as a standalone SVG string, with no dependencies: the
 * −3, −2, −1, 0, +1, +2 and +3 z-score curves of an indicator for one sex,
 * computed from WHO's LMS tables exactly as {@link valueAtZ} does, shaded
 * bands between them, axes with ticks, grid and units, a title, z labels at
 * the right end of the curves, the standard's name as the source, and
 * optionally children's measurements as points joined by a line.
 *
 * The x axis is age in months for the WHO 2006 age-based indicators (the
 * tables are in days: curves are sampled at every day, or every few days
 * when a day is under a pixel wide), age in years for the WHO 2007
 * indicators (5–19 years, sampled at every month of the table), and
 * length/height in cm for `wfl`/`wfh` (every 0.1 cm row, or every few).
 * Samples that a straight line passes within 0.05 px of are dropped and
 * coordinates are rounded to 0.1 px, which keeps a chart at about 10–20 kB.
 * The same options always give the same string.
 *
 * Children's data never make it throw: a point with no usable x or value,
 * outside the range, or beyond WHO's flag limits for the indicator is left
 * out and reported through `onSkip`. Names and other text are escaped for
 * XML. The y range covers the ±3 curves and every plotted point.
 *
 * The plotting area is the `rect.tumbuh-plot` element; its
 * `data-x-range`/`data-y-range` attributes give the data ranges its edges
 * stand for (months or cm, and the measurement's unit).
 *
 * @param options - see {@link GrowthChartOptions}
 * @returns an `<svg>` element as a string, ready to write to a `.svg` file or to put into HTML
 * @throws RangeError naming growthChartSvg and the option: unknown indicator, sex, lang or
 *   palette, a range outside the indicator's table, or a size that leaves no room for the plot
 * @throws TypeError when `onSkip` is given and is not a function
 *
 * @example
 * growthChartSvg({ indicator: "wei", sex: "F" }).startsWith("<svg"); // => true
 * @example
 * // Bahasa Indonesia, KMS colours, one child's weighings
 * const svg = growthChartSvg({
 *   indicator: "wei", sex: "P", lang: "id", palette: "kms",
 *   children: [{ name: "Siti", points: [{ ageMonths: 1, value: 4.2 }, { ageMonths: 2, value: 5.1 }] }],
 * });
 * svg.includes("Berat badan menurut umur, perempuan, 0–24 bulan"); // => true
 * svg.split('class="tumbuh-point"').length - 1; // => 2
 * @example
 * // bad points are skipped and reported, never thrown on
 * const skipped = [];
 * growthChartSvg({
 *   indicator: "wfl", sex: 1,
 *   children: [{ points: [{ lenheiCm: 80, value: 10.5 }, { lenheiCm: 80, value: -1 }, { ageDays: 300, value: 9 }] }],
 *   onSkip: (s) => skipped.push(s.reason),
 * });
 * skipped; // => ["invalid-value", "invalid-x"]
 * @example
 * // The KMS marks: N (naik) or T (tidak naik) above the weighings that have a verdict
 * const kms = growthChartSvg({
 *   indicator: "wei", sex: "L", palette: "kms", lang: "id",
 *   children: [{ points: [{ ageMonths: 4, value: 6.6 }, { ageMonths: 5, value: 7.2, kbm: "N" }, { ageMonths: 6, value: 7.3, kbm: "T" }] }],
 * });
 * kms.split('class="tumbuh-kbm-mark"').length - 1; // => 2
 * @category Charts
 */
export function growthChartSvg(options: GrowthChartOptions): string {
  const g = isIntergrowthChart((options as { indicator?: unknown } | null)?.indicator) ? intergrowthChartGeometry(options) : chartGeometry(options);
  return renderChartSvg(g, kbmMarks(g, options.children));
}
