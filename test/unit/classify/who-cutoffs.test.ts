/**
 * WHO scheme: every cut-off at exactly the cut-off and 0.01 either side. The
 * expected categories are written out by hand from WHO's definitions:
 * - stunting (length/height-for-age), underweight (weight-for-age), wasting
 *   (weight-for-length/height): moderate < −2 SD, severe < −3 SD;
 * - overweight > +2 SD, obesity > +3 SD (weight-for-length/height, and BMI-for-age
 *   under 5 years, which WHO's growth-chart interpretation reads like
 *   weight-for-length/height, wasted < −2, severely wasted < −3);
 * - 5–19 years BMI-for-age (WHO Growth Reference 2007): thinness < −2 SD,
 *   severe thinness < −3 SD, overweight > +1 SD, obesity > +2 SD;
 * - height-for-age and weight-for-age 5–19 years: stunting and underweight
 *   as under 5.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../../src/classify/classify.js";
import type { ClassifyIndicator } from "../../../src/classify/indicators.js";

type Case = readonly [z: number, code: string];

function check(indicator: ClassifyIndicator, cases: readonly Case[]): void {
  for (const [z, code] of cases) {
    expect(classify(indicator, z).code, `${indicator} z=${z} (rounded)`).toBe(code);
    expect(classify(indicator, z, { scheme: "who" }).code, `${indicator} z=${z} (explicit scheme)`).toBe(code);
    expect(classify(indicator, z, { rounding: "none" }).code, `${indicator} z=${z} (unrounded)`).toBe(code);
  }
}

describe("WHO length/height-for-age (len, hfa): stunting", () => {
  const cases: Case[] = [
    [-4, "severely_stunted"],
    [-3.01, "severely_stunted"],
    [-3, "stunted"],
    [-2.99, "stunted"],
    [-2.01, "stunted"],
    [-2, "normal_height"],
    [-1.99, "normal_height"],
    [0, "normal_height"],
    [2.99, "normal_height"],
    [3, "normal_height"],
    [3.01, "normal_height"], // WHO has no "tall" category
    [5.5, "normal_height"],
  ];
  it("len", () => check("len", cases));
  it("hfa", () => check("hfa", cases));
});

describe("WHO weight-for-age (wei, wfa): underweight", () => {
  const cases: Case[] = [
    [-3.01, "severely_underweight"],
    [-3, "underweight"],
    [-2.99, "underweight"],
    [-2.01, "underweight"],
    [-2, "normal_weight"],
    [-1.99, "normal_weight"],
    [0.99, "normal_weight"],
    [1.01, "normal_weight"],
    [2.01, "normal_weight"], // WHO does not classify overweight by weight-for-age
    [4.99, "normal_weight"],
  ];
  it("wei", () => check("wei", cases));
  it("wfa", () => check("wfa", cases));
});

describe("WHO weight-for-length/height and BMI-for-age under 5 (wfl, wfh, bmi): wasting, overweight, obesity", () => {
  const cases: Case[] = [
    [-3.01, "severely_wasted"],
    [-3, "wasted"],
    [-2.99, "wasted"],
    [-2.01, "wasted"],
    [-2, "normal"],
    [-1.99, "normal"],
    [0.99, "normal"],
    [1, "normal"],
    [1.01, "normal"], // no "possible risk" band in the WHO scheme
    [1.99, "normal"],
    [2, "normal"],
    [2.01, "overweight"],
    [2.99, "overweight"],
    [3, "overweight"],
    [3.01, "obese"],
    [4.99, "obese"],
  ];
  it("wfl", () => check("wfl", cases));
  it("wfh", () => check("wfh", cases));
  it("bmi", () => check("bmi", cases));
});

describe("WHO BMI-for-age 5–19 years (bfa): thinness, overweight, obesity", () => {
  it("bfa", () =>
    check("bfa", [
      [-3.01, "severely_thin"],
      [-3, "thin"],
      [-2.99, "thin"],
      [-2.01, "thin"],
      [-2, "normal"],
      [-1.99, "normal"],
      [0.99, "normal"],
      [1, "normal"],
      [1.01, "overweight"],
      [1.99, "overweight"],
      [2, "overweight"],
      [2.01, "obese"],
      [4.99, "obese"],
    ]));
});
