/**
 * checkScores against counts worked out here, independently of tumbuh's
 * scoring: WHO's own z-scores (anthro 1.1.0 on 25,000 random records, the
 * fixture of test/reference) are the "WHO" side; the "external" side is
 * those values moved by known amounts, so every count is known in advance
 * from WHO's numbers alone.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkScores, Z_BANDS } from "../../../src/index.js";
import { ROOT } from "../../support/by-hand.js";
import { readCsv } from "../../support/csv.js";

const input = readCsv(join(ROOT, "test/fixtures/who-anthro/random-days-input.csv"));
const output = readCsv(join(ROOT, "test/fixtures/who-anthro/random-days-output.csv"));
const columns = {
  sex: input.col("sex"), ageDays: input.num("age"), weightKg: input.num("weight"), lenheiCm: input.num("lenhei"),
  measure: input.col("measure"), oedema: input.col("oedema"), headCm: input.num("headc"), muacCm: input.num("armc"),
  tricepsMm: input.num("triskin"), subscapularMm: input.num("subskin"),
};
const who = output.num("zwei");
const flag = output.num("fwei");
const n = who.length;
/** WHO's band, written out from the definition. */
const band = (z: number) => (z < -3 ? 0 : z < -2 ? 1 : z <= 2 ? 2 : z <= 3 ? 3 : 4);
/** Exactly representable shifts of a 2-decimal value, so that the expected rounding is plain. */
const SHIFTS = [0, 0.001, -0.004, 0.01, -0.05, 0.3, -1];

describe("checkScores on WHO's own z-scores, moved by known amounts", () => {
  // row i moves by SHIFTS[i % 7]; every 11th external value is blank, every 13th is text
  const external = Array.from({ length: n }, (_, i) => {
    if (i % 11 === 0) return "";
    if (i % 13 === 0) return "n.a.";
    const w = who[i]!;
    return Number.isNaN(w) ? (i % 2 ? "1.5" : "") : String(w + SHIFTS[i % 7]!).replace(".", i % 3 === 0 ? "," : ".");
  });
  const r = checkScores(columns, { zwei: external }, { rows: true });
  const a = r.indicators.zwei!;

  it("counts what a hand count of WHO's numbers gives", () => {
    let compared = 0, differ = 0, mis = 0, onlyExt = 0, onlyWho = 0, unreadable = 0, maxAbs = 0;
    const bands = Z_BANDS.map(() => Z_BANDS.map(() => 0));
    for (let i = 0; i < n; i++) {
      const w = who[i]!;
      if (i % 13 === 0 && i % 11 !== 0) unreadable++;
      if (i % 11 === 0 || i % 13 === 0) {
        if (!Number.isNaN(w)) onlyWho++;
        continue;
      }
      if (Number.isNaN(w)) {
        if (i % 2) onlyExt++;
        continue;
      }
      compared++;
      const shift = SHIFTS[i % 7]!;
      // shifts under 0.005 round back to WHO's value; the others are a difference of exactly |shift|
      const e = Math.abs(shift) < 0.005 ? w : Math.round((w + shift) * 100) / 100;
      if (Math.abs(shift) >= 0.005) differ++;
      if (band(e) !== band(w)) mis++;
      bands[band(w)]![band(e)]!++;
      if (Math.abs(shift) >= 0.005) maxAbs = Math.max(maxAbs, Math.abs(shift));
    }
    expect(a).toMatchObject({ compared, differ, misclassified: mis, onlyExternal: onlyExt, onlyWho, unreadable, unreadableExample: "n.a.", maxAbsDiff: maxAbs });
    expect(a.bands).toEqual(bands);
    expect(compared).toBeGreaterThan(10_000);
    expect(mis).toBeGreaterThan(100);
  });

  it("lists exactly the rows that differ or have a value on one side only", () => {
    const rows = r.rows!.zwei!;
    expect(rows.length).toBe(a.differ + a.onlyExternal + a.onlyWho);
    for (let k = 1; k < rows.length; k++) expect(rows[k]!).toBeGreaterThan(rows[k - 1]!);
  });

  it("underweight prevalence both ways on the rows both sides have and WHO does not flag", () => {
    let rows = 0, w2 = 0, e2 = 0;
    for (let i = 0; i < n; i++) {
      const w = who[i]!;
      if (i % 11 === 0 || i % 13 === 0 || Number.isNaN(w) || flag[i] === 1) continue;
      rows++;
      const shift = SHIFTS[i % 7]!;
      const e = Math.abs(shift) < 0.005 ? w : Math.round((w + shift) * 100) / 100;
      if (w < -2) w2++;
      if (e < -2) e2++;
    }
    const p = r.prevalence.underweight!;
    expect(p.rows).toBe(rows);
    expect(p.who).toBeCloseTo((100 * w2) / rows, 12);
    expect(p.external).toBeCloseTo((100 * e2) / rows, 12);
    expect(p.change).toBeCloseTo((100 * (e2 - w2)) / rows, 12);
  });

  it("identical values give no difference at all", () => {
    const same = checkScores(columns, { zwei: who }).indicators.zwei!;
    expect(same.differ).toBe(0);
    expect(same.misclassified).toBe(0);
    expect(same.onlyExternal + same.onlyWho).toBe(0);
    expect(same.maxAbsDiff).toBe(0);
  });
});

describe("checkScores on category columns", () => {
  it("reads codes and labels in both languages and both schemes, and counts another category as misclassified", () => {
    // WHO (anthro): girl 957.23 days, 98.7 cm standing: zlen 1.92 (normal height); boy 1316 days 97 cm lying: -1.07
    const cols = { sex: [2, 1, 1], ageDays: [957.23, 1316, 500], lenheiCm: [98.7, 97, NaN], measure: ["h", "l", "l"] };
    const who = checkScores(cols, { cat_len: ["Normal height", "stunted", "Pendek"] });
    expect(who.indicators.cat_len).toMatchObject({ compared: 2, differ: 1, misclassified: 1, onlyExternal: 1, onlyWho: 0 });
    const pmk = checkScores(cols, { cat_len: ["Normal", "Sangat pendek (severely stunted)", ""] }, { categories: "permenkes" });
    expect(pmk.indicators.cat_len).toMatchObject({ compared: 2, differ: 1, onlyExternal: 0, unreadable: 0 });
  });

  it("an unknown label is counted as unreadable with an example, not silently dropped", () => {
    const r = checkScores({ sex: [1], ageDays: [1316], lenheiCm: [97], measure: ["l"] }, { cat_len: ["kerdil"] });
    expect(r.indicators.cat_len).toMatchObject({ unreadable: 1, unreadableExample: "kerdil", onlyWho: 1 });
  });

  it("misuse throws, naming the function and parameter", () => {
    expect(() => checkScores({ sex: [1] }, { zfoo: [1] } as never)).toThrow(/checkScores: unknown external key "zfoo"/);
    expect(() => checkScores({ sex: [1, 2] }, { zwei: [1] })).toThrow(/checkScores: external.zwei has length 1 but columns.sex has length 2/);
    expect(() => checkScores({ sex: [1] }, { zwei: [1] }, { categories: "kms" } as never)).toThrow(RangeError);
    expect(() => checkScores({ sex: [1] }, { cat_hfa: ["x"] }, { categories: "permenkes" })).toThrow(/permenkes scheme has no cat_hfa/);
  });
});
