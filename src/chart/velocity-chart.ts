/**
 * WHO growth-velocity charts as SVG: for one table (weight over 1 or 2
 * months, length or head circumference over 2 months) and one sex, the
 * 3rd, 5th, 15th, 50th, 85th, 95th and 97th centiles of the increment in
 * every interval, shaded between the 3rd and 97th and the 15th and 85th,
 * with children's increments marked in their intervals.
 */
import { sexCode } from "../record/codes.js";
import { centileToZ, zToCentile } from "../lms/centile.js";
import { checkChoice, checkFunction, checkObject, describe } from "../util/checks.js";
import { incrementAtZ, incrementZ } from "../velocity/increment-z.js";
import { intervalCount, intervalLabel, type VelocityMeasure, type VelocityMonths } from "../velocity/intervals.js";
import { velocityTableOf } from "../velocity/tables.js";
import { checkMeasure } from "../velocity/velocity-args.js";
import { WORDS, type ChartLanguage } from "./chart-labels.js";
import { DEFAULT_FONT } from "./layout.js";
import { marker } from "./growth-chart.js";
import { CHILD_COLOURS, CHILD_MARKERS, chartPalette, cssColour } from "./palette.js";
import { escapeXml, formatNumber, formatTrimmed, px, textWidth } from "./svg-text.js";
import { multiples, niceStep } from "./ticks.js";
import { childIncrements, type Increment, type VelocityChartPoint, type VelocityChartSkipReason } from "./velocity-increments.js";

export type { VelocityChartPoint, VelocityChartSkipReason } from "./velocity-increments.js";

/**
 * A child's measurements for a velocity chart; its increments are drawn as points joined by a line.
 * @category Charts
 */
export interface VelocityChartChild {
  /** Shown in the legend and in each point's tooltip (escaped). */
  readonly name?: string;
  /** A CSS colour for the child's points and line. */
  readonly color?: string;
  /** The measurements (not increments), in any order: the chart pairs them. */
  readonly points: readonly VelocityChartPoint[];
}

/**
 * A measurement without an increment on the chart: indexes into `children` and that child's `points`.
 * @category Charts
 */
export interface VelocityChartSkip {
  /** Index in `children`. */
  readonly child: number;
  /** Index in that child's `points` (−1 when the whole child was skipped). */
  readonly point: number;
  /** Why. */
  readonly reason: VelocityChartSkipReason;
}

/**
 * Options of {@link velocityChartSvg}.
 * @category Charts
 */
export interface VelocityChartOptions {
  /** `"weight"`, `"length"` or `"head"` (head circumference). */
  readonly measure: VelocityMeasure;
  /** 1 (weight only: birth to 12 months) or 2 (weight and length to 24 months, head to 12 months). */
  readonly months: VelocityMonths;
  /** 1 or 2, or any code {@link sexCode} accepts. */
  readonly sex: number | string;
  /** Children's measurements: each measurement paired with the most recent earlier one whose pair fits one of the chart's intervals. */
  readonly children?: readonly VelocityChartChild[];
  /** `"en"` (default) or `"id"`. */
  readonly lang?: ChartLanguage;
  /** Image width in px (default 800, 240 to 10000). */
  readonly width?: number;
  /** Image height in px (default 560, 200 to 10000). */
  readonly height?: number;
  /** CSS font-family list. */
  readonly fontFamily?: string;
  /** Base font size in px (default 12, 6 to 40). */
  readonly fontSize?: number;
  /** Replaces the generated title. */
  readonly title?: string;
  /** Called for every measurement without an increment on the chart, in input order per child. */
  readonly onSkip?: (skip: VelocityChartSkip) => void;
}

const FN = "velocityChartSvg";
const OPTION_KEYS = ["measure", "months", "sex", "children", "lang", "width", "height", "fontFamily", "fontSize", "title", "onSkip"];
const WHITE_EDGE = ` stroke="#FFFFFF" stroke-width="1"`;
const shapeOf = (child: number) => CHILD_MARKERS[child % CHILD_MARKERS.length]!;
/** The centile lines, bottom to top. */
const CENTILES = [3, 5, 15, 50, 85, 95, 97] as const;

const TEXT = {
  en: {
    measure: { weight: "Weight velocity", length: "Length velocity", head: "Head circumference velocity" },
    increments: (m: number) => `${m}-month increments`,
    y: { weight: "Weight gain (g)", length: "Length gain (cm)", head: "Head circumference gain (cm)" },
    x: "Age interval (months; w = weeks)",
    weeks: "w",
    centiles: "centiles",
    source: "WHO Child Growth Standards: growth velocity (2009)",
  },
  id: {
    measure: { weight: "Kecepatan pertumbuhan berat badan", length: "Kecepatan pertumbuhan panjang badan", head: "Kecepatan pertumbuhan lingkar kepala" },
    increments: (m: number) => `kenaikan ${m} bulan`,
    y: { weight: "Kenaikan berat badan (g)", length: "Pertambahan panjang badan (cm)", head: "Pertambahan lingkar kepala (cm)" },
    x: "Interval umur (bulan; mg = minggu)",
    weeks: "mg",
    centiles: "persentil",
    source: "Standar Pertumbuhan Anak WHO: kecepatan pertumbuhan (2009)",
  },
} as const;

function sizeOption(o: Record<string, unknown>, key: string, dflt: number, min: number, max: number): number {
  const v = o[key];
  if (v === undefined) return dflt;
  if (typeof v !== "number" || !(v >= min && v <= max)) throw new RangeError(`${FN}: options.${key} must be a number from ${min} to ${max}; got ${describe(v)}`);
  return v;
}

function textOption(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  if (v !== undefined && typeof v !== "string") throw new TypeError(`${FN}: options.${key} must be a string; got ${describe(v)}`);
  return v;
}

/** An interval label as the x axis shows it: "0–4 w", "4 w–2", "2–3", "22–24". */
function shortLabel(label: string, lang: ChartLanguage): string {
  return label.replace(" wks", ` ${TEXT[lang].weeks}`).replace(" mo", "").replace("-", "\u2013");
}

/**
 * A WHO growth-velocity chart as a standalone SVG string: for a table
 * (`measure`, `months`) and a sex, the 3rd, 5th, 15th, 50th, 85th, 95th and
 * 97th centiles of the increment in each of WHO's intervals (computed from
 * WHO's L, M, S and Delta as {@link velocityIncrementAtCentile} does; the
 * 5th, tumbuh's `velocity-below-p5` flag, dashed), shaded between the 3rd
 * and 97th and between the 15th and 85th, and children's increments marked
 * in their intervals. Weight increments are in grams, length and head
 * circumference in cm.
 *
 * Children are given by their **measurements**: each is paired with the
 * most recent earlier measurement of the child whose pair fits one of the
 * chart's intervals ({@link growthVelocity}'s rule: the spacing within 5 days
 * of one month, or 10 days of two, the interval by the age at the first
 * measurement). A measurement without such a pair (a child's first one,
 * say) is reported through `onSkip`, as is a bad one; nothing throws on data.
 *
 * Where WHO's model has no increment at a centile (the lowest centiles of
 * some length and head rows, whose increments would be ≤ 0) the line is
 * drawn at the lowest increment the model allows (−Delta: 0 cm).
 *
 * @param options - see {@link VelocityChartOptions}
 * @returns an `<svg>` element as a string
 * @throws TypeError for options that are not an object, an unknown option, or `children`/`onSkip` of the wrong type
 * @throws RangeError for an unknown measure, months, sex or language, a size out of range, or 1-month intervals for length or head
 *
 * @example
 * velocityChartSvg({ measure: "weight", months: 1, sex: "F" }).startsWith("<svg"); // => true
 * @example
 * // A boy weighed at 4 and 5 months (+450 g) and at 6 months (+100 g): two increments
 * const svg = velocityChartSvg({
 *   measure: "weight", months: 1, sex: "L", lang: "id",
 *   children: [{ name: "Budi", points: [{ ageDays: 122, value: 6.6 }, { ageDays: 152, value: 7.05 }, { ageDays: 183, value: 7.15 }] }],
 * });
 * svg.split('class="tumbuh-increment"').length - 1; // => 2
 * svg.includes("Kecepatan pertumbuhan berat badan (kenaikan 1 bulan), laki-laki, 0–12 bulan"); // => true
 * @category Charts
 */
export function velocityChartSvg(options: VelocityChartOptions): string {
  const o = checkObject(options, OPTION_KEYS, FN, "options");
  const measure = checkMeasure(o.measure, o.months, FN, "options");
  const months = checkChoice(o.months, [1, 2] as const, FN, "options.months");
  const sx = sexCode(o.sex);
  if (sx !== 1 && sx !== 2) throw new RangeError(`${FN}: options.sex must be 1 (male) or 2 (female), or a code sexCode accepts (M/F, L/P, …); got ${describe(o.sex)}`);
  const sex = sx as 1 | 2;
  const lang = checkChoice(o.lang ?? "en", ["en", "id"] as const, FN, "options.lang");
  const W = sizeOption(o, "width", 800, 240, 10000);
  const H = sizeOption(o, "height", 560, 200, 10000);
  const fs = sizeOption(o, "fontSize", 12, 6, 40);
  const fontFamily = textOption(o, "fontFamily") ?? DEFAULT_FONT;
  const onSkip = o.onSkip === undefined ? undefined : (checkFunction(o.onSkip, FN, "options.onSkip") as (s: VelocityChartSkip) => void);
  if (o.children !== undefined && !Array.isArray(o.children)) throw new TypeError(`${FN}: options.children must be an array; got ${describe(o.children)}`);
  const t = velocityTableOf(measure, months, sex)!;
  const K = intervalCount(measure, months);
  const T = TEXT[lang];
  const title = textOption(o, "title") ?? `${T.measure[measure]} (${T.increments(months)}), ${sex === 1 ? WORDS[lang].boys : WORDS[lang].girls}, 0\u2013${months === 2 && measure !== "head" ? 24 : 12} ${WORDS[lang].months}`;

  // Centiles by interval (table units), at −Delta where the model has none.
  const centile = CENTILES.map((c) => Array.from({ length: K }, (_, k) => {
    const v = incrementAtZ(t, k, centileToZ(c));
    return v === v ? v : -t.delta;
  }));

  // Children's increments.
  const children = ((o.children ?? []) as readonly unknown[]).map((c, index) => {
    if (c === null || typeof c !== "object" || !Array.isArray((c as { points?: unknown }).points)) {
      onSkip?.({ child: index, point: -1, reason: "invalid-child" });
      return { index, name: undefined, colour: CHILD_COLOURS[index % CHILD_COLOURS.length]!, increments: [] as Increment[] };
    }
    const child = c as VelocityChartChild;
    const increments = childIncrements(child.points, measure, months, (point, reason) => onSkip?.({ child: index, point, reason }));
    return {
      index,
      name: typeof child.name === "string" ? child.name : undefined,
      colour: cssColour(child.color) ?? CHILD_COLOURS[index % CHILD_COLOURS.length]!,
      increments,
    };
  });

  // Layout: title band, legend, plot, x labels, axis titles, source.
  const tH = fs * 2.6;
  const named = children.filter((c) => c.increments.length > 0 || c.name !== undefined);
  const legendH = named.length > 0 ? fs * 1.8 : 0;
  const unitDecimals = measure === "weight" ? 0 : 1;
  let lo = Math.min(...centile[0]!);
  let hi = Math.max(...centile[CENTILES.length - 1]!);
  for (const c of children) for (const inc of c.increments) [lo, hi] = [Math.min(lo, inc.value), Math.max(hi, inc.value)];
  const longestY = Math.max(...[lo, hi].map((v) => textWidth(formatNumber(v, unitDecimals, lang), fs)));
  const labels = Array.from({ length: K }, (_, k) => shortLabel(intervalLabel(months, k), lang));
  const left = 14 + fs * 2 + longestY;
  const right = W - fs * 3.2;
  const colW = (right - left) / K;
  const labelSize = fs * 0.85;
  const widest = Math.max(...labels.map((l) => textWidth(l, labelSize)));
  const rotate = widest > colW - 4;
  const xLabelH = rotate ? widest * 0.72 + labelSize : labelSize * 1.4;
  const top = tH + legendH + fs * 1.2;
  const bottom = H - (fs * 1.2 + xLabelH + fs * 2.2 + fs * 1.4);
  if (!(bottom - top > 40 && colW > 2)) throw new RangeError(`${FN}: options.width and options.height leave no room for the plot; got ${W} × ${H}`);

  // y scale with nice ticks, negative increments allowed.
  const pad = (hi - lo) * 0.04;
  const step = niceStep((hi - lo + 2 * pad) / Math.max(2, (bottom - top) / (fs * 2.5)));
  const yMin = Math.floor((lo - pad) / step) * step;
  const yMax = Math.ceil((hi + pad) / step) * step;
  const xOf = (k: number) => left + (k + 0.5) * colW;
  const yOf = (v: number) => bottom - ((v - yMin) / (yMax - yMin)) * (bottom - top);
  const pal = chartPalette("who", sex);

  const out: string[] = [];
  const esc = escapeXml(title);
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc}" font-family="${escapeXml(fontFamily)}" font-size="${px(fs)}">`);
  out.push(`<title>${esc}</title>`, `<desc>${escapeXml(`${T.centiles} ${CENTILES.join(", ")}. ${T.source}.`)}</desc>`);
  out.push(`<rect width="${W}" height="${H}" fill="#FFFFFF"/>`);
  let titleSize = fs * 1.35;
  if (textWidth(title, titleSize) > W - 28) titleSize = Math.max(fs, (titleSize * (W - 28)) / textWidth(title, titleSize));
  out.push(`<rect class="tumbuh-header" width="${W}" height="${px(tH)}" fill="${pal.header}"/>`);
  out.push(`<text class="tumbuh-title" x="14" y="${px(tH / 2 + titleSize * 0.36)}" font-size="${px(titleSize)}" font-weight="bold" fill="${pal.headerText}">${esc}</text>`);

  // Legend of children.
  let lx = 14;
  const ly = tH + legendH / 2 + fs * 0.35;
  for (const c of named) {
    const label = c.name ?? `${WORDS[lang].child} ${c.index + 1}`;
    out.push(`<g class="tumbuh-legend-item" fill="${escapeXml(c.colour)}">${marker("tumbuh-legend-marker", shapeOf(c.index), lx + fs * 0.5, ly - fs * 0.35, fs * 0.33, WHITE_EDGE, "")}<text x="${px(lx + fs * 1.2)}" y="${px(ly)}" fill="${pal.text}">${escapeXml(label)}</text></g>`);
    lx += fs * 2.4 + textWidth(label, fs);
  }

  // Bands, grid, centile lines.
  const line = (vals: readonly number[]) => vals.map((v, k) => `${k === 0 ? "M" : "L"}${px(xOf(k))} ${px(yOf(v))}`).join("");
  const band = (low: readonly number[], high: readonly number[]) =>
    `${line(high)}${low.map((v, k) => `L${px(xOf(K - 1 - k))} ${px(yOf(low[K - 1 - k]!))}`).join("")}Z`;
  out.push(`<rect class="tumbuh-plot-area" x="${px(left)}" y="${px(top)}" width="${px(right - left)}" height="${px(bottom - top)}" fill="${pal.bands[0]}"/>`);
  out.push(`<path class="tumbuh-band" data-centiles="3 97" d="${band(centile[0]!, centile[6]!)}" fill="${pal.bands[2]}"/>`);
  out.push(`<path class="tumbuh-band" data-centiles="15 85" d="${band(centile[2]!, centile[4]!)}" fill="${pal.bands[3]}"/>`);
  let grid = "";
  const ticks = multiples(yMin, yMax, step);
  for (const v of ticks) grid += `M${px(left)} ${px(yOf(v))}H${px(right)}`;
  for (let k = 1; k < K; k++) grid += `M${px(left + k * colW)} ${px(top)}V${px(bottom)}`;
  out.push(`<path class="tumbuh-grid" d="${grid}" stroke="${pal.gridMajor}" stroke-width="1" fill="none" shape-rendering="crispEdges"/>`);
  if (yMin < 0 && yMax > 0) out.push(`<path class="tumbuh-zero" d="M${px(left)} ${px(yOf(0))}H${px(right)}" stroke="${pal.axis}" stroke-width="1.2" fill="none"/>`);
  const style: Readonly<Record<number, string>> = {
    3: `stroke="#D7191C" stroke-width="1.2"`,
    5: `stroke="#D7191C" stroke-width="1.6" stroke-dasharray="6 4"`,
    15: `stroke="#E07B00" stroke-width="1"`,
    50: `stroke="#1A8A3A" stroke-width="2"`,
    85: `stroke="#E07B00" stroke-width="1"`,
    95: `stroke="#777777" stroke-width="1" stroke-dasharray="6 4"`,
    97: `stroke="#D7191C" stroke-width="1.2"`,
  };
  out.push(`<g class="tumbuh-centiles" fill="none" stroke-linejoin="round">`);
  CENTILES.forEach((c, i) => out.push(`<path class="tumbuh-centile" data-centile="${c}" d="${line(centile[i]!)}" ${style[c]}/>`));
  out.push(`</g>`);
  // Centile labels at the right, pushed apart where lines converge.
  const ends = CENTILES.map((c, i) => ({ c, y: yOf(centile[i]![K - 1]!) }));
  const labelGap = fs * 0.95;
  for (let i = 1; i < ends.length; i++) if (ends[i - 1]!.y - ends[i]!.y < labelGap) ends[i]!.y = ends[i - 1]!.y - labelGap;
  out.push(`<g class="tumbuh-centile-labels" font-size="${px(fs * 0.85)}" fill="${pal.mutedText}">`);
  for (const e of ends) out.push(`<text x="${px(right + fs * 0.4)}" y="${px(e.y + fs * 0.3)}">${e.c}</text>`);
  out.push(`</g>`);

  // Frame, axes.
  out.push(`<rect class="tumbuh-plot" x="${px(left)}" y="${px(top)}" width="${px(right - left)}" height="${px(bottom - top)}" fill="none" stroke="${pal.axis}" stroke-width="1" data-intervals="${K}" data-y-range="${yMin} ${yMax}"/>`);
  out.push(`<g class="tumbuh-y-labels" text-anchor="end" fill="${pal.text}">`);
  for (const v of ticks) out.push(`<text x="${px(left - fs * 0.5)}" y="${px(yOf(v) + fs * 0.35)}">${formatNumber(v, step < 1 ? 1 : 0, lang)}</text>`);
  out.push(`</g><g class="tumbuh-x-labels" font-size="${px(labelSize)}" fill="${pal.text}" text-anchor="${rotate ? "end" : "middle"}">`);
  labels.forEach((l, k) => {
    const x = xOf(k);
    const y = bottom + labelSize * 1.3;
    out.push(rotate ? `<text x="${px(x)}" y="${px(y)}" transform="rotate(-45 ${px(x)} ${px(y)})">${escapeXml(l)}</text>` : `<text x="${px(x)}" y="${px(y)}">${escapeXml(l)}</text>`);
  });
  out.push(`</g>`);
  out.push(`<text class="tumbuh-x-title" x="${px((left + right) / 2)}" y="${px(bottom + xLabelH + fs * 1.9)}" text-anchor="middle" font-weight="bold" fill="${pal.text}">${escapeXml(T.x)}</text>`);
  const yMid = (top + bottom) / 2;
  out.push(`<text class="tumbuh-y-title" x="${px(-yMid)}" y="${px(14 + fs * 0.9)}" transform="rotate(-90)" text-anchor="middle" font-weight="bold" fill="${pal.text}">${escapeXml(T.y[measure])}</text>`);

  // Children's increments: spread across the column, joined in age order.
  const spread = children.length > 1 ? Math.min(colW * 0.5, fs) : 0;
  children.forEach((c, n) => {
    if (c.increments.length === 0) return;
    const dx = children.length > 1 ? -spread / 2 + (spread * n) / (children.length - 1) : 0;
    const colour = escapeXml(c.colour);
    const pts = c.increments.map((inc) => ({ inc, x: xOf(inc.k) + dx, y: yOf(inc.value) }));
    out.push(`<g class="tumbuh-child" data-child="${c.index}" fill="${colour}" stroke="${colour}">`);
    if (pts.length > 1) out.push(`<path d="${pts.map((p, i) => `${i === 0 ? "M" : "L"}${px(p.x)} ${px(p.y)}`).join("")}" fill="none" stroke-width="${px(Math.max(1.2, fs * 0.12))}"/>`);
    for (const p of pts) {
      const z = incrementZ(t, p.inc.k, p.inc.value);
      const shown = formatTrimmed(p.inc.value, unitDecimals, lang);
      const where = `${intervalLabel(months, p.inc.k)}: ${p.inc.value > 0 && shown !== "0" ? "+" : ""}${shown} ${measure === "weight" ? "g" : "cm"}`;
      const tip = `${c.name ?? `${WORDS[lang].child} ${c.index + 1}`}: ${where}${z === z ? `, P${formatTrimmed(zToCentile(z), 1, lang)}` : ""}`;
      out.push(marker("tumbuh-increment", shapeOf(c.index), p.x, p.y, Math.max(2.5, fs * 0.33), WHITE_EDGE, `<title>${escapeXml(tip)}</title>`));
    }
    out.push(`</g>`);
  });
  out.push(`<text class="tumbuh-source" x="14" y="${px(H - fs * 0.7)}" font-size="${px(fs * 0.85)}" fill="${pal.mutedText}">${escapeXml(T.source)}</text>`);
  out.push(`</svg>`);
  return out.join("\n");
}
