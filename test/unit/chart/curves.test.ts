/**
 * The curves of growthChartSvg, parsed back out of the SVG and checked
 * against values computed by hand from the verbatim WHO tables in data/
 * (test/support/by-hand.ts), mapped through the chart's linear axes
 * (written out here from the plot rectangle and its data ranges).
 */
import { describe, expect, it } from "vitest";
import { growthChartSvg } from "../../../src/chart/index.js";
import type { GrowthChartOptions } from "../../../src/chart/index.js";
import { atZ, atZRestricted, between, row, type Row } from "../../support/by-hand.js";
import { byClass, parseXml, pathVertices, type XmlElement } from "./xml.js";

const DAYS_PER_MONTH = 365.25 / 12;

interface Axes {
  left: number;
  top: number;
  width: number;
  height: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function axes(svg: XmlElement): Axes {
  const [plot] = byClass(svg, "tumbuh-plot");
  const a = plot!.attrs;
  const [x0, x1] = a["data-x-range"]!.split(" ").map(Number);
  const [y0, y1] = a["data-y-range"]!.split(" ").map(Number);
  return { left: +a.x!, top: +a.y!, width: +a.width!, height: +a.height!, x0: x0!, x1: x1!, y0: y0!, y1: y1! };
}

/** Data x (months or cm) → px, and measurement → px: the chart's linear transform. */
const toPx = (ax: Axes, x: number) => ax.left + ((x - ax.x0) / (ax.x1 - ax.x0)) * ax.width;
const toPy = (ax: Axes, y: number) => ax.top + ax.height - ((y - ax.y0) / (ax.y1 - ax.y0)) * ax.height;
const fromPx = (ax: Axes, px: number) => ax.x0 + ((px - ax.left) / ax.width) * (ax.x1 - ax.x0);

/** WHO anthro's day rounding: half up. */
const roundDay = (d: number) => Math.floor(d + 0.5);

interface Case {
  options: GrowthChartOptions;
  file: string;
  restricted: boolean;
  /** The table row (by hand) a vertex at chart x stands for; `edge` is set for the first and last vertex. */
  rowAt: (x: number, edge: "first" | "last" | undefined, sex: 1 | 2) => Row;
}

const byDay = (file: string) => (x: number, edge: "first" | "last" | undefined, sex: 1 | 2) =>
  row(file, sex, roundDay(edge ? x * DAYS_PER_MONTH : Math.round(x * DAYS_PER_MONTH)));

const byTenthCm = (file: string) => (x: number, _edge: unknown, sex: 1 | 2) => row(file, sex, String(Math.round(x * 10) / 10));

/** WHO 2007: whole months, or anthroplus's linear interpolation at a fractional range end. */
const byMonth = (file: string) => (x: number, edge: "first" | "last" | undefined, sex: 1 | 2) => {
  const m = edge ? x : Math.round(x);
  const lo = Math.trunc(m);
  return m === lo ? row(file, sex, lo) : between(row(file, sex, lo), row(file, sex, lo + 1), m - lo);
};

const CASES: Case[] = [
  { options: { indicator: "wei", sex: 2 }, file: "weianthro.txt", restricted: true, rowAt: byDay("weianthro.txt") },
  { options: { indicator: "wei", sex: 1, range: [24, 60], palette: "kms" }, file: "weianthro.txt", restricted: true, rowAt: byDay("weianthro.txt") },
  { options: { indicator: "len", sex: 1, range: [0, 60], width: 1200 }, file: "lenanthro.txt", restricted: false, rowAt: byDay("lenanthro.txt") },
  { options: { indicator: "hc", sex: 2, range: [0.5, 13.25] }, file: "hcanthro.txt", restricted: false, rowAt: byDay("hcanthro.txt") },
  { options: { indicator: "bmi", sex: 1 }, file: "bmianthro.txt", restricted: true, rowAt: byDay("bmianthro.txt") },
  { options: { indicator: "ac", sex: 2 }, file: "acanthro.txt", restricted: true, rowAt: byDay("acanthro.txt") },
  { options: { indicator: "ts", sex: 1, range: [3, 24] }, file: "tsanthro.txt", restricted: true, rowAt: byDay("tsanthro.txt") },
  { options: { indicator: "ss", sex: 2, range: [12, 60] }, file: "ssanthro.txt", restricted: true, rowAt: byDay("ssanthro.txt") },
  { options: { indicator: "wfl", sex: 1 }, file: "wflanthro.txt", restricted: true, rowAt: byTenthCm("wflanthro.txt") },
  { options: { indicator: "wfh", sex: 2, lang: "id" }, file: "wfhanthro.txt", restricted: true, rowAt: byTenthCm("wfhanthro.txt") },
  { options: { indicator: "hfa", sex: 1 }, file: "hfawho2007.txt", restricted: false, rowAt: byMonth("hfawho2007.txt") },
  { options: { indicator: "wfa", sex: 2, range: [60.5, 100.25] }, file: "wfawho2007.txt", restricted: true, rowAt: byMonth("wfawho2007.txt") },
  { options: { indicator: "bfa", sex: 2 }, file: "bfawho2007.txt", restricted: true, rowAt: byMonth("bfawho2007.txt") },
];

describe("growthChartSvg curves match the WHO tables", () => {
  for (const c of CASES) {
    const label = `${c.options.indicator} sex ${String(c.options.sex)} ${JSON.stringify(c.options.range ?? "default")}`;
    it(label, () => {
      const svg = parseXml(growthChartSvg(c.options));
      const ax = axes(svg);
      const curves = byClass(svg, "tumbuh-curve");
      expect(curves.map((e) => Number(e.attrs["data-z"]))).toEqual([-3, -2, -1, 0, 1, 2, 3]);
      const sex = c.options.sex as 1 | 2;
      let checked = 0;
      for (const el of curves) {
        const z = Number(el.attrs["data-z"]);
        const vs = pathVertices(el.attrs.d!);
        expect(vs.length).toBeGreaterThan(5);
        // The curve spans the whole plot, left edge to right edge.
        expect(vs[0]![0]).toBeCloseTo(ax.left, 1);
        expect(vs[vs.length - 1]![0]).toBeCloseTo(ax.left + ax.width, 1);
        vs.forEach(([px, py], k) => {
          const edge = k === 0 ? "first" : k === vs.length - 1 ? "last" : undefined;
          const x = edge === "first" ? ax.x0 : edge === "last" ? ax.x1 : fromPx(ax, px);
          const r = c.rowAt(x, edge, sex);
          const value = c.restricted ? atZRestricted(z, r) : atZ(z, r);
          // Interior vertices sit on whole table steps: the x read back is within rounding of one.
          if (!edge) {
            const step = c.file.startsWith("wf") && !c.file.includes("2007") ? Math.round(x * 10) / 10 : c.file.includes("2007") ? Math.round(x) : Math.round(x * DAYS_PER_MONTH) / DAYS_PER_MONTH;
            expect(Math.abs(toPx(ax, step) - px)).toBeLessThanOrEqual(0.05 + 1e-9);
          }
          expect(Math.abs(toPy(ax, value) - py), `z ${z} at x ${x}`).toBeLessThanOrEqual(0.05 + 1e-9);
          checked++;
        });
      }
      expect(checked).toBeGreaterThan(50);
    });
  }

  it("drawn curves stay within 0.1 px of the value at every table step (days)", () => {
    // Vertices are a subset of daily samples; between them the straight segments must not stray.
    const svg = parseXml(growthChartSvg({ indicator: "wei", sex: 1 }));
    const ax = axes(svg);
    for (const el of byClass(svg, "tumbuh-curve")) {
      const z = Number(el.attrs["data-z"]);
      const vs = pathVertices(el.attrs.d!);
      for (let day = 1; day < 730; day++) {
        const px = toPx(ax, day / DAYS_PER_MONTH);
        const k = vs.findIndex(([x]) => x >= px);
        const [x1, y1] = vs[k - 1] ?? vs[0]!;
        const [x2, y2] = vs[k]!;
        const onLine = x2 === x1 ? y1 : y1 + ((px - x1) / (x2 - x1)) * (y2 - y1);
        const exact = toPy(ax, atZRestricted(z, row("weianthro.txt", 1, day)));
        expect(Math.abs(onLine - exact), `z ${z} day ${day}`).toBeLessThan(0.2);
      }
    }
  });

  it("bands are the areas below each curve, down to the bottom of the plot", () => {
    const svg = parseXml(growthChartSvg({ indicator: "wfh", sex: 1 }));
    const ax = axes(svg);
    const curves = new Map(byClass(svg, "tumbuh-curve").map((e) => [e.attrs["data-z"], e.attrs.d!]));
    const bands = byClass(svg, "tumbuh-band");
    expect(bands.map((b) => b.attrs["data-below-z"])).toEqual(["3", "2", "1", "0", "-1", "-2", "-3"]);
    for (const b of bands) {
      const vs = pathVertices(b.attrs.d!);
      const curve = pathVertices(curves.get(b.attrs["data-below-z"]!)!);
      expect(vs.slice(0, curve.length)).toEqual(curve);
      const bottom = ax.top + ax.height;
      expect(vs.slice(curve.length).map(([, y]) => y)).toEqual([bottom, bottom]);
    }
  });

  it("the y range covers the ±3 curves and ends on whole ticks", () => {
    const svg = parseXml(growthChartSvg({ indicator: "len", sex: 2, range: [0, 24] }));
    const ax = axes(svg);
    // −3 at birth and +3 at 24 months (730.5 days → day 731), by hand.
    expect(ax.y0).toBeLessThanOrEqual(atZ(-3, row("lenanthro.txt", 2, 0)));
    expect(ax.y1).toBeGreaterThanOrEqual(atZ(3, row("lenanthro.txt", 2, 731)));
    const labels = byClass(svg, "tumbuh-y-labels")[0]!.children.map((t) => Number(t.text.replace("\u2212", "-")));
    expect(labels[0]).toBe(ax.y0);
    expect(labels[labels.length - 1]).toBe(ax.y1);
  });
});
