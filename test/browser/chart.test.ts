/**
 * Renders growth charts in headless Chromium and looks at the pixels: the
 * SVG parses as SVG (DOMParser), the PNG is not blank, the coloured bands and
 * the children's points are really painted. One PNG per chart is kept under
 * /tmp/charts/ for a human to look at.
 *
 * Not part of the default `vitest run`; run it with
 *   npx vitest run --config test/browser/vitest.config.ts
 * It needs Chromium at /usr/bin/chromium (`apt-get install -y chromium`) and
 * the playwright-core package; without either it is skipped with a message.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { growthChartSvg } from "../../src/chart/index.js";
import type { GrowthChartOptions } from "../../src/chart/index.js";
import { CHROMIUM, CHROMIUM_ARGS, playwright, skipReason, type Browser, type Page } from "./chromium.js";

const OUT_DIR = "/tmp/charts";
const why = skipReason("test/browser/chart.test.ts");

/** Pixel statistics of a PNG, computed in the page from the PNG bytes themselves. */
interface PixelStats {
  width: number;
  height: number;
  nonWhite: number;
  /** Pixels within a small distance of each requested colour. */
  near: Record<string, number>;
}

let browser: Browser | undefined;
let page: Page | undefined;

async function render(name: string, options: GrowthChartOptions, colours: readonly string[]): Promise<{ svg: string; stats: PixelStats; png: Uint8Array }> {
  const svg = growthChartSvg(options);
  await page!.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`);
  const png = await page!.locator("svg").first().screenshot({});
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(`${OUT_DIR}/${name}.png`, png);
  const stats = await page!.evaluate(
    async ({ b64, colours }: { b64: string; colours: readonly string[] }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const targets = colours.map((c) => [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)] as const);
      const near: Record<string, number> = Object.fromEntries(colours.map((c) => [c, 0]));
      let nonWhite = 0;
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i]!;
        const g = data[i + 1]!;
        const b = data[i + 2]!;
        if (r < 245 || g < 245 || b < 245) nonWhite++;
        targets.forEach(([tr, tg, tb], k) => {
          if (Math.abs(r - tr) <= 6 && Math.abs(g - tg) <= 6 && Math.abs(b - tb) <= 6) near[colours[k]!]!++;
        });
      }
      return { width: canvas.width, height: canvas.height, nonWhite, near };
    },
    { b64: Buffer.from(png).toString("base64"), colours },
  );
  return { svg, stats, png };
}

describe.skipIf(why !== "")(`growth charts render in Chromium${why ? ` (${why})` : ""}`, () => {
  beforeAll(async () => {
    browser = await playwright!.chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ deviceScaleFactor: 1, viewport: { width: 1000, height: 800 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("the SVG parses as SVG in the browser", async () => {
    const svg = growthChartSvg({
      indicator: "wei",
      sex: 2,
      children: [{ name: `<b>&"Siti"</b>`, points: [{ ageMonths: 3, value: 5.8 }] }],
    });
    const result = await page!.evaluate((s: string) => {
      const doc = new DOMParser().parseFromString(s, "image/svg+xml");
      return {
        error: doc.getElementsByTagName("parsererror").length,
        root: doc.documentElement.localName,
        ns: doc.documentElement.namespaceURI,
        title: doc.querySelector("title")?.textContent,
        points: doc.querySelectorAll(".tumbuh-point").length,
        legend: doc.querySelector(".tumbuh-legend-item text")?.textContent,
      };
    }, svg);
    expect(result).toEqual({
      error: 0,
      root: "svg",
      ns: "http://www.w3.org/2000/svg",
      title: "Weight-for-age, girls, 0–24 months",
      points: 1,
      legend: `<b>&"Siti"</b>`,
    });
  });

  it("WHO style, girls' weight-for-age 0–24 months: not blank, pink bands and header painted", async () => {
    const { stats } = await render(
      "weight-for-age-girls-who",
      {
        indicator: "wei",
        sex: 2,
        children: [
          { name: "Siti", points: [0, 1, 2, 4, 6, 9, 12, 15, 18].map((m, i) => ({ ageMonths: m, value: [3.1, 4, 4.9, 5.9, 6.6, 7.3, 7.9, 8.3, 8.6][i]! })) },
        ],
      },
      ["#B0306A", "#F5CFDF", "#FEF8FA", "#F9DFEA"],
    );
    expect(stats.width).toBe(800);
    expect(stats.height).toBe(560);
    const total = stats.width * stats.height;
    expect(stats.nonWhite / total).toBeGreaterThan(0.5);
    expect(stats.near["#B0306A"]! / total).toBeGreaterThan(0.03); // the title band
    expect(stats.near["#F5CFDF"]! / total).toBeGreaterThan(0.05); // beyond ±3
    expect(stats.near["#F9DFEA"]! / total).toBeGreaterThan(0.005); // 2–3
    expect(stats.near["#FEF8FA"]! / total).toBeGreaterThan(0.005); // within ±1
  });

  it("KMS style in Bahasa Indonesia, boys' weight-for-age: green, yellow and red bands painted", async () => {
    const { stats } = await render(
      "berat-badan-menurut-umur-laki-laki-kms",
      {
        indicator: "wei",
        sex: "L",
        lang: "id",
        palette: "kms",
        children: [
          { name: "Budi", points: [0, 3, 6, 9, 12, 18, 23].map((m, i) => ({ ageMonths: m, value: [3.3, 5.6, 6.9, 7.6, 8.2, 9, 9.6][i]! })) },
        ],
      },
      ["#A6D98A", "#D8EEBF", "#FBE27A", "#F4A9A3", "#F8C9C4", "#1F5FA8"],
    );
    const total = stats.width * stats.height;
    expect(stats.nonWhite / total).toBeGreaterThan(0.6);
    for (const c of ["#A6D98A", "#D8EEBF", "#FBE27A", "#F4A9A3", "#F8C9C4"]) {
      expect(stats.near[c]! / total, c).toBeGreaterThan(0.01);
    }
    expect(stats.near["#1F5FA8"]! / total).toBeGreaterThan(0.03);
  });

  it("KMS style weight-for-length: the child's points change the picture", async () => {
    const base: GrowthChartOptions = { indicator: "wfl", sex: 2, palette: "kms" };
    const without = await render("weight-for-length-girls-kms-empty", base, ["#5B2C9F"]);
    const withChild = await render(
      "weight-for-length-girls-kms",
      { ...base, children: [{ name: "Ayu", points: [{ lenheiCm: 60, value: 5.6 }, { lenheiCm: 70, value: 7.4 }, { lenheiCm: 80, value: 9.9 }] }] },
      ["#5B2C9F"],
    );
    expect(without.stats.near["#5B2C9F"]).toBeLessThan(50);
    expect(withChild.stats.near["#5B2C9F"]).toBeGreaterThan(100);
  });

  it("a small chart (360 × 260) still renders at its size", async () => {
    const { stats } = await render("height-for-age-boys-small", { indicator: "hfa", sex: 1, width: 360, height: 260, fontSize: 9 }, ["#1F5FA8"]);
    expect([stats.width, stats.height]).toEqual([360, 260]);
    expect(stats.nonWhite / (360 * 260)).toBeGreaterThan(0.5);
  });
});
