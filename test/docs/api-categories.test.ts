/**
 * The API reference (typedoc) is grouped by task: every export of `tumbuh`
 * and `tumbuh/parallel` carries a `@category` tag naming one of the tasks
 * typedoc.json orders, so that nothing lands in a catch-all "Other" group,
 * and both entry points are documented.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/by-hand.js";

const TYPEDOC = JSON.parse(readFileSync(join(ROOT, "typedoc.json"), "utf8")) as { entryPoints: string[]; categoryOrder: string[]; categorizeByGroup: boolean };
const TASKS = TYPEDOC.categoryOrder.filter((c) => c !== "*");

let program: ts.Program | undefined;

/** Each export of an entry point with the `@category` of its declaration (undefined without one), and where it is declared. */
function exportsWithCategory(entry: string): { name: string; category: string | undefined; where: string }[] {
  if (program === undefined) {
    const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, "tsconfig.docs.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
    program = ts.createProgram(TYPEDOC.entryPoints.map((e) => join(ROOT, e)), config.options);
  }
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(join(ROOT, entry))!)!;
  return checker.getExportsOfModule(module).map((s) => {
    const symbol = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    const decl = symbol.declarations![0]!;
    const node = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
    const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === "category");
    const text = typeof tag?.comment === "string" ? tag.comment.trim() : undefined;
    return { name: s.name, category: text, where: relative(ROOT, node.getSourceFile().fileName) };
  });
}

describe("the API reference is grouped by task", () => {
  it("typedoc documents both entry points and lists the tasks, categories first", () => {
    expect(TYPEDOC.entryPoints).toEqual(["src/index.ts", "src/parallel/index.ts"]);
    expect(TYPEDOC.categorizeByGroup).toBe(false);
    expect(TASKS).toEqual(["Scoring", "Classification", "Aggregation", "Charts", "Dates", "Newborn", "Velocity", "Audit", "Parallel"]);
  });

  for (const entry of ["src/index.ts", "src/parallel/index.ts"]) {
    it(`every export of ${entry} has a @category of one of the tasks`, () => {
      const all = exportsWithCategory(entry);
      expect(all.length).toBeGreaterThan(entry === "src/index.ts" ? 150 : 2);
      const wrong = all.filter((e) => e.category === undefined || !TASKS.includes(e.category)).map((e) => `${e.name} (${e.where}): @category ${e.category ?? "missing"}`);
      expect(wrong, `add "@category <task>" to the declaration's comment; the tasks: ${TASKS.join(", ")}`).toEqual([]);
    });
  }

  it("the tasks are where their code is: dates under Dates, prevalence under Aggregation, …", () => {
    const byName = new Map(exportsWithCategory("src/index.ts").map((e) => [e.name, e.category]));
    expect(byName.get("parseDate")).toBe("Dates");
    expect(byName.get("prevalence")).toBe("Aggregation");
    expect(byName.get("latestPerChild")).toBe("Aggregation");
    expect(byName.get("classify")).toBe("Classification");
    expect(byName.get("growthChartSvg")).toBe("Charts");
    expect(byName.get("newbornSize")).toBe("Newborn");
    expect(byName.get("velocityZ")).toBe("Velocity");
    expect(byName.get("checkScores")).toBe("Audit");
    expect(byName.get("scoreColumns")).toBe("Scoring");
    expect(new Map(exportsWithCategory("src/parallel/index.ts").map((e) => [e.name, e.category])).get("scoreColumnsParallel")).toBe("Parallel");
  });
});
