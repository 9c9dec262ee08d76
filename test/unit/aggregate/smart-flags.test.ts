/**
 * SMART flags: a z-score more than 3 from the survey's own mean (the mean
 * of the z-scores WHO does not flag), worked out by hand; and
 * `prevalence(…, { flags: "smart" })`, which leaves those out instead of
 * WHO's.
 */
import { describe, expect, it } from "vitest";
import { prevalence, smartFlags } from "../../../src/index.js";

describe("smartFlags", () => {
  it("flags outside mean ± 3 (strictly), WHO's flags included, with the mean taken without them", () => {
    // unflagged mean (6 is WHO-flagged): (−1 − 1.75 + 0 + 1 − 4.5 − 4.25 + 1.75) / 7 = −1.25 exactly → window −4.25 … 1.75
    const z = [-1, -1.75, 0, 1, -4.5, 6, Number.NaN, -4.25, 1.75];
    const f = [0, 0, 0, 0, 0, 1, Number.NaN, 0, 0];
    const s = smartFlags(z, f);
    expect([s.mean, s.lower, s.upper]).toEqual([-1.25, -4.25, 1.75]);
    expect(Array.from(s.flags)).toEqual([0, 0, 0, 0, 1, 1, Number.NaN, 0, 0]);
    expect(s.flagged).toBe(2);
  });
  it("without WHO flags, every finite value counts; text and null are missing", () => {
    const s = smartFlags([0, 0, 0, 3.01, null, ""]);
    expect(s.mean).toBeCloseTo(0.7525, 14);
    expect(Array.from(s.flags)).toEqual([0, 0, 0, 0, Number.NaN, Number.NaN]);
    expect(smartFlags([]).mean).toBeNull();
    expect(() => smartFlags([1, 2], [0])).toThrow(/smartFlags: whoFlags has length 1 but z has length 2/);
  });
});

describe("prevalence with SMART flags", () => {
  // ten children; WHZ mean without WHO's flag: (−0.5×7 − 2.9 + 2.2) / 9 … computed below
  const zwfl = [-0.5, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5, -3.9, 2.6, -5.5];
  const fwfl = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
  const cols = { sex: zwfl.map(() => 1), ageDays: zwfl.map(() => 700), scores: { zwfl, fwfl } };
  const mean = (-0.5 * 7 - 3.9 + 2.6) / 9; // −0.5333…: window −3.533 … 2.467
  it("leaves out the z-scores outside the survey's window instead of WHO's", () => {
    expect(mean - 3).toBeGreaterThan(-3.9);
    expect(mean + 3).toBeLessThan(2.6);
    const who = prevalence(cols).groups[0]!.indicators.WH!;
    const smart = prevalence(cols, { flags: "smart" }).groups[0]!.indicators.WH!;
    expect(who.unwpop).toBe(9); // WHO leaves out −5.5 only
    expect(who.below2.r).toBeCloseTo(100 / 9, 12); // −3.9
    expect(smart.unwpop).toBe(7); // SMART also leaves out −3.9 and 2.6
    expect(smart.below2.r).toBe(0);
    expect(prevalence(cols, { flags: "smart" }).excluded.WH!.flagged).toBe(3);
  });
  it("takes the mean over the analysed children only (those over 1826 days are out)", () => {
    // the first two children are 2000 days old, with WHZ 8 (unflagged here): counted, they would move the
    // mean to 1.36 and the window to −1.64 … 4.36; left out, the window is −3.54 … 2.46 as before
    const ageDays = cols.ageDays.map((d, i) => (i < 2 ? 2000 : d));
    const z = zwfl.map((x, i) => (i < 2 ? 8 : x));
    const r = prevalence({ sex: cols.sex, ageDays, scores: { zwfl: z, fwfl } }, { flags: "smart" });
    expect(r.groups[0]!.indicators.WH!.unwpop).toBe(5); // five −0.5 left; −3.9 and 2.6 flagged
    expect(() => prevalence(cols, { flags: "ena" as never })).toThrow(/prevalence: options.flags must be "who" or "smart"/);
  });
});
