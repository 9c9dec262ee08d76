/**
 * Every relative link in the README and the guides leads somewhere: the file
 * (or folder) exists, and a `#fragment` names a heading of that file, with
 * GitHub's heading anchors. Links to the web are not followed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/by-hand.js";

/** The Markdown files a reader follows links through (not the generated API pages). */
const FILES = [
  "README.md",
  ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`),
  "examples/README.md",
  "data/SOURCES.md",
].filter((f) => existsSync(join(ROOT, f)));

/** The text with fenced code blocks emptied (their lines kept) and inline code blanked: code holds no links or headings. */
function prose(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ""))
    .replace(/`[^`\n]*`/g, (code) => code.replace(/[[\]()#]/g, " "));
}

/** GitHub's anchor for a heading (github-slugger): lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
  for (const m of text.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const plain = m[1]!.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<[^>]+>/g, "");
    const base = plain.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) out.add(m[1]!);
  return out;
}

interface Link {
  file: string;
  line: number;
  target: string;
}

/** Inline links and images `[text](target)` and reference definitions `[name]: target`. */
function links(file: string): Link[] {
  const text = prose(readFileSync(join(ROOT, file), "utf8"));
  const found: Link[] = [];
  const lineOf = (index: number) => text.slice(0, index).split("\n").length;
  for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push({ file, line: lineOf(m.index), target: m[1]! });
  for (const m of text.matchAll(/^ {0,3}\[[^\]]+\]:\s+<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)) found.push({ file, line: lineOf(m.index), target: m[1]! });
  return found;
}

/** Why a link is broken, or "" when it is not. */
function broken({ file, target }: Link): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return ""; // https:, mailto:, …: not followed
  const [path = "", fragment] = target.split("#");
  const resolved = path === "" ? join(ROOT, file) : join(ROOT, dirname(file), decodeURIComponent(path));
  if (!resolved.startsWith(ROOT)) return `${target} leaves the repository`;
  if (!existsSync(resolved)) return `${relative(ROOT, resolved)} does not exist`;
  if (fragment === undefined) return "";
  if (statSync(resolved).isDirectory() || !resolved.endsWith(".md")) return `#${fragment} on a file without headings`;
  return anchors(readFileSync(resolved, "utf8")).has(decodeURIComponent(fragment)) ? "" : `${relative(ROOT, resolved)} has no heading #${fragment}`;
}

describe("relative links in the README and the guides resolve", () => {
  it("there are links to check", () => {
    expect(FILES).toContain("README.md");
    expect(FILES.flatMap(links).filter((l) => !/^[a-z]+:/i.test(l.target)).length).toBeGreaterThan(30);
  });

  for (const file of FILES) {
    it(file, () => {
      const bad = links(file).flatMap((l) => {
        const why = broken(l);
        return why ? [`${file}:${l.line}: (${l.target}) ${why}`] : [];
      });
      expect(bad).toEqual([]);
    });
  }

  it("the anchors are GitHub's", () => {
    const a = anchors("# Getting started\n## `tumbuh score`\n## Input: every command\n## Parity (evidence)\n## Parity (evidence)\n```sh\n# not a heading\n```\n### Categories: `--categories who|permenkes`\n");
    expect([...a]).toEqual(["getting-started", "tumbuh-score", "input-every-command", "parity-evidence", "parity-evidence-1", "categories---categories-whopermenkes"]);
  });
});
