/**
 * The attacks of issue 13 (a hostile-input campaign on the CLI and the
 * library), each replayed as a regression test. Where a whole file is
 * about one of them, it is named here:
 *
 * 1–3. output files (links, /dev/stdout, permissions, temporary names,
 *      one file named twice): test/unit/cli/safe-output.test.ts; signals:
 *      test/smoke/signals.test.ts (the built executable);
 * 4.   dates that cannot be real: test/unit/aggregate/skdn-dates.test.ts
 *      and below (the command line);
 * 5.   `__proto__` and friends: test/property/hostile-names.property.test.ts;
 * 7.   weights of 1e160 and 1e308: test/unit/aggregate/prevalence.test.ts
 *      (and below, on the command line);
 * 9.   memory: test/smoke/memory.test.ts and `npm run bench`;
 * 10.  a deterministic suite: test/support/fast-check-global.ts,
 *      test/unit/score/counterexamples.test.ts;
 *      the fuzz suite: test/fuzz/csv-bytes.fuzz.test.ts.
 */
import { describe, expect, it } from "vitest";
import { growthChartSvg, oedemaCode, score, scoreColumns, sexCode } from "../../../src/index.js";
import { scoreColumnsParallel } from "../../../src/parallel/index.js";
import { run, table } from "./run-cli.js";

const ESC = "\u001b";

describe("item 4: one date typo does not blow up skdn", () => {
  const lines = [
    "child_id,sex,dob,visit_date,weight",
    "a,1,2024-01-10,2025-01-12,8.0",
    "a,1,2024-01-10,2025-02-11,8.4",
    "b,2,2024-06-02,2025-02-11,7.0",
  ];
  it("a visit in year 0023 (or 0025, 9999) adds no month: the table is as long as without it, and the row is counted on stderr", async () => {
    const clean = await run(["skdn", "--id", "child_id"], `${lines.join("\n")}\n`);
    for (const typo of ["0023-02-11", "0025-01-01", "9999-12-31"]) {
      const r = await run(["skdn", "--id", "child_id"], `${[...lines, `c,1,2024-01-10,${typo},9.0`].join("\n")}\n`);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(clean.stdout);
      expect(r.stderr).toMatch(/left out 1 of 4 weighings: 1 visit date that cannot be read or cannot be real/);
      expect(r.stderr).toMatch(/by reason: date-(before-1900|in-future) 1/);
    }
  });

  it("a birth in year 0025, and a visit before birth, are counted too", async () => {
    const r = await run(["skdn", "--id", "child_id"], `${[...lines, "c,1,0025-01-10,2025-02-11,9.0", "d,1,2025-03-01,2025-02-11,9.0"].join("\n")}\n`);
    expect(r.stderr).toMatch(/left out 2 of 5 weighings: 1 date of birth that cannot be read or cannot be real, 1 visit before birth/);
    expect(r.stderr).toMatch(/by reason: date-before-1900 1, visit-before-birth 1/);
  });
});

describe("item 5: codes are own properties only", () => {
  it('sexCode("constructor") is invalid, and a record with sex, measure or oedema "constructor" gets its reason', () => {
    expect([sexCode("constructor"), oedemaCode("constructor")]).toEqual([255, 255]);
    expect(score({ sex: "constructor", ageDays: 400, weightKg: 9 }).reasons).toContain("sex-invalid");
    expect(score({ sex: 1, ageDays: 400, weightKg: 9, oedema: "constructor" }).reasons).toContain("oedema-invalid");
  });

  it("--delimiter constructor is a usage error, not a crash", async () => {
    const r = await run(["score", "--delimiter", "constructor"], "sex\n1\n");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tumbuh: error: --delimiter must be one of/);
  });
});

describe("items 6 and 7: misuse is refused", () => {
  it("scoreColumnsParallel: 1000 workers is a RangeError (the maximum is 4 × the cores)", async () => {
    await expect(scoreColumnsParallel({ sex: [1] }, { workers: 1000 })).rejects.toThrow(RangeError);
  });

  it("scoreColumns: out of 5, and one array given for two fields, are TypeErrors", () => {
    expect(() => scoreColumns({ sex: [1] }, { out: 5 } as never)).toThrow(TypeError);
    const shared = new Float64Array(1);
    expect(() => scoreColumns({ sex: [1], ageDays: [400], weightKg: [9] }, { out: { zwei: shared, zlen: shared } } as never)).toThrow(/share memory/);
  });

  it('growthChartSvg: onSkip "alert(1)" is a TypeError naming the option', () => {
    expect(() => growthChartSvg({ indicator: "wei", sex: 1, onSkip: "alert(1)" as never })).toThrow(/growthChartSvg: options.onSkip must be a function/);
  });

  it("prevalence --weights with 1e160 and 1e308: those rows are left out and said so; the estimates stay numbers", async () => {
    const csv = "sex,age_days,weight,lenhei,measure,w\n1,400,9,75,l,1e160\n2,500,9,75,l,1e308\n1,600,10,80,l,2\n2,700,9.5,79,l,1\n";
    const r = await run(["prevalence", "--weights", "w"], csv);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("2 with a weight that is negative, infinite or outside 1e-100 to 1e100");
    const all = table(r.stdout).rows.find((x) => x.group === "All" && x.indicator === "WA" && x.statistic === "mean")!;
    expect(Number(all.unwpop)).toBe(2);
    expect(Number.isFinite(Number(all.se))).toBe(true);
  });
});

describe("item 8: control characters from the data never reach the terminal raw", () => {
  const evil = `${ESC}]0;pwned${"\u0007"}${ESC}[31mRED\u202e`;

  it("quality's text tables escape a group value's controls", async () => {
    const r = await run(["quality", "--by", "pos"], `sex,age_days,weight,pos\n1,400,9,${evil}\n2,500,9,Mawar\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toContain("\u202e");
    expect(r.stdout).toContain("\\x1b]0;pwned\\x07\\x1b[31mRED\\u202e");
  });

  it("chart's notes and warnings escape a child id's controls", async () => {
    const r = await run(["chart", "-", "--indicator", "wei", "--sex", "m", "--id", "id", "--only", `x${ESC}[2J`], `id,sex,age_days,weight\n${evil},1,,9\n`);
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).toContain("\\x1b[2J");
    const notes = await run(["chart", "-", "--indicator", "wei", "--sex", "m", "--id", "id"], `id,sex,age_days,weight\n${evil},1,,9\n`);
    expect(notes.stderr).toContain("not plotted");
    expect(notes.stderr).not.toContain(ESC);
    expect(notes.stderr).toContain("\\x1b[31mRED");
  });

  it("the report's text escapes them, and a header echoed in an error", async () => {
    const csv = `child_id,sex,dob,visit_date,weight,pos\na,1,2024-01-10,2025-02-11,9,${evil}\n`;
    const r = await run(["report", "--id", "child_id", "--by", "pos"], csv);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    const e = await run(["prevalence", "--by", `x${ESC}[31m`], "sex,age_days\n1,400\n");
    expect(e.code).toBe(1);
    expect(e.stderr).not.toContain(ESC);
  });
});
