/**
 * `tumbuh trends`: the register of test/unit/velocity/trajectories.test.ts
 * (expected values worked by hand there: KBM_GRAMS, WHO's printed velocity
 * centiles, weight-for-age) as a CSV file, in order, with duplicated visits
 * on one day, shuffled, on stdin; the referral list; and the Bontang sample
 * against the library's growthTrajectories and referrals, in order and
 * shuffled.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { growthTrajectories, referrals, trajectoryFlags, VELOCITY_INTERVALS, weightForAge } from "../../../src/index.js";
import { parseCsv } from "../../support/csv.js";
import { ROOT } from "../../support/by-hand.js";
import { run, table } from "./run-cli.js";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "tumbuh-trends-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// Child A, a boy born 2024-01-10; child B, a girl born 2023-06-01 (as in the library's test).
const VISITS: readonly (readonly [string, string, string])[] = [
  ["A", "2024-05-12", "6.6"], // 0: first visit
  ["A", "2024-06-11", "7.2"], // 1: +600 g at 5 months (KBM 500) → N
  ["A", "2024-07-11", "7.3"], // 2: +100 g at 6 months (KBM 400) → T; below WHO P5
  ["A", "2024-08-10", "7.2"], // 3: −100 g → 2T; WAZ crosses −1
  ["A", "2024-10-12", "7.6"], // 4: September missed → no KBM
  ["A", "2024-10-12", "7.7"], // 5: the same day, later in the file: the day's visit
  ["A", "2024-11-11", "7.7"], // 6: 0 g since row 5 (not +100 g since row 4) at 10 months (KBM 300) → T
  ["B", "2024-05-03", "7.0"], // 7: first visit
  ["B", "2024-06-04", "6.9"], // 8: −100 g at 12 months → T; WAZ crosses −2
  ["B", "2024-07-03", "6.3"], // 9: −600 g → 2T; BGM; crosses −3
];
const DOB: Readonly<Record<string, string>> = { A: "2024-01-10", B: "2023-06-01" };
const SEX: Readonly<Record<string, string>> = { A: "L", B: "P" };
const HEADER = "no,child_id,sex,dob,visit_date,weight";
const line = (k: number) => {
  const [id, visit, kg] = VISITS[k]!;
  return `${k},${id},${SEX[id]},${DOB[id]},${visit},${kg}`;
};
const REGISTER = [HEADER, ...VISITS.map((_, k) => line(k))].join("\n") + "\n";

const ADDED = [
  "previous_visit", "gap_days", "gain_g", "kbm_g", "kbm", "velocity_from", "velocity_interval", "velocity_gain_g",
  "velocity_z", "velocity_centile", "zwei", "zlen", "zwei_change", "zlen_change", "crossed_z", "flags", "notes",
];

const col = (rows: Record<string, string>[], name: string) => rows.map((r) => r[name]);

describe("tumbuh trends: a semicolon file with decimal commas", async () => {
  // The same register as an Indonesian spreadsheet writes it: ";" between cells, "7,2" for 7.2 kg.
  const semicolon = REGISTER.replace(/,/g, ";").replace(/(\d)\.(\d)/g, "$1,$2");
  const plain = parseCsv((await run(["trends", "--id", "child_id"], REGISTER)).stdout);
  const r = await run(["trends", "--id", "child_id"], semicolon);
  const rows = parseCsv(r.stdout, ";");

  it("gives the same cells, each where it belongs: the flags and notes (codes joined by ';') quoted, numbers with a decimal comma", () => {
    expect(r.code).toBe(0);
    expect(rows.map((row) => row.length)).toEqual(plain.map((row) => row.length));
    const comma = (cell: string) => cell.replace(/^(-?\d+)\.(\d+)$/, "$1,$2");
    expect(rows).toEqual(plain.map((row) => row.map(comma)));
    // the case that needs both: a visit with two flags, and z-scores with decimals
    expect(r.stdout).toContain('"T;2T;BGM');
    expect(rows.some((row) => /^-\d+,\d+$/.test(row[HEADER.split(",").length + 8]!))).toBe(true);
  });
});

describe("tumbuh trends: a hand-built register", async () => {
  const r = await run(["trends", "--id", "child_id"], REGISTER);
  const { header, rows } = table(r.stdout);

  it("writes every input row unchanged, in order, then the trajectory columns", () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("tumbuh: note: 10 rows read; no row has a reason for an NA value\n");
    expect(header).toEqual([...HEADER.split(","), ...ADDED]);
    expect(r.stdout.split("\n").slice(1, -1).map((l) => l.split(",").slice(0, 6).join(","))).toEqual(VISITS.map((_, k) => line(k)));
  });

  it("the previous visit, the gain and KBM (the day's last row is its visit)", () => {
    expect(col(rows, "previous_visit")).toEqual(["", "2024-05-12", "2024-06-11", "2024-07-11", "2024-08-10", "2024-08-10", "2024-10-12", "", "2024-05-03", "2024-06-04"]);
    expect(col(rows, "gap_days")).toEqual(["", "30", "30", "30", "63", "63", "30", "", "32", "29"]);
    expect(col(rows, "gain_g")).toEqual(["", "600", "100", "-100", "400", "500", "0", "", "-100", "-600"]);
    expect(col(rows, "kbm")).toEqual(["", "N", "T", "T", "", "", "T", "", "T", "T"]);
    expect(col(rows, "kbm_g")).toEqual(["", "500", "400", "400", "", "", "300", "", "200", "200"]);
  });

  it("WHO velocity: the interval, where it is measured from, the gain over it", () => {
    expect(col(rows, "velocity_interval")).toEqual(["", "4-5 mo", "5-6 mo", "6-7 mo", "7-9 mo", "7-9 mo", "9-10 mo", "", "11-12 mo", "11-13 mo"]);
    // Row 9 (13 months) has no 1-month table: measured from row 7, two months before, −700 g (beyond WHO's −600 g: no z).
    expect(col(rows, "velocity_from")).toEqual(["", "2024-05-12", "2024-06-11", "2024-07-11", "2024-08-10", "2024-08-10", "2024-10-12", "", "2024-05-03", "2024-05-03"]);
    expect(col(rows, "velocity_gain_g")).toEqual(["", "600", "100", "-100", "400", "500", "0", "", "-100", "-700"]);
    expect(rows[9]!.velocity_z).toBe("");
    // +100 g from 5 to 6 months lies between WHO's P3 (61 g) and P5 (103 g) for boys.
    expect(Number(rows[2]!.velocity_centile)).toBeGreaterThan(3);
    expect(Number(rows[2]!.velocity_centile)).toBeLessThan(5);
  });

  it("WAZ is weight-for-age's; its change and the lines crossed", () => {
    const waz = VISITS.map(([id, visit, kg]) => {
      const days = (Date.parse(visit) - Date.parse(DOB[id]!)) / 86_400_000;
      return weightForAge({ sex: id === "A" ? 1 : 2, ageDays: days, weightKg: Number(kg) }).z;
    });
    expect(col(rows, "zwei").map(Number)).toEqual(waz);
    expect(Number(rows[3]!.zwei_change)).toBeCloseTo(waz[3]! - waz[2]!, 10);
    expect(col(rows, "crossed_z")).toEqual(["", "", "", "-1", "", "", "", "", "-2", "-3"]);
    expect(col(rows, "zlen").every((v) => v === "")).toBe(true);
  });

  it("every flag, and the notes", () => {
    expect(col(rows, "flags")).toEqual([
      "", "", "T;velocity-below-p5", "T;2T;crossed-down;velocity-below-p5", "", "", "T", "", "T;crossed-down", "T;2T;BGM;crossed-down;velocity-below-p5",
    ]);
    expect(col(rows, "notes")).toEqual(["first-visit", "", "", "", "no-visit-last-month", "same-day;no-visit-last-month", "", "first-visit", "", ""]);
  });

  it("gives what the library's growthTrajectories gives", () => {
    const t = growthTrajectories({
      childId: VISITS.map((v) => v[0]), sex: VISITS.map((v) => SEX[v[0]]), dateOfBirth: VISITS.map((v) => DOB[v[0]]),
      visitDate: VISITS.map((v) => v[1]), weightKg: VISITS.map((v) => Number(v[2])),
    });
    expect(col(rows, "flags")).toEqual(Array.from(t.flags, (f) => trajectoryFlags(f).join(";")));
    expect(col(rows, "velocity_interval")).toEqual(Array.from(t.velocityInterval, (c) => (c === 0 ? "" : VELOCITY_INTERVALS[c - 1])));
  });
});

describe("tumbuh trends: rows out of order", () => {
  // Every row moved, except that rows 4 and 5 (the same day) keep their relative order.
  const PERM = [9, 3, 0, 4, 7, 1, 5, 8, 2, 6];
  const SHUFFLED = [HEADER, ...PERM.map(line)].join("\n") + "\n";

  it("a file is read twice, with a warning: the same values for every row, in the file's order", async () => {
    const dir = tempDir();
    const input = join(dir, "shuffled.csv");
    writeFileSync(input, SHUFFLED);
    const sorted = table((await run(["trends", "--id", "child_id"], REGISTER)).stdout).rows;
    const r = await run(["trends", input, "--id", "child_id"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`tumbuh: warning: ${input}: row 3 (child_id A) is dated 2024-05-12, before an earlier row of the same child (2024-08-10)`);
    expect(r.stderr).toContain("read twice");
    const { rows } = table(r.stdout);
    expect(col(rows, "no")).toEqual(PERM.map(String));
    rows.forEach((row) => expect(row, `row no ${row.no}`).toEqual(sorted[Number(row.no)]));
  });

  it("on stdin, where it cannot be read again, it is an error naming the row and the child", async () => {
    const r = await run(["trends", "--id", "child_id"], SHUFFLED);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("tumbuh: error: stdin: row 3 (child_id A) is dated 2024-05-12, before an earlier row of the same child (2024-08-10)");
    expect(r.stderr).toContain("sort it by child and visit date");
  });

  it("found after rows went to stdout, it is an error that asks for -o", async () => {
    const dir = tempDir();
    const input = join(dir, "late.csv");
    // In order but for the last row, which is A's earliest visit.
    writeFileSync(input, [HEADER, ...[1, 2, 3, 7, 8, 9, 0].map(line)].join("\n") + "\n");
    const r = await run(["trends", input, "--id", "child_id"], [], { tuning: { batchSize: 2 } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("row 7 (child_id A) is dated 2024-05-12");
    expect(r.stderr).toContain("already written to stdout; write to a file (-o FILE)");
    // With -o the file is read twice.
    const out = join(dir, "out.csv");
    const ok = await run(["trends", input, "--id", "child_id", "-o", out], [], { tuning: { batchSize: 2 } });
    expect(ok.code).toBe(0);
    expect(col(table(readFileSync(out, "utf8")).rows, "previous_visit")).toEqual(["2024-05-12", "2024-06-11", "2024-07-11", "", "2024-05-03", "2024-06-04", ""]);
  });
});

describe("tumbuh trends: rows that are no visit", () => {
  it("are written with empty trajectory cells and a note, and do not break the child's line", async () => {
    const csv = [
      "child_id,sex,dob,visit_date,weight",
      "A,L,2024-01-10,2024-05-12,6.6",
      ",L,2024-01-10,2024-06-01,6.9",
      "A,L,2024-01-10,,7.0",
      "A,L,2024-01-10,2024-13-01,7.0",
      "A,L,,2024-06-05,7.0",
      "A,L,2024-07-01,2024-06-05,7.0",
      "A,L,2024-01-10,2024-06-11,",
      "A,L,2024-01-10,2024-07-11,7.3",
    ].join("\n");
    const r = await run(["trends", "--id", "child_id"], csv);
    expect(r.code).toBe(0);
    const { rows } = table(r.stdout);
    expect(col(rows, "notes")).toEqual([
      "first-visit", "child-id-missing", "visit-date-missing", "visit-date-invalid", "dob-missing", "visit-before-birth", "weight-missing", "",
    ]);
    expect(col(rows, "previous_visit")).toEqual(["", "", "", "", "", "", "2024-05-12", "2024-06-11"]);
    // The visit without a weight is the previous visit (no gain) and June's weighing (no KBM in July);
    // WHO velocity looks past it to May, two months before.
    expect(col(rows, "gain_g")).toEqual(["", "", "", "", "", "", "", ""]);
    expect(col(rows, "kbm")).toEqual(["", "", "", "", "", "", "", ""]);
    expect([rows[7]!.velocity_from, rows[7]!.velocity_interval]).toEqual(["2024-05-12", "4-6 mo"]);
  });
});

describe("tumbuh trends: the other notes", () => {
  it("weight-invalid, aged-60-months-or-more, lookback-short", async () => {
    // C weighed every 2 days from 100 to 160 days of age: at 160 days the 1-month pair (day 134) is 13 visit days back.
    const days = Array.from({ length: 31 }, (_, k) => 100 + 2 * k);
    const iso = (day: number) => new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const csv = [
      "child_id,sex,dob,visit_date,weight",
      ...days.map((d) => `C,1,2024-01-01,${iso(d)},${(5 + d / 100).toFixed(2)}`),
      "D,2,2019-01-01,2024-03-01,15.0",
      "D,2,2019-01-01,2024-04-01,15.1", // 62 completed months: no KBM
      "D,2,2019-01-01,2024-05-02,-3", // not a weight
    ].join("\n");
    const r = await run(["trends", "--id", "child_id"], csv);
    expect(r.code).toBe(0);
    const { rows } = table(r.stdout);
    expect(rows[30]!.notes).toBe("lookback-short");
    expect(rows[30]!.velocity_interval).toBe("");
    // Day 124: 12 earlier visit days, none a month before, and none older: no pair, but nothing was let go.
    expect([rows[12]!.velocity_interval, rows[12]!.notes]).toEqual(["", ""]);
    expect(col(rows.slice(31), "notes")).toEqual(["first-visit;aged-60-months-or-more", "aged-60-months-or-more", "weight-invalid;aged-60-months-or-more"]);
    expect(rows[32]!.kbm).toBe("");
    expect(rows[32]!.gain_g).toBe("100");
  });
});

describe("tumbuh trends --referrals", () => {
  async function referralList(args: string[], input = REGISTER) {
    const dir = tempDir();
    const file = join(dir, "rujukan.csv");
    const r = await run(["trends", "--id", "child_id", "-o", join(dir, "out.csv"), "--referrals", file, ...args], input);
    return { r, ...table(readFileSync(file, "utf8")) };
  }

  it("the month's children to refer, with the reasons, one line each: the visit's output line", async () => {
    const aug = await referralList(["--month", "2024-08"]);
    expect(aug.r.code).toBe(0);
    expect(aug.header).toEqual([...HEADER.split(","), ...ADDED, "referral_reasons"]);
    expect(aug.rows.map((x) => [x.child_id, x.no, x.flags, x.referral_reasons])).toEqual([
      ["A", "3", "T;2T;crossed-down;velocity-below-p5", "weight not up two months running (2T)"],
    ]);
    expect(aug.r.stderr).toContain("tumbuh: trends: 1 child to refer in 2024-08 (2T, BGM)");
    const jul = await referralList(["--month", "2024-07", "--lang", "id"]);
    expect(jul.rows.map((x) => [x.child_id, x.referral_reasons])).toEqual([
      ["B", "tidak naik dua bulan berturut-turut (2T); bawah garis merah (BGM): BB/U di bawah −3 SD"],
    ]);
  });

  it("the latest month by default; other flags with --refer-on; sorted by child id", async () => {
    const latest = await referralList([]);
    // November 2024: only A was weighed, with a T, which is no referral by default.
    expect(latest.rows).toEqual([]);
    expect(latest.r.stderr).toContain("0 children to refer in 2024-11");
    const onT = await referralList(["--refer-on", "T,velocity-below-p5", "--month", "2024-07"]);
    expect(onT.rows.map((x) => [x.child_id, x.referral_reasons])).toEqual([
      ["A", "weight not up (T): gain since last month below the minimum (KBM); weight gain below the 5th centile of WHO growth velocity"],
      ["B", "weight not up (T): gain since last month below the minimum (KBM); weight gain below the 5th centile of WHO growth velocity"],
    ]);
  });

  it("the same list from a file out of order", async () => {
    const dir = tempDir();
    const input = join(dir, "shuffled.csv");
    writeFileSync(input, [HEADER, ...[9, 3, 0, 4, 7, 1, 5, 8, 2, 6].map(line)].join("\n") + "\n");
    const file = join(dir, "r.csv");
    const r = await run(["trends", input, "--id", "child_id", "-o", join(dir, "o.csv"), "--referrals", file, "--month", "2024-07"]);
    expect(r.code).toBe(0);
    expect(table(readFileSync(file, "utf8")).rows.map((x) => [x.child_id, x.no])).toEqual([["B", "9"]]);
  });

  it("usage errors", async () => {
    expect((await run(["trends", "--id", "child_id", "--month", "2024-07"], REGISTER)).stderr).toContain("--month and --refer-on choose the referral list: give --referrals FILE too");
    expect((await run(["trends", "--id", "child_id", "-o", "x.csv", "--referrals", "x.csv"], REGISTER)).code).toBe(2);
    expect((await run(["trends", "--id", "child_id", "--referrals", "r.csv", "--refer-on", "O"], REGISTER)).stderr).toContain('--refer-on: unknown flag "O"');
    expect((await run(["trends"], REGISTER)).stderr).toContain("--id COL is required");
  });
});

describe("tumbuh trends on the Bontang sample, against the library", async () => {
  const text = readFileSync(join(ROOT, "examples/bontang-posyandu-2025.csv"), "utf8");
  const [head, ...records] = parseCsv(text);
  const at = (name: string) => head!.indexOf(name);
  const column = (name: string) => records.map((r) => r[at(name)]!);
  const t = growthTrajectories({
    childId: column("child_id"), sex: column("sex"), dateOfBirth: column("dob"), visitDate: column("visit_date"),
    weightKg: column("weight").map((w) => (w === "" ? Number.NaN : Number(w))),
    lenheiCm: column("lenhei").map((w) => (w === "" ? Number.NaN : Number(w))), measure: column("measure"),
  });
  const visitDates = column("visit_date");
  const round = (v: number, d: number) => (v === v ? String(Math.round(v * 10 ** d) / 10 ** d) : "");
  const expected = (i: number) => {
    const p = t.previous[i]!;
    const date = (row: number) => (row < 0 ? "" : visitDates[row]!);
    return {
      previous_visit: date(p),
      kbm: ["", "N", "T"][t.kbm[i]!],
      velocity_from: date(t.velocityFrom[i]!),
      velocity_interval: t.velocityInterval[i] === 0 ? "" : VELOCITY_INTERVALS[t.velocityInterval[i]! - 1],
      velocity_z: round(t.velocityZ[i]!, 2),
      zwei_change: round(t.dWaz[i]!, 2),
      zlen_change: round(t.dLaz[i]!, 2),
      flags: trajectoryFlags(t.flags[i]!).join(";"),
    };
  };
  const pick = (row: Record<string, string>) => ({
    previous_visit: row.previous_visit, kbm: row.kbm, velocity_from: row.velocity_from, velocity_interval: row.velocity_interval,
    velocity_z: row.velocity_z, zwei_change: row.zwei_change, zlen_change: row.zlen_change, flags: row.flags,
  });
  const dir = tempDir();

  it("in the file's order (one pass): every visit as growthTrajectories, the referrals as referrals()", async () => {
    const input = join(dir, "bontang.csv");
    writeFileSync(input, text);
    const refFile = join(dir, "ref.csv");
    const r = await run(["trends", input, "--id", "child_id", "--referrals", refFile, "--month", "2025-09"]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("read twice");
    const { rows } = table(r.stdout);
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, i) => expect(pick(row), `row ${i + 1}`).toEqual(expected(i)));
    const lib = referrals(t, { month: "2025-09" });
    expect(lib.length).toBeGreaterThan(10);
    expect(table(readFileSync(refFile, "utf8")).rows.map((x) => [x.child_id, x.visit_date])).toEqual(lib.map((x) => [x.childId, visitDates[x.row]]));
  });

  it("shuffled (read twice): the same, row by row", async () => {
    // A fixed permutation (a linear congruential shuffle).
    const order = records.map((_, i) => i);
    let s = 7;
    for (let i = order.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) % 2147483648;
      const j = s % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lines = text.replace(/\r?\n$/, "").split(/\r?\n/);
    const input = join(dir, "bontang-shuffled.csv");
    writeFileSync(input, [lines[0], ...order.map((i) => lines[i + 1])].join("\n") + "\n");
    const r = await run(["trends", input, "--id", "child_id"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("read twice");
    const { rows } = table(r.stdout);
    rows.forEach((row, k) => expect(pick(row), `row ${order[k]! + 1}`).toEqual(expected(order[k]!)));
  });
});
