/**
 * Permenkes No. 2 Tahun 2020 scheme: every cut-off at exactly the cut-off
 * and 0.01 either side. Expected categories and labels are written out by
 * hand from the regulation's table of categories and thresholds (Lampiran):
 *
 * BB/U 0–60 bulan: Berat badan sangat kurang (severely underweight) < −3 SD;
 *   Berat badan kurang (underweight) −3 SD sd < −2 SD; Berat badan normal
 *   −2 SD sd +1 SD; Risiko Berat badan lebih > +1 SD.
 * PB/U atau TB/U 0–60 bulan: Sangat pendek (severely stunted) < −3 SD; Pendek
 *   (stunted) −3 SD sd < −2 SD; Normal −2 SD sd +3 SD; Tinggi > +3 SD.
 * BB/PB atau BB/TB, and IMT/U, 0–60 bulan: Gizi buruk (severely wasted) < −3 SD;
 *   Gizi kurang (wasted) −3 SD sd < −2 SD; Gizi baik (normal) −2 SD sd +1 SD;
 *   Berisiko gizi lebih (possible risk of overweight) > +1 SD sd +2 SD; Gizi
 *   lebih (overweight) > +2 SD sd +3 SD; Obesitas (obese) > +3 SD.
 * IMT/U 5–18 tahun: Gizi buruk (severely thinness) < −3 SD; Gizi kurang
 *   (thinness) −3 SD sd < −2 SD; Gizi baik (normal) −2 SD sd +1 SD; Gizi lebih
 *   (overweight) +1 SD sd +2 SD (above +1: +1 itself is Gizi baik); Obesitas
 *   (obese) > +2 SD.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../../src/classify/classify.js";
import type { ClassifyIndicator } from "../../../src/classify/indicators.js";

type Case = readonly [z: number, code: string, label: string];

function check(indicator: ClassifyIndicator, cases: readonly Case[]): void {
  for (const [z, code, label] of cases) {
    const r = classify(indicator, z, { scheme: "permenkes", lang: "id" });
    expect(r, `${indicator} z=${z}`).toEqual({ code, label });
    expect(classify(indicator, z, { scheme: "permenkes", rounding: "none" }).code, `${indicator} z=${z} unrounded`).toBe(code);
  }
}

describe("Permenkes BB/U (wei)", () => {
  it("cut-offs −3, −2, +1", () =>
    check("wei", [
      [-3.01, "severely_underweight", "Berat badan sangat kurang (severely underweight)"],
      [-3, "underweight", "Berat badan kurang (underweight)"],
      [-2.99, "underweight", "Berat badan kurang (underweight)"],
      [-2.01, "underweight", "Berat badan kurang (underweight)"],
      [-2, "normal_weight", "Berat badan normal"],
      [-1.99, "normal_weight", "Berat badan normal"],
      [0.99, "normal_weight", "Berat badan normal"],
      [1, "normal_weight", "Berat badan normal"],
      [1.01, "risk_of_overweight", "Risiko Berat badan lebih"],
      [4.99, "risk_of_overweight", "Risiko Berat badan lebih"],
    ]));
});

describe("Permenkes PB/U–TB/U (len)", () => {
  it("cut-offs −3, −2, +3", () =>
    check("len", [
      [-3.01, "severely_stunted", "Sangat pendek (severely stunted)"],
      [-3, "stunted", "Pendek (stunted)"],
      [-2.99, "stunted", "Pendek (stunted)"],
      [-2.01, "stunted", "Pendek (stunted)"],
      [-2, "normal_height", "Normal"],
      [-1.99, "normal_height", "Normal"],
      [2.99, "normal_height", "Normal"],
      [3, "normal_height", "Normal"],
      [3.01, "tall", "Tinggi"],
      [5.99, "tall", "Tinggi"],
    ]));
});

describe("Permenkes BB/PB–BB/TB (wfl, wfh) and IMT/U 0–60 bulan (bmi)", () => {
  const cases: Case[] = [
    [-3.01, "severely_wasted", "Gizi buruk (severely wasted)"],
    [-3, "wasted", "Gizi kurang (wasted)"],
    [-2.99, "wasted", "Gizi kurang (wasted)"],
    [-2.01, "wasted", "Gizi kurang (wasted)"],
    [-2, "normal", "Gizi baik (normal)"],
    [-1.99, "normal", "Gizi baik (normal)"],
    [0.99, "normal", "Gizi baik (normal)"],
    [1, "normal", "Gizi baik (normal)"],
    [1.01, "possible_risk_of_overweight", "Berisiko gizi lebih (possible risk of overweight)"],
    [1.99, "possible_risk_of_overweight", "Berisiko gizi lebih (possible risk of overweight)"],
    [2, "possible_risk_of_overweight", "Berisiko gizi lebih (possible risk of overweight)"],
    [2.01, "overweight", "Gizi lebih (overweight)"],
    [2.99, "overweight", "Gizi lebih (overweight)"],
    [3, "overweight", "Gizi lebih (overweight)"],
    [3.01, "obese", "Obesitas (obese)"],
    [4.99, "obese", "Obesitas (obese)"],
  ];
  it("wfl", () => check("wfl", cases));
  it("wfh", () => check("wfh", cases));
  it("bmi", () => check("bmi", cases));
});

describe("Permenkes IMT/U 5–18 tahun (bfa)", () => {
  it("cut-offs −3, −2, +1, +2", () =>
    check("bfa", [
      [-3.01, "severely_thin", "Gizi buruk (severely thinness)"],
      [-3, "thin", "Gizi kurang (thinness)"],
      [-2.99, "thin", "Gizi kurang (thinness)"],
      [-2.01, "thin", "Gizi kurang (thinness)"],
      [-2, "normal", "Gizi baik (normal)"],
      [-1.99, "normal", "Gizi baik (normal)"],
      [0.99, "normal", "Gizi baik (normal)"],
      [1, "normal", "Gizi baik (normal)"],
      [1.01, "overweight", "Gizi lebih (overweight)"],
      [1.99, "overweight", "Gizi lebih (overweight)"],
      [2, "overweight", "Gizi lebih (overweight)"],
      [2.01, "obese", "Obesitas (obese)"],
      [4.99, "obese", "Obesitas (obese)"],
    ]));
});

describe("Permenkes has no height- or weight-for-age categories from 5 years", () => {
  it("hfa and wfa are a RangeError", () => {
    expect(() => classify("hfa", 0, { scheme: "permenkes" })).toThrow(RangeError);
    expect(() => classify("wfa", 0, { scheme: "permenkes" })).toThrow(/classify: the permenkes scheme has no categories for wfa/);
  });
});
