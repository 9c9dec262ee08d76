/**
 * The SMART plausibility check: every band edge of every criterion against
 * the table of the SMART Methodology Manual 2.0 (2017) / ENA for SMART's
 * plausibility report, written out here; absolute values for skewness and
 * kurtosis; and the check of WHO's 498-child demo survey against the same
 * statistics computed by R from WHO anthro's own z-scores
 * (test/fixtures/smart-plausibility, made by the R calls in its README).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatQualityReport, qualityReport, SMART_PLAUSIBILITY, type QualityRating } from "../../../src/index.js";
import { smartGrade } from "../../../src/aggregate/smart/plausibility-bands.js";
import { smartPlausibility, type SmartPlausibilityInput } from "../../../src/aggregate/smart/plausibility.js";
import { ROOT } from "../../support/by-hand.js";
import { readCsv } from "../../support/csv.js";

const E = "excellent", G = "good", A = "acceptable", P = "problematic";

describe("band edges, as the SMART manual's table has them", () => {
  const cases: [keyof typeof SMART_PLAUSIBILITY, number, QualityRating, number][] = [
    // flagged data (% of WHZ): 0–2.5 excellent, >2.5–5.0 good, >5.0–7.5 acceptable, >7.5 problematic; 0/5/10/20
    ["flaggedWhz", 0, E, 0], ["flaggedWhz", 2.5, E, 0], ["flaggedWhz", 2.5001, G, 5], ["flaggedWhz", 5, G, 5],
    ["flaggedWhz", 5.0001, A, 10], ["flaggedWhz", 7.5, A, 10], ["flaggedWhz", 7.5001, P, 20],
    // sex ratio and age ratio, p: >0.1, >0.05, >0.001, ≤0.001; 0/2/4/10
    ["sexRatio", 0.5, E, 0], ["sexRatio", 0.1001, E, 0], ["sexRatio", 0.1, G, 2], ["sexRatio", 0.0501, G, 2],
    ["sexRatio", 0.05, A, 4], ["sexRatio", 0.0011, A, 4], ["sexRatio", 0.001, P, 10], ["sexRatio", 0, P, 10],
    ["ageRatio", 0.1, G, 2], ["ageRatio", 0.05, A, 4], ["ageRatio", 0.001, P, 10],
    // digit preference score (whole number): 0–7, 8–12, 13–20, >20; 0/2/4/10
    ["dps", 0, E, 0], ["dps", 7, E, 0], ["dps", 8, G, 2], ["dps", 12, G, 2], ["dps", 13, A, 4], ["dps", 20, A, 4], ["dps", 21, P, 10],
    // SD of WHZ: <1.1 and >0.9; <1.15 and >0.85; <1.20 and >0.80; ≥1.20 or ≤0.80; 0/5/10/20
    ["sdWhz", 1, E, 0], ["sdWhz", 0.9001, E, 0], ["sdWhz", 1.0999, E, 0], ["sdWhz", 0.9, G, 5], ["sdWhz", 1.1, G, 5],
    ["sdWhz", 0.8501, G, 5], ["sdWhz", 1.1499, G, 5], ["sdWhz", 0.85, A, 10], ["sdWhz", 1.15, A, 10],
    ["sdWhz", 0.8001, A, 10], ["sdWhz", 1.1999, A, 10], ["sdWhz", 0.8, P, 20], ["sdWhz", 1.2, P, 20], ["sdWhz", 0.5, P, 20],
    // |skewness|, |kurtosis|: <0.2, <0.4, <0.6, ≥0.6; 0/1/3/5 — on the absolute value
    ["skewKurtosis", 0, E, 0], ["skewKurtosis", 0.1999, E, 0], ["skewKurtosis", -0.1999, E, 0], ["skewKurtosis", 0.2, G, 1],
    ["skewKurtosis", -0.2, G, 1], ["skewKurtosis", 0.3999, G, 1], ["skewKurtosis", 0.4, A, 3], ["skewKurtosis", -0.5999, A, 3],
    ["skewKurtosis", 0.6, P, 5], ["skewKurtosis", -0.6, P, 5], ["skewKurtosis", -0.8, P, 5], ["skewKurtosis", 1.4, P, 5],
    // Poisson test of WHZ < −2, p: >0.05, >0.01, >0.001, ≤0.001; 0/1/3/5
    ["poissonWhz", 0.0501, E, 0], ["poissonWhz", 0.05, G, 1], ["poissonWhz", 0.01, A, 3], ["poissonWhz", 0.0011, A, 3], ["poissonWhz", 0.001, P, 5],
    // total score: 0–9 excellent, 10–14 good, 15–24 acceptable, ≥25 problematic
    ["overall", 0, E, 0], ["overall", 9, E, 0], ["overall", 10, G, 0], ["overall", 14, G, 0], ["overall", 15, A, 0], ["overall", 24, A, 0], ["overall", 25, P, 0],
  ];
  it.each(cases)("%s %d: %s, %d points", (criterion, value, grade, penalty) => {
    const g = smartGrade(SMART_PLAUSIBILITY[criterion], value);
    expect(g.grade).toBe(grade);
    if (criterion !== "overall") expect(g.penalty).toBe(penalty);
  });
  it("cannot grade null or NaN", () => {
    expect(smartGrade(SMART_PLAUSIBILITY.sdWhz, null)).toEqual({ grade: null, penalty: 0 });
    expect(smartGrade(SMART_PLAUSIBILITY.sexRatio, Number.NaN)).toEqual({ grade: null, penalty: 0 });
  });
});

describe("smartPlausibility", () => {
  const base: SmartPlausibilityInput = {
    whz: { n: 400, flagged: 4, mean: -0.6, lower: -3.6, upper: 2.4, nUsed: 396 },
    sd: 1.02, skewness: -0.8, excessKurtosis: 0.1,
    sexRatioP: 0.5, byMonth: Array.from({ length: 60 }, (_, m) => (m < 6 ? 0 : 10)),
    dpsWeight: 7.5, dpsHeight: 20.49, clusterCases: null,
  };
  it("grades skewness by its absolute value (−0.8 is problematic), rounds the DPS as ENA prints it, and adds the penalties", () => {
    const r = smartPlausibility(base);
    expect(r.skewnessWhz).toEqual({ value: -0.8, grade: P, penalty: 5 });
    expect(r.dpsWeight).toEqual({ value: 8, grade: G, penalty: 2 }); // 7.5 prints as 8
    expect(r.dpsHeight).toEqual({ value: 20, grade: A, penalty: 4 });
    expect(r.flaggedWhz).toEqual({ value: 1, grade: E, penalty: 0 });
    // 6–29 months: 24 × 10 = 240; 30–59: 300; ratio 0.8; χ² = (240 − 540 × 0.85/1.85)² / (540 × 0.85/1.85 × 1/1.85)
    expect(r.ageRatio).toMatchObject({ young: 240, old: 300, ratio: 0.8, expectedRatio: 0.85 });
    expect(r.poissonWhz).toBeNull();
    expect(r.score).toBe(5 + 2 + 4 + r.ageRatio.penalty);
    expect(r.grade).toBe(r.score <= 9 ? E : r.score <= 14 ? G : r.score <= 24 ? A : P);
  });
  it("the Poisson test: variance/mean of the cases per cluster, (k − 1)·ID against χ²(k − 1)", () => {
    // counts 0, 0, 0, 8: mean 2, variance 16 → ID 8, χ² = 24 on 3 df: p = 2.498e-5 (R: pchisq(24, 3, lower.tail = FALSE) = 2.4979977724652009e-05)
    const r = smartPlausibility({ ...base, clusterCases: [0, 0, 0, 8] });
    expect(r.poissonWhz!.clusters).toBe(4);
    expect(r.poissonWhz!.indexOfDispersion).toBe(8);
    expect(r.poissonWhz!.value! / 2.4979977724652009e-5).toBeCloseTo(1, 12);
    expect(r.poissonWhz).toMatchObject({ grade: P, penalty: 5 });
    expect(smartPlausibility({ ...base, clusterCases: [0, 0, 0] }).poissonWhz).toMatchObject({ value: null, grade: null, penalty: 0, indexOfDispersion: null });
  });
  it("misuse of options.cluster throws, naming the function", () => {
    expect(() => qualityReport({ sex: [1] }, { cluster: [1, 2] })).toThrow(/qualityReport: options.cluster has length 2 but the other columns have length 1/);
    expect(() => qualityReport({ sex: [1] }, { cluster: "c" as never })).toThrow(TypeError);
  });
  it("no WHZ at all: no overall grade", () => {
    expect(smartPlausibility({ ...base, whz: { n: 0, flagged: 0, mean: null, lower: null, upper: null, nUsed: 0 } }).grade).toBeNull();
  });
});

describe("WHO's demo survey: the check against R's computation on WHO anthro's z-scores", () => {
  const inp = readCsv(join(ROOT, "test/fixtures/who-igrowup/MySurvey_z_st.csv"));
  const ref = readCsv(join(ROOT, "test/fixtures/smart-plausibility/mysurvey.csv"));
  const v = (name: string) => ref.num("value")[ref.col("statistic").indexOf(name)]!;
  const r = qualityReport(
    {
      sex: inp.num("GENDER"), ageMonths: inp.num("agemons"), weightKg: inp.num("WEIGHT"), lenheiCm: inp.num("HEIGHT"),
      measure: inp.col("measure"), oedema: inp.col("oedema"),
    },
    { cluster: inp.col("region") },
  );
  const s = r.plausibility;
  it("the SMART window and flags of WHZ", () => {
    expect(s.whz).toMatchObject({ n: v("n"), flagged: v("flagged"), nUsed: v("n_used") });
    expect(s.whz.mean).toBeCloseTo(v("mean"), 12);
    expect(r.zScores.zwfl.smartFlagged).toBe(v("flagged"));
  });
  it("each criterion's value", () => {
    expect(s.flaggedWhz.value).toBeCloseTo((100 * v("flagged")) / v("n"), 12);
    expect(s.sdWhz.value).toBeCloseTo(v("sd"), 12);
    expect(s.skewnessWhz.value).toBeCloseTo(v("skewness"), 12);
    expect(s.kurtosisWhz.value).toBeCloseTo(v("kurtosis"), 12);
    expect(s.sexRatio.value).toBeCloseTo(v("sex_p"), 12);
    expect(s.ageRatio).toMatchObject({ young: v("young"), old: v("old") });
    expect(s.ageRatio.value! / v("age_p")).toBeCloseTo(1, 9);
    expect(s.dpsWeight.value).toBe(Math.round(v("dps_weight")));
    expect(s.dpsHeight.value).toBe(Math.round(v("dps_height")));
    expect(s.poissonWhz).toMatchObject({ clusters: v("clusters") });
    expect(s.poissonWhz!.indexOfDispersion).toBeCloseTo(v("dispersion"), 12);
    expect(s.poissonWhz!.value).toBeCloseTo(v("poisson_p"), 12);
  });
  it("the grades and the total, by the manual's table", () => {
    // flagged 0.86 % excellent; sex p 0.37 excellent; age p 4.5e-7 problematic (10); DPS 5 and 3 excellent;
    // SD 0.98 excellent; skewness −0.05 and kurtosis −0.18 excellent; Poisson p 0.57 excellent
    expect([s.flaggedWhz.grade, s.sexRatio.grade, s.ageRatio.grade, s.dpsWeight.grade, s.dpsHeight.grade]).toEqual([E, E, P, E, E]);
    expect([s.sdWhz.grade, s.skewnessWhz.grade, s.kurtosisWhz.grade, s.poissonWhz!.grade]).toEqual([E, E, E, E]);
    expect(s.score).toBe(10);
    expect(s.grade).toBe(G);
  });
  it("the text report prints it, in English and Bahasa Indonesia", () => {
    const en = formatQualityReport(r).split("\n");
    expect(en).toContain("SMART plausibility check (weight-for-height, ENA for SMART)");
    expect(en.find((l) => l.startsWith("  Age ratio"))).toMatch(/<0\.001\s+problematic\s+10$/);
    expect(en.find((l) => l.startsWith("  Total score"))).toMatch(/good\s+10$/);
    const id = formatQualityReport(r, { lang: "id" }).split("\n");
    expect(id.find((l) => l.startsWith("  Skor total"))).toMatch(/baik\s+10$/);
    expect(id.find((l) => l.startsWith("  SB BB/TB"))).toMatch(/0,98\s+sangat baik\s+0$/);
  });
});
