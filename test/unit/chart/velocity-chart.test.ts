/**
 * velocityChartSvg, parsed back out of the SVG: the centile lines against
 * the centiles WHO prints (data/who-growth-velocity, weight), read back
 * through the chart's linear y axis (the plot rectangle and its data
 * range); children's increments in their intervals; what is skipped. And
 * the KMS N/T marks of growthChartSvg.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseVelocityCsv } from "../../../scripts/velocity-sources.js";
import { growthChartSvg, velocityChartSvg, type VelocityChartSkip } from "../../../src/index.js";
import { ROOT } from "../../support/by-hand.js";
import { byClass, parseXml, pathVertices, textOf, type XmlElement } from "./xml.js";

interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
  intervals: number;
  y0: number;
  y1: number;
}

function plotOf(svg: XmlElement): Plot {
  const a = byClass(svg, "tumbuh-plot")[0]!.attrs;
  const [y0, y1] = a["data-y-range"]!.split(" ").map(Number);
  return { left: +a.x!, top: +a.y!, width: +a.width!, height: +a.height!, intervals: +a["data-intervals"]!, y0: y0!, y1: y1! };
}
const valueAt = (p: Plot, py: number) => p.y0 + ((p.top + p.height - py) / p.height) * (p.y1 - p.y0);
const columnAt = (p: Plot, px: number) => ((px - p.left) / p.width) * p.intervals - 0.5;

const printed = (file: string) => parseVelocityCsv(readFileSync(join(ROOT, "data/who-growth-velocity", file), "utf8"), file);

describe("velocityChartSvg: WHO's centiles", () => {
  for (const [months, sex, file] of [[1, 1, "weight_1mon_boys.csv"], [1, 2, "weight_1mon_girls.csv"], [2, 1, "weight_2mon_boys.csv"], [2, 2, "weight_2mon_girls.csv"]] as const) {
    it(`weight, ${months} month(s), ${sex === 1 ? "boys" : "girls"}: every line at every interval is WHO's printed centile (g)`, () => {
      const svg = parseXml(velocityChartSvg({ measure: "weight", months, sex }));
      const plot = plotOf(svg);
      const rows = printed(file);
      expect(plot.intervals).toBe(rows.length);
      // A pixel is a few grams; the vertices and the plot rectangle are rounded to 0.1 px (at most 0.15 px off
      // together), WHO's values to 1 g.
      const tolerance = 0.5 + (0.15 * (plot.y1 - plot.y0)) / plot.height;
      for (const line of byClass(svg, "tumbuh-centile")) {
        const c = line.attrs["data-centile"]!;
        const vertices = pathVertices(line.attrs.d!);
        expect(vertices).toHaveLength(rows.length);
        vertices.forEach(([x, y], k) => {
          expect(columnAt(plot, x)).toBeCloseTo(k, 2);
          expect(Math.abs(valueAt(plot, y) - Number(rows[k]!.printed[`P${c}`])), `${rows[k]!.interval} P${c}`).toBeLessThan(tolerance);
        });
      }
    });
  }

  it("length and head: 2-month intervals to 24 and 12 months, in cm", () => {
    const length = parseXml(velocityChartSvg({ measure: "length", months: 2, sex: "P" }));
    expect(plotOf(length).intervals).toBe(23);
    expect(textOf(byClass(length, "tumbuh-y-title")[0]!)).toBe("Length gain (cm)");
    const head = parseXml(velocityChartSvg({ measure: "head", months: 2, sex: "L", lang: "id" }));
    expect(plotOf(head).intervals).toBe(11);
    expect(textOf(byClass(head, "tumbuh-title")[0]!)).toBe("Kecepatan pertumbuhan lingkar kepala (kenaikan 2 bulan), laki-laki, 0–12 bulan");
  });
});

describe("velocityChartSvg: children's increments", () => {
  it("each measurement paired with the latest earlier one a WHO interval away; marked in its interval", () => {
    const skipped: VelocityChartSkip[] = [];
    const svg = parseXml(velocityChartSvg({
      measure: "weight", months: 1, sex: 1,
      children: [{
        name: "A",
        // 122 → 152 days (+450 g, 4-5 mo), 152 → 183 (+100 g, 5-6 mo); 190 is 7 days after 183 and 38 after 152: no pair.
        points: [{ ageDays: 152, value: 7.05 }, { ageDays: 122, value: 6.6 }, { ageDays: 183, value: 7.15 }, { ageDays: 190, value: 7.2 }, { ageDays: -1, value: 7 }, { ageMonths: 7, value: Number.NaN }],
      }, { points: "none" } as never],
      onSkip: (s) => skipped.push(s),
    }));
    const plot = plotOf(svg);
    const marks = byClass(svg, "tumbuh-increment").map((m) => [Math.round(columnAt(plot, +m.attrs.cx!) * 10) / 10, Math.round(valueAt(plot, +m.attrs.cy!))]);
    // Two children: the first child's points sit left of the column centre by a quarter of the spread.
    expect(marks.map(([k]) => Math.round(k!))).toEqual([4, 5]);
    marks.forEach(([, g], i) => expect(Math.abs(g! - [450, 100][i]!)).toBeLessThanOrEqual(4));
    expect(textOf(byClass(svg, "tumbuh-increment")[0]!)).toMatch(/^A: 4-5 mo: \+450 g, P\d/);
    expect(skipped).toEqual([
      { child: 0, point: 4, reason: "invalid-x" },
      { child: 0, point: 5, reason: "invalid-value" },
      { child: 0, point: 1, reason: "no-pair" },
      { child: 0, point: 3, reason: "no-pair" },
      { child: 1, point: -1, reason: "invalid-child" },
    ]);
  });

  it("a 2-month chart pairs measurements two months apart, past a visit a month before", () => {
    const svg = parseXml(velocityChartSvg({ measure: "weight", months: 2, sex: 2, children: [{ points: [{ ageDays: 61, value: 5 }, { ageDays: 91, value: 5.6 }, { ageDays: 122, value: 6.2 }] }] }));
    const plot = plotOf(svg);
    const marks = byClass(svg, "tumbuh-increment");
    expect(marks).toHaveLength(1);
    // 61 → 122 days: "2-4 mo", the third 2-month interval, +1200 g.
    expect(columnAt(plot, +marks[0]!.attrs.cx!)).toBeCloseTo(2, 1);
    expect(Math.abs(valueAt(plot, +marks[0]!.attrs.cy!) - 1200)).toBeLessThan(5);
  });

  it("misuse throws, naming the function and the option", () => {
    expect(() => velocityChartSvg({ measure: "length", months: 1, sex: 1 })).toThrow(/^velocityChartSvg: options\.months must be 2 for length/);
    expect(() => velocityChartSvg({ measure: "weight", months: 1, sex: 3 })).toThrow(RangeError);
    expect(() => velocityChartSvg({ measure: "weight", months: 1, sex: 1, colour: "red" } as never)).toThrow(/^velocityChartSvg: unknown options key "colour"/);
    expect(() => velocityChartSvg({ measure: "weight", months: 1, sex: 1, width: 10 })).toThrow(/options\.width must be a number from 240 to 10000/);
    expect(() => velocityChartSvg({ measure: "weight", months: 1, sex: 1, children: {} as never })).toThrow(TypeError);
  });
});

describe("growthChartSvg: the KMS marks", () => {
  it("an N or T above each weighing with a verdict, and a key", () => {
    const svg = parseXml(growthChartSvg({
      indicator: "wei", sex: "L", palette: "kms",
      children: [{ points: [{ ageMonths: 4, value: 6.6 }, { ageMonths: 6, value: 7.3, kbm: "T" }, { ageMonths: 5, value: 7.2, kbm: "N" }, { ageMonths: 7, value: 7.2, kbm: "x" as never }] }],
    }));
    const points = byClass(svg, "tumbuh-point");
    const marks = byClass(svg, "tumbuh-kbm-mark");
    expect(marks.map((m) => [m.attrs["data-kbm"], textOf(m)])).toEqual([["N", "N"], ["T", "T"]]);
    // Points are drawn in age order: 4, 5, 6, 7 months; each mark stands just above its point.
    for (const [m, p] of [[marks[0]!, points[1]!], [marks[1]!, points[2]!]] as const) {
      expect(+m.attrs.x!).toBeCloseTo(+p.attrs.cx!, 6);
      expect(+p.attrs.cy! - +m.attrs.y!).toBeGreaterThan(0);
      expect(+p.attrs.cy! - +m.attrs.y!).toBeLessThan(15);
    }
    expect(textOf(byClass(svg, "tumbuh-kbm-key")[0]!)).toContain("N naik");
  });

  it("no verdicts, no marks and no key: the chart is as before", () => {
    const options = { indicator: "wei", sex: 2, children: [{ points: [{ ageMonths: 4, value: 6 }] }] } as const;
    const svg = growthChartSvg(options);
    expect(svg).not.toContain("tumbuh-kbm");
  });
});
