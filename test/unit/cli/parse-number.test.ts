import { describe, expect, it } from "vitest";
import { parseNumber } from "../../../src/cli/csv/number.js";

const parse = (s: string, decimalComma = false) => parseNumber(s, 0, s.length, decimalComma);

describe("parseNumber (strict decimal numbers in cells)", () => {
  it("reads decimals, signs, exponents and spaces around", () => {
    expect(parse("12.5")).toBe(12.5);
    expect(parse("-3")).toBe(-3);
    expect(parse("+0.5")).toBe(0.5);
    expect(parse(".5")).toBe(0.5);
    expect(parse("7.")).toBe(7);
    expect(parse("1e3")).toBe(1000);
    expect(parse("1.5E-2")).toBe(0.015);
    expect(parse("  84.8\t")).toBe(84.8);
    expect(parse("000123")).toBe(123);
  });

  it("blank is missing (NaN)", () => {
    expect(parse("")).toBeNaN();
    expect(parse("   ")).toBeNaN();
  });

  it("the missing markers (NA as R and Stata write it, N/A, ., -, ?, NaN, null) are missing (NaN) in any case", () => {
    for (const s of ["NA", "na", " Na ", "nA", "N/A", "n/a", ".", "-", "?", " - ", "NaN", "NAN", "null", "NULL"]) expect(parse(s), s).toBeNaN();
    for (const s of ["N", "NAA", "N A", "--", "..", "??", "-?", "nul"]) expect(parse(s), s).toBe(-Infinity);
  });

  it("anything else is invalid (-Infinity)", () => {
    for (const s of ["abc", "12kg", "1,5", "1.2.3", "1 2", "Infinity", "-Infinity", "0x1A", "1e", "1e+", "e5", "+", "--1", "1_000", "١٢", "12,5.0", "1.234,5"]) {
      expect(parse(s), s).toBe(-Infinity);
    }
  });

  it("a decimal comma only when asked (semicolon files)", () => {
    expect(parse("12,5", true)).toBe(12.5);
    expect(parse("-0,07", true)).toBe(-0.07);
    expect(parse("12.5", true)).toBe(12.5);
    expect(parse("1,5e2", true)).toBe(150);
    expect(parse("1.234,5", true)).toBe(-Infinity);
    expect(parse("12,5", false)).toBe(-Infinity);
  });

  it("reads a span of a longer string without copying it", () => {
    const s = "ab,10.4,cd";
    expect(parseNumber(s, 3, 7, false)).toBe(10.4);
    expect(parseNumber(s, 2, 3, false)).toBe(-Infinity);
  });

  it("gives the same double as Number() (correctly rounded), also beyond the fast path", () => {
    const cases = ["0.1", "0.3", "84.8000030517578", "10.3999996185303", "75.059666", "9007199254740993", "1.7976931348623157e308", "5e-324", "1e-400", "1e400", "123456789012345678901234567890", "0.000000000000000000000001", "2.675", "-0.0"];
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 20000; i++) {
      const digits = String(Math.floor(rnd() * 10 ** (1 + Math.floor(rnd() * 17))));
      const point = Math.floor(rnd() * (digits.length + 1));
      cases.push(`${digits.slice(0, point)}.${digits.slice(point)}`.replace(/^\./, "0."));
    }
    for (const s of cases) expect(Object.is(parse(s), Number(s)), s).toBe(true);
  });
});
