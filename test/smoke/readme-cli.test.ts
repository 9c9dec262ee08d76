/**
 * The README's command-line example, run as printed: every `$ ` line of the
 * ```text blocks in README.md's "Command line" section is run by a shell in
 * a fresh directory (`npx tumbuh` being the built dist/cli.js), and what
 * follows it must be the command's output. A `…` cell stands for one or more
 * whole columns left out; it must leave out the same columns in the header and
 * in every row, and every value shown must be the value at its place.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv, readCsv } from "../support/csv.js";

const ROOT = join(__dirname, "..", "..");
const CLI = join(ROOT, "dist", "cli.js");
const ELIDED = "…";

interface Step {
  command: string;
  expected: string[];
}

/** The `$ command` lines of the README's "Command line" section, each with the lines printed after it. */
function readmeSteps(): Step[][] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("\n## Command line\n");
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```text\n([\s\S]*?)```/g)]
    .map((m) => m[1]!.replace(/\n$/, "").split("\n"))
    .filter((lines) => lines[0]!.startsWith("$ "))
    .map((lines) => {
      const steps: Step[] = [];
      for (const line of lines) {
        if (line.startsWith("$ ")) steps.push({ command: line.slice(2), expected: [] });
        else steps.at(-1)!.expected.push(line);
      }
      return steps;
    });
}

/**
 * Where each cell of the README's header lies in the real header: a shown
 * name at its column, `…` over the one or more columns up to the next shown
 * name (or to the end). Throws when the README's header cannot be laid over
 * the real one.
 */
function alignHeader(shown: string[], actual: string[]): number[][] {
  const spans: number[][] = [];
  let j = 0;
  shown.forEach((cell, i) => {
    if (cell !== ELIDED) {
      if (actual[j] !== cell) throw new Error(`header: expected ${JSON.stringify(cell)} at column ${j + 1}, the output has ${JSON.stringify(actual[j])}`);
      spans.push([j++]);
      return;
    }
    const next = shown[i + 1];
    const k = next === undefined ? actual.length : actual.indexOf(next, j + 1);
    if (k < j + 1) throw new Error(`header: "…" before ${JSON.stringify(next)} at column ${j + 1} leaves nothing out or ${JSON.stringify(next)} is not in the output`);
    spans.push(Array.from({ length: k - j }, (_, n) => j + n));
    j = k;
  });
  if (j !== actual.length) throw new Error(`header: the output has ${actual.length - j} more columns than shown (${actual.slice(j).join(",")})`);
  return spans;
}

/** Differences between what the README shows and the CSV the command wrote; empty when they agree. */
function compareCsv(expected: string[], output: string): string[] {
  const actual = parseCsv(output);
  const shown = expected.map((line) => parseCsv(line + "\n")[0]!);
  if (actual.length !== shown.length) return [`${shown.length} lines shown, ${actual.length} written`];
  const spans = alignHeader(shown[0]!, actual[0]!);
  const problems: string[] = [];
  shown.slice(1).forEach((row, r) => {
    const line = r + 2;
    if (row.length !== spans.length) return void problems.push(`line ${line}: ${row.length} cells shown, the header shows ${spans.length}`);
    row.forEach((cell, i) => {
      const column = actual[0]![spans[i]![0]!]!;
      if ((cell === ELIDED) !== (shown[0]![i] === ELIDED)) problems.push(`line ${line}: "…" at cell ${i + 1} does not match the header`);
      else if (cell !== ELIDED && actual[r + 1]![spans[i]![0]!] !== cell) problems.push(`line ${line}, ${column}: shown ${JSON.stringify(cell)}, written ${JSON.stringify(actual[r + 1]![spans[i]![0]!])}`);
    });
    if (actual[r + 1]!.length !== actual[0]!.length) problems.push(`line ${line}: ${actual[r + 1]!.length} cells written for ${actual[0]!.length} columns`);
  });
  return problems;
}

const built = existsSync(CLI);
const examples = readmeSteps();

describe.skipIf(!built)("README: the command-line example prints what it shows", () => {
  it("the Command line section has an example with its output", () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.flat().some((s) => s.command.startsWith("npx tumbuh ") && s.expected.length > 1)).toBe(true);
  });

  examples.forEach((steps, n) => {
    it(`example ${n + 1}: ${steps.filter((s) => s.command.startsWith("npx ")).map((s) => s.command).join("; ")}`, () => {
      const dir = mkdtempSync(join(tmpdir(), "tumbuh-readme-"));
      for (const { command, expected } of steps) {
        const real = command.replace(/^npx tumbuh\b/, () => `node ${JSON.stringify(CLI)}`);
        const output = execFileSync("sh", ["-c", real], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
        if (expected.length === 0) {
          expect(output, command).toBe("");
          continue;
        }
        expect(compareCsv(expected, output), command).toEqual([]);
      }
    });
  });

  it("a changed value, a moved column or a missing row is caught", () => {
    const output = "a,b,c,d\n1,2,3,4\n";
    expect(compareCsv(["a,…,d", "1,…,4"], output)).toEqual([]);
    expect(compareCsv(["a,…,d", "1,…,5"], output)).toEqual(['line 2, d: shown "5", written "4"']);
    expect(compareCsv(["a,…,c,d", "1,…,3,4"], output)).toEqual([]);
    expect(() => compareCsv(["a,c,…", "1,3,…"], output)).toThrow(/expected "c" at column 2/);
    expect(() => compareCsv(["a,…,b,c,d", "1,…,2,3,4"], output)).toThrow(/leaves nothing out/);
    expect(compareCsv(["a,…,d"], output)).toEqual(["1 lines shown, 2 written"]);
    expect(compareCsv(["a,…,d", "1,2,4"], output)).toEqual(['line 2: "…" at cell 2 does not match the header']);
  });

  it("the README's first child is child 1 of WHO's demo survey, with WHO's z-scores", () => {
    const step = examples.flat().find((s) => s.command.startsWith("npx tumbuh score"))!;
    const [header, siti] = step.expected.map((line) => parseCsv(line + "\n")[0]!);
    const who = readCsv(join(ROOT, "test", "fixtures", "who-igrowup", "MySurvey_z_st.csv"));
    const i = who.col("id").indexOf("1");
    for (const z of ["zlen", "zwei", "zwfl", "zbmi"]) expect(Number(siti![header!.indexOf(z)]), z).toBe(who.num(z)[i]);
    expect([who.col("GENDER")[i], who.col("agemons")[i], who.col("measure")[i]]).toEqual(["2", "22.45", "l"]);
    expect(step.command).toContain("kids.csv");
    const printf = examples.flat().find((s) => s.command.startsWith("printf"))!.command;
    expect(printf).toContain("\\nSiti,P,22.45,10.4,84.8,l,n\\n");
  });
});
