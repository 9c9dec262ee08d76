import { describe, expect, it } from "vitest";
import { skdn } from "../../../src/aggregate/skdn/skdn.js";
import { KBM_GRAMS } from "../../../src/aggregate/skdn/kbm.js";
import type { SkdnRow } from "../../../src/aggregate/skdn/types.js";

/*
 * Hand-built monthly histories. Ages are completed months = floor(days / 30.4375);
 * statuses follow the rules in docs/skdn.md and were worked out by hand:
 *
 * A boy, born 2024-01-15, book y
 *   2025-01-10  9.0 kg  361 d = 11 mo  B (history month, not reported by default)
 *   2025-02-12  9.1     394 d = 12 mo  +100 g < KBM 200 -> T
 *   2025-03-10  9.2     420 d = 13 mo  +100 g < 200     -> T, 2T
 *   2025-04-14  9.5     455 d = 14 mo  +300 g >= 200    -> N
 *   (no weighing in May)
 *   2025-06-10  9.8     512 d = 16 mo  previous in April -> O
 * B girl, born 2024-11-20, book n
 *   2025-02-05  4.0      77 d =  2 mo  B
 *   2025-03-03  4.5     103 d =  3 mo  +500 g < KBM 800 -> T
 *   2025-04-02  5.4     133 d =  4 mo  +900 g >= 600    -> N
 *   2025-05-02  5.5     (superseded by the later weighing the same month)
 *   2025-05-20  6.1     181 d =  5 mo  +700 g >= 500    -> N  (the first May weighing would give +100 g: T)
 * C boy, born 2023-03-01, book y, far below the −3 SD line of weight-for-age (~9.7 kg at 2 years)
 *   2025-02-10  7.0     712 d = 23 mo  B, BGM
 *   2025-03-10  7.1     740 d = 24 mo  +100 g < 200 -> T, BGM (not 2T: February was B)
 * D girl, born 2020-01-01: 2025-02-10 is past 60 months -> left out (age60MonthsOrMore)
 * E: a weighing without weight -> weightMissing
 * (no id): -> childIdMissing
 * F sex missing, born 2024-06-01, book missing
 *   2025-03-15  7.5     287 d =  9 mo  B; weight-for-age z NA -> bgmUnknown
 */
const rows: [string | null, number | null, string, string, number, string | null][] = [
  ["A", 1, "2024-01-15", "2025-01-10", 9.0, "y"],
  ["A", 1, "2024-01-15", "2025-02-12", 9.1, "y"],
  ["A", 1, "2024-01-15", "2025-03-10", 9.2, "y"],
  ["A", 1, "2024-01-15", "2025-04-14", 9.5, "y"],
  ["A", 1, "2024-01-15", "2025-06-10", 9.8, "y"],
  ["B", 2, "2024-11-20", "2025-02-05", 4.0, "n"],
  ["B", 2, "2024-11-20", "2025-03-03", 4.5, "n"],
  ["B", 2, "2024-11-20", "2025-04-02", 5.4, "n"],
  ["B", 2, "2024-11-20", "2025-05-20", 6.1, "n"],
  ["B", 2, "2024-11-20", "2025-05-02", 5.5, "n"],
  ["C", 1, "2023-03-01", "2025-02-10", 7.0, "y"],
  ["C", 1, "2023-03-01", "2025-03-10", 7.1, "y"],
  ["D", 2, "2020-01-01", "2025-02-10", 17.0, "y"],
  ["E", 2, "2024-01-01", "2025-02-10", Number.NaN, "y"],
  [null, 1, "2024-01-01", "2025-02-10", 9.0, "y"],
  ["F", null, "2024-06-01", "2025-03-15", 7.5, null],
];
const posyandu = ["P1", "P1", "P1", "P1", "P1", "P1", "P1", "P1", "P1", "P1", "P2", "P2", "P2", "P2", "P2", "P2"];

const columns = {
  childId: rows.map((r) => r[0]),
  sex: rows.map((r) => r[1]),
  dateOfBirth: rows.map((r) => r[2]),
  visitDate: rows.map((r) => r[3]),
  weightKg: rows.map((r) => r[4]),
  hasBook: rows.map((r) => r[5]),
};

function row(result: { rows: readonly SkdnRow[] }, month: string, ageGroup = "all", sex = "all", group?: string): SkdnRow {
  const found = result.rows.find(
    (x) => x.month === month && x.ageGroup === ageGroup && x.sex === sex && (group === undefined || x.group.posyandu === group),
  );
  if (!found) throw new Error(`no row ${month} ${ageGroup} ${sex}`);
  return found;
}

const counts = (x: SkdnRow) => ({ s: x.s, k: x.k, d: x.d, n: x.n, t: x.t, o: x.o, b: x.b, twoT: x.twoT, bgm: x.bgm, bgmUnknown: x.bgmUnknown });

describe("skdn: statuses from hand-built histories", () => {
  const r = skdn(columns);

  it("reports from the second month of the data to the last, every month", () => {
    expect(r.dataMonths).toEqual({ from: "2025-01", to: "2025-06" });
    expect(r.months).toEqual(["2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]);
  });

  it("counts S, K, D, N, T, O, B, 2T and BGM per month", () => {
    expect(counts(row(r, "2025-02"))).toEqual({ s: 3, k: 2, d: 3, n: 0, t: 1, o: 0, b: 2, twoT: 0, bgm: 1, bgmUnknown: 0 });
    expect(counts(row(r, "2025-03"))).toEqual({ s: 4, k: 2, d: 4, n: 0, t: 3, o: 0, b: 1, twoT: 1, bgm: 1, bgmUnknown: 1 });
    expect(counts(row(r, "2025-04"))).toEqual({ s: 4, k: 2, d: 2, n: 2, t: 0, o: 0, b: 0, twoT: 0, bgm: 0, bgmUnknown: 0 });
    expect(counts(row(r, "2025-05"))).toEqual({ s: 4, k: 2, d: 1, n: 1, t: 0, o: 0, b: 0, twoT: 0, bgm: 0, bgmUnknown: 0 });
    expect(counts(row(r, "2025-06"))).toEqual({ s: 4, k: 2, d: 1, n: 0, t: 0, o: 1, b: 0, twoT: 0, bgm: 0, bgmUnknown: 0 });
  });

  it("gives ratios in percent and the shortfall to 80 % D/S", () => {
    const apr = row(r, "2025-04");
    expect([apr.kPerS, apr.dPerS, apr.nPerD, apr.nPerS, apr.bgmPerD]).toEqual([50, 50, 100, 50, 0]);
    // ceil(0.8 × S) − D: Feb ceil(2.4) − 3 → 0; Mar 4 − 4; Apr 4 − 2; May 4 − 1; Jun 4 − 1
    expect(r.months.map((m) => row(r, m).dShortfall)).toEqual([0, 0, 2, 3, 3]);
    expect(row(r, "2025-02").bgmPerD).toBeCloseTo(100 / 3, 12);
  });

  it("breaks down by age group (age at the weighing) and sex", () => {
    // February: A (12 mo) and C (23 mo) are boys 12–23; B is a girl of 2 months.
    expect(counts(row(r, "2025-02", "12-23", "m"))).toEqual({ s: 2, k: 2, d: 2, n: 0, t: 1, o: 0, b: 1, twoT: 0, bgm: 1, bgmUnknown: 0 });
    expect(counts(row(r, "2025-02", "0-5", "f"))).toEqual({ s: 1, k: 0, d: 1, n: 0, t: 0, o: 0, b: 1, twoT: 0, bgm: 0, bgmUnknown: 0 });
    // March: C has turned 24 months; F (sex missing) is only in the sex "all" rows.
    expect(row(r, "2025-03", "24-35", "m").d).toBe(1);
    expect(row(r, "2025-03", "6-11", "all").d).toBe(1);
    expect(row(r, "2025-03", "6-11", "m").d + row(r, "2025-03", "6-11", "f").d).toBe(0);
    // April: C not weighed, still in S at 25 months (age on the 15th); F at 10 months.
    expect(row(r, "2025-04", "24-35", "all").s).toBe(1);
    expect(row(r, "2025-04", "6-11", "all").s).toBe(1);
  });

  it("lists each child-month for follow-up, sorted by group, month and child", () => {
    const c = r.cases;
    expect(c.length).toBe(11);
    expect(c.month).toEqual(["2025-02", "2025-02", "2025-02", "2025-03", "2025-03", "2025-03", "2025-03", "2025-04", "2025-04", "2025-05", "2025-06"]);
    expect(c.childId).toEqual(["A", "B", "C", "A", "B", "C", "F", "A", "B", "B", "A"]);
    expect(c.status).toEqual(["T", "B", "B", "T", "T", "T", "B", "N", "N", "N", "O"]);
    expect(c.twoT).toEqual([false, false, false, true, false, false, false, false, false, false, false]);
    expect(c.bgm).toEqual([false, false, true, false, false, true, null, false, false, false, false]);
    expect(Array.from(c.ageMonths)).toEqual([12, 2, 23, 13, 3, 24, 9, 14, 4, 5, 16]);
    expect(c.previousMonth).toEqual(["2025-01", null, null, "2025-02", "2025-02", "2025-02", null, "2025-03", "2025-03", "2025-04", "2025-04"]);
  });

  it("compares the last weighing of a month with the last of the previous month", () => {
    const c = r.cases;
    const may = c.month.indexOf("2025-05");
    expect(c.weightKg[may]).toBe(6.1);
    expect(c.previousWeightKg[may]).toBe(5.4);
    expect(c.gainG[may]).toBe(700);
    expect(c.kbmG[may]).toBe(500);
    expect(c.record[may]).toBe(8); // the 2025-05-20 row
    expect(Number.isNaN(c.gainG[c.length - 1]!)).toBe(true); // O: no gain compared
  });

  it("counts what it leaves out, each record once", () => {
    expect(r.issues).toMatchObject({
      records: 16,
      used: 13,
      childIdMissing: 1,
      weightMissing: 1,
      age60MonthsOrMore: 1,
      supersededInMonth: 1,
      hasBookMissing: 1,
      visitDateMissing: 0,
      registerInvalid: 0,
    });
  });
});

describe("skdn: options", () => {
  it("reports the first month when asked, its first weighings as B", () => {
    const r = skdn(columns, { from: "2025-01", to: "2025-02" });
    expect(r.months).toEqual(["2025-01", "2025-02"]);
    expect(counts(row(r, "2025-01"))).toMatchObject({ s: 1, d: 1, b: 1 });
    expect(r.cases.length).toBe(4);
  });

  it("takes a KBM table and a D/S target", () => {
    const r = skdn(columns, { kbmGrams: [0], dsTargetPct: 50 });
    // Every gain ≥ 0 g is N: March's three T become N.
    expect(counts(row(r, "2025-03"))).toMatchObject({ n: 3, t: 0, twoT: 0 });
    // ceil(0.5 × 4) − 1 in May
    expect(row(r, "2025-05").dShortfall).toBe(1);
    expect(r.kbmGrams).toEqual([0]);
    expect(skdn(columns).kbmGrams).toEqual(KBM_GRAMS);
  });

  it("groups by any columns, sorted, with register-only groups", () => {
    const r = skdn(columns, {
      groupBy: { posyandu },
      register: { groups: { posyandu: ["P1", "P2", "P3"] }, month: ["2025-03", "2025-03", "2025-03"], s: [5, 4, 7] },
    });
    expect(r.groups).toEqual([{ posyandu: "P1" }, { posyandu: "P2" }, { posyandu: "P3" }]);
    expect(counts(row(r, "2025-03", "all", "all", "P1"))).toMatchObject({ s: 5, d: 2, t: 2, twoT: 1 });
    expect(counts(row(r, "2025-03", "all", "all", "P2"))).toMatchObject({ s: 4, d: 2, t: 1, b: 1, bgm: 1, bgmUnknown: 1 });
    const p3 = row(r, "2025-03", "all", "all", "P3");
    expect([p3.s, p3.d, p3.dPerS, p3.dShortfall]).toEqual([7, 0, 0, 6]);
    expect(row(r, "2025-04", "all", "all", "P1").s).toBeNull();
  });

  it("uses the register for S and K totals, and only for totals", () => {
    const r = skdn(columns, {
      register: { month: ["2025-03", "2025-03", "2025-04", "25-04"], s: [3, 2, 10, 5], k: [4, Number.NaN, 8, 1] },
    });
    const mar = row(r, "2025-03");
    expect([mar.s, mar.k, mar.sSource, mar.kSource, mar.kPerS, mar.dPerS]).toEqual([5, 4, "register", "register", 80, 80]);
    const apr = row(r, "2025-04");
    expect([apr.s, apr.k, apr.dPerS, apr.dShortfall]).toEqual([10, 8, 20, 6]);
    expect(row(r, "2025-02").s).toBeNull();
    expect(row(r, "2025-04", "0-5", "f").s).toBeNull();
    expect(r.issues.registerInvalid).toBe(1);
  });

  it("counts K from the weighings beside a register without k", () => {
    const r = skdn(columns, { register: { month: ["2025-04"], s: [8] } });
    expect([row(r, "2025-04").s, row(r, "2025-04").k, row(r, "2025-04").kSource]).toEqual([8, 2, "seen-12-months"]);
  });

  it("has K null without a hasBook column or register k", () => {
    const { hasBook: _, ...noBook } = columns;
    expect(row(skdn(noBook), "2025-03").k).toBeNull();
  });

  it("returns no months for no usable data", () => {
    const r = skdn({ childId: [], sex: [], dateOfBirth: [], visitDate: [], weightKg: [] });
    expect([r.months, r.rows, r.cases.length, r.dataMonths]).toEqual([[], [], 0, null]);
  });
});

describe("skdn: misuse throws", () => {
  it("names the function and the column or option", () => {
    const { weightKg: _, ...noWeight } = columns;
    expect(() => skdn(noWeight as never)).toThrow(new TypeError("skdn: columns.weightKg is required"));
    expect(() => skdn({ ...columns, height: [] } as never)).toThrow(TypeError);
    expect(() => skdn({ ...columns, visitDate: columns.visitDate.slice(1) })).toThrow(RangeError);
    expect(() => skdn(columns, { colour: 1 } as never)).toThrow(/skdn: unknown options key "colour"/);
    expect(() => skdn(columns, { from: "2025-1" })).toThrow(RangeError);
    expect(() => skdn(columns, { from: "2025-05", to: "2025-03" })).toThrow(RangeError);
    expect(() => skdn(columns, { kbmGrams: [] })).toThrow(RangeError);
    expect(() => skdn(columns, { kbmGrams: "200" as never })).toThrow(TypeError);
    expect(() => skdn(columns, { dsTargetPct: 0 })).toThrow(RangeError);
    expect(() => skdn(columns, { groupBy: { posyandu: posyandu.slice(1) } })).toThrow(RangeError);
    expect(() => skdn(columns, { groupBy: { posyandu }, register: { month: [], s: [] } })).toThrow(TypeError);
  });

  it("never throws on bad data", () => {
    const bad = ["x", null, "2025-02-30", "05/01/2025", true, {}];
    expect(() =>
      skdn({ childId: bad, sex: bad, dateOfBirth: bad, visitDate: bad, weightKg: bad, hasBook: bad }),
    ).not.toThrow();
  });
});
