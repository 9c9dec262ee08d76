/**
 * Runs the `@example`s of src/chart and the ```ts blocks of docs/charts.md
 * with every export of src/index.ts and of src/chart/index.ts in scope,
 * checking each `expression; // => expected` line (the same convention as
 * test/docs/examples.test.ts, which covers them once src/index.ts exports
 * the chart API).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import * as chart from "../../../src/chart/index.js";
import * as api from "../../../src/index.js";
import { ROOT } from "../../support/by-hand.js";

interface Example {
  where: string;
  code: string;
}

function examplesInSource(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const out: Example[] = [];
  for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const startLine = text.slice(0, m.index).split("\n").length;
    const lines = m[1]!.split("\n").map((l) => l.replace(/^\s*\* ?/, ""));
    let current: string[] | undefined;
    const flush = () => {
      if (current && current.join("").trim()) out.push({ where: `${relative(ROOT, file)}:${startLine}`, code: current.join("\n") });
      current = undefined;
    };
    for (const line of lines) {
      if (/^@example/.test(line)) {
        flush();
        current = [];
      } else if (/^@\w/.test(line)) flush();
      else if (current) current.push(line);
    }
    flush();
  }
  return out;
}

function examplesInMarkdown(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/```(?:ts|typescript|js)\n([\s\S]*?)```/g)]
    .filter((m) => !/<!-- no-run -->\s*$/.test(text.slice(0, m.index)))
    .map((m) => ({ where: `${relative(ROOT, file)}:${text.slice(0, m.index).split("\n").length}`, code: m[1]! }));
}

function instrument(code: string): string {
  return code
    .split("\n")
    .filter((l) => !/^\s*import\s.*from\s+["'](tumbuh|npm:tumbuh)["'];?\s*$/.test(l))
    .map((line) => {
      const m = /^(\s*)(.*?);?\s*\/\/ => (.*)$/.exec(line);
      return m ? `${m[1]}__check((${m[2]}), (${m[3]}));` : line;
    })
    .join("\n");
}

const chartDir = join(ROOT, "src", "chart");
const docs = join(ROOT, "docs", "charts.md");
const examples = [
  ...readdirSync(chartDir).filter((f) => f.endsWith(".ts")).map((f) => join(chartDir, f)).flatMap(examplesInSource),
  ...(existsSync(docs) ? examplesInMarkdown(docs) : []),
];

describe("chart documentation examples", () => {
  it("there are examples to check", () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });
  for (const ex of examples) {
    it(ex.where, async () => {
      const js = transformSync(`async function __run(){\n${instrument(ex.code)}\n}`, { loader: "ts" }).code;
      let checks = 0;
      const check = (actual: unknown, expected: unknown) => {
        checks++;
        expect(actual).toEqual(expected);
      };
      const scope = { ...api, ...chart };
      const names = Object.keys(scope);
      const run = new Function("__api", "__check", `const { ${names.join(", ")} } = __api;\n${js}\nreturn __run();`);
      await run(scope, check);
      expect(checks, "an example without a `// =>` check").toBeGreaterThan(0);
    });
  }
});
