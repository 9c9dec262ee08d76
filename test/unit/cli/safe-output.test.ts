/**
 * Output files written safely (docs/reliability.md): through symbolic links
 * to their target, permissions kept, `/dev/stdout` as stdout, temporary
 * names within the file system's limit, and two outputs that are one file
 * refused however the paths are spelled. Regression tests of the attacks
 * of issue 13 (items 1–3).
 */
import { existsSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, chmodSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { temporaryName } from "../../../src/cli/io/output.js";
import { sameFile } from "../../../src/cli/io/paths.js";
import { run, table } from "./run-cli.js";

const CSV = "id,sex,age_days,weight\nA,2,683,10.4\n";
const SKDN = "child_id,sex,dob,visit_date,weight\na,1,2024-01-10,2025-01-12,8.0\na,1,2024-01-10,2025-02-11,8.4\n";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "tumbuh-out-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const isPosix = process.platform !== "win32";

describe("-o through a symbolic link", () => {
  it("writes the link's target; the link stays a link (issue 13: the link was replaced by a file)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.csv"), CSV);
    writeFileSync(join(dir, "target.csv"), "old\n");
    symlinkSync("target.csv", join(dir, "link.csv"));
    const r = await run(["score", join(dir, "in.csv"), "-o", join(dir, "link.csv")]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, "link.csv")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "link.csv"))).toBe("target.csv");
    expect(table(readFileSync(join(dir, "target.csv"), "utf8")).rows[0]!.zwei).toBe("-0.57");
    expect(readdirSync(dir).sort()).toEqual(["in.csv", "link.csv", "target.csv"]);
  });

  it("follows a chain of links, and creates the target of a dangling link", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.csv"), CSV);
    symlinkSync(join(dir, "b.csv"), join(dir, "a.csv"));
    symlinkSync("c.csv", join(dir, "b.csv")); // c.csv does not exist yet
    const r = await run(["score", join(dir, "in.csv"), "-o", join(dir, "a.csv")]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, "a.csv")).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, "b.csv")).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, "c.csv")).isFile()).toBe(true);
    expect(readFileSync(join(dir, "c.csv"), "utf8")).toContain("zwei");
  });

  it("a loop of links is an error, and nothing is written", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.csv"), CSV);
    symlinkSync("y.csv", join(dir, "x.csv"));
    symlinkSync("x.csv", join(dir, "y.csv"));
    const r = await run(["score", join(dir, "in.csv"), "-o", join(dir, "x.csv")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/symbolic links/);
    expect(readdirSync(dir).sort()).toEqual(["in.csv", "x.csv", "y.csv"]);
  });
});

describe.runIf(isPosix)("permissions", () => {
  it("an existing file keeps its mode (600 stays 600: issue 13 saw 644, children's data world-readable)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.csv"), CSV);
    for (const mode of [0o600, 0o640, 0o604]) {
      const out = join(dir, `out-${mode.toString(8)}.csv`);
      writeFileSync(out, "old\n");
      chmodSync(out, mode);
      const r = await run(["score", join(dir, "in.csv"), "-o", out]);
      expect(r.code).toBe(0);
      expect(statSync(out).mode & 0o777).toBe(mode);
      expect(readFileSync(out, "utf8")).toContain("zwei");
    }
  });

  it("the mode is kept through a link, on the target", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.csv"), CSV);
    writeFileSync(join(dir, "t.csv"), "old\n");
    chmodSync(join(dir, "t.csv"), 0o600);
    symlinkSync("t.csv", join(dir, "l.csv"));
    expect((await run(["score", join(dir, "in.csv"), "-o", join(dir, "l.csv")])).code).toBe(0);
    expect(statSync(join(dir, "t.csv")).mode & 0o777).toBe(0o600);
  });

  it("a new file gets the mode any new file gets (the default less the umask)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.csv"), CSV);
    writeFileSync(join(dir, "reference"), ""); // created with the default mode and this process's umask
    expect((await run(["score", join(dir, "in.csv"), "-o", join(dir, "new.csv")])).code).toBe(0);
    expect(statSync(join(dir, "new.csv")).mode & 0o777).toBe(statSync(join(dir, "reference")).mode & 0o777);
  });
});

describe("devices", () => {
  it.runIf(existsSync("/dev/stdout"))("-o /dev/stdout writes to stdout and leaves the device link alone", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.csv"), CSV);
    const before = lstatSync("/dev/stdout");
    const r = await run(["score", join(dir, "in.csv"), "-o", "/dev/stdout"]);
    expect(r.code).toBe(0);
    expect(table(r.stdout).rows[0]!.zwei).toBe("-0.57");
    const after = lstatSync("/dev/stdout");
    expect([after.isSymbolicLink(), after.ino]).toEqual([before.isSymbolicLink(), before.ino]);
    expect(readdirSync("/dev").some((n) => n.includes(".tumbuh-"))).toBe(false);
  });

  it.runIf(existsSync("/dev/stderr"))("-o /dev/stderr and /dev/fd/1 are the streams", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.csv"), CSV);
    const e = await run(["score", join(dir, "in.csv"), "-o", "/dev/stderr"]);
    expect(e.stdout).toBe("");
    expect(e.stderr).toContain("zwei");
    const f = await run(["score", join(dir, "in.csv"), "-o", "/dev/fd/1"]);
    expect(f.stdout).toContain("zwei");
  });

  it.runIf(existsSync("/dev/null"))("-o /dev/null is written directly (the device is not replaced)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.csv"), CSV);
    const r = await run(["score", join(dir, "in.csv"), "-o", "/dev/null"]);
    expect(r.code).toBe(0);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});

describe("temporary names", () => {
  it("a 244-character output name works (issue 13: the temporary name was too long)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.csv"), CSV);
    const name = `${"a".repeat(240)}.csv`;
    const r = await run(["score", join(dir, "in.csv"), "-o", join(dir, name)]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([name, "in.csv"].sort());
  });

  it("fit in 255 bytes for any name, cut at a character boundary, hidden, and differ from run to run", () => {
    for (const name of ["a.csv", "x".repeat(255), `${"é".repeat(127)}.csv`, `${"😀".repeat(63)}.csv`]) {
      const tmp = temporaryName(join("/some/dir", name));
      const base = basename(tmp);
      expect(Buffer.byteLength(base)).toBeLessThanOrEqual(255);
      expect(base.startsWith(".")).toBe(true);
      expect(base).toMatch(/\.tumbuh-[0-9a-z]+\.tmp$/);
      expect(base).not.toContain("\ufffd");
      expect(Buffer.from(base, "utf8").toString("utf8")).toBe(base);
    }
    expect(temporaryName("/d/a.csv")).not.toBe(temporaryName("/d/a.csv"));
  });
});

describe("one file, two outputs", () => {
  it("skdn -o t.csv --cases ./t.csv is refused (issue 13: the case list overwrote the table); nothing is written", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.csv"), SKDN);
    const t = join(dir, "t.csv");
    symlinkSync("t.csv", join(dir, "link.csv"));
    for (const cases of [join(dir, ".", "t.csv"), join(dir, "sub", "..", "t.csv"), join(dir, "link.csv")]) {
      const r = await run(["skdn", join(dir, "in.csv"), "--id", "child_id", "-o", t, "--cases", cases]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/same file/);
    }
    expect(readdirSync(dir).sort()).toEqual(["in.csv", "link.csv"]);
  });

  it("a hard link is the same file (device and inode)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.csv"), SKDN);
    writeFileSync(join(dir, "t.csv"), "old\n");
    linkSync(join(dir, "t.csv"), join(dir, "hard.csv"));
    const r = await run(["skdn", join(dir, "in.csv"), "--id", "child_id", "-o", join(dir, "t.csv"), "--cases", join(dir, "hard.csv")]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "t.csv"), "utf8")).toBe("old\n");
  });

  it.runIf(existsSync("/dev/stdout"))("--cases /dev/stdout with the table on stdout is refused", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.csv"), SKDN);
    const r = await run(["skdn", join(dir, "in.csv"), "--id", "child_id", "--cases", "/dev/stdout"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });

  it("sameFile: different files are different, also when neither exists yet", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a"), "1");
    writeFileSync(join(dir, "b"), "1");
    expect(await sameFile(join(dir, "a"), join(dir, "b"))).toBe(false);
    expect(await sameFile(join(dir, "x"), join(dir, "y"))).toBe(false);
    expect(await sameFile(join(dir, "x"), join(dir, ".", "x"))).toBe(true);
    expect(await sameFile("-", "-")).toBe(true);
  });

  it("-o may still name the input file: it is read to the end before the new file replaces it", async () => {
    const dir = tempDir();
    const path = join(dir, "data.csv");
    writeFileSync(path, CSV);
    chmodSync(path, 0o600);
    const r = await run(["score", path, "-o", path]);
    expect(r.code).toBe(0);
    expect(table(readFileSync(path, "utf8")).rows[0]!.zwei).toBe("-0.57");
    if (isPosix) expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
