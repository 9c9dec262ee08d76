/**
 * Runs every `@example` in the public source and every ```ts block in the
 * README and docs/*.md, checking each `expression; // => expected` line, so
 * that documentation cannot drift from the code.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { ROOT } from "../support/by-hand.js";

interface Example {
  where: string;
  code: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
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

/** Rewrites `expr; // => expected` lines into checks, strips imports of the package. */
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

const sources = walk(join(ROOT, "src")).filter((f) => f.endsWith(".ts") && !f.includes("/generated/") && !f.includes("/cli/"));
const markdown = [join(ROOT, "README.md"), ...walk(join(ROOT, "docs")).filter((f) => f.endsWith(".md") && !f.includes("/api/"))];
const examples = [
  ...sources.flatMap(examplesInSource),
  ...markdown.filter((f) => { try { return statSync(f).isFile(); } catch { return false; } }).flatMap(examplesInMarkdown),
];

describe("documentation examples run and their `// =>` values hold", () => {
  it("there are examples to check", () => {
    expect(examples.length).toBeGreaterThan(20);
  });
  for (const ex of examples) {
    it(ex.where, async () => {
      const js = transformSync(`async function __run(){\n${instrument(ex.code)}\n}`, { loader: "ts" }).code;
      let checks = 0;
      const check = (actual: unknown, expected: unknown) => {
        checks++;
        expect(actual).toEqual(expected);
      };
      const names = Object.keys(api);
      const run = new Function("__api", "__check", `const { ${names.join(", ")} } = __api;\n${js}\nreturn __run();`);
      await run(api, check);
      expect(checks, "an example without a `// =>` check").toBeGreaterThan(0);
    });
  }
});
