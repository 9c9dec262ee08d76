import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TABLE_SOURCES, parseWhoTable } from "../../../scripts/table-sources.js";
import { ROOT } from "../../support/by-hand.js";

type TableModule = Record<string, () => { l: Float64Array; m: Float64Array; s: Float64Array; xFirst: number; rowsPerSex: number }>;
const generatedDir = join(ROOT, "src", "tables", "generated");
// The LMS tables; the velocity module has its own test (velocity-tables.test.ts).
const moduleFiles = readdirSync(generatedDir).filter((f) => f.endsWith(".ts") && f !== "whovelocity.ts");
const modules: Record<string, TableModule> = {};
for (const f of moduleFiles) modules[f.replace(/\.ts$/, "")] = (await import(join(generatedDir, f))) as TableModule;

describe("generated table modules", () => {
  it("there is exactly one generated module per table in data/", () => {
    expect(Object.keys(modules).length).toBe(TABLE_SOURCES.length);
  });

  for (const source of TABLE_SOURCES) {
    it(`${source.name} holds every L, M and S of ${source.file} bit for bit`, () => {
      const mod = modules[source.name];
      expect(mod, `module for ${source.name}`).toBeDefined();
      const table = mod![source.name]!();
      const parsed = parseWhoTable(readFileSync(join(ROOT, source.file), "utf8"), source);
      expect(table.rowsPerSex).toBe(parsed.rowsPerSex);
      expect(table.xFirst).toBe(parsed.xFirst);
      expect(table.l.length).toBe(parsed.rows.length);
      parsed.rows.forEach((r, i) => {
        // Object.is distinguishes −0 and compares NaN, so this is bit-level for doubles.
        expect(Object.is(table.l[i], parseFloat(r.l)), `${source.name} row ${i} L`).toBe(true);
        expect(Object.is(table.m[i], parseFloat(r.m)), `${source.name} row ${i} M`).toBe(true);
        expect(Object.is(table.s[i], parseFloat(r.s)), `${source.name} row ${i} S`).toBe(true);
      });
    });
  }
});

describe("data/ provenance", () => {
  const sources = readFileSync(join(ROOT, "data", "SOURCES.md"), "utf8");
  for (const source of TABLE_SOURCES) {
    it(`${source.file} has the sha256 recorded in data/SOURCES.md`, () => {
      const sha = createHash("sha256").update(readFileSync(join(ROOT, source.file))).digest("hex");
      expect(sources).toContain(sha);
    });
  }
});
