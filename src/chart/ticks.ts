/**
 * Axis ticks: "nice" y steps and the x ticks of age (months or years) and
 * length/height (cm) axes.
 * @internal
 */
import type { XAxisKind } from "./chart-labels.js";

/** A tick: its x or y in data units, and its label (absent for minor ticks). @internal */
export interface Tick {
  readonly at: number;
  readonly label?: number;
}

/** Ticks of one axis: labelled major ticks and unlabelled minor grid lines. @internal */
export interface AxisTicks {
  readonly major: readonly Tick[];
  readonly minor: readonly number[];
  /** Decimals of the major labels. */
  readonly decimals: number;
}

const EPS = 1e-9;

/** Multiples of `step` in [lo, hi] (inclusive, with a tolerance), computed from integers to avoid drift. */
export function multiples(lo: number, hi: number, step: number): number[] {
  const out: number[] = [];
  const first = Math.ceil(lo / step - EPS);
  const last = Math.floor(hi / step + EPS);
  for (let k = first; k <= last; k++) out.push(Number((k * step).toFixed(10)));
  return out;
}

/** The smallest of 1, 2, 5 × 10^k that is at least `raw`. */
export function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) {
    if (m * p >= raw * (1 - EPS)) return Number((m * p).toPrecision(12));
  }
  return 10 * p;
}

/**
 * The y range and ticks for data spanning [lo, hi] drawn `heightPx` tall:
 * about one labelled tick per `spacingPx`, the range widened to whole steps
 * with a little padding, never below 0.
 */
export function yScale(lo: number, hi: number, heightPx: number, spacingPx: number): { min: number; max: number; ticks: AxisTicks } {
  const pad = (hi - lo) * 0.03;
  const a = Math.max(0, lo - pad);
  const b = hi + pad;
  const target = Math.max(2, heightPx / spacingPx);
  let step = niceStep((b - a) / target);
  let min = Math.floor(a / step + EPS) * step;
  let max = Math.ceil(b / step - EPS) * step;
  // Whole steps can add almost a step at each end; take the next step up if that crowds the labels.
  if (((max - min) / step) * spacingPx > heightPx * 1.35) {
    step = niceStep(step * 1.01);
    min = Math.floor(a / step + EPS) * step;
    max = Math.ceil(b / step - EPS) * step;
  }
  min = Number(min.toPrecision(12));
  max = Number(max.toPrecision(12));
  const pxPerUnit = heightPx / (max - min);
  const mantissa = Math.round(step / 10 ** Math.floor(Math.log10(step)));
  const minorCandidates = mantissa === 5 ? [step / 5] : mantissa === 2 ? [step / 4, step / 2] : [step / 5, step / 2];
  const minorStep = minorCandidates.find((s) => s * pxPerUnit >= 7);
  const major = multiples(min, max, step).map((v) => ({ at: v, label: v }));
  const minor = minorStep === undefined ? [] : multiples(min, max, minorStep).filter((v) => !isMultiple(v, step));
  return { min, max, ticks: { major, minor, decimals: decimalsFor(step) } };
}

function isMultiple(v: number, step: number): boolean {
  const r = v / step;
  return Math.abs(r - Math.round(r)) < 1e-6;
}

function decimalsFor(step: number): number {
  for (let d = 0; d < 4; d++) if (Math.abs(step * 10 ** d - Math.round(step * 10 ** d)) < 1e-7) return d;
  return 3;
}

/**
 * x ticks for [from, to] (months or cm) drawn `widthPx` wide, with labels at
 * least `minLabelPx` apart: months labelled every 1, 2, 3, 6 or 12 months;
 * years labelled every 1, 2 or 5 years from the first whole year (label in years);
 * cm labelled every 1, 2, 5, 10 or 20 cm. Minor grid lines every month (or
 * 3 or 6 months) or every cm when they are at least 5 px apart.
 */
export function xTicks(kind: XAxisKind, from: number, to: number, widthPx: number, minLabelPx: number): AxisTicks {
  const pxPerUnit = widthPx / (to - from);
  const pick = (steps: readonly number[]) => steps.find((s) => s * pxPerUnit >= minLabelPx) ?? steps[steps.length - 1]!;
  if (kind === "years") {
    const step = pick([12, 24, 60]);
    const minorStep = [1, 3, 6].find((s) => s * pxPerUnit >= 5);
    // Counted from the first whole year, so that a 5–19 years chart labelled every 2 years shows 5, 7, …, 19.
    const start = Math.ceil(from / 12 - EPS) * 12;
    const major: Tick[] = multiples(0, to - start, step).map((m) => ({ at: start + m, label: (start + m) / 12 }));
    const last = major[major.length - 1];
    if (last !== undefined && Number.isInteger(to / 12) && (to - last.at) * pxPerUnit >= minLabelPx * 0.75) major.push({ at: to, label: to / 12 });
    const minor = minorStep === undefined ? [] : multiples(from, to, minorStep).filter((m) => !isMultiple(m - start, step));
    return { major, minor, decimals: 0 };
  }
  const step = kind === "months" ? pick([1, 2, 3, 6, 12]) : pick([1, 2, 5, 10, 20]);
  const minor = pxPerUnit >= 5 ? multiples(from, to, 1).filter((m) => !isMultiple(m, step)) : [];
  const major: Tick[] = multiples(from, to, step).map((m) => ({ at: m, label: m }));
  // Label whole-number range ends that fall between steps (a 3–60 month chart starts at "3") when there is room.
  const first = major[0];
  if (Number.isInteger(from) && (first === undefined || (first.at - from) * pxPerUnit >= minLabelPx * 0.75)) major.unshift({ at: from, label: from });
  const last = major[major.length - 1]!;
  if (Number.isInteger(to) && (to - last.at) * pxPerUnit >= minLabelPx * 0.75) major.push({ at: to, label: to });
  return { major, minor: minor.filter((m) => m !== from && m !== to), decimals: 0 };
}
