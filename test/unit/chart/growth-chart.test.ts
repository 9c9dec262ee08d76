import fc from "fast-check";
import { runs } from "../../support/runs.js";
import { describe, expect, it } from "vitest";
import { growthChartSvg } from "../../../src/chart/index.js";
import type { GrowthChartChild, GrowthChartOptions, GrowthChartSkip } from "../../../src/chart/index.js";
import { allElements, byClass, parseXml, pathVertices, textOf } from "./xml.js";

const INDICATORS = ["wei", "len", "bmi", "hc", "ac", "ts", "ss", "wfl", "wfh", "hfa", "wfa", "bfa"] as const;

function skipsOf(options: GrowthChartOptions): { svg: string; skips: GrowthChartSkip[] } {
  const skips: GrowthChartSkip[] = [];
  const svg = growthChartSvg({ ...options, onSkip: (s) => skips.push(s) });
  return { svg, skips };
}

describe("growthChartSvg: document structure", () => {
  it("is one well-formed <svg> element with a viewBox, an accessible name and a title", () => {
    const s = growthChartSvg({ indicator: "wei", sex: 2 });
    expect(s.startsWith("<svg")).toBe(true);
    expect(s.endsWith("</svg>")).toBe(true);
    const svg = parseXml(s);
    expect(svg.name).toBe("svg");
    expect(svg.attrs.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(svg.attrs.viewBox).toBe("0 0 800 560");
    expect(svg.attrs.width).toBe("800");
    expect(svg.attrs.role).toBe("img");
    expect(svg.attrs["aria-label"]).toBe("Weight-for-age, girls, 0–24 months");
    expect(svg.children[0]!.name).toBe("title");
    expect(svg.children[0]!.text).toBe("Weight-for-age, girls, 0–24 months");
  });

  it("every indicator's default chart is well formed, with 7 curves, 7 bands and the right source", () => {
    for (const indicator of INDICATORS) {
      for (const sex of [1, 2] as const) {
        const svg = parseXml(growthChartSvg({ indicator, sex }));
        expect(byClass(svg, "tumbuh-curve")).toHaveLength(7);
        expect(byClass(svg, "tumbuh-band")).toHaveLength(7);
        const source = textOf(byClass(svg, "tumbuh-source")[0]!);
        expect(source).toBe(
          ["hfa", "wfa", "bfa"].includes(indicator) ? "Source: WHO Growth Reference 2007" : "Source: WHO Child Growth Standards (2006)",
        );
        // Every number in every path and coordinate attribute has at most one decimal.
        for (const el of allElements(svg)) {
          for (const k of ["d", "x", "y", "cx", "cy", "width", "height"]) {
            const v = el.attrs[k];
            if (v !== undefined) expect(v, `${indicator} ${el.name} ${k}`).not.toMatch(/\d\.\d\d/);
          }
        }
      }
    }
  });

  it("uses WHO's default ranges", () => {
    const range = (indicator: (typeof INDICATORS)[number]) =>
      byClass(parseXml(growthChartSvg({ indicator, sex: 1 })), "tumbuh-plot")[0]!.attrs["data-x-range"];
    expect(range("wei")).toBe("0 24");
    expect(range("len")).toBe("0 24");
    expect(range("ac")).toBe("3 60");
    expect(range("wfl")).toBe("45 110");
    expect(range("wfh")).toBe("65 120");
    expect(range("hfa")).toBe("60 228");
    expect(range("bfa")).toBe("60 228");
    expect(range("wfa")).toBe("60 120");
  });

  it("is deterministic: the same options give the same string", () => {
    const options: GrowthChartOptions = {
      indicator: "wfl",
      sex: "P",
      lang: "id",
      palette: "kms",
      children: [{ name: "Ayu", points: [{ lenheiCm: 70, value: 8 }, { lenheiCm: 75.5, value: 9.1 }] }],
    };
    const a = growthChartSvg(options);
    growthChartSvg({ indicator: "hfa", sex: 1 });
    expect(growthChartSvg(options)).toBe(a);
  });
});

describe("growthChartSvg: titles, axes and languages", () => {
  const title = (o: GrowthChartOptions) => parseXml(growthChartSvg(o)).children[0]!.text;

  it("writes the title in English or Bahasa Indonesia", () => {
    expect(title({ indicator: "wei", sex: 2 })).toBe("Weight-for-age, girls, 0–24 months");
    expect(title({ indicator: "wei", sex: 2, lang: "id" })).toBe("Berat badan menurut umur, perempuan, 0–24 bulan");
    expect(title({ indicator: "len", sex: "M" })).toBe("Length-for-age, boys, 0–24 months");
    expect(title({ indicator: "len", sex: "L", range: [24, 60], lang: "id" })).toBe("Tinggi badan menurut umur, laki-laki, 24–60 bulan");
    expect(title({ indicator: "len", sex: 1, range: [0, 60] })).toBe("Length/height-for-age, boys, 0–60 months");
    expect(title({ indicator: "wfl", sex: 1 })).toBe("Weight-for-length, boys, 45–110 cm");
    expect(title({ indicator: "wfh", sex: 2, lang: "id" })).toBe("Berat badan menurut tinggi badan, perempuan, 65–120 cm");
    expect(title({ indicator: "hfa", sex: 1 })).toBe("Height-for-age, boys, 5–19 years");
    expect(title({ indicator: "bfa", sex: 2, lang: "id" })).toBe("IMT menurut umur, perempuan, 5–19 tahun");
    expect(title({ indicator: "hfa", sex: 2, range: [60, 126] })).toBe("Height-for-age, girls, 5–10.5 years");
    expect(title({ indicator: "wfa", sex: 2, range: [60, 114], lang: "id" })).toBe("Berat badan menurut umur, perempuan, 5–9,5 tahun");
    expect(title({ indicator: "wei", sex: 1, title: "Kartu <Budi>" })).toBe("Kartu <Budi>");
  });

  it("labels the axes with units, months for 0–5 years and years for 5–19 years", () => {
    const svg = parseXml(growthChartSvg({ indicator: "wei", sex: 1, lang: "id" }));
    expect(textOf(byClass(svg, "tumbuh-x-title")[0]!)).toBe("Umur (bulan)");
    expect(textOf(byClass(svg, "tumbuh-y-title")[0]!)).toBe("Berat badan (kg)");
    const months = byClass(svg, "tumbuh-x-labels")[0]!.children.map((t) => t.text);
    expect(months[0]).toBe("0");
    expect(months[months.length - 1]).toBe("24");
    const years = parseXml(growthChartSvg({ indicator: "hfa", sex: 2 }));
    expect(textOf(byClass(years, "tumbuh-x-title")[0]!)).toBe("Age (years)");
    const labels = byClass(years, "tumbuh-x-labels")[0]!.children.map((t) => t.text);
    expect(labels[0]).toBe("5");
    expect(labels[labels.length - 1]).toBe("19");
    const cm = parseXml(growthChartSvg({ indicator: "wfh", sex: 2 }));
    expect(textOf(byClass(cm, "tumbuh-x-title")[0]!)).toBe("Height (cm)");
    expect(textOf(byClass(cm, "tumbuh-y-title")[0]!)).toBe("Weight (kg)");
    const bmi = parseXml(growthChartSvg({ indicator: "bmi", sex: 2 }));
    expect(textOf(byClass(bmi, "tumbuh-y-title")[0]!)).toBe("BMI (kg/m²)");
  });

  it("labels the curves at the right edge with their z, in order, without overlaps", () => {
    for (const fontSize of [8, 12, 20]) {
      const svg = parseXml(growthChartSvg({ indicator: "ts", sex: 1, width: 400, height: 300, fontSize }));
      const labels = byClass(svg, "tumbuh-curve-labels")[0]!.children.filter((t) => t.text !== "z");
      expect(labels.map((t) => t.text)).toEqual(["3", "2", "1", "0", "−1", "−2", "−3"]);
      const ys = labels.map((t) => Number(t.attrs.y));
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(fontSize * 0.95);
    }
  });

  it("uses the sex's colour for the header and the chosen palette for the bands", () => {
    const header = (o: GrowthChartOptions) => byClass(parseXml(growthChartSvg(o)), "tumbuh-header")[0]!.attrs.fill;
    expect(header({ indicator: "wei", sex: 1 })).toBe("#1F5FA8");
    expect(header({ indicator: "wei", sex: 2, palette: "kms" })).toBe("#B0306A");
    const bandFills = (o: GrowthChartOptions) => byClass(parseXml(growthChartSvg(o)), "tumbuh-band").map((b) => b.attrs.fill);
    // KMS: below +3 yellow, …, dark green, …, below −3 red.
    expect(bandFills({ indicator: "wei", sex: 1, palette: "kms" })).toEqual([
      "#FBE27A", "#D8EEBF", "#A6D98A", "#A6D98A", "#D8EEBF", "#FBE27A", "#F4A9A3",
    ]);
    expect(bandFills({ indicator: "wei", sex: 1 })).not.toEqual(bandFills({ indicator: "wei", sex: 2 }));
    const kms = byClass(parseXml(growthChartSvg({ indicator: "wei", sex: 1, palette: "kms" })), "tumbuh-curve");
    expect(kms[0]!.attrs.stroke).toBe("#C62828"); // the red line at −3
  });

  it("applies width, height, margins, font and font size", () => {
    const svg = parseXml(
      growthChartSvg({
        indicator: "hc", sex: 1, width: 500, height: 400, margin: { top: 70, right: 30, bottom: 50, left: 60 },
        fontFamily: `"Noto Sans", sans-serif`, fontSize: 10,
      }),
    );
    expect(svg.attrs.viewBox).toBe("0 0 500 400");
    expect(svg.attrs["font-family"]).toBe(`"Noto Sans", sans-serif`);
    expect(svg.attrs["font-size"]).toBe("10");
    const plot = byClass(svg, "tumbuh-plot")[0]!.attrs;
    expect([plot.x, plot.y, plot.width, plot.height]).toEqual(["60", "70", "410", "280"]);
  });
});

describe("growthChartSvg: children", () => {
  const siti = { name: "Siti", points: [{ ageMonths: 2, value: 5 }, { ageMonths: 0, value: 3.2 }, { ageDays: 120, value: 6.1 }] };

  it("plots each child's points, joined by a line in age order", () => {
    const svg = parseXml(growthChartSvg({ indicator: "wei", sex: 2, children: [siti, { points: [{ ageMonths: 12, value: 9 }] }] }));
    const groups = byClass(svg, "tumbuh-child");
    expect(groups).toHaveLength(2);
    expect(byClass(groups[0]!, "tumbuh-point")).toHaveLength(3);
    expect(byClass(groups[1]!, "tumbuh-point")).toHaveLength(1);
    expect(byClass(svg, "tumbuh-point")).toHaveLength(4);
    const line = groups[0]!.children.find((e) => e.name === "path" && e.attrs.class === undefined)!;
    const xs = pathVertices(line.attrs.d!).map(([x]) => x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs).toHaveLength(3);
    // A single point has no line.
    expect(groups[1]!.children.filter((e) => e.name === "path" && e.attrs.class === undefined)).toHaveLength(0);
    // Legend: the named child and "Child 2".
    const legend = byClass(svg, "tumbuh-legend-item").map(textOf);
    expect(legend).toEqual(["Siti", "Child 2"]);
  });

  it("puts a point where its age and value are on the axes", () => {
    const svg = parseXml(growthChartSvg({ indicator: "wei", sex: 1, children: [{ points: [{ ageDays: 365.25, value: 9.5 }] }] }));
    const plot = byClass(svg, "tumbuh-plot")[0]!.attrs;
    const [x0, x1] = plot["data-x-range"]!.split(" ").map(Number);
    const [y0, y1] = plot["data-y-range"]!.split(" ").map(Number);
    const p = byClass(svg, "tumbuh-point")[0]!.attrs;
    expect(Number(p.cx)).toBeCloseTo(+plot.x! + ((12 - x0!) / (x1! - x0!)) * +plot.width!, 1);
    expect(Number(p.cy)).toBeCloseTo(+plot.y! + +plot.height! - ((9.5 - y0!) / (y1! - y0!)) * +plot.height!, 1);
  });

  it("escapes names and drops characters XML cannot hold", () => {
    const name = `<script>&"x'</script>\u0001\uD800`;
    const s = growthChartSvg({ indicator: "wei", sex: 1, children: [{ name, color: `red" onload="alert(1)`, points: [{ ageMonths: 3, value: 6 }] }] });
    expect(s).not.toContain("<script>");
    expect(s).not.toContain("onload");
    expect(s).toContain("&lt;script&gt;&amp;&quot;x&apos;&lt;/script&gt;");
    const svg = parseXml(s);
    expect(textOf(byClass(svg, "tumbuh-legend-item")[0]!)).toBe(`<script>&"x'</script>`);
    expect(byClass(svg, "tumbuh-point")[0]!.children[0]!.text).toBe(`<script>&"x'</script>: 3 months, 6 kg`);
    // the bad colour fell back to the default
    expect(byClass(svg, "tumbuh-child")[0]!.attrs.fill).toBe("#5B2C9F");
  });

  it("uses a child's colour, and distinct default colours and markers otherwise", () => {
    const svg = parseXml(
      growthChartSvg({
        indicator: "len", sex: 2,
        children: [
          { color: "#0a7", points: [{ ageMonths: 3, value: 60 }] },
          { points: [{ ageMonths: 3, value: 61 }] },
          { points: [{ ageMonths: 3, value: 62 }] },
        ],
      }),
    );
    const groups = byClass(svg, "tumbuh-child");
    expect(groups[0]!.attrs.fill).toBe("#0a7");
    expect(groups[1]!.attrs.fill).not.toBe(groups[2]!.attrs.fill);
    expect(byClass(svg, "tumbuh-point").map((p) => p.name)).toEqual(["circle", "rect", "path"]);
  });

  it("writes decimal commas in Bahasa Indonesia", () => {
    const svg = parseXml(growthChartSvg({ indicator: "wfh", sex: 1, lang: "id", children: [{ name: "Budi", points: [{ lenheiCm: 87.5, value: 12.25 }] }] }));
    expect(byClass(svg, "tumbuh-point")[0]!.children[0]!.text).toBe("Budi: 87,5 cm, 12,25 kg");
  });

  it("skips bad points and reports each one through onSkip, in input order", () => {
    const { svg, skips } = skipsOf({
      indicator: "wei",
      sex: 1,
      range: [0, 24],
      children: [
        {
          name: "A",
          points: [
            { ageMonths: 6, value: 7.5 }, // drawn
            { ageMonths: 6, value: 0 }, // invalid-value
            { ageMonths: Number.NaN, value: 7 }, // invalid-x
            { lenheiCm: 70, value: 8 }, // invalid-x: not an age
            { ageMonths: 30, value: 12 }, // outside-range
            { ageDays: -3, value: 3 }, // invalid-x
            { ageMonths: 12, value: 40 }, // implausible (z > 5)
            { ageMonths: 12, value: "9" as unknown as number }, // invalid-value
            null as unknown as { value: number }, // invalid-x
            { ageMonths: 12, value: 9.6 }, // drawn
          ],
        },
        "not a child" as unknown as { points: [] },
        { points: "nope" as unknown as [] },
      ],
    });
    expect(skips).toEqual([
      { child: 0, point: 1, reason: "invalid-value" },
      { child: 0, point: 2, reason: "invalid-x" },
      { child: 0, point: 3, reason: "invalid-x" },
      { child: 0, point: 4, reason: "outside-range" },
      { child: 0, point: 5, reason: "invalid-x" },
      { child: 0, point: 6, reason: "implausible" },
      { child: 0, point: 7, reason: "invalid-value" },
      { child: 0, point: 8, reason: "invalid-x" },
      { child: 1, point: -1, reason: "invalid-child" },
      { child: 2, point: -1, reason: "invalid-child" },
    ]);
    expect(byClass(parseXml(svg), "tumbuh-point")).toHaveLength(2);
  });

  it("uses WHO's flag limits for implausible values, and WHO 2007 interpolation for ages in months", () => {
    // wfa: z < −6 or > 5 is flagged; a value just inside is drawn.
    const { skips } = skipsOf({
      indicator: "wfa", sex: 2,
      children: [{ points: [{ ageMonths: 90.5, value: 60 }, { ageMonths: 90.5, value: 25 }, { ageMonths: 90.5, value: 9 }] }],
    });
    expect(skips.map((s) => [s.point, s.reason])).toEqual([[0, "implausible"], [2, "implausible"]]);
  });

  it("draws points on the ends of the range, and prefers ageDays to ageMonths", () => {
    const { svg, skips } = skipsOf({
      indicator: "wei", sex: 2, range: [1, 3],
      children: [{ points: [{ ageMonths: 1, value: 4.2 }, { ageMonths: 3, value: 5.8 }, { ageDays: 60, ageMonths: 99, value: 5 }] }],
    });
    expect(skips).toEqual([]);
    const doc = parseXml(svg);
    const plot = byClass(doc, "tumbuh-plot")[0]!.attrs;
    const cx = byClass(doc, "tumbuh-point").map((p) => Number(p.attrs.cx));
    expect(cx[0]).toBeCloseTo(Number(plot.x), 1);
    expect(cx[2]).toBeCloseTo(Number(plot.x) + Number(plot.width), 1);
    expect(cx[1]).toBeCloseTo(Number(plot.x) + ((60 / 30.4375 - 1) / 2) * Number(plot.width), 1);
  });

  it("widens the y range to show every plotted point", () => {
    const { svg } = skipsOf({ indicator: "wei", sex: 1, children: [{ points: [{ ageMonths: 23, value: 19.5 }] }] });
    const [, y1] = byClass(parseXml(svg), "tumbuh-plot")[0]!.attrs["data-y-range"]!.split(" ").map(Number);
    expect(y1).toBeGreaterThanOrEqual(19.5);
  });

  it("treats children that are not an array as one invalid entry, and null as none", () => {
    expect(skipsOf({ indicator: "wei", sex: 1, children: {} as unknown as [] }).skips).toEqual([{ child: -1, point: -1, reason: "invalid-child" }]);
    expect(skipsOf({ indicator: "wei", sex: 1, children: null as unknown as [] }).skips).toEqual([]);
  });
});

describe("growthChartSvg: option errors", () => {
  const bad = (o: unknown, re: RegExp) => {
    expect(() => growthChartSvg(o as GrowthChartOptions)).toThrow(RangeError);
    expect(() => growthChartSvg(o as GrowthChartOptions)).toThrow(re);
  };

  it("throws RangeError naming the function and the option", () => {
    bad({ indicator: "weight", sex: 1 }, /^growthChartSvg: indicator must be one of/);
    bad({ indicator: "wei", sex: 3 }, /^growthChartSvg: sex/);
    bad({ indicator: "wei", sex: 1, range: [0, 70] }, /^growthChartSvg: range \[0, 70\] is outside the wei table, which covers 0 to 60\.98 months/);
    bad({ indicator: "ac", sex: 1, range: [0, 24] }, /^growthChartSvg: range .* outside the ac table/);
    bad({ indicator: "wfl", sex: 1, range: [40, 100] }, /^growthChartSvg: range .*outside the wfl table, which covers 45 to 110 cm/);
    bad({ indicator: "wfh", sex: 1, range: [65, 121] }, /^growthChartSvg: range/);
    bad({ indicator: "hfa", sex: 1, range: [59, 100] }, /^growthChartSvg: range .*hfa table, which covers 60 to 228 months/);
    bad({ indicator: "wfa", sex: 1, range: [60, 130] }, /^growthChartSvg: range/);
    bad({ indicator: "wei", sex: 1, range: [12, 12] }, /^growthChartSvg: range must be \[from, to\] in months with from < to/);
    bad({ indicator: "wei", sex: 1, range: [Number.NaN, 12] }, /^growthChartSvg: range must be/);
    bad({ indicator: "wei", sex: 1, range: "0-24" }, /^growthChartSvg: range must be/);
    bad({ indicator: "wei", sex: 1, lang: "fr" }, /^growthChartSvg: lang/);
    bad({ indicator: "wei", sex: 1, palette: "red" }, /^growthChartSvg: palette/);
    bad({ indicator: "wei", sex: 1, width: 100 }, /^growthChartSvg: width/);
    bad({ indicator: "wei", sex: 1, height: Number.NaN }, /^growthChartSvg: height/);
    bad({ indicator: "wei", sex: 1, fontSize: 0 }, /^growthChartSvg: fontSize/);
    bad({ indicator: "wei", sex: 1, margin: { left: -1 } }, /^growthChartSvg: margin\.left/);
    bad({ indicator: "wei", sex: 1, height: 200, margin: { top: 150 } }, /^growthChartSvg: height 200 leaves no room/);
    bad({ indicator: "wei", sex: 1, fontFamily: 12 }, /^growthChartSvg: fontFamily/);
    expect(() => growthChartSvg(undefined as unknown as GrowthChartOptions)).toThrow(/^growthChartSvg: options/);
  });

  it("reports no skipped points when it throws", () => {
    const skips: GrowthChartSkip[] = [];
    expect(() =>
      growthChartSvg({
        indicator: "wei", sex: 1, height: 200, margin: { top: 150 },
        children: [{ points: [{ ageMonths: 1, value: -1 }] }],
        onSkip: (s) => skips.push(s),
      }),
    ).toThrow(RangeError);
    expect(skips).toEqual([]);
  });

  it("accepts the ends of every table", () => {
    expect(() => growthChartSvg({ indicator: "wei", sex: 1, range: [0, 1856 / 30.4375] })).not.toThrow();
    expect(() => growthChartSvg({ indicator: "ss", sex: 2, range: [91 / 30.4375, 60] })).not.toThrow();
    expect(() => growthChartSvg({ indicator: "wfh", sex: 2, range: [65, 120] })).not.toThrow();
    expect(() => growthChartSvg({ indicator: "bfa", sex: 2, range: [60, 228] })).not.toThrow();
  });
});

describe("growthChartSvg: property", () => {
  const point = fc.record(
    {
      ageDays: fc.oneof(fc.double({ min: -10, max: 7000 }), fc.constant(Number.NaN), fc.constant(undefined)),
      ageMonths: fc.oneof(fc.double({ min: -1, max: 240 }), fc.constant(undefined)),
      lenheiCm: fc.oneof(fc.double({ min: 30, max: 130 }), fc.constant(Number.POSITIVE_INFINITY)),
      value: fc.oneof(fc.double({ min: -1, max: 200 }), fc.constant(Number.NaN)),
    },
    { requiredKeys: [] },
  );
  const child = fc.record({ name: fc.option(fc.string({ unit: "binary" }), { nil: undefined }), color: fc.option(fc.string(), { nil: undefined }), points: fc.array(point, { maxLength: 8 }) });

  it("never throws on children's data; the output is well-formed and every point is drawn or reported", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INDICATORS),
        fc.constantFrom(1, 2),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(child, { maxLength: 4 }),
        fc.constantFrom("en", "id"),
        fc.constantFrom("who", "kms"),
        (indicator, sex, a, b, children, lang, palette) => {
          const bounds: Record<string, [number, number]> = {
            wei: [0, 60], len: [0, 60], bmi: [0, 60], hc: [0, 60], ac: [3, 60], ts: [3, 60], ss: [3, 60],
            wfl: [45, 110], wfh: [65, 120], hfa: [60, 228], wfa: [60, 120], bfa: [60, 228],
          };
          const [lo, hi] = bounds[indicator]!;
          const from = lo + Math.min(a, b) * (hi - lo) * 0.9;
          const to = Math.max(from + 0.5, lo + Math.max(a, b) * (hi - lo));
          const { svg, skips } = skipsOf({ indicator, sex, range: [from, Math.min(hi, to)], children: children as unknown as GrowthChartChild[], lang, palette });
          const doc = parseXml(svg);
          const total = children.reduce((n, c) => n + c.points.length, 0);
          expect(byClass(doc, "tumbuh-point").length + skips.length).toBe(total);
        },
      ),
      { numRuns: runs(150) },
    );
  });
});
