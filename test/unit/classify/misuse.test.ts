/**
 * Misuse throws a TypeError or RangeError naming the function and the
 * parameter; data never throws.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../../src/classify/classify.js";
import { acuteMalnutrition } from "../../../src/classify/acute.js";
import { acuteMalnutritionColumns } from "../../../src/classify/acute-columns.js";

describe("classify", () => {
  it("unknown indicator: RangeError", () => {
    expect(() => classify("hc" as never, 0)).toThrow(RangeError);
    expect(() => classify("hc" as never, 0)).toThrow(/^classify: indicator must be one of len, wei, wfl, wfh, bmi, hfa, wfa, bfa; got "hc"$/);
    expect(() => classify(undefined as never, 0)).toThrow(/classify: indicator/);
  });

  it("unknown scheme, rounding or language: RangeError", () => {
    expect(() => classify("len", 0, { scheme: "WHO" as never })).toThrow(/classify: options.scheme must be "who" or "permenkes"; got "WHO"/);
    expect(() => classify("len", 0, { rounding: "full" as never })).toThrow(/classify: options.rounding must be "who" or "none"; got "full"/);
    expect(() => classify("len", 0, { lang: "ms" as never })).toThrow(/classify: options.lang must be "en" or "id"; got "ms"/);
  });

  it("unknown option or non-object options: TypeError", () => {
    expect(() => classify("len", 0, { ageMonths: 12 } as never)).toThrow(/classify: unknown options key "ageMonths"/);
    expect(() => classify("len", 0, "who" as never)).toThrow(/classify: options must be an object/);
    expect(() => classify("len", 0, null as never)).toThrow(TypeError);
  });

  it("misuse is caught whatever the z (no data dependence)", () => {
    expect(() => classify("len", Number.NaN, { scheme: "x" as never })).toThrow(RangeError);
  });
});

describe("acuteMalnutrition", () => {
  it("non-object child or unknown key: TypeError", () => {
    expect(() => acuteMalnutrition(null as never)).toThrow(/acuteMalnutrition: child must be an object/);
    expect(() => acuteMalnutrition([] as never)).toThrow(TypeError);
    expect(() => acuteMalnutrition({ ageMonths: 12, muac: 11 } as never)).toThrow(/acuteMalnutrition: unknown child key "muac"/);
  });

  it("options", () => {
    expect(() => acuteMalnutrition({ ageMonths: 12 }, { scheme: "who" } as never)).toThrow(/acuteMalnutrition: unknown options key "scheme"/);
    expect(() => acuteMalnutrition({ ageMonths: 12 }, { rounding: 2 } as never)).toThrow(RangeError);
    expect(() => acuteMalnutrition({ ageMonths: 12 }, { lang: "fr" } as never)).toThrow(RangeError);
  });
});

describe("acuteMalnutritionColumns", () => {
  it("columns", () => {
    expect(() => acuteMalnutritionColumns({ zwfl: [1] } as never)).toThrow(/acuteMalnutritionColumns: columns.ageMonths is required/);
    expect(() => acuteMalnutritionColumns({ ageMonths: [1], zwfl: [1, 2] })).toThrow(/acuteMalnutritionColumns: columns.zwfl has length 2/);
    expect(() => acuteMalnutritionColumns({ ageMonths: [1], whz: [1] } as never)).toThrow(/unknown columns key "whz"/);
    expect(() => acuteMalnutritionColumns({ ageMonths: 12 } as never)).toThrow(/acuteMalnutritionColumns: columns.ageMonths must be an array/);
    expect(() => acuteMalnutritionColumns(undefined as never)).toThrow(TypeError);
  });
});
