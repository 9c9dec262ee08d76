/**
 * Dates on the command line: `--date-format auto` decides each date
 * column's order of day and month from its values, refuses (exit 2, naming
 * `--date-format`) a column whose values all fit both orders or that shows
 * both, and holds rows back only until the order is known; every date that
 * cannot be used gets its own reason in the notes, the summary and the
 * warnings, in English or Bahasa Indonesia. Ages are checked against
 * Date.UTC, an independent calendar.
 */
import fc from "fast-check";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HOLD_ROWS } from "../../../src/cli/columns/read-batches.js";
import { runs } from "../../support/runs.js";
import { run, table } from "./run-cli.js";

const utcDays = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/** Both readings of an all-ambiguous file give different ages, so the order matters. */
const AMBIGUOUS = "sex,dob,visit_date,weight\n1,05/03/2023,06/04/2024,10\n2,01/02/2023,03/04/2024,9\n";

describe("the order of day and month", () => {
  it("dates that fit both orders everywhere: exit 2 naming --date-format, nothing written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tumbuh-dates-"));
    const out = join(dir, "out.csv");
    const r = await run(["score", "-", "-o", out], AMBIGUOUS);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tumbuh: error: the dates in "dob" fit both day-first and month-first readings \("05\/03\/2023": day first or month first\?\); give --date-format dmy \(day first, as in Indonesia\) or --date-format mdy \(month first\)$/m);
    expect(r.stderr).toContain("Run `tumbuh score --help` for usage.");
    expect(existsSync(out)).toBe(false);
    const id = await run(["score", "--lang", "id"], AMBIGUOUS);
    expect(id.code).toBe(2);
    expect(id.stderr).toMatch(/tanggal di "dob" cocok dibaca hari dulu maupun bulan dulu .* berikan --date-format dmy/);
  });

  it("--date-format dmy and mdy then give the right ages", async () => {
    const dmy = table((await run(["score", "--date-format", "dmy"], AMBIGUOUS)).stdout).rows;
    expect(dmy.map((r) => Number(r.cage_days))).toEqual([utcDays(2024, 4, 6) - utcDays(2023, 3, 5), utcDays(2024, 4, 3) - utcDays(2023, 2, 1)]);
    const mdy = table((await run(["score", "--date-format", "mdy"], AMBIGUOUS)).stdout).rows;
    expect(mdy.map((r) => Number(r.cage_days))).toEqual([utcDays(2024, 6, 4) - utcDays(2023, 5, 3), utcDays(2024, 3, 4) - utcDays(2023, 1, 2)]);
    const ymd = table((await run(["score", "--date-format", "ymd"], AMBIGUOUS)).stdout).rows;
    expect(ymd.map((r) => r.notes)).toEqual(["date-invalid", "date-invalid"]);
  });

  it("one value with a day above 12 decides its column; a column showing no order takes the other's, and says so", async () => {
    const csv = "sex,dob,visit_date,weight\n1,05/03/2023,06/04/2024,10\n2,25/02/2023,03/04/2024,9\n";
    const r = await run(["score"], csv);
    expect(r.code).toBe(0);
    const rows = table(r.stdout).rows;
    expect(Number(rows[0]!.cage_days)).toBe(utcDays(2024, 4, 6) - utcDays(2023, 3, 5));
    expect(Number(rows[1]!.cage_days)).toBe(utcDays(2024, 4, 3) - utcDays(2023, 2, 25));
    expect(r.stderr).toMatch(/^tumbuh: note: dates read day first \(dmy\) in "dob" \(e\.g\. "25\/02\/2023"\) and "visit_date" \(like dob\); --date-format sets the order$/m);
  });

  it("each column is decided by its own values when both show an order", async () => {
    const r = await run(["score"], "sex,dob,visit_date,weight\n1,25/03/2023,06/04/2024,10\n2,01/02/2023,03/14/2024,9\n");
    const rows = table(r.stdout).rows;
    expect(Number(rows[0]!.cage_days)).toBe(utcDays(2024, 6, 4) - utcDays(2023, 3, 25));
    expect(Number(rows[1]!.cage_days)).toBe(utcDays(2024, 3, 14) - utcDays(2023, 2, 1));
  });

  it("a column whose values show both orders: exit 2 naming both values and --date-format", async () => {
    const r = await run(["score"], "sex,dob,visit_date,weight\n1,25/03/2023,2024-04-06,10\n2,03/25/2023,2024-04-03,9\n");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the dates in "dob" mix day-first \("25\/03\/2023"\) and month-first \("03\/25\/2023"\) values; give --date-format dmy or --date-format mdy/);
    // with the order given, the value that does not fit is an impossible date, and the rest read
    const dmy = table((await run(["score", "--date-format", "dmy"], "sex,dob,visit_date,weight\n1,25/03/2023,2024-04-06,10\n2,03/25/2023,2024-04-03,9\n")).stdout).rows;
    expect(dmy.map((x) => x.notes)).toEqual(["", "date-impossible"]);
  });

  it("a column that took the other's order, then shows the other order itself: exit 2", async () => {
    const r = await run(["score"], "sex,dob,visit_date,weight\n1,25/03/2023,06/04/2024,10\n2,01/02/2023,04/13/2024,9\n");
    // visit_date shows month first by its own value 04/13/2024: each column its own order
    expect(r.code).toBe(0);
    const held = ["sex,dob,visit_date,weight", "1,25/03/2023,06/04/2024,10", ...Array.from({ length: HOLD_ROWS }, () => "2,01/02/2023,03/04/2024,9"), "2,01/02/2023,04/13/2024,9"].join("\n");
    const late = await run(["score", "--quiet"], held, { tuning: { batchSize: 4096 } });
    expect(late.code).toBe(2);
    expect(late.stderr).toMatch(/the dates in "visit_date" mix day-first \(.*\) and month-first \(.*\) values/);
  });

  it("rows are held only until the order is known, and come out in their place", async () => {
    const lines = ["id,sex,dob,visit_date,weight"];
    for (let k = 0; k < 40; k++) lines.push(`${k},1,0${1 + (k % 9)}/0${1 + (k % 7)}/2023,2024-06-01,10`);
    lines.push("40,1,28/02/2023,2024-06-01,10");
    const r = await run(["score", "--quiet"], lines.join("\n"), { tuning: { batchSize: 7 } });
    expect(r.code).toBe(0);
    const rows = table(r.stdout).rows;
    expect(rows.map((x) => x.id)).toEqual(Array.from({ length: 41 }, (_, k) => String(k)));
    rows.slice(0, 40).forEach((x, k) => expect(Number(x.cage_days)).toBe(utcDays(2024, 6, 1) - utcDays(2023, 1 + (k % 7), 1 + (k % 9))));
  });

  it(`at most ${HOLD_ROWS} rows are held: after that, dates that still fit both orders are a usage error`, async () => {
    const lines = ["sex,dob,visit_date,weight", ...Array.from({ length: HOLD_ROWS + 10 }, () => "1,05/03/2023,2024-06-01,10"), "1,25/03/2023,2024-06-01,10"];
    const r = await run(["score", "--quiet"], lines.join("\n"), { tuning: { batchSize: 8192 } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the dates in "dob" \(the first 65,536 rows\) fit both day-first and month-first readings/);
  });
});

describe("dates that cannot be used: NA with their own reason", () => {
  const CSV = [
    "id,sex,dob,visit_date,weight",
    "ok,1,25/03/2023,06/04/2024,10",
    "two-digit,2,01/02/23,03/04/2024,9",
    "impossible,1,2023-02-29,2024-01-01,9",
    "impossible-dm,1,30/02/2023,2024-01-01,9",
    "before-1900,1,1899-02-01,2024-01-01,9",
    "future,1,2024-01-01,2099-01-01,9",
    "visit-before-birth,1,2024-01-01,2023-01-01,9",
    "month-name,1,14 Agustus 2023,2024-01-01,8",
    "time-part,1,2023-08-14 00:00:00,2024-01-01T08:30:00,8",
    "not-a-date,1,kemarin,2024-01-01,8",
    "missing,1,NA,2024-01-01,8",
  ].join("\n");

  it("each kind gets its reason code in the notes instead of age-invalid; the others are read", async () => {
    const r = await run(["score"], CSV);
    expect(r.code).toBe(0);
    const notes = Object.fromEntries(table(r.stdout).rows.map((x) => [x.id, [x.notes, x.cage_days, x.zwei]]));
    expect(notes).toEqual({
      ok: ["", String(utcDays(2024, 4, 6) - utcDays(2023, 3, 25)), expect.stringMatching(/\d/)],
      "two-digit": ["date-two-digit-year", "", ""],
      impossible: ["date-impossible", "", ""],
      "impossible-dm": ["date-impossible", "", ""],
      "before-1900": ["date-before-1900", "", ""],
      future: ["date-in-future", "", ""],
      "visit-before-birth": ["visit-before-birth", "", ""],
      "month-name": ["", String(utcDays(2024, 1, 1) - utcDays(2023, 8, 14)), expect.stringMatching(/\d/)],
      "time-part": ["", String(utcDays(2024, 1, 1) - utcDays(2023, 8, 14)), expect.stringMatching(/\d/)],
      "not-a-date": ["date-invalid", "", ""],
      missing: ["age-missing", "", ""],
    });
  });

  it("the summary counts them, a column mostly unusable gets a warning with an example and the fix, --strict exits 1 after writing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tumbuh-dates-"));
    const out = join(dir, "out.csv");
    const r = await run(["score", "-", "-o", out, "--strict"], CSV);
    expect(r.code).toBe(1);
    expect(readFileSync(out, "utf8").split("\n")).toHaveLength(13); // the output was written: header, 11 rows, last line break
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain(
      "tumbuh: note: 11 rows read; rows with NA values, by reason: age-missing 1, date-invalid 1, date-two-digit-year 1, date-impossible 2, date-before-1900 1, date-in-future 1, visit-before-birth 1",
    );
    expect(lines).toContain(
      'tumbuh: warning: column "dob": 5 of 10 values (50 %) could not be used, e.g. "01/02/23" (date-two-digit-year); write the years with four digits (2024, not 24): a two-digit year could be 1924 or 2024',
    );
    expect(lines.at(-1)).toBe(
      "tumbuh: error: --strict: invalid values (date-invalid 1, date-two-digit-year 1, date-impossible 2, date-before-1900 1, date-in-future 1, visit-before-birth 1); the output was written",
    );
  });

  it("the same in Bahasa Indonesia with --lang id", async () => {
    const r = await run(["score", "--strict", "--lang", "id"], CSV);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain(
      "tumbuh: catatan: 11 baris dibaca; baris dengan nilai NA, menurut alasan: age-missing 1, date-invalid 1, date-two-digit-year 1, date-impossible 2, date-before-1900 1, date-in-future 1, visit-before-birth 1",
    );
    expect(lines).toContain(
      'tumbuh: peringatan: kolom "dob": 5 dari 10 nilai (50 %) tidak dapat dipakai, mis. "01/02/23" (date-two-digit-year); tulis tahun dengan empat angka (2024, bukan 24): tahun dua angka bisa berarti 1924 atau 2024',
    );
    expect(lines.at(-1)).toMatch(/^tumbuh: error: --strict: ada nilai yang tidak sah \(date-invalid 1, .*\); keluaran sudah ditulis$/);
  });

  it("a column none of whose values can be read: the warning says so and names --date-format", async () => {
    const r = await run(["score"], "sex,dob,visit_date,weight\n1,2023.13.01,2024-01-01,9\n1,2023.14.01,2024-01-01,9\n");
    expect(r.stderr).toMatch(/warning: column "dob": none of the 2 values could be used, e\.g\. "2023\.13\.01" \(date-impossible\); these dates cannot be a child's real dates: check them at the source/);
    const words = await run(["score"], "sex,dob,visit_date,weight\n1,lahir,2024-01-01,9\n1,ok,2024-01-01,9\n");
    expect(words.stderr).toMatch(/warning: column "dob": none of the 2 values could be used, e\.g\. "lahir" \(date-invalid\); give the order of the dates with --date-format dmy, mdy or ymd, or map another column with --col/);
  });

  it("dates exported as a spreadsheet's day numbers (45292 for 2024-01-01): refused with what to do in the spreadsheet, not --date-format", async () => {
    const r = await run(["score"], "JK,Tgl Lahir,Tgl Ukur,BB\nL,45292,45600,9.1\nP,45000.5,45600,10.2\n");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'tumbuh: warning: column "Tgl Lahir" (dob): none of the 2 values could be used, e.g. "45292" (date-invalid); these look like a spreadsheet\'s day numbers, not dates: format the column as a date (e.g. DD/MM/YYYY) in the spreadsheet and export it again',
    );
    expect(r.stderr).toContain('column "Tgl Ukur" (visit_date): none of the 2 values could be used, e.g. "45600"');
    expect(r.stderr).not.toContain("--date-format dmy, mdy or ymd");
  });

  it("other columns: a number column with decimal commas in a comma file points to --decimal; an unknown code to the codes", async () => {
    const r = await run(["score"], 'sex,age_months,weight\nL,20,"10,5"\nP,21,"9,5"\nX,22,8\n');
    expect(r.stderr).toMatch(/warning: column "weight": 2 of 3 values \(67 %\) could not be used, e\.g\. "10,5"; the numbers have a decimal comma: give --decimal comma/);
    expect(r.stderr).toMatch(/warning: column "sex": 1 of 3 values \(33 %\) could not be used, e\.g\. "X"; the codes tumbuh reads are 1\/2, L\/P/);
    const fixed = await run(["score", "--decimal", "comma"], 'sex,age_months,weight\nL,20,"10,5"\nP,21,"9,5"\n');
    expect(fixed.stderr).not.toMatch(/warning/);
  });

  it("a fifth or fewer unusable values: no warning, the summary only", async () => {
    const lines = ["sex,age_months,weight", ...Array.from({ length: 8 }, () => "1,20,10"), "1,20,x", "1,20,y"];
    const r = await run(["score"], lines.join("\n"));
    expect(r.stderr).toBe("tumbuh: note: 10 rows read; rows with NA values, by reason: weight-invalid 2\n");
  });

  it("every command says it: quality, prevalence, skdn, report and chart end with the summary", async () => {
    const csv = "anak,sex,dob,visit_date,weight,lenhei\nA,1,2023-01-01,2025-03-01,11,85\nB,2,2023-02-30,2025-03-01,10,84\n";
    for (const argv of [["quality"], ["prevalence"], ["skdn", "--id", "anak"], ["report", "--id", "anak"], ["chart", "--indicator", "wei", "--sex", "m", "--child", "-"]]) {
      const r = await run(argv, csv);
      expect(r.code, argv[0]).toBe(0);
      expect(r.stderr, argv[0]).toMatch(/^tumbuh: note: 2 rows read; rows with NA values, by reason: date-impossible 1/m);
      const strict = await run([...argv, "--strict", "--quiet"], csv);
      expect(strict.code, argv[0]).toBe(1);
      expect(strict.stderr, argv[0]).toMatch(/--strict: invalid values \(date-impossible 1\); the output was written/);
    }
  });
});

describe("dates written in any form read as the day they name (property, through the command line)", () => {
  const day = fc.integer({ min: utcDays(1950, 1, 1), max: utcDays(2024, 12, 31) }).map((n) => {
    const d = new Date(n * 86_400_000);
    return { n, y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
  });
  const pad = (v: number, on: boolean) => (on && v < 10 ? `0${v}` : String(v));
  const write = (x: { y: number; m: number; d: number }, order: "dmy" | "mdy", sep: string, padded: boolean) =>
    order === "dmy" ? `${pad(x.d, padded)}${sep}${pad(x.m, padded)}${sep}${x.y}` : `${pad(x.m, padded)}${sep}${pad(x.d, padded)}${sep}${x.y}`;

  it("a file of dates in one order, any separators and padding, gives Date.UTC's ages with --date-format, and with auto once a day above 12 shows the order", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(day, day, fc.constantFrom("/", "-", "."), fc.boolean()), { minLength: 1, maxLength: 20 }),
        fc.constantFrom("dmy" as const, "mdy" as const),
        async (pairs, order) => {
          const rows = pairs.map(([a, b, sep, padded]) => ({ born: a.n <= b.n ? a : b, seen: a.n <= b.n ? b : a, sep, padded }));
          // one row whose birth day shows the order, so that auto can decide
          const lines = ["sex,dob,visit_date,weight", "1,2000-01-01,2000-01-01,3", `1,${write({ y: 2000, m: 1, d: 13 }, order, "/", true)},2000-01-13,3`];
          for (const { born, seen, sep, padded } of rows) lines.push(`1,${write(born, order, sep, padded)},${write(seen, order, sep, padded)},10`);
          const csv = lines.join("\n");
          const given = table((await run(["score", "--quiet", "--date-format", order], csv)).stdout).rows.slice(2);
          const auto = table((await run(["score", "--quiet"], csv)).stdout).rows.slice(2);
          rows.forEach(({ born, seen }, k) => {
            expect(given[k]!.cage_days).toBe(String(seen.n - born.n));
            expect(auto[k]!.cage_days).toBe(String(seen.n - born.n));
          });
        },
      ),
      { numRuns: runs(15) },
    );
  }, 120_000);
});
