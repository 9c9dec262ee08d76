/**
 * The layout's rules, checked on every run: no import cycle in src/, and
 * WHO's numbers written only in src/who/ (everything else imports them).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../support/by-hand.js";

const SRC = join(ROOT, "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const ALL = files(SRC);
const IMPORT = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

/** Relative imports of a file (type-only ones too: a cycle of types is still a cycle for a reader). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].map((m) => normalize(join(dirname(file), m[1]!.replace(/\.js$/, ".ts"))));
}

/** Code without comments and string or template literals, for the literal check. */
function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/`(?:\\[\s\S]|[^`\\])*`/g, "``")
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''");
}

describe("the source layout", () => {
  it("has no import cycle in src/", () => {
    const graph = new Map(ALL.map((f) => [f, importsOf(f).filter((t) => ALL.includes(t))]));
    const state = new Map<string, 1 | 2>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 2) return;
      if (state.get(f) === 1) {
        cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(SRC, p)).join(" -> "));
        return;
      }
      state.set(f, 1);
      for (const t of graph.get(f)!) visit(t, [...path, f]);
      state.set(f, 2);
    };
    for (const f of ALL) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it("writes WHO's numbers (731, 1826, 1856, 30.4375, 87, 0.7) only in src/who/", () => {
    const found: string[] = [];
    for (const f of ALL) {
      const rel = relative(SRC, f);
      if (rel.startsWith("who/") || rel.includes("generated/")) continue;
      codeOnly(readFileSync(f, "utf8")).split("\n").forEach((line, k) => {
        if (/(?<![\w.])(731|1826|1856|30\.4375|87|0\.7)(?![\w.])/.test(line)) found.push(`${rel}:${k + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
