/**
 * The package as users get it: `npm pack`, installed into a fresh consumer
 * project, then used from Node (ESM and CommonJS), from a TypeScript
 * consumer (type-checked against the published types) and from Deno through
 * an `npm:` specifier, as a notebook cell would.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "node_modules", ".bin");
let consumer = "";

const run = (cmd: string, args: string[], cwd = consumer) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" } });

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
  it("contains only dist, README, LICENSE, NOTICE, CHANGELOG and package.json", () => {
    const packed = JSON.parse(run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], ROOT)) as { files: { path: string }[] }[];
    const paths = packed[0]!.files.map((f) => f.path).sort();
    for (const p of paths) expect(p, p).toMatch(/^(dist\/|README\.md$|LICENSE$|NOTICE$|CHANGELOG\.md$|package\.json$)/);
    expect(paths).toEqual(expect.arrayContaining(["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "NOTICE", "CHANGELOG.md"]));
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

  it("runs in Deno through an npm: specifier, as a notebook cell would", () => {
    writeFileSync(
      join(consumer, "notebook.ts"),
      `import { score, scoreColumns, classify, qualityReport } from "npm:tumbuh";\n` +
        `const r = score({ sex: 2, ageMonths: 22.45, weightKg: 10.4, lenheiCm: 84.8, measure: "l" });\n` +
        `const cols = scoreColumns({ sex: [2, 2], ageMonths: [22.45, 21.47], weightKg: [10.4, 11.7], lenheiCm: [84.8, 83.5], measure: ["l", "l"] });\n` +
        `const stunted = classify("len", -2.5).code;\n` +
        `console.log(JSON.stringify({ z: [r.zlen, r.zwei, r.zwfl, r.zbmi], zwfl: Array.from(cols.zwfl), stunted }));\n`,
    );
    const out = JSON.parse(run(join(BIN, "deno"), ["run", "--quiet", "--no-prompt", "--node-modules-dir=manual", "notebook.ts"]));
    expect(out.z).toEqual(EXPECTED);
    expect(out.zwfl).toEqual([-0.81, 0.83]);
    expect(out.stunted).toBe("stunted");
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
  const jsr = JSON.parse(readFileSync(join(ROOT, "jsr.json"), "utf8"));
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  expect(jsr.version).toBe(pkg.version);
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

  it("npm publish --dry-run succeeds", () => {
    const res = execFileSync("npm", ["publish", "--dry-run", "--ignore-scripts"], { ...quiet, stdio: ["ignore", "pipe", "pipe"] });
    expect(res).toMatch(/tumbuh@\d+\.\d+\.\d+/);
  }, 120_000);
});
