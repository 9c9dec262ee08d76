import { describe, expect, it } from "vitest";
import { formatNumber, quoteCell } from "../../../src/cli/csv/cells.js";

describe("number formatting", () => {
  it("prints 2-decimal z-scores as R does, never -0", () => {
    expect(formatNumber(-0.7)).toBe("-0.7");
    expect(formatNumber(1.23)).toBe("1.23");
    expect(formatNumber(-0.07)).toBe("-0.07");
    expect(formatNumber(2)).toBe("2");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
  });

  it("prints other values at full precision", () => {
    expect(formatNumber(14.462442150231404)).toBe("14.462442150231404");
    expect(formatNumber(84.8)).toBe("84.8");
  });
});

describe("quoteCell", () => {
  it("quotes only when needed, doubling quotes", () => {
    expect(quoteCell("oedema;weight-missing", ",")).toBe("oedema;weight-missing");
    expect(quoteCell("oedema;weight-missing", ";")).toBe('"oedema;weight-missing"');
    expect(quoteCell('a"b', ",")).toBe('"a""b"');
    expect(quoteCell("a\nb", ",")).toBe('"a\nb"');
  });
});
