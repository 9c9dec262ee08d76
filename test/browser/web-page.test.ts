/**
 * The web page of docs/getting-started.md ("In a web page"), exactly as
 * printed there: served over HTTP with the built dist/index.js copied to
 * where the page imports it from (`./tumbuh/index.js`), opened in headless
 * Chromium. The page must show what the guide says it shows, draw the chart,
 * and load nothing but itself and that one file. Run after `npm run build`
 * (part of `npm test`); skipped with a message when Chromium or
 * playwright-core is missing.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, playwright, ROOT, skipReason, type Browser } from "./chromium.js";

const why = skipReason("test/browser/web-page.test.ts", { dist: true });

/** The guide's "In a web page" section. */
const guide = readFileSync(join(ROOT, "docs", "getting-started.md"), "utf8");
const section = guide.slice(guide.indexOf("## In a web page"), guide.indexOf("\n## ", guide.indexOf("## In a web page") + 1));
const html = /```html\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
const claimed = /The page shows "([^"]+)"/.exec(section.replace(/\s*\n\s*/g, " "))?.[1] ?? "";
const copied = /^mkdir -p (\S+) && cp node_modules\/tumbuh\/dist\/index\.js (\S+)$/m.exec(section);

let server: Server | undefined;
let browser: Browser | undefined;
let base = "";
const requested: string[] = [];

beforeAll(async () => {
  if (why) return;
  server = createServer((req, res) => {
    const url = req.url ?? "/";
    requested.push(url);
    if (url === "/" || url === "/index.html") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    else if (url === `/${copied?.[2]}`) res.writeHead(200, { "content-type": "text/javascript" }).end(readFileSync(join(ROOT, "dist", "index.js")));
    else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server!.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await playwright!.chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
});

describe("docs/getting-started.md: the web page", () => {
  it("the guide has the page, the copy command and what the page shows", () => {
    expect(html).toContain('<script type="module">');
    expect(copied?.[2]).toBe("tumbuh/index.js");
    expect(html).toContain(`from "./${copied?.[2]}"`);
    // child 1 of WHO's demo survey (test/fixtures/who-igrowup): zlen −0.07, zwei −0.57
    expect(claimed).toBe("TB/U -0.07: Normal. BB/U -0.57: Berat badan normal.");
  });

  it.skipIf(why !== "")("shows what the guide says, draws Siti's chart and loads only the page and tumbuh/index.js", async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(base + "/");
    await page.waitForFunction("document.querySelector('#chart svg') !== null", undefined, { timeout: 20_000 });
    expect(errors).toEqual([]);
    expect(await page.evaluate<string>("document.getElementById('status').textContent")).toBe(claimed);
    expect(await page.evaluate<string>("document.querySelector('#chart svg title').textContent")).toBe("Berat badan menurut umur, perempuan, 0–24 bulan");
    expect(await page.evaluate<number>("document.querySelectorAll('#chart svg .tumbuh-point').length")).toBe(2);
    expect(requested.filter((u) => u !== "/favicon.ico")).toEqual(["/", "/tumbuh/index.js"]);
  });
});
