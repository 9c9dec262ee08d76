/**
 * The INTERGROWTH-21st charts of growthChartSvg (newborn-*, preterm-*) and
 * corrected age on the WHO charts. Curve vertices are read back out of the
 * SVG and checked against gigs 0.5.1's values (test/fixtures/intergrowth/:
 * the 3rd, 10th, 90th and 97th centiles of the newborn standards at every
 * day, the medians of both standards), through the chart's linear axes.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { growthChartSvg, pretermGrowthValueAtCentile, type GrowthChartOptions, type GrowthChartSkip } from "../../../src/index.js";
import { ROOT } from "../../support/by-hand.js";
import { readCsv } from "../../support/csv.js";
import { byClass, parseXml, pathVertices, textOf, type XmlElement } from "./xml.js";

const DIR = join(ROOT, "test", "fixtures", "intergrowth");
const DAYS_PER_MONTH = 365.25 / 12;

function axes(svg: XmlElement) {
  const a = byClass(svg, "tumbuh-plot")[0]!.attrs;
  const [x0, x1] = a["data-x-range"]!.split(" ").map(Number) as [number, number];
  const [y0, y1] = a["data-y-range"]!.split(" ").map(Number) as [number, number];
  const [left, top, width, height] = [+a.x!, +a.y!, +a.width!, +a.height!];
  return {
    x0, x1,
    fromPx: (px: number) => x0 + ((px - left) / width) * (x1 - x0),
    toPy: (y: number) => top + height - ((y - y0) / (y1 - y0)) * height,
    toPx: (x: number) => left + ((x - x0) / (x1 - x0)) * width,
  };
}

/** gigs' value of `measure` for `sex` at day `day` and centile `centile` (50: z = 0). */
function gigsValues(): (measure: string, sex: number, day: number, centile: number) => number {
  const c = readCsv(join(DIR, "newborn-curves-centile.csv"));
  const z = readCsv(join(DIR, "newborn-curves-z.csv"));
  const map = new Map<string, number>();
  c.rows.forEach((r) => map.set(`${r[0]} ${r[1]} ${Number(r[2])} ${r[3]}`, Number(r[4])));
  z.rows.forEach((r) => {
    if (r[3] === "0") map.set(`${r[0]} ${r[1]} ${Number(r[2])} 50`, Number(r[4]));
  });
  return (measure, sex, day, centile) => map.get(`${measure} ${sex} ${day} ${centile}`) ?? Number.NaN;
}

describe("INTERGROWTH-21st newborn charts", () => {
  const gigs = gigsValues();
  for (const [indicator, measure] of [["newborn-wei", "wei"], ["newborn-len", "len"], ["newborn-hc", "hc"]] as const) {
    for (const sex of [1, 2] as const) {
      it(`${indicator}, sex ${sex}: five centile curves; every vertex is gigs' value at its day to within 0.1 px`, () => {
        const svg = parseXml(growthChartSvg({ indicator, sex }));
        const ax = axes(svg);
        expect([ax.x0, ax.x1]).toEqual([24, 300 / 7]);
        const curves = byClass(svg, "tumbuh-curve");
        expect(curves).toHaveLength(5);
        expect(byClass(svg, "tumbuh-band")).toHaveLength(5);
        let checked = 0;
        curves.forEach((curve, k) => {
          const centile = [3, 10, 50, 90, 97][k]!;
          for (const [px, py] of pathVertices(curve.attrs.d!)) {
            const day = Math.round(ax.fromPx(px) * 7);
            const want = gigs(measure, sex, day, centile);
            expect(Math.abs(py - ax.toPy(want)), `${centile}th at day ${day}`).toBeLessThanOrEqual(0.1);
            checked++;
          }
        });
        expect(checked).toBeGreaterThan(40);
        const labels = byClass(svg, "tumbuh-curve-labels")[0]!.children.map(textOf).filter((t) => t !== "");
        expect(labels.sort()).toEqual(["10th", "3rd", "50th", "90th", "97th"]);
      });
    }
  }

  it("titles, axes and source in English and Bahasa Indonesia, ages in weeks+days", () => {
    const en = growthChartSvg({ indicator: "newborn-wei", sex: "L" });
    expect(en).toContain("Birth weight for gestational age, boys, 24+0–42+6 weeks");
    expect(en).toContain("Gestational age (weeks)");
    expect(en).toContain("INTERGROWTH-21st Newborn Size Standards");
    const id = growthChartSvg({ indicator: "newborn-hc", sex: "P", lang: "id", range: [33, 40 + 3 / 7] });
    expect(id).toContain("Lingkar kepala lahir menurut usia kehamilan, perempuan, 33+0–40+3 minggu");
    expect(id).toContain("Usia kehamilan (minggu)");
    expect(id).toContain(">P97<");
  });

  it("plots each birth at its gestational age (the point's, else the child's); skips and reports bad points", () => {
    const skipped: GrowthChartSkip[] = [];
    const svg = parseXml(growthChartSvg({
      indicator: "newborn-wei", sex: 1,
      children: [
        { points: [{ gaWeeks: 38 + 2 / 7, value: 2.4 }, { gaDays: 200, value: 1.2 }, { value: 3 }, { gaDays: 160, value: 1 }, { gaDays: 280, value: 3300 }, { gaDays: 280, value: 0 }] },
        { gaDays: 250, points: [{ value: 2.5 }] },
      ],
      onSkip: (s) => skipped.push(s),
    }));
    expect(skipped.map((s) => [s.child, s.point, s.reason])).toEqual([[0, 2, "invalid-x"], [0, 3, "outside-range"], [0, 4, "implausible"], [0, 5, "invalid-value"]]);
    const ax = axes(svg);
    const points = byClass(svg, "tumbuh-point");
    expect(points).toHaveLength(3);
    const xs = points.map((p) => Number(p.attrs.cx ?? Number(p.attrs.x) + Number(p.attrs.width) / 2));
    // sorted by gestational age: 200 days, 268 days; then the second child's 250 days
    expect(Math.abs(xs[0]! - ax.toPx(200 / 7))).toBeLessThanOrEqual(0.1);
    expect(Math.abs(xs[1]! - ax.toPx(268 / 7))).toBeLessThanOrEqual(0.1);
    expect(Math.abs(xs[2]! - ax.toPx(250 / 7))).toBeLessThanOrEqual(0.1);
  });

  it("rejects a range outside the standard, naming the option", () => {
    expect(() => growthChartSvg({ indicator: "newborn-wei", sex: 1, range: [23, 40] })).toThrow(
      new RangeError("growthChartSvg: range [23, 40] is outside the newborn-wei standard, which covers 24+0 to 42+6 weeks"),
    );
    expect(() => growthChartSvg({ indicator: "preterm-hc", sex: 1, range: [40, 30] })).toThrow(/range must be \[from, to\] in weeks/);
    expect(() => growthChartSvg({ indicator: "preterm-hc", sex: 3 })).toThrow(/sex must be/);
  });
});

describe("INTERGROWTH-21st preterm charts", () => {
  const z = readCsv(join(DIR, "postnatal-curves-z.csv"));

  it("the median is gigs' at every whole week; the other curves are the standard's centiles; 27+0–64+0 weeks by default", () => {
    for (const [indicator, measure] of [["preterm-wei", "wei"], ["preterm-len", "len"], ["preterm-hc", "hc"]] as const) {
      const svg = parseXml(growthChartSvg({ indicator, sex: 2, width: 1400 }));
      const ax = axes(svg);
      expect([ax.x0, ax.x1]).toEqual([27, 64]);
      const median = byClass(svg, "tumbuh-curve")[2]!;
      const gigs = new Map(z.rows.filter((r) => r[0] === measure && r[1] === "2" && r[3] === "0").map((r) => [Number(r[2]), Number(r[4])]));
      // the drawn polyline at each whole week is within 0.1 px of gigs' median
      const v = pathVertices(median.attrs.d!);
      for (const [week, want] of gigs) {
        if (!Number.isInteger(week)) continue;
        const px = ax.toPx(week);
        const j = v.findIndex(([x]) => x >= px - 1e-9);
        const [xa, ya] = v[Math.max(0, j - 1)]!;
        const [xb, yb] = v[j]!;
        const py = xb === xa ? yb : ya + ((px - xa) / (xb - xa)) * (yb - ya);
        expect(Math.abs(py - ax.toPy(want)), `${indicator} ${week} weeks`).toBeLessThanOrEqual(0.1);
      }
      byClass(svg, "tumbuh-curve").forEach((curve, k) => {
        for (const [px, py] of pathVertices(curve.attrs.d!)) {
          const days = Math.round(ax.fromPx(px) * 7);
          expect(Math.abs(py - ax.toPy(pretermGrowthValueAtCentile(measure, 2, days, [3, 10, 50, 90, 97][k]!)))).toBeLessThanOrEqual(0.1);
        }
      });
    }
  });

  it("plots at postmenstrual age: the point's, or the child's gestational age + age", () => {
    const skipped: string[] = [];
    const svg = parseXml(growthChartSvg({
      indicator: "preterm-hc", sex: 2,
      children: [{ gaWeeks: 30, points: [{ ageDays: 42, value: 31 }, { pmaWeeks: 40, value: 34 }, { ageDays: 400, value: 45 }] }, { points: [{ ageDays: 10, value: 30 }] }],
      onSkip: (s) => skipped.push(s.reason),
    }));
    expect(skipped).toEqual(["outside-range", "invalid-x"]);
    const ax = axes(svg);
    const cx = byClass(svg, "tumbuh-point").map((p) => Number(p.attrs.cx));
    expect(Math.abs(cx[0]! - ax.toPx(36))).toBeLessThanOrEqual(0.1);
    expect(Math.abs(cx[1]! - ax.toPx(40))).toBeLessThanOrEqual(0.1);
  });
});

describe("corrected age on the WHO charts", () => {
  const girl = (extra: Partial<GrowthChartOptions> = {}) => ({
    indicator: "wei" as const, sex: 2, ...extra,
    children: [{ name: "Siti", gaWeeks: 30, points: [{ ageDays: 14, value: 1.5 }, { ageDays: 100, value: 4 }, { ageDays: 300, value: 7 }] }],
  });

  it("a child born preterm is plotted at corrected age (age − (280 − GA) days), with hollow markers; before the term date it is left out", () => {
    const skipped: GrowthChartSkip[] = [];
    const svg = parseXml(growthChartSvg({ ...girl(), onSkip: (s) => skipped.push(s) }));
    expect(skipped).toEqual([{ child: 0, point: 0, reason: "before-term" }]);
    const ax = axes(svg);
    const points = byClass(svg, "tumbuh-point");
    expect(points.map((p) => p.attrs["data-corrected"])).toEqual(["1", "1"]);
    expect(byClass(svg, "tumbuh-corrected")).toHaveLength(2);
    expect(Math.abs(Number(points[0]!.attrs.cx) - ax.toPx((100 - 70) / DAYS_PER_MONTH))).toBeLessThanOrEqual(0.1);
    expect(Math.abs(Number(points[1]!.attrs.cx) - ax.toPx((300 - 70) / DAYS_PER_MONTH))).toBeLessThanOrEqual(0.1);
    expect(textOf(byClass(svg, "tumbuh-point")[0]!)).toContain("(corrected age)");
  });

  it("correctUntilMonths: 0 never corrects; the correction stops at the limit, as score's", () => {
    const never = parseXml(growthChartSvg(girl({ correctUntilMonths: 0 })));
    expect(byClass(never, "tumbuh-corrected")).toHaveLength(0);
    expect(byClass(never, "tumbuh-point")).toHaveLength(3);
    // corrected 230 days is past 6 months (182.6 days): that point is at its age as given
    const six = parseXml(growthChartSvg(girl({ correctUntilMonths: 6 })));
    expect(byClass(six, "tumbuh-point").map((p) => p.attrs["data-corrected"])).toEqual(["1", undefined]);
    expect(() => growthChartSvg(girl({ correctUntilMonths: 61 }))).toThrow(
      new RangeError("growthChartSvg: correctUntilMonths must be a number of months from 0 to 60; got 61"),
    );
  });

  it("a child born at term, or with a gestational age that is not valid, is plotted at its age as given", () => {
    for (const gaWeeks of [37, 50]) {
      const svg = parseXml(growthChartSvg({ indicator: "wei", sex: 2, children: [{ gaWeeks, points: [{ ageDays: 100, value: 5 }] }] }));
      expect(byClass(svg, "tumbuh-corrected")).toHaveLength(0);
      expect(Math.abs(Number(byClass(svg, "tumbuh-point")[0]!.attrs.cx) - axes(svg).toPx(100 / DAYS_PER_MONTH))).toBeLessThanOrEqual(0.1);
    }
  });
});
