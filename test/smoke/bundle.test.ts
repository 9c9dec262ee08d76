/**
 * What a browser app ships (run after `npm run build`): the built ESM entry
 * bundled with esbuild, minified and tree-shaken for the browser, as an app's
 * bundler would. An app that imports only weightForAge carries only the
 * weight-for-age table; one that imports `score` carries all twelve; the
 * INTERGROWTH-21st newborn tables go only where newbornSize (or its value
 * functions) is used; the whole library stays under 250 KB gzipped. And
 * importing the package decodes no table: each is decoded on first use, once.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const ENTRY = join(ROOT, "dist", "index.js");
const TABLES = [
  "weianthro", "lenanthro", "bmianthro", "hcanthro", "acanthro", "tsanthro", "ssanthro",
  "wflanthro", "wfhanthro", "hfawho2007", "wfawho2007", "bfawho2007",
] as const;
/** The INTERGROWTH-21st newborn size tables (skew t parameters), by the names their data carries. */
const NEWBORN_TABLES = ["intergrowth-birthWeight", "intergrowth-birthLength", "intergrowth-birthHead"] as const;

/** The marker of the WHO growth-velocity tables (their module's name). */
const VELOCITY = "whovelocity";

/** An app's browser bundle of `code` (which imports from "tumbuh"). */
function bundle(code: string): string {
  const r = buildSync({
    stdin: { contents: code, resolveDir: ROOT, loader: "js" },
    bundle: true, minify: true, treeShaking: true, format: "esm", platform: "browser", target: "es2022",
    alias: { tumbuh: ENTRY }, write: false, logLevel: "silent",
  });
  return r.outputFiles[0]!.text;
}

/** The WHO tables a bundle carries: each table's data is held with its name. */
const tablesIn = (js: string) => TABLES.filter((t) => js.includes(`"${t}"`));
const newbornTablesIn = (js: string) => NEWBORN_TABLES.filter((t) => js.includes(`"${t}"`));
const gzKb = (text: string) => gzipSync(text, { level: 9 }).length / 1024;

describe("browser bundles", () => {
  it("the table markers are found in the built entry (so their absence below means something)", () => {
    expect(tablesIn(readFileSync(ENTRY, "utf8"))).toEqual([...TABLES]);
    expect(newbornTablesIn(readFileSync(ENTRY, "utf8"))).toEqual([...NEWBORN_TABLES]);
  });

  it("importing only weightForAge carries only the weight-for-age table, in a small bundle", () => {
    const js = bundle(`import { weightForAge } from "tumbuh"; console.log(weightForAge({ sex: 1, ageDays: 0, weightKg: 3.3464 }).z);`);
    expect(tablesIn(js)).toEqual(["weianthro"]);
    expect(newbornTablesIn(js)).toEqual([]);
    expect(js).not.toContain("fractionalGa");
    console.log(`weightForAge alone: ${(js.length / 1024).toFixed(1)} KB, ${gzKb(js).toFixed(1)} KB gzipped`);
    expect(gzKb(js)).toBeLessThan(25);
  });

  it("each one-indicator function carries only its own tables", () => {
    const own: Record<string, string[]> = {
      lengthHeightForAge: ["lenanthro"], bmiForAge: ["bmianthro"], headCircumferenceForAge: ["hcanthro"],
      armCircumferenceForAge: ["acanthro"], tricepsSkinfoldForAge: ["tsanthro"], subscapularSkinfoldForAge: ["ssanthro"],
      weightForLengthHeight: ["wflanthro", "wfhanthro"], heightForAge2007: ["hfawho2007"], weightForAge2007: ["wfawho2007"], bmiForAge2007: ["bfawho2007"],
    };
    for (const [fn, tables] of Object.entries(own)) {
      const js = bundle(`import { ${fn} } from "tumbuh"; console.log(${fn}({ sex: 1, ageMonths: 70 }));`);
      expect(tablesIn(js), fn).toEqual(tables);
    }
  });

  it("velocity: a weightForAge-only bundle has no velocity table; velocityZ carries only it", () => {
    const wfa = bundle(`import { weightForAge } from "tumbuh"; console.log(weightForAge({ sex: 1, ageDays: 0, weightKg: 3.3464 }).z);`);
    expect(wfa.includes(`"${VELOCITY}"`)).toBe(false);
    const v = bundle(`import { velocityZ } from "tumbuh"; console.log(velocityZ({ measure: "weight", months: 1, sex: 1, interval: "2-3 mo", increment: 0.8 }).z);`);
    expect(v.includes(`"${VELOCITY}"`)).toBe(true);
    expect(tablesIn(v)).toEqual([]);
    expect(readFileSync(ENTRY, "utf8").includes(`"${VELOCITY}"`)).toBe(true);
  });

  it("the classification and prevalence functions carry no table", () => {
    const js = bundle(`import { classify, prevalence } from "tumbuh"; console.log(classify, prevalence);`);
    expect(tablesIn(js)).toEqual([]);
    expect(newbornTablesIn(js)).toEqual([]);
  });

  it("importing score carries every WHO table and the INTERGROWTH-21st newborn tables (its igp_* at birth)", () => {
    const js = bundle(`import { score } from "tumbuh"; console.log(score({ sex: 1 }));`);
    expect(tablesIn(js)).toEqual([...TABLES]);
    expect(newbornTablesIn(js)).toEqual([...NEWBORN_TABLES]);
  });

  it("newbornSize and its value functions carry the three newborn tables and no WHO table; pretermGrowth carries none", () => {
    for (const fn of ["newbornSize", "newbornSizeValue", "newbornSizeValueAtCentile"]) {
      const js = bundle(`import { ${fn} } from "tumbuh"; console.log(${fn});`);
      expect(newbornTablesIn(js), fn).toEqual([...NEWBORN_TABLES]);
      expect(tablesIn(js), fn).toEqual([]);
      expect(js, fn).toContain("fractionalGa"); // the marker the weightForAge bundle must not hold
    }
    for (const fn of ["pretermGrowth", "pretermGrowthValue", "pretermGrowthValueAtCentile"]) {
      const js = bundle(`import { ${fn} } from "tumbuh"; console.log(${fn});`);
      expect([...tablesIn(js), ...newbornTablesIn(js)], fn).toEqual([]);
    }
    const js = bundle(`import { newbornSize } from "tumbuh"; console.log(newbornSize({ sex: 1, gaDays: 280, weightKg: 3.3 }));`);
    console.log(`newbornSize alone: ${(js.length / 1024).toFixed(1)} KB, ${gzKb(js).toFixed(1)} KB gzipped`);
    expect(gzKb(js)).toBeLessThan(20);
  });

  it("the whole library is under 250 KB gzipped", () => {
    const js = bundle(`import * as tumbuh from "tumbuh"; console.log(tumbuh);`);
    console.log(`whole library: ${(js.length / 1024).toFixed(1)} KB, ${gzKb(js).toFixed(1)} KB gzipped`);
    expect(gzKb(js)).toBeLessThan(250);
    expect(gzKb(readFileSync(ENTRY, "utf8"))).toBeLessThan(250);
    expect(gzKb(readFileSync(join(ROOT, "dist", "index.cjs"), "utf8"))).toBeLessThan(250);
  });
});

describe("tables load lazily", () => {
  // Counts the typed arrays of table size (at least 100 values) the package
  // creates; decoding a table makes three (L, M and S).
  const COUNT = `
    let made = 0;
    globalThis.Float64Array = new Proxy(Float64Array, { construct(T, args) { if (typeof args[0] === "number" && args[0] >= 100) made++; return Reflect.construct(T, args); } });
    const t = await import(${JSON.stringify(ENTRY)});
    const out = { afterImport: made };`;
  const run = (code: string) => JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", `${COUNT}\n${code}\nconsole.log(JSON.stringify(out));`], { encoding: "utf8" }));

  it("importing the package decodes no table; the first use decodes one, once", () => {
    const r = run(`
      t.weightForAge({ sex: 1, ageDays: 100, weightKg: 6 }); out.afterFirst = made;
      t.weightForAge({ sex: 2, ageDays: 900, weightKg: 12 }); out.afterSecond = made;
      t.lengthHeightForAge({ sex: 2, ageDays: 900, lenheiCm: 85 }); out.afterOther = made;`);
    expect(r).toEqual({ afterImport: 0, afterFirst: 3, afterSecond: 3, afterOther: 6 });
  });

  it("the newborn tables are decoded on the first newbornSize, once (four parameters × three measures); pretermGrowth decodes none", () => {
    const r = run(`
      t.pretermGrowth({ sex: 1, pmaWeeks: 36, weightKg: 2.3 }); out.afterPreterm = made;
      t.newbornSize({ sex: 1, gaDays: 280, weightKg: 3.3 }); out.afterFirst = made;
      t.newbornSizeValue("hc", 2, 250, 1); out.afterSecond = made;`);
    expect(r).toEqual({ afterImport: 0, afterPreterm: 0, afterFirst: 12, afterSecond: 12 });
  });
});
