/**
 * The INTERGROWTH-21st z-scores of the WHO path (`igp_zwei`, `igp_zlen`,
 * `igp_zhc`), routed as the R package gigs documents: at birth the Newborn
 * Size Standard, after birth for a child born preterm the postnatal
 * standard from 27+0 to 64+0 weeks postmenstrual age, otherwise NA by
 * design. Each value is checked against `newbornSize`/`pretermGrowth` (whose
 * numbers test/reference checks against gigs and growthstandards).
 */
import { describe, expect, it } from "vitest";
import { newbornSize, pretermGrowth, roundZ, score, scoreColumns, type ScoreRecord } from "../../../src/index.js";

const FULL = { precision: "full" } as const;
const girl = { sex: 2, weightKg: 1.9, lenheiCm: 42, measure: "l", headCm: 31 } as const;
const IGP = ["igp_zwei", "igp_zlen", "igp_zhc"] as const;

/** The postnatal z-scores of `girl`'s measurements at postmenstrual age `pmaDays`. */
const postnatal = (pmaDays: number) => pretermGrowth({ sex: 2, pmaDays, weightKg: 1.9, lengthCm: 42, headCm: 31 });
const igp = (r: { igp_zwei: number; igp_zlen: number; igp_zhc: number }) => [r.igp_zwei, r.igp_zlen, r.igp_zhc];

describe("igp_* in score and scoreColumns", () => {
  it("a girl born at 30+0 weeks, 6 weeks old: the postnatal standard at 36+0 weeks postmenstrual age, and no WHO age-based z (before term)", () => {
    const r = score({ ...girl, ageDays: 42, gaWeeks: 30 }, FULL);
    const p = postnatal(252);
    expect(igp(r)).toEqual([p.zwei, p.zlen, p.zhc]);
    expect(r.zwei).toBeNaN();
    expect(r.naReasons.zwei).toEqual(["age-before-term"]);
    for (const f of IGP) expect(r.naReasons[f], f).toBeUndefined();
  });

  it("z-scores are rounded to 2 decimals as the WHO ones are, unless precision is full", () => {
    const r = score({ ...girl, ageDays: 42, gaWeeks: 30 });
    const p = postnatal(252);
    expect(igp(r)).toEqual([roundZ(p.zwei), roundZ(p.zlen), roundZ(p.zhc)]);
    expect(igp(r)).toEqual([-1.21, -1.72, -0.82]);
  });

  it("a measurement at birth (under half a day) of any gestational age from 24+0 to 42+6 weeks is on the Newborn Size Standard", () => {
    for (const [ageDays, gaDays] of [[0, 210], [0.49, 210], [0, 268], [0, 168], [0, 300], [0.25, 231]]) {
      const r = score({ ...girl, ageDays, gaDays }, FULL);
      const b = newbornSize({ sex: 2, gaDays, weightKg: 1.9, lengthCm: 42, headCm: 31 });
      expect(igp(r), `${ageDays} days, GA ${gaDays}`).toEqual([b.zwei, b.zlen, b.zhc]);
    }
    // a term baby at birth keeps its WHO z-scores too
    expect(score({ ...girl, ageDays: 0, gaDays: 268 }).zwei).not.toBeNaN();
  });

  it("at birth outside 24+0–42+6 weeks no INTERGROWTH-21st standard applies: NA by design, not listed in naReasons", () => {
    for (const gaDays of [160, 167, 301, 310]) {
      const r = score({ ...girl, ageDays: 0, gaDays });
      expect(igp(r), `GA ${gaDays}`).toEqual([NaN, NaN, NaN]);
      for (const f of IGP) expect(r.naReasons[f]).toBeUndefined();
    }
  });

  it("half a day after birth a preterm child is on the postnatal standard", () => {
    const r = score({ ...girl, ageDays: 0.5, gaDays: 210 }, FULL);
    expect(igp(r)).toEqual(igp({ igp_zwei: postnatal(210.5).zwei, igp_zlen: postnatal(210.5).zlen, igp_zhc: postnatal(210.5).zhc }));
  });

  it("born at 36+6 weeks (258 days) a child gets igp_* after birth; born at 37+0 (259 days) it does not (WHO applies)", () => {
    const preterm = score({ ...girl, ageDays: 30, gaDays: 258 }, FULL);
    expect(preterm.igp_zwei).toBe(postnatal(288).zwei);
    const term = score({ ...girl, ageDays: 30, gaDays: 259 }, FULL);
    expect(igp(term)).toEqual([NaN, NaN, NaN]);
    expect(term.naReasons.igp_zwei).toBeUndefined();
    expect(term.zwei).not.toBeNaN();
  });

  it("postmenstrual age 27+0 and 64+0 weeks are inside the postnatal standard, 26+6 and 64+1 outside", () => {
    // born at 26+0 weeks (182 days): 27+0 weeks is day 7
    expect(score({ ...girl, ageDays: 6, gaDays: 182 }).igp_zwei).toBeNaN();
    expect(score({ ...girl, ageDays: 7, gaDays: 182 }, FULL).igp_zwei).toBe(postnatal(189).zwei);
    // born at 32+0 weeks (224 days): 64+0 weeks is day 224, 64+1 day 225
    const at64 = score({ ...girl, ageDays: 224, gaDays: 224 }, FULL);
    expect(igp(at64)).toEqual([postnatal(448).zwei, postnatal(448).zlen, postnatal(448).zhc]);
    const after = score({ ...girl, ageDays: 225, gaDays: 224 });
    expect(igp(after)).toEqual([NaN, NaN, NaN]);
    // from there the WHO standards at corrected age (169 days)
    expect(after).toMatchObject({ corrected: 1, cage_days: 169 });
    expect(after.zwei).toBe(score({ ...girl, ageDays: 169 }).zwei);
  });

  it("postmenstrual age uses the unrounded chronological age, in days or months", () => {
    expect(score({ ...girl, ageDays: 223.5, gaDays: 224 }, FULL).igp_zhc).toBe(postnatal(447.5).zhc);
    expect(score({ ...girl, ageMonths: 2, gaDays: 224 }, FULL).igp_zhc).toBe(postnatal(224 + 2 * 30.4375).zhc);
  });

  it("gaDays wins over gaWeeks; weeks are converted to whole days when within 1e-9 of one", () => {
    expect(score({ ...girl, ageDays: 0, gaDays: 231, gaWeeks: 40 }, FULL).igp_zwei).toBe(newbornSize({ sex: 2, gaDays: 231, weightKg: 1.9 }).zwei);
    // 32 + 6/7 weeks is day 230 (very preterm equations), not 229.99999999999997
    expect(score({ ...girl, ageDays: 0, gaWeeks: 32 + 6 / 7 }, FULL).igp_zwei).toBe(newbornSize({ sex: 2, gaDays: 230, weightKg: 1.9 }).zwei);
  });

  it("a gestational age that is not valid gives no igp_* (and ga-invalid)", () => {
    const r = score({ ...girl, ageDays: 10, gaDays: 150 });
    expect(igp(r)).toEqual([NaN, NaN, NaN]);
    expect(r.reasons).toContain("ga-invalid");
    expect(r.naReasons.igp_zwei).toBeUndefined();
  });

  it("NA with the measurement's reason where the standard applies: missing, invalid, oedema, sex", () => {
    const r = score({ sex: 1, ageDays: 20, gaDays: 210, weightKg: 1.5, oedema: "y", lenheiCm: -4 });
    expect(igp(r)).toEqual([NaN, NaN, NaN]);
    expect(r.naReasons).toMatchObject({ igp_zwei: ["oedema"], igp_zlen: ["lenhei-invalid"], igp_zhc: ["headc-missing"] });
    expect(score({ sex: "x", ageDays: 20, gaDays: 210, weightKg: 1.5 }).naReasons.igp_zwei).toEqual(["sex-invalid"]);
  });

  it("length is clenhei: a standing measurement at birth is not converted (ignored at term, no age before term), so the length is as measured", () => {
    const term = score({ sex: 1, ageDays: 0, gaDays: 270, lenheiCm: 45, measure: "h" }, FULL);
    expect([term.c9mo_flag, term.clenhei]).toEqual([1, 45]);
    expect(term.igp_zlen).toBe(newbornSize({ sex: 1, gaDays: 270, lengthCm: 45 }).zlen);
    const preterm = score({ sex: 1, ageDays: 0, gaDays: 250, lenheiCm: 45, measure: "h" }, FULL);
    expect([preterm.c9mo_flag, preterm.clenhei]).toEqual([0, 45]);
    expect(preterm.igp_zlen).toBe(newbornSize({ sex: 1, gaDays: 250, lengthCm: 45 }).zlen);
  });

  it("a measurement so large that its z-score overflows is NA with value-overflow (the WHO z-scores keep their own reasons)", () => {
    const r = score({ sex: 1, ageDays: 0, gaDays: 280, weightKg: 1e20 });
    expect(r.igp_zwei).toBeNaN();
    expect(r.naReasons.igp_zwei).toEqual(["value-overflow"]);
    expect(r.fwei).toBe(1);
  });

  it("without a gestational age column every igp_* is NA, with no reason", () => {
    const r = scoreColumns({ sex: [1, 2], ageDays: [0, 30], weightKg: [3, 4] });
    expect([...r.igp_zwei, ...r.igp_zlen, ...r.igp_zhc]).toEqual([NaN, NaN, NaN, NaN, NaN, NaN]);
    expect(score({ sex: 1, ageDays: 0, weightKg: 3 }).naReasons.igp_zwei).toBeUndefined();
  });

  it("scoreColumns equals score row by row, in both precisions, across the routes", () => {
    const ages = [0, 0.4, 0.5, 7, 42, 224, 225, 300, 0, 30, 20];
    const gas = [210, 280, 210, 182, 210, 224, 224, 180, 160, 259, NaN];
    const weeks = [NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, 33];
    const n = ages.length;
    for (const options of [undefined, FULL]) {
      const cols = scoreColumns(
        { sex: ages.map((_, i) => 1 + (i % 2)), ageDays: ages, gaDays: gas, gaWeeks: weeks, weightKg: ages.map(() => 2.1), lenheiCm: ages.map(() => 44), headCm: ages.map(() => 31.5) },
        options,
      );
      let scored = 0;
      for (let i = 0; i < n; i++) {
        const rec: ScoreRecord = { sex: 1 + (i % 2), ageDays: ages[i], gaDays: gas[i], gaWeeks: weeks[i], weightKg: 2.1, lenheiCm: 44, headCm: 31.5 };
        const one = score(rec, options);
        for (const f of IGP) expect(Object.is(cols[f][i], one[f]) || (Number.isNaN(cols[f][i]) && Number.isNaN(one[f])), `${f} row ${i}`).toBe(true);
        if (!Number.isNaN(one.igp_zwei)) scored++;
      }
      expect(scored).toBe(7);
    }
  });
});
