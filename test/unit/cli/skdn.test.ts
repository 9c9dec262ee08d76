/**
 * `tumbuh skdn`: posyandu monthly indicators. Expected values are derived
 * by hand in the comments (dates, weight gains, KBM), as in docs/skdn.md.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { atZRestricted, row as lms } from "../../support/by-hand.js";
import { run, table } from "./run-cli.js";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "tumbuh-skdn-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// Child A, a boy born 2024-01-15: weighed in January (history), February and April.
//   February: +100 g since January, at 394 days = 12 completed months (KBM 200 g) → T.
//   April: last weighed in February, not March → O.
// Child B, a girl born 2024-11-20: weighed in February (first weighing → B) and March.
//   March: +500 g at 103 days = 3 completed months (KBM 800 g) → T.
const WEIGHINGS = [
  "anak,sex,dob,visit_date,weight,kia_book,posyandu",
  "A,1,2024-01-15,2025-01-10,9.0,y,Mawar",
  "A,1,2024-01-15,2025-02-12,9.1,y,Mawar",
  "A,1,2024-01-15,2025-04-14,9.5,y,Mawar",
  "B,2,2024-11-20,2025-02-05,4.0,n,Mawar",
  "B,2,2024-11-20,2025-03-03,4.5,n,Mawar",
].join("\n");

function totals(rows: Record<string, string>[], month: string): Record<string, string> {
  return rows.find((r) => r.month === month && r.age_group === "all" && r.sex === "all")!;
}

describe("tumbuh skdn: the table", () => {
  it("one row per month × age group × sex; the first month of the data is history", async () => {
    const r = await run(["skdn", "--id", "anak"], WEIGHINGS);
    expect(r.code).toBe(0);
    const { header, rows } = table(r.stdout);
    expect(header).toEqual([
      "month", "age_group", "sex", "S", "s_source", "K", "k_source", "D", "N", "T", "O", "B", "2T", "BGM", "BGM_unknown",
      "K/S", "D/S", "N/D", "N/S", "BGM/D", "D_shortfall",
    ]);
    // 3 months × (all + 5 age groups) × (all, m, f)
    expect(rows).toHaveLength(3 * 6 * 3);
    expect([...new Set(rows.map((x) => x.month))]).toEqual(["2025-02", "2025-03", "2025-04"]);
    const feb = totals(rows, "2025-02");
    // S: A and B, both seen in the last 12 months; K: A has a book; D: both weighed
    expect([feb.S, feb.K, feb.D, feb.N, feb.T, feb.O, feb.B]).toEqual(["2", "1", "2", "0", "1", "0", "1"]);
    const mar = totals(rows, "2025-03");
    // D/S = 1/2 = 50 %; the 80 % target needs ⌈0.8 × 2⌉ = 2 weighed, 1 more
    expect([mar.S, mar.K, mar.D, mar.T, mar["K/S"], mar["D/S"], mar["N/D"], mar.D_shortfall]).toEqual(["2", "1", "1", "1", "50.0", "50.0", "0.0", "1"]);
    expect([mar.s_source, mar.k_source]).toEqual(["seen-12-months", "seen-12-months"]);
    const apr = totals(rows, "2025-04");
    expect([apr.D, apr.O]).toEqual(["1", "1"]);
    // B in March is a girl of 3 months
    const marGirls = rows.find((x) => x.month === "2025-03" && x.age_group === "0-5" && x.sex === "f")!;
    expect([marGirls.D, marGirls.T]).toEqual(["1", "1"]);
  });

  it("--by groups, --from/--to choose the months, --col maps the book column; no book column leaves K empty", async () => {
    const csv = WEIGHINGS.replace("kia_book", "punya_buku");
    const r = await run(["skdn", "--id", "anak", "--by", "posyandu", "--from", "2025-01", "--to", "2025-03", "--col", "kia_book=punya_buku"], csv);
    expect(r.code).toBe(0);
    const { header, rows } = table(r.stdout);
    expect(header.slice(0, 2)).toEqual(["posyandu", "month"]);
    expect([...new Set(rows.map((x) => x.month))]).toEqual(["2025-01", "2025-02", "2025-03"]);
    expect(rows.every((x) => x.posyandu === "Mawar")).toBe(true);
    const jan = totals(rows, "2025-01");
    expect([jan.D, jan.B, jan.K]).toEqual(["1", "1", "1"]);
    const noBook = table((await run(["skdn", "--id", "anak"], csv)).stdout).rows;
    expect([totals(noBook, "2025-03").K, totals(noBook, "2025-03")["K/S"]]).toEqual(["", ""]);
  });

  it("--register gives S (and K): D/S and the shortfall follow", async () => {
    const dir = tempDir();
    const reg = join(dir, "sasaran.csv");
    writeFileSync(reg, "posyandu,month,s,k\nMawar,2025-03,4,3\n");
    const r = await run(["skdn", "--id", "anak", "--by", "posyandu", "--register", reg], WEIGHINGS);
    expect(r.code).toBe(0);
    const mar = totals(table(r.stdout).rows, "2025-03");
    // D/S = 1/4 = 25 %; ⌈0.8 × 4⌉ − 1 = 3 to weigh; K/S = 3/4
    expect([mar.S, mar.s_source, mar.K, mar.k_source, mar["D/S"], mar["K/S"], mar.D_shortfall]).toEqual(["4", "register", "3", "register", "25.0", "75.0", "3"]);
    // months the register does not cover have no S
    expect(totals(table(r.stdout).rows, "2025-02").S).toBe("");
  });

  it("--format json: the months, rows and issues (without the case list)", async () => {
    const r = await run(["skdn", "--id", "anak", "--format", "json"], WEIGHINGS);
    const j = JSON.parse(r.stdout) as { months: string[]; rows: { month: string; ageGroup: string; sex: string; dPerS: number | null }[]; issues: { records: number }; cases?: unknown };
    expect(j.months).toEqual(["2025-02", "2025-03", "2025-04"]);
    expect(j.rows.find((x) => x.month === "2025-03" && x.ageGroup === "all" && x.sex === "all")!.dPerS).toBe(50);
    expect(j.issues.records).toBe(5);
    expect(j.cases).toBeUndefined();
  });
});

describe("tumbuh skdn: the case list", () => {
  it("--cases writes one row per child and month weighed, with status, gain, KBM, BGM and the input row", async () => {
    // Child C, a boy born 2024-01-01, weighed 2025-01-02 and, at 399 days, 2025-02-03 at a weight-for-age z of −3.5 (BGM).
    const bgmKg = atZRestricted(-3.5, lms("weianthro.txt", 1, 399));
    const csv = `${WEIGHINGS}\nC,1,2024-01-01,2025-01-02,7.0,y,Mawar\nC,1,2024-01-01,2025-02-03,${bgmKg},y,Mawar\n`;
    const dir = tempDir();
    const cases = join(dir, "cases.csv");
    const r = await run(["skdn", "--id", "anak", "--by", "posyandu", "--cases", cases], csv);
    expect(r.code).toBe(0);
    const { header, rows } = table(readFileSync(cases, "utf8"));
    expect(header).toEqual(["posyandu", "month", "anak", "status", "2T", "BGM", "sex", "age_months", "age_group", "weight", "previous_weight", "previous_month", "gain_g", "kbm_g", "zwei", "row"]);
    // sorted by group, month and child id
    expect(rows.map((x) => [x.month, x.anak, x.status])).toEqual([
      ["2025-02", "A", "T"],
      ["2025-02", "B", "B"],
      ["2025-02", "C", "T"],
      ["2025-03", "B", "T"],
      ["2025-04", "A", "O"],
    ]);
    const a = rows[0]!;
    expect([a.gain_g, a.kbm_g, a.previous_weight, a.previous_month, a.age_months, a.sex, a.row]).toEqual(["100", "200", "9", "2025-01", "12", "m", "2"]);
    const c = rows[2]!;
    expect([c.BGM, c.zwei, c.age_group, c.row]).toEqual(["1", "-3.5", "12-23", "7"]);
    expect(rows[1]!.previous_weight).toBe("");
    const feb = totals(table(r.stdout).rows, "2025-02");
    expect([feb.BGM, feb["BGM/D"]]).toEqual(["1", "33.3"]);
  });

  it("--cases - writes the case list to stdout when the table goes to a file", async () => {
    const dir = tempDir();
    const r = await run(["skdn", "--id", "anak", "-o", join(dir, "t.csv"), "--cases", "-"], WEIGHINGS);
    expect(r.code).toBe(0);
    expect(table(r.stdout).rows).toHaveLength(4);
    expect(table(readFileSync(join(dir, "t.csv"), "utf8")).rows).toHaveLength(54);
  });
});

describe("tumbuh skdn: what is left out, and errors", () => {
  it("warns about weighings left out (60 months or more, no weight)", async () => {
    const csv = `${WEIGHINGS}\nD,1,2019-01-01,2025-03-01,18,y,Mawar\nE,2,2024-01-01,2025-03-01,,y,Mawar\n`;
    const r = await run(["skdn", "--id", "anak", "--quiet"], csv);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("tumbuh: warning: left out 2 of 7 weighings: 1 aged 60 months or more, 1 no weight\n");
  });

  it("usage and data errors", async () => {
    const usage: [string[], RegExp][] = [
      [["skdn"], /--id COL is required/],
      [["skdn", "--id", "anak", "--from", "2025-13"], /--from must be a month YYYY-MM/],
      [["skdn", "--id", "anak", "--from", "2025-05", "--to", "2025-03"], /--from 2025-05 is after --to 2025-03/],
      [["skdn", "--id", "anak", "--format", "xlsx"], /--format must be "csv" or "json"/],
      [["skdn", "--id", "anak", "--col", "lenhi=tb"], /unknown column name "lenhi"; expected one of sex, .*\(tumbuh skdn reads sex, weight, dob, visit_date, kia_book\)/],
      [["skdn", "--id", "anak", "--cases", "-"], /--cases - and the table would both go to stdout/],
    ];
    for (const [argv, message] of usage) {
      const r = await run(argv, WEIGHINGS);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    const data: [string[], string, RegExp][] = [
      [["skdn", "--id", "child_id"], WEIGHINGS, /--id child_id: the header has no column "child_id"/],
      [["skdn", "--id", "anak"], "anak,sex,weight\nA,1,9\n", /no dates: .*--dob HEADER --visit HEADER/],
      [["skdn", "--id", "anak"], "anak,sex,dob,visit_date\nA,1,2024-01-01,2025-01-01\n", /no weight column/],
      [["skdn", "--id", "anak", "--register", "/nonexistent/reg.csv"], WEIGHINGS, /--register \/nonexistent\/reg\.csv: cannot read it/],
    ];
    for (const [argv, csv, message] of data) {
      const r = await run(argv, csv);
      expect(r.code, argv.join(" ")).toBe(1);
      expect(r.stderr).toMatch(message);
    }
  });

  it("a --cases path that cannot be written fails before anything is written", async () => {
    const dir = tempDir();
    const r = await run(["skdn", "--id", "anak", "-o", join(dir, "t.csv"), "--cases", join(dir, "no", "cases.csv")], WEIGHINGS);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*cases\.csv/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a malformed row fails the run and leaves neither file", async () => {
    const dir = tempDir();
    const r = await run(["skdn", "--id", "anak", "-o", join(dir, "t.csv"), "--cases", join(dir, "c.csv")], `${WEIGHINGS}\nA,1,2024-01-15,2025-05-10,9.6,y,Mawar,extra\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line 7: 8 cells, but the header has 7/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a register without the --by columns is a data error", async () => {
    const dir = tempDir();
    const reg = join(dir, "reg.csv");
    writeFileSync(reg, "month,s\n2025-03,4\n");
    const r = await run(["skdn", "--id", "anak", "--by", "posyandu", "--register", reg], WEIGHINGS);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no column "posyandu"/);
  });
});
