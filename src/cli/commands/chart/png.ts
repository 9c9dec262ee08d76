/**
 * PNG charts without a runtime dependency: the SVG is put in a page of its
 * own and screenshotted by a headless Chromium or Chrome already on the
 * machine (`TUMBUH_CHROMIUM`, else the usual names on the PATH).
 */
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { dataError } from "../../io/errors.js";

/** The largest image side a browser renders, in px. */
export const MAX_IMAGE_PX = 16384;

/** The chart's size when not given (`growthChartSvg`'s default), width and height in px. */
export const DEFAULT_SIZE_PX = [800, 560] as const;

/** Browser names looked for on the PATH, in order. */
const BROWSERS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to render with: `TUMBUH_CHROMIUM` when set, else the first of
 * {@link BROWSERS} on the PATH; undefined when there is none.
 * @throws CliError (exit 1) when `TUMBUH_CHROMIUM` names no executable file
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.TUMBUH_CHROMIUM;
  if (given !== undefined && given !== "") {
    if (!executable(given)) throw dataError(`TUMBUH_CHROMIUM=${given}: no executable browser there`);
    return given;
  }
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    for (const name of BROWSERS) if (executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** The page the SVG is shown in: nothing around it, white behind it. */
function page(svg: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff;overflow:hidden}svg{display:block}</style></head><body>${svg}</body></html>`;
}

/**
 * Renders `svg` (`widthPx` × `heightPx`) to PNG bytes with `browser`, at
 * `scale` device pixels per SVG pixel.
 * @throws CliError (exit 1) when the browser fails or writes no image
 */
export async function renderPng(browser: string, svg: string, widthPx: number, heightPx: number, scale: number): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), "tumbuh-chart-"));
  try {
    const html = join(dir, "chart.html");
    const png = join(dir, "chart.png");
    await writeFile(html, page(svg));
    const args = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--hide-scrollbars", `--user-data-dir=${join(dir, "profile")}`,
      `--window-size=${Math.round(widthPx)},${Math.round(heightPx)}`, `--force-device-scale-factor=${scale}`,
      `--screenshot=${png}`, pathToFileURL(html).href,
    ];
    await new Promise<void>((resolve, reject) => {
      execFile(browser, args, { timeout: 60_000 }, (error, _stdout, stderr) => {
        if (error) reject(dataError(`${browser} could not render the chart: ${error.message.split("\n")[0]}${stderr ? ` (${String(stderr).trim().split("\n").slice(-3).join(" | ")})` : ""}`));
        else resolve();
      });
    });
    try {
      return await readFile(png);
    } catch {
      throw dataError(`${browser} wrote no image; write an .svg file instead`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
