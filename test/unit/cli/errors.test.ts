import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./run-cli.js";

const CSV = "sex,age_months,weight\n2,22.45,10.4\n";
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "tumbuh-cli-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("tumbuh: usage errors exit 2 and say what is wrong", () => {
  const cases: [string[], RegExp][] = [
    [[], /missing command/],
    [["scroe", "in.csv"], /unknown command "scroe"/],
    [["score", "--bogus"], /unknown option --bogus/],
    [["score", "-x"], /unknown option -x/],
    [["score", "-o"], /-o needs a value/],
    [["score", "--precision", "high"], /--precision must be "who" or "full"/],
    [["score", "--col", "umur=age"], /--col: unknown column name "umur"; expected one of sex, age_days/],
    [["score", "--col", "age_days"], /--col needs NAME=HEADER/],
    [["score", "--col", "sex="], /header name is empty/],
    [["score", "--col", "sex=a", "--col", "sex=b"], /column sex is mapped twice/],
    [["score", "--dob", "lahir"], /--dob and --visit go together/],
    [["score", "--dob", "a", "--visit", "b", "--col", "age_days=c"], /either as --col age_days/],
    [["score", "--delimiter", "::"], /--delimiter must be one of/],
    [["score", "--quiet=yes"], /--quiet takes no value/],
    [["score", "a.csv", "b.csv"], /unexpected argument "b.csv"/],
  ];
  for (const [argv, message] of cases) {
    it(argv.join(" ") || "(no arguments)", async () => {
      const r = await run(argv, CSV);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/^tumbuh: error: /);
      expect(r.stdout).toBe("");
    });
  }

  it("no input file while stdin is a terminal", async () => {
    const r = await run(["score"], [], { stdinTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no input file/);
  });
});

describe("tumbuh: data and file errors exit 1", () => {
  it("no sex column: names the columns it found and the fix", async () => {
    const r = await run(["score"], "kode,age_months,weight\n2,22.45,10.4\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no sex column: the header has "kode", "age_months", "weight"; .*--col sex=HEADER/);
    expect(r.stdout).toBe("");
  });

  it("a --col header that the file does not have", async () => {
    const r = await run(["score", "--col", "weight=berat"], CSV);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--col weight=berat: the header has no column "berat"/);
  });

  it("an input file that does not exist, or is a directory", async () => {
    const dir = tempDir();
    const missing = await run(["score", join(dir, "nope.csv")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.csv: no such file or directory/);
    const directory = await run(["score", dir]);
    expect(directory.code).toBe(1);
    expect(directory.stderr).toMatch(/it is a directory/);
  });

  it("an output file in a directory that does not exist", async () => {
    const dir = tempDir();
    const r = await run(["score", "-o", join(dir, "no", "out.csv")], CSV);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*out\.csv/);
  });
});

describe("tumbuh: help and version", () => {
  it("--help prints the usage on stdout", async () => {
    for (const argv of [["--help"], ["-h"], ["help"]]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/tumbuh score IN\.csv/);
    }
    const score = await run(["score", "--help"]);
    expect(score.code).toBe(0);
    for (const text of ["--col NAME=HEADER", "--delimiter", "--precision", "--dob", "--visit", "--quiet", "--progress", "age_days", "armc", "Exit status"]) {
      expect(score.stdout).toContain(text);
    }
  });

  it("--version prints a version", async () => {
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?\n$/);
  });
});
