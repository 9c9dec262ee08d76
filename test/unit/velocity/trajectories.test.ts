/**
 * growthTrajectories and referrals on a hand-built register. Expected
 * values come from the rules worked by hand (KBM_GRAMS: 5 months 500 g,
 * 6–10 months 300–400 g, 11+ months 200 g), from WHO's printed velocity
 * centiles (data/who-growth-velocity) and from weightForAge (WHO anthro
 * parity, tested elsewhere) for the z-scores the flags read.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseVelocityCsv } from "../../../scripts/velocity-sources.js";
import {
  growthTrajectories, referrals, trajectoryFlags, VELOCITY_INTERVALS, weightForAge, type GrowthTrajectories,
} from "../../../src/index.js";
import { ROOT } from "../../support/by-hand.js";

// Child A, a boy born 2024-01-10; child B, a girl born 2023-06-01.
const REGISTER: readonly [string, string, number][] = [
  ["A", "2024-05-12", 6.6], // 0: first visit (123 days)
  ["A", "2024-06-11", 7.2], // 1: +600 g at 5 months (KBM 500) → N
  ["A", "2024-07-11", 7.3], // 2: +100 g at 6 months (KBM 400) → T; below WHO P5 (103 g, boys 5-6 mo)
  ["A", "2024-08-10", 7.2], // 3: −100 g → T after T → 2T; WAZ crosses −1
  ["A", "2024-10-12", 7.6], // 4: September missed → no KBM; superseded by row 5
  ["A", "2024-10-12", 7.7], // 5: the day's visit (later in the input)
  ["A", "2024-11-11", 7.7], // 6: 0 g at 10 months (KBM 300) → T, but last month was not assessed → no 2T
  ["B", "2024-05-03", 7.0], // 7: first visit, WAZ about −1.85
  ["B", "2024-06-04", 6.9], // 8: −100 g at 12 months → T; WAZ crosses −2; just above WHO P5 (−102 g, girls 11-12 mo)
  ["B", "2024-07-03", 6.3], // 9: −600 g → 2T; WAZ below −3 → BGM, crosses −3
];
const dob = (id: string) => (id === "A" ? "2024-01-10" : "2023-06-01");
const columns = {
  childId: REGISTER.map((r) => r[0]),
  sex: REGISTER.map((r) => (r[0] === "A" ? "L" : "P")),
  dateOfBirth: REGISTER.map((r) => dob(r[0])),
  visitDate: REGISTER.map((r) => r[1]),
  weightKg: REGISTER.map((r) => r[2]),
};
const days = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const AGES = REGISTER.map((r) => days(r[1]) - days(dob(r[0])));
const flagsOf = (t: GrowthTrajectories) => Array.from(t.flags, (f) => trajectoryFlags(f));
const printed = (file: string, interval: string, column: string) =>
  Number(parseVelocityCsv(readFileSync(join(ROOT, "data/who-growth-velocity", file), "utf8"), file).find((r) => r.interval === interval)!.printed[column]);

describe("growthTrajectories on a hand-built register", () => {
  const t = growthTrajectories(columns);

  it("ages, children and the previous visit (a day's last row is its visit)", () => {
    expect(Array.from(t.ageDays)).toEqual(AGES);
    expect(t.childIds).toEqual(["A", "B"]);
    expect(Array.from(t.child)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
    expect(Array.from(t.superseded)).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    expect(Array.from(t.previous)).toEqual([-1, 0, 1, 2, 3, 3, 5, -1, 7, 8]);
    expect(Array.from(t.gapDays)).toEqual([NaN, 30, 30, 30, 63, 63, 30, NaN, 32, 29]);
  });

  it("weight gains, and KBM: N, T, none after a missed month, none on the first visit", () => {
    expect(Array.from(t.weightGainKg, (g) => Math.round(g * 1000))).toEqual([NaN, 600, 100, -100, 400, 500, 0, NaN, -100, -600]);
    expect(Array.from(t.kbm)).toEqual([0, 1, 2, 2, 0, 0, 2, 0, 2, 2]);
    expect(Array.from(t.kbmG)).toEqual([NaN, 500, 400, 400, NaN, NaN, 300, NaN, 200, 200]);
  });

  it("WAZ is weight-for-age's, and its change since the previous visit", () => {
    const waz = REGISTER.map((r, i) => weightForAge({ sex: r[0] === "A" ? 1 : 2, ageDays: AGES[i]!, weightKg: r[2] }).z);
    expect(Array.from(t.waz)).toEqual(waz);
    expect(t.dWaz[3]).toBeCloseTo(waz[3]! - waz[2]!, 12);
    expect(t.dWaz[0]).toBeNaN();
    // The lines crossed, as the z-scores say.
    expect([waz[2]! >= -1 && waz[3]! < -1, waz[7]! >= -2 && waz[8]! < -2, waz[8]! >= -3 && waz[9]! < -3]).toEqual([true, true, true]);
    expect(Array.from(t.crossedZ)).toEqual([NaN, NaN, NaN, -1, NaN, NaN, NaN, NaN, -2, -3]);
  });

  it("WHO velocity: 1-month intervals to 12 months, 2-month across a missed month and after 12 months", () => {
    const label = (code: number) => (code === 0 ? null : VELOCITY_INTERVALS[code - 1]);
    expect(Array.from(t.velocityInterval, label)).toEqual([null, "4-5 mo", "5-6 mo", "6-7 mo", "7-9 mo", "7-9 mo", "9-10 mo", null, "11-12 mo", "11-13 mo"]);
    // Row 9 (13 months) has no 1-month table: measured from row 7, two months before.
    expect(Array.from(t.velocityFrom)).toEqual([-1, 0, 1, 2, 3, 3, 5, -1, 7, 7]);
    // +100 g from 5 to 6 months: WHO prints P3 = 61 g and P5 = 103 g for boys.
    expect(printed("weight_1mon_boys.csv", "5-6 mo", "P3")).toBe(61);
    expect(printed("weight_1mon_boys.csv", "5-6 mo", "P5")).toBe(103);
    expect(t.velocityCentile[2]).toBeGreaterThan(3);
    expect(t.velocityCentile[2]).toBeLessThan(5);
    // −100 g from 6 to 7 months is below WHO's P1 (−76 g).
    expect(printed("weight_1mon_boys.csv", "6-7 mo", "P1")).toBe(-76);
    expect(t.velocityCentile[3]).toBeLessThan(1);
    // −100 g from 11 to 12 months: WHO prints P5 = −102 g for girls, so not below it.
    expect(printed("weight_1mon_girls.csv", "11-12 mo", "P5")).toBe(-102);
    expect(t.velocityCentile[8]).toBeGreaterThan(5);
    // −700 g over two months is beyond −600 g: outside WHO's distribution, NA, and below P5.
    expect(t.velocityZ[9]).toBeNaN();
  });

  it("every flag", () => {
    expect(flagsOf(t)).toEqual([
      [],
      [],
      ["T", "velocity-below-p5"],
      ["T", "2T", "crossed-down", "velocity-below-p5"],
      [],
      [],
      ["T"],
      [],
      ["T", "crossed-down"],
      ["T", "2T", "BGM", "crossed-down", "velocity-below-p5"],
    ]);
  });

  it("rows in any order give the same trajectories (row indices follow the rows)", () => {
    // Rows 4 and 5 (the same day) keep their relative order: the later row is the day's visit.
    const perm = [9, 3, 0, 4, 7, 1, 5, 8, 2, 6];
    const shuffled = Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, perm.map((i) => v[i]!)])) as typeof columns;
    const u = growthTrajectories(shuffled);
    const back = (row: number) => (row < 0 ? row : perm[row]!);
    perm.forEach((orig, j) => {
      expect(back(u.previous[j]!), `row ${orig}`).toBe(t.previous[orig]);
      expect(back(u.velocityFrom[j]!)).toBe(t.velocityFrom[orig]);
      expect(u.flags[j]).toBe(t.flags[orig]);
      expect(u.kbm[j]).toBe(t.kbm[orig]);
    });
  });

  it("a row without a child id, age or visit date takes no part", () => {
    const u = growthTrajectories({
      childId: ["A", "", "A", "A"],
      sex: [1, 1, 1, 1],
      dateOfBirth: ["2024-01-10", "2024-01-10", "2024-01-10", "2024-01-10"],
      visitDate: ["2024-05-12", "2024-06-11", "not a date", "2024-06-11"],
      weightKg: [6.6, 7.2, 7.0, 7.2],
    });
    expect(Array.from(u.child)).toEqual([0, -1, -1, 0]);
    expect(Array.from(u.previous)).toEqual([-1, -1, -1, 0]);
    expect(Array.from(u.kbm)).toEqual([0, 0, 0, 1]);
  });

  it("without dates: KBM compares visits a month (30.4375 ± 5 days) apart", () => {
    const u = growthTrajectories({ childId: columns.childId, sex: columns.sex, ageDays: AGES, weightKg: columns.weightKg });
    expect(Array.from(u.kbm)).toEqual([0, 1, 2, 2, 0, 0, 2, 0, 2, 2]);
    expect(Array.from(u.visitDay).every(Number.isNaN)).toBe(true);
    expect(Array.from(u.velocityZ)).toEqual(Array.from(t.velocityZ));
  });

  it("LAZ changes since the last visit with a length", () => {
    const u = growthTrajectories({
      childId: ["C", "C", "C"], sex: [2, 2, 2], ageDays: [200, 230, 261], weightKg: [7, 7.3, 7.5],
      lenheiCm: [66, Number.NaN, 68.4], measure: ["l", "", "l"],
    });
    expect(Array.from(u.lazFrom)).toEqual([-1, 0, 0]);
    expect(u.dLaz[2]).toBeCloseTo(u.laz[2]! - u.laz[0]!, 12);
    expect(u.dLaz[1]).toBeNaN();
  });

  it("velocity looks back over the child's 12 most recent visit days", () => {
    // Weighed every `step` days from day 100: the visit at day 160 pairs with the latest visit at least
    // 25.4 days before (30.4375 − 5): day 133, 9 visit days back, when weighed every 3 days; day 134,
    // 13 visit days back, when weighed every 2 days — beyond the 12 kept.
    const visits = (step: number) => {
      const ageDays = Array.from({ length: 60 / step + 1 }, (_, k) => 100 + k * step);
      return growthTrajectories({ childId: ageDays.map(() => "D"), sex: ageDays.map(() => 1), ageDays, weightKg: ageDays.map((a) => 5 + a / 100) });
    };
    const every3 = visits(3);
    expect(every3.ageDays[every3.length - 1]).toBe(160);
    expect(every3.ageDays[every3.velocityFrom[every3.length - 1]!]).toBe(133);
    const every2 = visits(2);
    expect(every2.ageDays[every2.length - 1]).toBe(160);
    expect(every2.velocityFrom[every2.length - 1]).toBe(-1);
  });

  it("a KBM table of the caller's", () => {
    const u = growthTrajectories(columns, { kbmGrams: [50] });
    expect(Array.from(u.kbm)).toEqual([0, 1, 1, 2, 0, 0, 2, 0, 2, 2]);
  });
});

describe("referrals", () => {
  const t = growthTrajectories(columns);
  it("2T and BGM by default, one line per child, the month's last visit", () => {
    expect(referrals(t, { month: "2024-08" }).map((r) => [r.childId, r.row, r.reasons.map((x) => x.code)])).toEqual([["A", 3, ["2T"]]]);
    expect(referrals(t, { month: "2024-07" }).map((r) => [r.childId, r.row, r.reasons.map((x) => x.code)])).toEqual([["B", 9, ["2T", "BGM"]]]);
    expect(referrals(t, { month: "2024-10" })).toEqual([]);
  });
  it("with labels in English and Bahasa Indonesia", () => {
    expect(referrals(t, { month: "2024-07" })[0]!.reasons[1]).toEqual({
      code: "BGM", en: "below the red line (BGM): weight-for-age below −3 SD", id: "bawah garis merah (BGM): BB/U di bawah −3 SD",
    });
  });
  it("other flags on request", () => {
    const r = referrals(t, { month: "2024-07", reasons: ["T", "velocity-below-p5"] });
    expect(r.map((x) => [x.childId, x.reasons.map((y) => y.code)])).toEqual([["A", ["T", "velocity-below-p5"]], ["B", ["T", "velocity-below-p5"]]]);
  });
});
