/**
 * Every relative link in the README and the guides leads somewhere: the file
 * (or folder) exists, and a `#fragment` names a heading of that file, with
 * GitHub's heading anchors. Links to the web are not followed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/by-hand.js";
import { anchors, markdownLinks, type Link } from "../support/markdown-links.js";

/** The Markdown files a reader follows links through (not the generated API pages). */
const FILES = [
  "README.md",
  ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`),
  "examples/README.md",
  "data/SOURCES.md",
].filter((f) => existsSync(join(ROOT, f)));

function links(file: string): Link[] {
  return markdownLinks(file, readFileSync(join(ROOT, file), "utf8"));
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
