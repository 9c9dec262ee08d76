/**
 * growthVelocity's interval matching at the edges of its tolerance, its NA
 * reasons, and misuse. Interval ages by hand: month = 30.4375 days; 1-month
 * interval `k-(k+1) mo` starts at k·30.4375, `0-4 wks` at 0 (28 days long),
 * `4 wks-2 mo` at 28 (32.875 days long); 2-month interval `k-(k+2) mo` at k·30.4375.
 */
import { describe, expect, it } from "vitest";
import { growthVelocity, velocityZ, VELOCITY_SPACING_TOLERANCE_DAYS } from "../../../src/index.js";

const M = 30.4375;
const pair = (from: number, to: number, measure: "weight" | "length" | "head" = "weight") =>
  growthVelocity({ measure, sex: 1, from: { ageDays: from, value: measure === "weight" ? 7 : 60 }, to: { ageDays: to, value: measure === "weight" ? 7.5 : 62 } });

describe("growthVelocity: which WHO interval a pair fits", () => {
  it("the tolerances are 5 days (1 month) and 10 days (2 months)", () => {
    expect(VELOCITY_SPACING_TOLERANCE_DAYS).toEqual({ 1: 5, 2: 10 });
  });

  it("1-month spacing: 30.4375 ± 5 days fits, a day more or less does not", () => {
    const start = 5 * M;
    expect(pair(start, start + M).interval).toBe("5-6 mo");
    expect(pair(start, start + M + 5).interval).toBe("5-6 mo");
    expect(pair(start, start + M - 5).interval).toBe("5-6 mo");
    expect(pair(start, start + M + 5.001).reasons).toEqual(["interval-not-standard"]);
    expect(pair(start, start + M - 5.001).reasons).toEqual(["interval-not-standard"]);
  });

  it("2-month spacing: 60.875 ± 10 days fits; between the two windows nothing does", () => {
    const start = 9 * M;
    expect(pair(start, start + 2 * M + 10)).toMatchObject({ interval: "9-11 mo", months: 2 });
    expect(pair(start, start + 2 * M - 10)).toMatchObject({ interval: "9-11 mo", months: 2 });
    expect(pair(start, start + 2 * M + 10.001).interval).toBeNull();
    expect(pair(start, start + 2 * M - 10.001).reasons).toEqual(["interval-not-standard"]);
    expect(pair(start, start + 42).reasons).toEqual(["interval-not-standard"]);
  });

  it("the first weeks: 0-4 wks is 28 ± 5 days from birth, 4 wks-2 mo 32.875 ± 5 days from day 28", () => {
    expect(pair(0, 33).interval).toBe("0-4 wks");
    expect(pair(0, 23).interval).toBe("0-4 wks");
    expect(pair(0, 33.001).reasons).toEqual(["interval-not-standard"]);
    expect(pair(28, 28 + 32.875 + 5).interval).toBe("4 wks-2 mo");
    expect(pair(28, 28 + 32.875 + 5.001).reasons).toEqual(["interval-not-standard"]);
  });

  it("the interval is the one whose start is nearest the first age: windows [lo, hi) halfway between starts", () => {
    // Starts of 4-5 mo and 5-6 mo: 121.75 and 152.1875; halfway 136.96875.
    expect(pair(136.96875, 136.96875 + M).interval).toBe("5-6 mo");
    expect(pair(136.96874, 136.96874 + M).interval).toBe("4-5 mo");
    // 0-4 wks starts at 0 and 4 wks-2 mo at 28: halfway is day 14.
    expect(pair(13.999, 13.999 + 28).interval).toBe("0-4 wks");
    expect(pair(14, 14 + 32.875).interval).toBe("4 wks-2 mo");
    // 4 wks-2 mo (28) and 2-3 mo (60.875): halfway 44.4375.
    expect(pair(44.4375, 44.4375 + M).interval).toBe("2-3 mo");
  });

  it("beyond WHO's last interval: age-outside-standard (last start + half a month)", () => {
    // 1-month weight ends with 11-12 mo (start 334.8125, window to 350.03125).
    expect(pair(350.03, 380.03).interval).toBe("11-12 mo");
    expect(pair(350.03125, 380.03125).reasons).toEqual(["age-outside-standard"]);
    // 2-month weight and length end with 22-24 mo (start 669.625, window to 684.84375).
    expect(pair(684.8, 745.8).interval).toBe("22-24 mo");
    expect(pair(684.84375, 745.84375).reasons).toEqual(["age-outside-standard"]);
    expect(pair(684.84375, 745.84375, "length").reasons).toEqual(["age-outside-standard"]);
    // Head circumference ends with 10-12 mo (start 304.375, window to 319.59375).
    expect(pair(319.5, 380.5, "head").interval).toBe("10-12 mo");
    expect(pair(319.59375, 380.59375, "head").reasons).toEqual(["age-outside-standard"]);
    // Length and head have no 1-month tables: a month apart is not standard.
    expect(pair(100, 130, "length").reasons).toEqual(["interval-not-standard"]);
  });

  it("weight a month apart uses the 1-month table, two months apart the 2-month table", () => {
    expect(pair(100, 130)).toMatchObject({ interval: "3-4 mo", months: 1 });
    expect(pair(100, 161)).toMatchObject({ interval: "3-5 mo", months: 2 });
  });

  it("the z-score is velocityZ's for the interval found", () => {
    const v = growthVelocity({ measure: "length", sex: 2, from: { ageDays: 400, value: 75.2 }, to: { ageDays: 462, value: 77.6 } });
    const z = velocityZ({ measure: "length", months: 2, sex: 2, interval: "13-15 mo", increment: 77.6 - 75.2 });
    expect(v.interval).toBe("13-15 mo");
    expect(v.z).toBe(z.z);
    expect(v.centile).toBe(z.centile);
  });
});

describe("growthVelocity: NA with reasons, never a throw for bad data", () => {
  const base = { measure: "weight" as const, sex: 2, from: { ageDays: 125, value: 6.1 }, to: { ageDays: 155, value: 6.5 } };
  it("a good pair has no reasons", () => {
    expect(growthVelocity(base).reasons).toEqual([]);
  });
  it.each([
    [{ sex: undefined }, ["sex-missing"]],
    [{ sex: "x" }, ["sex-invalid"]],
    [{ from: { ageDays: Number.NaN, value: 6.1 } }, ["age-missing"]],
    [{ to: { ageDays: -3, value: 6.5 } }, ["age-invalid"]],
    [{ to: { ageDays: "155", value: 6.5 } }, ["age-invalid"]],
    [{ from: { ageDays: 125, value: null } }, ["weight-missing"]],
    [{ to: { ageDays: 155, value: 0 } }, ["weight-invalid"]],
    [{ to: { ageDays: 125, value: 6.5 } }, ["interval-not-standard"]],
    [{ to: { ageDays: 110, value: 6.5 } }, ["interval-not-standard"]],
    [{ to: { ageDays: 155, value: 5.6 } }, ["increment-outside-distribution"]],
  ])("%j → %j", (change, reasons) => {
    const v = growthVelocity({ ...base, ...change } as never);
    expect(v.reasons).toEqual(reasons);
    expect(v.z).toBeNaN();
    expect(v.centile).toBeNaN();
  });
  it("the increment is given whenever both values are usable, even without an interval", () => {
    const v = growthVelocity({ ...base, to: { ageDays: 125 + 45, value: 6.6 } });
    expect(v.increment).toBeCloseTo(0.5, 12);
    expect([v.interval, v.months]).toEqual([null, null]);
  });
  it("head and length reasons name their measurement", () => {
    expect(growthVelocity({ measure: "head", sex: 1, from: { ageDays: 30, value: 37 }, to: { ageDays: 91, value: undefined as never } }).reasons).toEqual(["headc-missing"]);
    expect(growthVelocity({ measure: "length", sex: 1, from: { ageDays: 30, value: -1 }, to: { ageDays: 91, value: 60 } }).reasons).toEqual(["lenhei-invalid"]);
    expect(growthVelocity({ measure: "length", sex: 1, from: { ageDays: 30, value: 60 }, to: { ageDays: 91, value: 60 } }).reasons).toEqual(["increment-outside-distribution"]);
  });
});

describe("velocityZ: NA reasons", () => {
  const base = { measure: "weight" as const, months: 1 as const, sex: 1, interval: "2-3 mo", increment: 0.8 };
  it.each([
    [{ interval: "12-13 mo" }, ["interval-unknown"]],
    [{ interval: "2–3 mo" }, ["interval-unknown"]],
    [{ interval: "0-2 mo" }, ["interval-unknown"]],
    [{ increment: Number.NaN }, ["increment-missing"]],
    [{ increment: Infinity }, ["increment-invalid"]],
    [{ increment: "0.8" }, ["increment-invalid"]],
    [{ sex: 0 }, ["sex-missing"]],
    [{ sex: 3, interval: "x" }, ["sex-invalid", "interval-unknown"]],
    [{ increment: -0.4 }, ["increment-outside-distribution"]],
  ])("%j → %j", (change, reasons) => {
    const r = velocityZ({ ...base, ...change } as never);
    expect(r.reasons).toEqual(reasons);
    expect(r.z).toBeNaN();
  });
  it("head intervals stop at 10-12 mo", () => {
    expect(velocityZ({ measure: "head", months: 2, sex: 1, interval: "10-12 mo", increment: 1 }).reasons).toEqual([]);
    expect(velocityZ({ measure: "head", months: 2, sex: 1, interval: "11-13 mo", increment: 1 }).reasons).toEqual(["interval-unknown"]);
  });
  it("just above the edge of the distribution a z exists; at it, none", () => {
    expect(velocityZ({ ...base, increment: -0.3999 }).reasons).toEqual([]);
    expect(velocityZ({ measure: "length", months: 2, sex: 1, interval: "22-24 mo", increment: 0 }).reasons).toEqual(["increment-outside-distribution"]);
  });
});
