/**
 * `tumbuh chart`: the children of a CSV file on a WHO growth chart. Points
 * are checked against their coordinates derived from the plot's axes and
 * the measurement (with WHO's own medians and the ±0.7 cm rule applied by
 * hand), skipped rows against the notes, every option against misuse, and
 * the PNG (when Chromium is on the machine) by decoding it.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { row } from "../../support/by-hand.js";
import { byClass, parseXml, textOf, type XmlElement } from "../chart/xml.js";
import { run } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "tumbuh-chart-test-"));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** Where a value at x lands on the plot, from the plot rectangle and its data ranges. */
function expectedPx(svg: XmlElement, x: number, y: number): [number, number] {
  const plot = byClass(svg, "tumbuh-plot")[0]!.attrs;
  const [x0, x1] = plot["data-x-range"]!.split(" ").map(Number) as [number, number];
  const [y0, y1] = plot["data-y-range"]!.split(" ").map(Number) as [number, number];
  return [+plot.x! + ((x - x0) / (x1 - x0)) * +plot.width!, +plot.y! + +plot.height! - ((y - y0) / (y1 - y0)) * +plot.height!];
}

const points = (svg: XmlElement) => byClass(svg, "tumbuh-point");

describe("tumbuh chart: SVG", () => {
  // WHO's median weight of girls at 365 days (12 months = 365.25 days, rounded to 365)
  const median12 = row("weianthro.txt", 2, 365).m;
  const siti = file("siti.csv", `nama,sex,age_months,weight,lenhei,measure\nSiti,P,12,${median12},74,l\nSiti,P,6,7.3,65.1,l\nSiti,P,18,10.2,80,h\n`);

  it("plots each row at its age and weight, WHO's median on the median", async () => {
    const r = await run(["chart", "--indicator", "wei", "--sex", "f", "--child", siti, "--quiet"]);
    expect(r.code).toBe(0);
    const svg = parseXml(r.stdout);
    expect(svg.attrs["aria-label"]).toBe("Weight-for-age, girls, 0–24 months");
    const ps = points(svg);
    expect(ps).toHaveLength(3);
    const [cx, cy] = expectedPx(svg, 12, median12);
    const at12 = ps.find((p) => textOf(p).includes("12 months"))!;
    expect(Number(at12.attrs.cx)).toBeCloseTo(cx, 1);
    expect(Number(at12.attrs.cy)).toBeCloseTo(cy, 1);
    expect(r.stderr).toBe("tumbuh: chart: 3 of 3 rows plotted\n");
  });

  it("plots length/height after WHO's ±0.7 cm conversion (standing under 2 years: +0.7)", async () => {
    const r = await run(["chart", "--indicator", "len", "--sex", "P", siti]);
    expect(r.code).toBe(0);
    const svg = parseXml(r.stdout);
    const at18 = points(svg).find((p) => textOf(p).includes("18 months"))!;
    expect(textOf(at18)).toContain("80.7 cm");
    const [cx, cy] = expectedPx(svg, 18, 80.7);
    expect(Number(at18.attrs.cx)).toBeCloseTo(cx, 1);
    expect(Number(at18.attrs.cy)).toBeCloseTo(cy, 1);
  });

  it("weight-for-length puts the converted length on the x axis", async () => {
    const r = await run(["chart", "--indicator", "wfl", "--sex", "2", siti]);
    const svg = parseXml(r.stdout);
    const p = points(svg).find((q) => textOf(q).includes("80.7 cm"))!;
    const [cx, cy] = expectedPx(svg, 80.7, 10.2);
    expect(Number(p.attrs.cx)).toBeCloseTo(cx, 1);
    expect(Number(p.attrs.cy)).toBeCloseTo(cy, 1);
  });

  it("takes the sex from the file when every child has the same one", async () => {
    const r = await run(["chart", "--indicator", "wei", siti]);
    expect(r.code).toBe(0);
    expect(parseXml(r.stdout).attrs["aria-label"]).toContain("girls");
  });

  it("one joined series per child with --id, named in the legend; ages from dates", async () => {
    const f = file("two.csv", "child_id,sex,dob,visit_date,weight\nA,L,2024-01-10,2025-01-10,9.6\nB,L,2023-06-01,2025-01-10,11.8\nA,L,2024-01-10,2025-03-10,10.1\n");
    const r = await run(["chart", "--indicator", "wei", "--child", f, "--id", "child_id", "--lang", "id", "--palette", "kms"]);
    expect(r.code).toBe(0);
    const svg = parseXml(r.stdout);
    expect(byClass(svg, "tumbuh-legend-item").map(textOf)).toEqual(["A", "B"]);
    expect(byClass(svg, "tumbuh-child")).toHaveLength(2);
    expect(points(svg)).toHaveLength(3);
    expect(svg.attrs["aria-label"]).toBe("Berat badan menurut umur, laki-laki, 0–24 bulan");
    expect(r.stderr).toBe("tumbuh: chart: 3 of 3 rows plotted, 2 children\ntumbuh: catatan: 3 baris dibaca; tidak ada baris dengan alasan nilai NA\n");
  });

  it("--only plots the children asked for, and warns about an id with no rows", async () => {
    const f = file("three.csv", "child_id,sex,age_months,weight\nA,L,10,9\nB,L,11,9.5\nC,L,12,10\nA,L,12,9.6\n");
    const r = await run(["chart", "--indicator", "wei", f, "--id", "child_id", "--only", "A,Z", "--quiet"]);
    expect(r.code).toBe(0);
    const svg = parseXml(r.stdout);
    expect(byClass(svg, "tumbuh-legend-item").map(textOf)).toEqual(["A"]);
    expect(points(svg)).toHaveLength(2);
    expect(r.stderr).toBe("tumbuh: warning: --only Z: no row has child_id Z\ntumbuh: chart: 2 of 2 rows plotted, 1 child\n");
  });

  it("picks WHO's 2-to-5-years chart when every child is over 2 years, birth to 5 when they span both", async () => {
    const older = file("older.csv", "sex,age_months,weight\n1,30,12.5\n1,40,14.2\n");
    expect(parseXml((await run(["chart", "--indicator", "wei", older])).stdout).attrs["aria-label"]).toBe("Weight-for-age, boys, 24–60 months");
    const both = file("both.csv", "sex,age_months,weight\n1,10,8.5\n1,40,14.2\n");
    expect(parseXml((await run(["chart", "--indicator", "wei", both])).stdout).attrs["aria-label"]).toBe("Weight-for-age, boys, 0–60 months");
    const r = await run(["chart", "--indicator", "wei", both, "--from", "0", "--to", "24"]);
    expect(parseXml(r.stdout).attrs["aria-label"]).toBe("Weight-for-age, boys, 0–24 months");
    expect(r.stderr).toContain("row 2: not plotted: age 40 months is outside the chart's 0–24 months");
  });

  it("names every row it cannot plot, with the reason, and plots the rest", async () => {
    const f = file("bad.csv", [
      "id,sex,age_days,weight,lenhei,measure,oedema",
      "k1,f,300,8.1,70,l,n", // plotted
      "k2,f,320,,70,l,n", // no weight
      "k3,f,340,8.4,70,l,y", // oedema
      "k4,m,360,8.9,72,l,n", // a boy
      "k5,f,,8.9,72,l,n", // no age
      "k6,f,380,45,72,l,n", // implausible (z far above +5)
      ",f,390,8.9,73,l,n", // no id
    ].join("\n"));
    const r = await run(["chart", "--indicator", "wei", "--sex", "f", f, "--id", "id", "--quiet"]);
    expect(r.code).toBe(0);
    expect(points(parseXml(r.stdout))).toHaveLength(1);
    const notes = r.stderr.trim().split("\n");
    expect(notes).toEqual([
      "tumbuh: note: row 2 (id k2): not plotted: no usable weight (weight-missing)",
      "tumbuh: note: row 3 (id k3): not plotted: oedema: WHO does not use the weight of a child with oedema",
      "tumbuh: note: row 4 (id k4): not plotted: a boy on the girls' chart (--sex)",
      "tumbuh: note: row 5 (id k5): not plotted: no usable age (age-missing)",
      "tumbuh: note: row 6 (id k6): not plotted: its z-score is beyond WHO's plausible limits for this indicator (a flagged value: check the measurement)",
      "tumbuh: note: row 7: not plotted: no id",
      "tumbuh: chart: 1 of 7 rows plotted, 1 child",
    ]);
  });

  it("reads the measurements from stdin with --child -", async () => {
    const r = await run(["chart", "--indicator", "wei", "--child", "-"], "sex,age_months,weight\n1,10,8.5\n");
    expect(r.code).toBe(0);
    expect(points(parseXml(r.stdout))).toHaveLength(1);
  });

  it("without a file draws the curves only", async () => {
    const r = await run(["chart", "--indicator", "hfa", "--sex", "m"]);
    expect(r.code).toBe(0);
    const svg = parseXml(r.stdout);
    expect(points(svg)).toHaveLength(0);
    expect(svg.attrs["aria-label"]).toBe("Height-for-age, boys, 5–19 years");
    expect(r.stderr).toBe("");
  });

  it("writes the file given with -o, and nothing on stdout", async () => {
    const out = join(dir, "siti.svg");
    const r = await run(["chart", "--indicator", "wei", siti, "-o", out, "--width", "600", "--height", "400", "--title", "Siti"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const svg = parseXml(readFileSync(out, "utf8"));
    expect([svg.attrs.width, svg.attrs.height, svg.attrs["aria-label"]]).toEqual(["600", "400", "Siti"]);
  });
});

describe("tumbuh chart: misuse is a usage error naming the option (exit 2)", () => {
  const cases: [string[], RegExp][] = [
    [["chart", "--sex", "f"], /--indicator is required/],
    [["chart", "--indicator", "weight", "--sex", "f"], /--indicator must be one of "wei", "len"/],
    [["chart", "--indicator", "wei", "--sex", "x"], /--sex must be/],
    [["chart", "--indicator", "wei", "--sex", "f", "--palette", "red"], /--palette must be "who" or "kms"/],
    [["chart", "--indicator", "wei", "--sex", "f", "--lang", "fr"], /--lang must be "en" or "id"/],
    [["chart", "--indicator", "wei", "--sex", "f", "--from", "12", "--to", "6"], /--from \(12\) must be less than --to \(6\)/],
    [["chart", "--indicator", "wei", "--sex", "f", "--to", "100"], /--from\/--to: the range \[0, 100\] is outside the wei table/],
    [["chart", "--indicator", "wei", "--sex", "f", "--width", "10"], /--width must be a number from 240/],
    [["chart", "--indicator", "wei", "--sex", "f", "--scale", "9"], /--scale must be a number from 1 to 4/],
    [["chart", "--indicator", "wei", "--sex", "f", "-o", "chart.pdf"], /must end in .svg or .png/],
    [["chart", "--indicator", "wei"], /--sex is required/],
    [["chart", "--indicator", "wei", "--sex", "f", "--id", "child_id"], /need a file of measurements/],
    [["chart", "--indicator", "wei", "--sex", "f", "--colour", "red"], /unknown option --colour/],
    [["chart", "--indicator", "wei", "--sex", "f", "--only", "A"], /--only needs --id COL/],
    [["chart", "--indicator", "wei", "--sex", "f", "--width", "5000", "--scale", "4"], /within 16384 px/],
  ];
  for (const [argv, message] of cases) {
    it(argv.slice(1).join(" "), async () => {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain("Run `tumbuh chart --help` for usage.");
      expect(r.stdout).toBe("");
    });
  }

  it("a file of boys and girls needs --sex", async () => {
    const f = file("mixed.csv", "sex,age_months,weight\n1,10,8\n2,10,8\n");
    const r = await run(["chart", "--indicator", "wei", f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the file has boys and girls: give --sex/);
  });
});

describe("the command list", () => {
  it("an unknown command's message lists every command", async () => {
    const r = await run(["chrat"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "chrat"; the commands are score, newborn, quality, skdn, prevalence, report, chart');
  });

  it("the help lists chart, and chart has its own help", async () => {
    expect((await run(["--help"])).stdout).toContain("tumbuh chart [--indicator I] [--velocity V] [--child IN.csv]");
    const r = await run(["chart", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: tumbuh chart/);
    expect((await run(["help", "chart"])).stdout).toBe(r.stdout);
    expect((await run(["help", "report"])).stdout).toMatch(/^Usage: tumbuh report/);
  });
});

/** Width, height and the distinct colours of a PNG (8-bit RGB or RGBA, as Chromium writes it). */
function decodePng(bytes: Buffer): { width: number; height: number; colours: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let at = 8;
  let width = 0, height = 0, colourType = 0, depth = 0;
  const idat: Buffer[] = [];
  while (at < bytes.length) {
    const len = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      depth = data[8]!;
      colourType = data[9]!;
    } else if (type === "IDAT") idat.push(data);
    at += 12 + len;
  }
  expect(depth).toBe(8);
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  expect(channels).toBeGreaterThan(0);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  // Undo the per-row filters (PNG spec, section 9) to get the pixels.
  const px = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? px[y * stride + x - channels]! : 0;
      const b = y > 0 ? px[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? px[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      px[y * stride + x] = (v + [0, a, b, (a + b) >> 1, paeth][filter]!) & 0xff;
    }
  }
  const colours = new Set<number>();
  for (let k = 0; k < px.length; k += channels) colours.add(px.readUIntBE(k, 3));
  return { width, height, colours: colours.size };
}

describe("tumbuh chart: PNG", () => {
  const saved = { chromium: process.env.TUMBUH_CHROMIUM, path: process.env.PATH };
  afterEach(() => {
    if (saved.chromium === undefined) delete process.env.TUMBUH_CHROMIUM;
    else process.env.TUMBUH_CHROMIUM = saved.chromium;
    process.env.PATH = saved.path;
  });
  const hasChromium = existsSync("/usr/bin/chromium");

  it.skipIf(!hasChromium)("renders the chart with Chromium at the size asked for, not blank", async () => {
    const f = file("png.csv", "sex,age_months,weight\n2,3,5.6\n2,6,7.1\n2,9,8.0\n");
    const out = join(dir, "chart.png");
    const r = await run(["chart", "--indicator", "wei", "--child", f, "--width", "400", "--height", "300", "--palette", "kms", "-o", out, "--quiet"]);
    expect(r.stderr).toBe("tumbuh: chart: 3 of 3 rows plotted\n");
    expect(r.code).toBe(0);
    const png = decodePng(readFileSync(out));
    expect([png.width, png.height]).toEqual([400, 300]);
    expect(png.colours).toBeGreaterThan(20); // bands, curves, text, points: far from blank
  }, 60_000);

  it.skipIf(!hasChromium)("--scale 2 doubles the pixels", async () => {
    process.env.TUMBUH_CHROMIUM = "/usr/bin/chromium";
    const out = join(dir, "chart2.png");
    const r = await run(["chart", "--indicator", "len", "--sex", "m", "--width", "300", "--height", "200", "--scale", "2", "-o", out]);
    expect(r.code).toBe(0);
    const png = decodePng(readFileSync(out));
    expect([png.width, png.height]).toEqual([600, 400]);
  }, 60_000);

  it("without a browser it says how to get a chart (exit 1), before reading anything", async () => {
    delete process.env.TUMBUH_CHROMIUM;
    process.env.PATH = dir;
    const r = await run(["chart", "--indicator", "wei", "--sex", "f", "-o", join(dir, "none.png"), "--child", join(dir, "does-not-exist.csv")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no Chromium or Chrome found to render a PNG; write an .svg file (-o chart.svg), or set TUMBUH_CHROMIUM");
    expect(existsSync(join(dir, "none.png"))).toBe(false);
  });

  it("TUMBUH_CHROMIUM naming no browser is an error", async () => {
    process.env.TUMBUH_CHROMIUM = join(dir, "no-such-browser");
    const r = await run(["chart", "--indicator", "wei", "--sex", "f", "-o", join(dir, "x.png")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("TUMBUH_CHROMIUM=");
  });
});
