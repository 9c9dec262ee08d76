/**
 * The package as users get it: `npm pack`, installed into a fresh consumer
 * project, then used from Node (ESM and CommonJS), from a TypeScript
 * consumer (type-checked against the published types) and from Deno through
 * an `npm:` specifier — the Deno guide's notebook (examples/deno/notebook.ts)
 * runs on a survey WHO anthro scored and must reproduce anthro's numbers.
 * Then the release checks: the tarball's contents, one version everywhere,
 * the changelog's format, publint, are-the-types-wrong, `npm publish
 * --dry-run` and `deno publish --dry-run`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv, readCsv } from "../support/csv.js";
import { markdownLinks } from "../support/markdown-links.js";

const posixJoin = posix.join;
const posixDirname = posix.dirname;

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "node_modules", ".bin");
let consumer = "";

const run = (cmd: string, args: string[], cwd = consumer) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" } });

/** The files `npm pack` puts in the package, sorted. */
function packedPaths(): string[] {
  const packed = JSON.parse(run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], ROOT)) as { files: { path: string }[] }[];
  return packed[0]!.files.map((f) => f.path).sort();
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

// Child 1 of WHO's demo survey (test/fixtures/who-igrowup): zlen −0.07, zwei −0.57, zwfl −0.81, zbmi −0.79.
const EXPECTED = [-0.07, -0.57, -0.81, -0.79];

beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), "tumbuh-consumer-"));
  const packed = JSON.parse(run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", consumer], ROOT)) as { filename: string; files: { path: string }[] }[];
  const tarball = join(consumer, packed[0]!.filename);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--offline", tarball]);
}, 120_000);

describe("the packed package", () => {
  it("contains exactly dist/**, the guides (docs/*.md and their images), the data sources, README.md, LICENSE, NOTICE, CHANGELOG.md and package.json", () => {
    const paths = packedPaths();
    const posix = (f: string) => relative(ROOT, f).split("\\").join("/");
    const dist = walk(join(ROOT, "dist")).map(posix);
    const guides = readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`);
    const images = readdirSync(join(ROOT, "docs", "img")).map((f) => `docs/img/${f}`);
    const sources = ["data/SOURCES.md", ...readdirSync(join(ROOT, "data")).filter((d) => existsSync(join(ROOT, "data", d, "README.md"))).map((d) => `data/${d}/README.md`)];
    expect(paths).toEqual([...dist, ...guides, ...images, ...sources, "README.md", "LICENSE", "NOTICE", "CHANGELOG.md", "package.json"].sort());
    expect(paths).toEqual(expect.arrayContaining(["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/cli.js", "dist/parallel.js", "docs/cli.md"]));
  });

  it("the README's links lead to files in the installed package; the guides' too, but for the repository's examples, sources and benchmarks", () => {
    const installed = join(consumer, "node_modules", "tumbuh");
    const shipped = packedPaths().filter((p) => p.endsWith(".md"));
    const problems: string[] = [];
    let followed = 0;
    for (const file of shipped) {
      for (const link of markdownLinks(file, readFileSync(join(installed, file), "utf8"))) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(link.target) || link.target.startsWith("#")) continue;
        const path = decodeURIComponent(link.target.split("#")[0]!);
        const target = posixJoin(posixDirname(file), path);
        // the guides may point a developer at the repository's code: examples/, src/, bench/ are not in the package
        if (file !== "README.md" && /^(?:examples|src|bench)\//.test(target)) continue;
        followed++;
        if (!existsSync(join(installed, target))) problems.push(`${file}:${link.line}: ${link.target} is not in the package`);
      }
    }
    expect(problems).toEqual([]);
    expect(followed).toBeGreaterThan(40);
  });

  it("imports as ESM in a consumer project", () => {
    writeFileSync(join(consumer, "esm.mjs"), `import { score } from "tumbuh";\nconst r = score({ sex: 2, ageMonths: 22.45, weightKg: 10.4, lenheiCm: 84.8, measure: "l" });\nconsole.log(JSON.stringify([r.zlen, r.zwei, r.zwfl, r.zbmi]));\n`);
    expect(JSON.parse(run(process.execPath, ["esm.mjs"]))).toEqual(EXPECTED);
  });

  it("requires as CommonJS in a consumer project", () => {
    writeFileSync(join(consumer, "cjs.cjs"), `const { score } = require("tumbuh");\nconst r = score({ sex: 2, ageMonths: 22.45, weightKg: 10.4, lenheiCm: 84.8, measure: "l" });\nconsole.log(JSON.stringify([r.zlen, r.zwei, r.zwfl, r.zbmi]));\n`);
    expect(JSON.parse(run(process.execPath, ["cjs.cjs"]))).toEqual(EXPECTED);
  });

  it("type-checks a TypeScript consumer against the published types (ESM and CommonJS resolution)", () => {
    writeFileSync(
      join(consumer, "consumer.ts"),
      `import { score, scoreColumns, classify, type ScoreResult } from "tumbuh";\n` +
        `const r: ScoreResult = score({ sex: "P", ageMonths: 22.45, weightKg: 10.4 });\n` +
        `const z: number = r.zwei;\nconst cols = scoreColumns({ sex: new Uint8Array([1]), ageDays: new Float64Array([400]) });\n` +
        `const f: Float64Array = cols.zlen;\nconst c = classify("len", z);\nexport { f, c };\n`,
    );
    for (const moduleResolution of ["nodenext", "bundler"]) {
      const module = moduleResolution === "bundler" ? "esnext" : "nodenext";
      run(join(BIN, "tsc"), ["--noEmit", "--strict", "--skipLibCheck", "false", "--module", module, "--moduleResolution", moduleResolution, "--target", "es2022", "consumer.ts"]);
    }
    writeFileSync(join(consumer, "consumer.cts"), `import tumbuh = require("tumbuh");\nconst r = tumbuh.score({ sex: 1, ageDays: 100 });\nexport const z: number = r.zwei;\n`);
    run(join(BIN, "tsc"), ["--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "consumer.cts"]);
  });
});

describe("in Deno, through an npm: specifier: the guide docs/deno.md and its notebook", () => {
  const DENO = join(BIN, "deno");
  const NOTEBOOK = join(ROOT, "examples", "deno", "notebook.ts");
  const GUIDE = readFileSync(join(ROOT, "docs", "deno.md"), "utf8");
  const blocks = [...GUIDE.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, code: m[2]!, at: m.index }));
  const deno = (args: string[]) => run(DENO, args);
  const denoRun = (script: string, ...args: string[]) => deno(["run", "--quiet", "--no-prompt", "--node-modules-dir=manual", "-R", "-W", script, ...args]);
  /** Lines of the Markdown tables in the script's output, split into cells. */
  const tableRows = (out: string) => out.split("\n").filter((l) => l.startsWith("| ")).map((l) => l.slice(2, -2).split(" | "));

  beforeAll(() => {
    // the repository layout the guide's commands assume: examples/deno/notebook.ts, examples/bontang-posyandu-2025.csv
    mkdirSync(join(consumer, "examples", "deno"), { recursive: true });
    cpSync(NOTEBOOK, join(consumer, "examples", "deno", "notebook.ts"));
    cpSync(join(ROOT, "examples", "bontang-posyandu-2025.csv"), join(consumer, "examples", "bontang-posyandu-2025.csv"));
  });

  it("the guide shows the notebook file cell by cell, verbatim", () => {
    const file = readFileSync(NOTEBOOK, "utf8");
    const cells = file.slice(file.search(/^\/\/ %%/m)).split(/\n(?=\/\/ %%)/).map((c) => c.trim());
    const shown = blocks.filter((b) => b.code.startsWith("// %%")).map((b) => b.code.trim());
    expect(cells.length).toBe(6);
    expect(shown).toEqual(cells);
  });

  it("the guide and the notebook pin the package's version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const pins = [...(GUIDE + readFileSync(NOTEBOOK, "utf8")).matchAll(/(?:npm:tumbuh|jsr:@tumbuh\/tumbuh)@\^?([\w.-]+)/g)].map((m) => m[1]);
    expect(pins.length).toBeGreaterThan(5);
    for (const pin of pins) expect(pin).toBe(version);
  });

  it("the notebook type-checks against the published types", () => {
    deno(["check", "--quiet", "--node-modules-dir=manual", "examples/deno/notebook.ts"]);
  }, 120_000);

  it("on a survey scored and tabulated by WHO anthro 1.1.0, the notebook prints anthro's z-scores and prevalences", () => {
    // the reference survey of test/fixtures/who-anthro-prevalence, with R's NA written as empty cells, as a CSV export has them
    const dir = join(ROOT, "test", "fixtures", "who-anthro-prevalence");
    const [header, ...rows] = parseCsv(readFileSync(join(dir, "survey-0to5.csv"), "utf8"));
    writeFileSync(join(consumer, "survey.csv"), [header!, ...rows.map((r) => r.map((c) => (c === "NA" ? "" : c)))].map((r) => r.join(",")).join("\n") + "\n");
    const out = denoRun("examples/deno/notebook.ts", "survey.csv", "region", "");
    const lines = tableRows(out);
    expect(out).toContain(`${rows.length} of ${rows.length} rows`);

    // cell 3: the first five children's z-scores equal anthro_zscores'
    const who = readCsv(join(dir, "survey-0to5-zscores.csv"));
    const input = readCsv(join(dir, "survey-0to5.csv"));
    const zRows = lines.slice(lines.findIndex((r) => r[0] === "child") + 1).slice(0, 5);
    expect(zRows.map((r) => r[0])).toEqual(["1", "2", "3", "4", "5"]);
    for (const [id, age, ...z] of zRows) {
      const i = who.col("id").indexOf(id!);
      expect(Number(age), `age of ${id}`).toBe(input.num("age_days")[input.col("id").indexOf(id!)]);
      expect(z.map(Number), `z of ${id}`).toEqual(["zlen", "zwei", "zwfl", "zbmi"].map((c) => who.num(c)[i]));
    }

    // cell 4: TB/U counts, by Permenkes's cut-offs applied to anthro's zlen and flen
    const expected = new Map<string, number>();
    const zlen = who.num("zlen");
    const flen = who.num("flen");
    for (let i = 0; i < zlen.length; i++) {
      const z = zlen[i]!;
      const label = flen[i] === 1 ? "Z-score tidak wajar" : Number.isNaN(z) ? "Tidak terklasifikasi" : z < -3 ? "Sangat pendek (severely stunted)" : z < -2 ? "Pendek (stunted)" : z <= 3 ? "Normal" : "Tinggi";
      expected.set(label, (expected.get(label) ?? 0) + 1);
    }
    const countRows = lines.slice(lines.findIndex((r) => r[0] === "TB/U (Permenkes)") + 1).slice(0, expected.size);
    expect(new Map(countRows.map(([label, n]) => [label!, Number(n)]))).toEqual(expected);

    // cell 5: prevalences and CIs by region, as anthro_prevalence(…, gregion = region) reports them
    const table = readCsv(join(dir, "anthro-none-region.csv"));
    const at = (group: string, col: string) => table.num(col)[table.col("Group").indexOf(group)]!;
    const ci = (group: string, ind: string) => `${at(group, `${ind}_r`).toFixed(1)} (${at(group, `${ind}_ll`).toFixed(1)}–${at(group, `${ind}_ul`).toFixed(1)})`;
    const prevalenceRows = lines.slice(lines.findIndex((r) => r[0] === "region") + 1);
    const regions = ["Bontang Barat", "Bontang Selatan", "Bontang Utara", "Loktuan", "Tanjung Laut"];
    expect(prevalenceRows.map((r) => r[0])).toEqual(["All", ...regions]);
    for (const [label, ...cells] of prevalenceRows) {
      const group = label === "All" ? "All" : `Geographical region: ${label}`;
      expect(cells, label).toEqual([String(at(group, "HAZ_unwpop")), ci(group, "HA_2"), ci(group, "WH_2"), ci(group, "WA_2"), ci(group, "WH2")]);
    }
  }, 120_000);

  it("on the bundled sample, the notebook prints what the guide shows and draws the chart", () => {
    const out = denoRun("examples/deno/notebook.ts");
    const printed = new Set(out.split("\n"));
    const notebook = GUIDE.slice(GUIDE.indexOf("## A notebook"), GUIDE.indexOf("## From JSR"));
    const shown = [
      ...notebook.split("\n").filter((l) => l.startsWith("|")),
      ...blocks.filter((b) => b.lang === "text" && GUIDE.indexOf("## A notebook") < b.at && b.at < GUIDE.indexOf("## From JSR")).flatMap((b) => b.code.trim().split("\n")),
    ];
    expect(shown.length).toBeGreaterThan(25);
    for (const line of shown) expect(printed.has(line), line).toBe(true);

    const svg = readFileSync(join(consumer, "growth-chart.svg"), "utf8");
    const sample = readCsv(join(ROOT, "examples", "bontang-posyandu-2025.csv"));
    // the chart runs from 0 to 60 months: weighings after the fifth birthday are left out
    const ids = sample.col("child_id");
    const visits = ids.flatMap((id, i) => (id === "BTG-00021" ? [{ dob: sample.col("dob")[i]!, date: sample.col("visit_date")[i]! }] : []));
    const fiveYearsOld = (v: { dob: string; date: string }) => v.date >= `${Number(v.dob.slice(0, 4)) + 5}${v.dob.slice(4)}`;
    expect(visits.filter(fiveYearsOld).map((v) => v.date)).toEqual(["2025-12-22"]);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.split('class="tumbuh-point"').length - 1).toBe(visits.length - 1);
    expect(out).toContain(`BTG-00021: ${visits.length} weighings; not drawn: 2025-12-22 outside-range`);
  }, 120_000);

  it("the guide's first script prints what its comment says", () => {
    const first = blocks.find((b) => b.lang === "ts")!;
    const expected = [...first.code.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => m[1]);
    expect(expected.length).toBeGreaterThan(0);
    writeFileSync(join(consumer, "score.ts"), first.code);
    expect(deno(["run", "--quiet", "--no-prompt", "--node-modules-dir=manual", "score.ts"]).trim().split("\n")).toEqual(expected);
  });

  it("the command line runs in Deno as the guide shows", () => {
    const command = /^deno run -A (npm:tumbuh@\S+) score children\.csv -o scored\.csv$/m.exec(GUIDE);
    expect(command).not.toBeNull();
    writeFileSync(join(consumer, "children.csv"), "sex,age_months,weight,lenhei,measure\nP,22.45,10.4,84.8,l\n");
    deno(["run", "-A", "--quiet", "--node-modules-dir=manual", command![1]!, "score", "children.csv", "-o", "scored.csv"]);
    const scored = parseCsv(readFileSync(join(consumer, "scored.csv"), "utf8"));
    const z = (name: string) => Number(scored[1]![scored[0]!.indexOf(name)]);
    expect(["zlen", "zwei", "zwfl", "zbmi"].map(z)).toEqual(EXPECTED);
  });
});

describe("one version, SemVer, and a Keep a Changelog changelog", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  const jsr = JSON.parse(readFileSync(join(ROOT, "jsr.json"), "utf8")) as { version: string };
  const changelog = readFileSync(join(ROOT, "CHANGELOG.md"), "utf8");
  const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

  it("package.json's version is SemVer, and jsr.json and the installed CLI's --version say the same", () => {
    expect(pkg.version).toMatch(SEMVER);
    expect(jsr.version).toBe(pkg.version);
    expect(run(join(consumer, "node_modules", ".bin", "tumbuh"), ["--version"]).trim()).toBe(pkg.version);
  });

  it("CHANGELOG.md has an Unreleased section or a dated section for this version", () => {
    const headings = [...changelog.matchAll(/^## (.*)$/gm)].map((m) => m[1]!);
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) expect(h, h).toMatch(/^\[(Unreleased|[^\]]+)\]( - \d{4}-\d{2}-\d{2})?$/);
    for (const h of headings.filter((x) => x !== "[Unreleased]")) {
      const [, version, date] = /^\[([^\]]+)\] - (\d{4}-\d{2}-\d{2})$/.exec(h) ?? [];
      expect(version, h).toMatch(SEMVER);
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10), h).toBe(date);
    }
    expect(headings.some((h) => h === "[Unreleased]" || h.startsWith(`[${pkg.version}] - `))).toBe(true);
  });

  it("CHANGELOG.md's subsections are Keep a Changelog's six kinds", () => {
    const kinds = [...changelog.matchAll(/^### (.*)$/gm)].map((m) => m[1]!);
    expect(kinds.length).toBeGreaterThan(0);
    for (const k of kinds) expect(["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"], k).toContain(k);
  });
});

it("package.json declares no runtime dependencies and types first in every export", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  expect(pkg.dependencies ?? {}).toEqual({});
  for (const branch of ["import", "require"]) expect(Object.keys(pkg.exports["."][branch])[0]).toBe("types");
});

it("publishes to JSR from jsr.json (deno publish --dry-run: type-checks the public entry, no slow types)", () => {
  const out = execFileSync(join(BIN, "deno"), ["publish", "--dry-run", "--allow-dirty", "--sloppy-imports"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  expect(out + "").not.toMatch(/error/i);
}, 300_000);

describe("release readiness", () => {
  const quiet = { cwd: ROOT, encoding: "utf8" as const, stdio: ["ignore", "pipe", "pipe"] as ["ignore", "pipe", "pipe"] };
  it("publint finds nothing to fix in the package", () => {
    const out = execFileSync(join(BIN, "publint"), ["--strict"], quiet);
    expect(out).toMatch(/All good/);
  }, 120_000);

  it("are-the-types-wrong finds no problem for node10, node16 (CJS and ESM) and bundlers", () => {
    // exits non-zero on any problem; tumbuh/parallel is a Node ESM-only entry by design
    execFileSync(join(BIN, "attw"), ["--pack", ".", "--format", "ascii", "--exclude-entrypoints", "./parallel"], quiet);
    execFileSync(join(BIN, "attw"), ["--pack", ".", "--format", "ascii", "--entrypoints", "./parallel", "--profile", "esm-only"], quiet);
  }, 240_000);

  it("npm publish --dry-run succeeds, with nothing in package.json for npm to correct", () => {
    const res = spawnSync("npm", ["publish", "--dry-run", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" });
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/tumbuh@\d+\.\d+\.\d+/);
    // "npm warn publish" lines other than the dry run's note that nobody is logged in: auto-corrected fields
    // (e.g. a bin path npm rewrites), which would publish a package.json different from the one in the repository
    const warnings = res.stderr.split("\n").filter((l) => /^npm warn publish /i.test(l) && !/requires you to be logged in/.test(l));
    expect(warnings).toEqual([]);
  }, 120_000);
});
