/**
 * WHO rounding before classification, WHO's flag limits (implausible), NaN
 * and non-numbers, and oedema. Limits written out from WHO anthro/anthroplus:
 * length/height-for-age |z| > 6; weight-for-age z < −6 or z > 5;
 * weight-for-length/height, BMI-for-age |z| > 5.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../../src/classify/classify.js";
import { FLAG_LIMITS } from "../../../src/classify/flags.js";
import { INDICATOR_SPECS } from "../../../src/who/registry.js";

const code = (...args: Parameters<typeof classify>) => classify(...args).code;

describe("rounding to 2 decimals as WHO reports z-scores", () => {
  it("−2.004 rounds to −2.00 and is not stunted, as WHO counts it; unrounded it is stunted", () => {
    expect(code("len", -2.004)).toBe("normal_height");
    expect(code("len", -2.004, { rounding: "who" })).toBe("normal_height");
    expect(code("len", -2.004, { rounding: "none" })).toBe("stunted");
  });

  it("unambiguous values either side of the rounding tie: −2.0049 → −2.00, −2.0051 → −2.01", () => {
    expect(code("len", -2.0049)).toBe("normal_height");
    expect(code("len", -2.0051)).toBe("stunted");
    expect(code("wei", -3.0049)).toBe("underweight");
    expect(code("wei", -3.0051)).toBe("severely_underweight");
  });

  it("−2.005 is stored as −2.00499999…, which R's round(x, 2) takes to −2: not stunted", () => {
    expect(code("len", -2.005)).toBe("normal_height");
  });

  it("on the upper cut-offs, +1.0049 → +1.00 (normal) and +1.0051 → +1.01 (above +1)", () => {
    expect(code("wei", 1.0049, { scheme: "permenkes" })).toBe("normal_weight");
    expect(code("wei", 1.0049, { scheme: "permenkes", rounding: "none" })).toBe("risk_of_overweight");
    expect(code("wei", 1.0051, { scheme: "permenkes" })).toBe("risk_of_overweight");
    expect(code("wfl", 2.0049)).toBe("normal");
    expect(code("wfl", 2.0051)).toBe("overweight");
    expect(code("bfa", 2.0049)).toBe("overweight");
    expect(code("bfa", 2.0051)).toBe("obese");
  });
});

describe("flagged z-scores are implausible, never a malnutrition category", () => {
  const cases: [indicator: Parameters<typeof classify>[0], z: number, who: string, permenkes: string | null][] = [
    ["len", -6.01, "implausible", "implausible"],
    ["len", -6, "severely_stunted", "severely_stunted"],
    ["len", 6, "normal_height", "tall"],
    ["len", 6.01, "implausible", "implausible"],
    ["hfa", -6.01, "implausible", null],
    ["hfa", -6, "severely_stunted", null],
    ["hfa", 6, "normal_height", null],
    ["hfa", 6.01, "implausible", null],
    ["wei", -6.01, "implausible", "implausible"],
    ["wei", -6, "severely_underweight", "severely_underweight"],
    ["wei", 5, "normal_weight", "risk_of_overweight"],
    ["wei", 5.01, "implausible", "implausible"],
    ["wfa", -6.01, "implausible", null],
    ["wfa", -6, "severely_underweight", null],
    ["wfa", 5, "normal_weight", null],
    ["wfa", 5.01, "implausible", null],
    ["wfl", -5.01, "implausible", "implausible"],
    ["wfl", -5, "severely_wasted", "severely_wasted"],
    ["wfl", 5, "obese", "obese"],
    ["wfl", 5.01, "implausible", "implausible"],
    ["wfh", -5.01, "implausible", "implausible"],
    ["wfh", 5.01, "implausible", "implausible"],
    ["bmi", -5.01, "implausible", "implausible"],
    ["bmi", -5, "severely_wasted", "severely_wasted"],
    ["bmi", 5, "obese", "obese"],
    ["bmi", 5.01, "implausible", "implausible"],
    ["bfa", -5.01, "implausible", "implausible"],
    ["bfa", -5, "severely_thin", "severely_thin"],
    ["bfa", 5, "obese", "obese"],
    ["bfa", 5.01, "implausible", "implausible"],
  ];
  it.each(cases)("%s z=%d", (indicator, z, who, permenkes) => {
    expect(code(indicator, z)).toBe(who);
    if (permenkes !== null) expect(code(indicator, z, { scheme: "permenkes" })).toBe(permenkes);
  });

  it("the flag applies to the rounded z by default, to z as given with rounding none", () => {
    expect(code("wfl", 5.004)).toBe("obese");
    expect(code("wfl", 5.004, { rounding: "none" })).toBe("implausible");
    expect(code("len", -6.0049)).toBe("severely_stunted");
    expect(code("len", -6.0049, { rounding: "none" })).toBe("implausible");
    expect(code("wei", 5.0051)).toBe("implausible");
  });

  it("infinite z-scores are beyond every limit", () => {
    expect(code("len", -Infinity)).toBe("implausible");
    expect(code("bfa", Infinity)).toBe("implausible");
  });

  it("implausible has its own label", () => {
    expect(classify("len", 7).label).toBe("Implausible z-score");
    expect(classify("len", 7, { lang: "id" }).label).toBe("Z-score tidak wajar");
  });

  it("the limits are the same as the z-score engine's flags", () => {
    for (const [name, limits] of Object.entries(FLAG_LIMITS)) {
      const spec = INDICATOR_SPECS[name as keyof typeof INDICATOR_SPECS];
      expect([limits.below, limits.above], name).toEqual([spec.flagBelow, spec.flagAbove]);
    }
  });
});

describe("missing data is not classified, and never throws", () => {
  it("NaN", () => {
    expect(classify("len", Number.NaN)).toEqual({ code: "not_classified", label: "Not classified" });
    expect(classify("wfl", Number.NaN, { scheme: "permenkes", lang: "id" })).toEqual({ code: "not_classified", label: "Tidak terklasifikasi" });
  });

  it("non-numbers", () => {
    for (const z of [undefined, null, "-2.5", true, {}, [], 1n]) {
      expect(code("wei", z as unknown as number), String(z)).toBe("not_classified");
    }
  });
});

describe("bilateral pitting oedema", () => {
  it("gives a weight-based indicator its most severe low category whatever z is (WHO counts it as −3.1)", () => {
    expect(code("wfl", Number.NaN, { oedema: true })).toBe("severely_wasted");
    expect(code("wfh", 1, { oedema: "y" })).toBe("severely_wasted");
    expect(code("wei", 0, { oedema: 1 })).toBe("severely_underweight");
    expect(code("bmi", 9, { oedema: "yes" })).toBe("severely_wasted");
    expect(code("wfa", Number.NaN, { oedema: true })).toBe("severely_underweight");
    expect(code("bfa", Number.NaN, { oedema: true })).toBe("severely_thin");
    expect(classify("wei", Number.NaN, { scheme: "permenkes", oedema: true, lang: "id" }).label).toBe(
      "Berat badan sangat kurang (severely underweight)",
    );
  });

  it("has no effect on length/height-for-age, or when absent or unrecognised", () => {
    expect(code("len", -1, { oedema: true })).toBe("normal_height");
    expect(code("hfa", Number.NaN, { oedema: true })).toBe("not_classified");
    for (const o of [false, "n", 2, 0, undefined, null, "maybe", 7]) {
      expect(code("wfl", -1, { oedema: o }), String(o)).toBe("normal");
    }
  });
});
