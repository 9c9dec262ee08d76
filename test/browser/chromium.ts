/**
 * What the browser tests share: where Chromium is, the flags it runs with,
 * the little of playwright-core's API they use (imported by name at run time,
 * so that type-checking does not need the package), and why a test file has
 * to be skipped on this machine ("" when it can run).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The repository's root. */
export const ROOT = join(__dirname, "..", "..");
/** Debian's Chromium (CI installs it with `apt-get install -y chromium`). */
export const CHROMIUM = "/usr/bin/chromium";
/** Headless, sandbox-free, quiet: no first-run page, no network of its own. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A page, as far as the tests use it. */
export interface Page {
  goto(url: string): Promise<unknown>;
  setContent(html: string): Promise<void>;
  on(event: "pageerror", listener: (error: Error) => void): void;
  waitForFunction(fn: string, arg?: unknown, o?: { timeout: number }): Promise<unknown>;
  evaluate<R>(fn: string): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  locator(selector: string): { first(): { screenshot(o: { path?: string }): Promise<Uint8Array> } };
}
/** A browser, as far as the tests use it. */
export interface Browser {
  newPage(o?: { deviceScaleFactor: number; viewport: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}
/** playwright-core's entry, as far as the tests use it. */
export interface Playwright {
  chromium: { launch(o: { executablePath: string; args: string[] }): Promise<Browser> };
}

const name = "playwright-core";
/** playwright-core, or undefined when it (or Chromium) is missing. */
export const playwright: Playwright | undefined = existsSync(CHROMIUM)
  ? ((await import(/* @vite-ignore */ name).catch(() => undefined)) as Playwright | undefined)
  : undefined;

/**
 * Why the browser tests of `file` cannot run here ("" when they can), also
 * printed as a warning so that a skip is never silent.
 */
export function skipReason(file: string, needs: { dist?: boolean } = {}): string {
  const why = !existsSync(CHROMIUM)
    ? `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`
    : !playwright
      ? "playwright-core is not installed (npm i -D playwright-core)"
      : needs.dist && !existsSync(join(ROOT, "dist", "index.js"))
        ? "dist/ is not built (npm run build)"
        : "";
  if (why) console.warn(`${file} skipped: ${why}`);
  return why;
}
