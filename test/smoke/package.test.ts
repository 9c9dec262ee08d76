/**
 * Smoke tests of the built package (run after `npm run build`): the exports
 * map resolves for ESM `import` and CommonJS `require`, both give the same
 * numbers as WHO's software, and the CLI runs.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const node = (args: string[], input?: string) => execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", input });

// Child 1 of WHO's demo survey (test/fixtures/who-igrowup): zlen −0.07, zwei −0.57, zwfl −0.81, zbmi −0.79.
const RECORD = `{ sex: 2, ageMonths: 22.45, weightKg: 10.4, lenheiCm: 84.8, measure: "l" }`;
const EXPECTED = [-0.07, -0.57, -0.81, -0.79];

describe("built package", () => {
  it("dist has ESM, CommonJS and both declaration files", () => {
    for (const f of ["index.js", "index.cjs", "index.d.ts", "index.d.cts", "cli.js"]) {
      expect(existsSync(join(ROOT, "dist", f)), f).toBe(true);
    }
  });

  it("imports as ESM through the exports map", () => {
    const out = node(["--input-type=module", "-e", `import { score } from "tumbuh"; const r = score(${RECORD}); console.log(JSON.stringify([r.zlen, r.zwei, r.zwfl, r.zbmi]));`]);
    expect(JSON.parse(out)).toEqual(EXPECTED);
  });

  it("requires as CommonJS through the exports map", () => {
    const out = node(["-e", `const { score } = require("tumbuh"); const r = score(${RECORD}); console.log(JSON.stringify([r.zlen, r.zwei, r.zwfl, r.zbmi]));`]);
    expect(JSON.parse(out)).toEqual(EXPECTED);
  });

  it("has no runtime dependencies", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it("the CLI scores a CSV", () => {
    const dir = mkdtempSync(join(tmpdir(), "tumbuh-smoke-"));
    const input = join(dir, "in.csv");
    writeFileSync(input, "sex,age_months,weight,lenhei,measure\n2,22.45,10.4,84.8,l\n");
    const out = node([join(ROOT, "dist", "cli.js"), "score", input, "--quiet"]);
    const [header, row] = out.trim().split(/\r?\n/);
    const cells = Object.fromEntries(header!.split(",").map((h, i) => [h, row!.split(",")[i]]));
    expect([cells.zlen, cells.zwei, cells.zwfl, cells.zbmi].map(Number)).toEqual(EXPECTED);
    expect(cells.sex).toBe("2");
  });
});
