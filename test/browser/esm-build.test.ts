/**
 * The built ESM package in a real browser: a page served from 127.0.0.1
 * imports dist/index.js as a module, scores a child, classifies it and draws
 * a growth chart into the DOM; headless Chromium runs it. Run after
 * `npm run build` (it is part of `npm test`); skipped with a message when
 * Chromium or playwright-core is missing.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, playwright, ROOT, skipReason, type Browser } from "./chromium.js";

const why = skipReason("test/browser/esm-build.test.ts", { dist: true });

const PAGE = `<!doctype html><html><body><div id="chart"></div><script type="module">
import { score, classify, growthChartSvg } from "/dist/index.js";
const r = score({ sex: 2, ageMonths: 22.45, weightKg: 10.4, lenheiCm: 84.8, measure: "l" });
document.getElementById("chart").innerHTML = growthChartSvg({
  indicator: "wei", sex: 2, lang: "id", palette: "kms",
  children: [{ name: "Siti", points: [{ ageMonths: 12, value: 8.9 }, { ageMonths: 22.45, value: 10.4 }] }],
});
window.result = { z: [r.zlen, r.zwei, r.zwfl, r.zbmi], stunted: classify("len", r.zlen).code };
</script></body></html>`;

let server: Server | undefined;
let browser: Browser | undefined;
let base = "";

beforeAll(async () => {
  if (why) return;
  server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === "/" || url === "/index.html") {
      res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    } else if (/^\/dist\/[\w.-]+\.js$/.test(url) && existsSync(join(ROOT, url))) {
      res.writeHead(200, { "content-type": "text/javascript" }).end(readFileSync(join(ROOT, url)));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server!.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await playwright!.chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
});

describe.skipIf(why !== "")("the ESM build in headless Chromium", () => {
  it("scores a record (WHO's values for demo-survey child 1), classifies it and renders a chart", async () => {
    const page = await browser!.newPage();
    await page.goto(base + "/");
    await page.waitForFunction("window.result !== undefined", undefined, { timeout: 20_000 });
    const result = await page.evaluate<{ z: number[]; stunted: string }>("window.result");
    expect(result.z).toEqual([-0.07, -0.57, -0.81, -0.79]);
    expect(result.stunted).toBe("normal_height");
    const circles = await page.evaluate<number>("document.querySelectorAll('#chart svg circle, #chart svg path, #chart svg polyline').length");
    expect(circles).toBeGreaterThan(10);
    const png = await page.locator("#chart svg").first().screenshot({});
    expect(png.length).toBeGreaterThan(5_000); // a blank PNG of that size compresses to far less
  });
});
