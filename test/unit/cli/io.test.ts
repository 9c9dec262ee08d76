import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CHILD1, run, table } from "./run-cli.js";

const CSV = "id,sex,age_months,weight,lenhei,measure\nA,2,22.45,10.4,84.8,l\nB,1,12,,,\n";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "tumbuh-cli-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("tumbuh score: files, stdin and stdout", () => {
  it("reads a file and writes -o OUT; nothing goes to stdout and no temporary file is left", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.csv"), CSV);
    const r = await run(["score", join(dir, "in.csv"), "-o", join(dir, "out.csv")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const out = table(readFileSync(join(dir, "out.csv"), "utf8"));
    expect(out.rows.map((row) => row.id)).toEqual(["A", "B"]);
    expect(out.rows[0]!.zwfl).toBe(CHILD1.zwfl);
    expect(readdirSync(dir).sort()).toEqual(["in.csv", "out.csv"]);
  });

  it("reads stdin for - and for no path, and writes stdout for no -o and -o -", async () => {
    const a = await run(["score", "-"], CSV);
    const b = await run(["score", "-o", "-"], CSV);
    expect(a.code).toBe(0);
    expect(table(a.stdout).rows[0]!.zwfl).toBe(CHILD1.zwfl);
    expect(b.stdout).toBe(a.stdout);
  });

  it("-o may name the input file (it is replaced when the run succeeds)", async () => {
    const dir = tempDir();
    const path = join(dir, "data.csv");
    writeFileSync(path, CSV);
    const r = await run(["score", path, "-o", path]);
    expect(r.code).toBe(0);
    const out = table(readFileSync(path, "utf8"));
    expect(out.rows).toHaveLength(2);
    expect(out.rows[0]!.zlen).toBe(CHILD1.zlen);
  });

  it("a failed run leaves no output file and keeps an existing one", async () => {
    const dir = tempDir();
    const bad = `${CSV}${"C,2,22.45,10.4,84.8,l\n".repeat(50)}D,2,22.45,10.4,84.8,l,extra\n`;
    writeFileSync(join(dir, "in.csv"), bad);
    const r = await run(["score", join(dir, "in.csv"), "-o", join(dir, "out.csv")], [], { tuning: { batchSize: 8 } });
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, "out.csv"))).toBe(false);
    writeFileSync(join(dir, "out.csv"), "old");
    const again = await run(["score", join(dir, "in.csv"), "-o", join(dir, "out.csv")], [], { tuning: { batchSize: 8 } });
    expect(again.code).toBe(1);
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("old");
    expect(readdirSync(dir).sort()).toEqual(["in.csv", "out.csv"]);
  });

  it("keeps every row, in order, across many batches", async () => {
    const n = 20_000;
    const lines = ["id,sex,age_months,weight,lenhei,measure"];
    for (let i = 0; i < n; i++) {
      // every third row is WHO's child 1; the others have no sex (and a distinct weight)
      lines.push(i % 3 === 0 ? `r${i},2,22.45,10.4,84.8,l` : `r${i},,${i % 50},${(5 + (i % 70) / 10).toFixed(1)},,`);
    }
    for (const batchSize of [1000, 977]) {
      const r = await run(["score"], `${lines.join("\n")}\n`, { tuning: { batchSize } });
      expect(r.code).toBe(0);
      const rows = table(r.stdout).rows;
      expect(rows).toHaveLength(n);
      for (let i = 0; i < n; i++) {
        const row = rows[i]!;
        expect(row.id).toBe(`r${i}`);
        if (i % 3 === 0) expect(row.zwfl).toBe(CHILD1.zwfl);
        else {
          expect(row.weight).toBe((5 + (i % 70) / 10).toFixed(1));
          expect(row.notes!.startsWith("sex-missing")).toBe(true);
          expect(row.zwei).toBe("");
        }
      }
    }
  });
});

describe("tumbuh score: progress", () => {
  it("shows progress on stderr when stderr is a terminal, and not otherwise", async () => {
    const tty = await run(["score"], CSV, { stderrTTY: true });
    expect(tty.stderr).toMatch(/tumbuh: scored 2 rows in [\d.]+ s/);
    const pipe = await run(["score"], CSV, { stderrTTY: false });
    // no progress line, only the summary at the end
    expect(pipe.stderr).toMatch(/^tumbuh: note: 2 rows read; [^\r\n]*\n$/);
  });

  it("--quiet turns it off on a terminal; --progress turns it on anywhere", async () => {
    const quiet = await run(["score", "--quiet"], CSV, { stderrTTY: true });
    expect(quiet.stderr).toBe("");
    const forced = await run(["score", "--progress"], CSV);
    expect(forced.stderr).toMatch(/scored 2 rows/);
  });

  it("reports rows, rows/s, percent and time left when reading a file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.csv"), CSV);
    const r = await run(["score", join(dir, "in.csv"), "--progress"]);
    expect(r.stderr).toMatch(/tumbuh: 2 rows, [\d,]+ rows\/s, 100\.0 %, 0 s left/);
    expect(r.stderr).toMatch(/scored 2 rows .* → stdout/);
  });
});
