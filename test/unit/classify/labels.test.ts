/**
 * Codes and labels. The Indonesian labels are the regulation's wording,
 * written out by hand from the table of categories and thresholds in the
 * Lampiran of Permenkes No. 2 Tahun 2020.
 */
import { describe, expect, it } from "vitest";
import { CATEGORY_CODES } from "../../../src/classify/codes.js";
import { categoryLabel } from "../../../src/classify/labels.js";
import { classify } from "../../../src/classify/classify.js";
import { schemeCategories } from "../../../src/classify/schemes.js";

describe("CATEGORY_CODES", () => {
  it("is stable: existing indices never change (append only)", () => {
    expect(CATEGORY_CODES).toEqual([
      "not_classified", "implausible",
      "severely_stunted", "stunted", "normal_height", "tall",
      "severely_underweight", "underweight", "normal_weight", "risk_of_overweight",
      "severely_wasted", "wasted", "normal", "possible_risk_of_overweight", "overweight", "obese",
      "severely_thin", "thin",
      "sam", "mam", "no_acute_malnutrition",
    ]);
    expect(Object.isFrozen(CATEGORY_CODES)).toBe(true);
    expect(CATEGORY_CODES.length).toBeLessThanOrEqual(256); // fits a Uint8Array
  });
});

describe("Indonesian labels are the regulation's wording", () => {
  it.each([
    ["severely_underweight", "Berat badan sangat kurang (severely underweight)"],
    ["underweight", "Berat badan kurang (underweight)"],
    ["normal_weight", "Berat badan normal"],
    ["risk_of_overweight", "Risiko Berat badan lebih"],
    ["severely_stunted", "Sangat pendek (severely stunted)"],
    ["stunted", "Pendek (stunted)"],
    ["normal_height", "Normal"],
    ["tall", "Tinggi"],
    ["severely_wasted", "Gizi buruk (severely wasted)"],
    ["wasted", "Gizi kurang (wasted)"],
    ["normal", "Gizi baik (normal)"],
    ["possible_risk_of_overweight", "Berisiko gizi lebih (possible risk of overweight)"],
    ["overweight", "Gizi lebih (overweight)"],
    ["obese", "Obesitas (obese)"],
    ["severely_thin", "Gizi buruk (severely thinness)"],
    ["thin", "Gizi kurang (thinness)"],
  ] as const)("%s → %s", (code, label) => {
    expect(categoryLabel(code, "id")).toBe(label);
  });
});

describe("English labels", () => {
  it.each([
    ["not_classified", "Not classified"],
    ["implausible", "Implausible z-score"],
    ["severely_stunted", "Severely stunted"],
    ["stunted", "Stunted"],
    ["normal_height", "Normal height"],
    ["tall", "Tall"],
    ["severely_underweight", "Severely underweight"],
    ["underweight", "Underweight"],
    ["normal_weight", "Normal weight"],
    ["risk_of_overweight", "Risk of overweight"],
    ["severely_wasted", "Severely wasted"],
    ["wasted", "Wasted"],
    ["normal", "Normal"],
    ["possible_risk_of_overweight", "Possible risk of overweight"],
    ["overweight", "Overweight"],
    ["obese", "Obese"],
    ["severely_thin", "Severely thin"],
    ["thin", "Thin"],
    ["sam", "Severe acute malnutrition (SAM)"],
    ["mam", "Moderate acute malnutrition (MAM)"],
    ["no_acute_malnutrition", "No acute malnutrition"],
  ] as const)("%s → %s", (code, label) => {
    expect(categoryLabel(code)).toBe(label);
    expect(categoryLabel(code, "en")).toBe(label);
  });

  it("every code has a non-empty label in both languages", () => {
    for (const c of CATEGORY_CODES) {
      expect(categoryLabel(c, "en").length).toBeGreaterThan(0);
      expect(categoryLabel(c, "id").length).toBeGreaterThan(0);
    }
  });
});

describe("categoryLabel misuse", () => {
  it("unknown code or language is a RangeError naming the function", () => {
    expect(() => categoryLabel("stunting" as never)).toThrow(RangeError);
    expect(() => categoryLabel("stunting" as never)).toThrow(/^categoryLabel: code must be one of/);
    expect(() => categoryLabel("stunted", "fr" as never)).toThrow(/categoryLabel: lang must be "en" or "id"; got "fr"/);
  });
});

describe("own labels (another language)", () => {
  const fr = {
    not_classified: "Non classé",
    implausible: "Invraisemblable",
    severely_stunted: "Retard de croissance sévère",
    stunted: "Retard de croissance",
    normal_height: "Taille normale",
  };

  it("are used by code", () => {
    expect(classify("len", -2.5, { labels: fr })).toEqual({ code: "stunted", label: "Retard de croissance" });
    expect(classify("len", Number.NaN, { labels: fr }).label).toBe("Non classé");
  });

  it("must cover every code the indicator can get in the scheme (a TypeError naming what is missing)", () => {
    expect(() => classify("len", 0, { scheme: "permenkes", labels: fr })).toThrow(TypeError);
    expect(() => classify("len", 0, { scheme: "permenkes", labels: fr })).toThrow(/classify: options.labels is missing tall$/);
    // …even when this z would not need the missing one: the check does not depend on data
    expect(() => classify("len", Number.NaN, { scheme: "permenkes", labels: fr })).toThrow(TypeError);
  });

  it("a complete table serves every indicator", () => {
    const all = Object.fromEntries(CATEGORY_CODES.map((c) => [c, c.toUpperCase()]));
    expect(classify("bfa", 1.5, { labels: all }).label).toBe("OVERWEIGHT");
  });

  it("unknown codes, non-string labels, non-objects and lang with labels are TypeErrors", () => {
    expect(() => classify("len", 0, { labels: { ...fr, stunting: "x" } as never })).toThrow(/classify: options.labels has an unknown category code "stunting"/);
    expect(() => classify("len", 0, { labels: { ...fr, stunted: 3 } as never })).toThrow(/classify: options.labels.stunted must be a string/);
    expect(() => classify("len", 0, { labels: "fr" as never })).toThrow(TypeError);
    expect(() => classify("len", 0, { labels: fr, lang: "id" })).toThrow(/classify: give options.lang or options.labels, not both/);
  });
});

describe("schemeCategories", () => {
  it("lists each indicator's categories, lowest z first", () => {
    expect(schemeCategories("who", "len")).toEqual(["severely_stunted", "stunted", "normal_height"]);
    expect(schemeCategories("who", "wfa")).toEqual(["severely_underweight", "underweight", "normal_weight"]);
    expect(schemeCategories("who", "wfl")).toEqual(["severely_wasted", "wasted", "normal", "overweight", "obese"]);
    expect(schemeCategories("permenkes", "wei")).toEqual(["severely_underweight", "underweight", "normal_weight", "risk_of_overweight"]);
    expect(schemeCategories("permenkes", "bmi")).toEqual([
      "severely_wasted", "wasted", "normal", "possible_risk_of_overweight", "overweight", "obese",
    ]);
    expect(schemeCategories("permenkes", "bfa")).toEqual(["severely_thin", "thin", "normal", "overweight", "obese"]);
  });

  it("misuse is a RangeError", () => {
    expect(() => schemeCategories("permenkes", "hfa")).toThrow(/schemeCategories: the permenkes scheme has no categories for hfa/);
    expect(() => schemeCategories("unicef" as never, "len")).toThrow(/schemeCategories: scheme must be "who" or "permenkes"/);
    expect(() => schemeCategories("who", "hc" as never)).toThrow(/schemeCategories: indicator must be one of/);
  });
});
