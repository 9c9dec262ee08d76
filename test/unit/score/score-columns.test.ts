import { describe, expect, it } from "vitest";
import { reasonCodes, score, scoreColumns, SCORE_FIELDS } from "../../../src/index.js";

describe("scoreColumns: typed arrays", () => {
  it("reads Uint8Array codes and Float64Array numbers and returns typed columns", () => {
    const r = scoreColumns({
      sex: new Uint8Array([1, 2, 0, 7]),
      ageDays: new Float64Array([400, 800, 400, 400]),
      weightKg: new Float64Array([9, 11, 9, 9]),
      lenheiCm: new Float64Array([75, 85, 75, 75]),
      measure: new Uint8Array([1, 2, 1, 9]),
      oedema: new Uint8Array([0, 1, 0, 0]),
    });
    expect(r.length).toBe(4);
    expect(r.zwei).toBeInstanceOf(Float64Array);
    expect(r.fwei).toBeInstanceOf(Float64Array);
    expect(r.c9mo_flag).toBeInstanceOf(Uint8Array);
    expect(r.reasons).toBeInstanceOf(Uint32Array);
    expect(r.zwei[0]).toBe(score({ sex: 1, ageDays: 400, weightKg: 9, lenheiCm: 75, measure: "l" }).zwei);
    expect(r.zwei[1]).toBeNaN(); // oedema
    expect(reasonCodes(r.reasons[1]!)).toContain("oedema");
    expect(reasonCodes(r.reasons[2]!)).toContain("sex-missing");
    expect(reasonCodes(r.reasons[3]!)).toEqual(expect.arrayContaining(["sex-invalid", "measure-invalid"]));
  });

  it("accepts plain arrays with the usual codes and null for missing", () => {
    const r = scoreColumns({ sex: ["L", "P"], ageMonths: [12, null], weightKg: [9, 9], measure: ["l", undefined], oedema: ["n", "y"] });
    expect(r.zwei[0]).toBe(score({ sex: 1, ageMonths: 12, weightKg: 9 }).zwei);
    expect(reasonCodes(r.reasons[1]!)).toEqual(expect.arrayContaining(["age-missing", "oedema"]));
  });

  it("writes into caller-supplied output columns", () => {
    const zwei = new Float64Array(3).fill(99);
    const r = scoreColumns({ sex: [1, 1], ageDays: [100, 200], weightKg: [6, 7] }, { out: { zwei } });
    expect(r.zwei).toBe(zwei);
    expect(zwei[2]).toBe(99);
    expect(zwei[0]).toBe(score({ sex: 1, ageDays: 100, weightKg: 6 }).zwei);
  });

  it("takes a previous result as the output columns, for the next batch", () => {
    const first = scoreColumns({ sex: [1, 1, 1], ageDays: [100, 200, 300], weightKg: [6, 7, 8] });
    const next = scoreColumns({ sex: [2, 2], ageDays: [400, 500], weightKg: [8, 9] }, { out: first });
    expect(next.length).toBe(2);
    expect(next.zwei).toBe(first.zwei);
    expect(next.zwei[1]).toBe(score({ sex: 2, ageDays: 500, weightKg: 9 }).zwei);
    expect(next.zwei[2]).toBe(score({ sex: 1, ageDays: 300, weightKg: 8 }).zwei); // beyond the batch: untouched
  });

  it("returns every WHO field", () => {
    const r = scoreColumns({ sex: [1] });
    for (const f of SCORE_FIELDS) expect(r[f], f).toHaveLength(1);
  });
});

describe("scoreColumns: misuse throws, naming the function and parameter", () => {
  it("columns of unequal length", () => {
    expect(() => scoreColumns({ sex: [1, 2], weightKg: [9] })).toThrow(RangeError);
    expect(() => scoreColumns({ sex: [1, 2], weightKg: [9] })).toThrow(/scoreColumns: columns.weightKg has length 1/);
  });
  it("an unknown column (a typo is not silently ignored)", () => {
    expect(() => scoreColumns({ sex: [1], weight: [9] } as never)).toThrow(TypeError);
    expect(() => scoreColumns({ sex: [1], weight: [9] } as never)).toThrow(/unknown column "weight"/);
  });
  it("a missing sex column, a non-array column, bad options", () => {
    expect(() => scoreColumns({} as never)).toThrow(/columns.sex is required/);
    expect(() => scoreColumns({ sex: [1], weightKg: 9 } as never)).toThrow(/columns.weightKg must be an array/);
    expect(() => scoreColumns({ sex: [1] }, { precision: "high" } as never)).toThrow(RangeError);
    expect(() => scoreColumns({ sex: [1] }, { rounding: true } as never)).toThrow(/unknown options key "rounding"/);
    expect(() => scoreColumns({ sex: [1, 2] }, { out: { zwei: new Float64Array(1) } })).toThrow(/options.out.zwei has length 1, needs 2/);
    expect(() => scoreColumns({ sex: [1] }, { out: { zwei: [0] } } as never)).toThrow(/must be a Float64Array/);
    expect(() => scoreColumns(null as never)).toThrow(TypeError);
  });
  it("score() rejects unknown record fields", () => {
    expect(() => score({ sex: 1, weight: 9 } as never)).toThrow(/score: unknown field "weight"/);
  });
});

describe("scoreColumns: bad data never throws", () => {
  it("strings, objects, infinities and negatives become NaN with reasons", () => {
    const r = scoreColumns({
      sex: [1, 1, 1, 1],
      ageDays: ["abc", 100, 100, -Infinity],
      weightKg: [9, "9", -3, Infinity],
      lenheiCm: [{}, 60, 0, 60],
    });
    expect(reasonCodes(r.reasons[0]!)).toEqual(expect.arrayContaining(["age-invalid", "lenhei-invalid"]));
    expect(reasonCodes(r.reasons[1]!)).toContain("weight-invalid");
    expect(reasonCodes(r.reasons[2]!)).toEqual(expect.arrayContaining(["weight-invalid", "lenhei-invalid"]));
    expect(reasonCodes(r.reasons[3]!)).toEqual(expect.arrayContaining(["age-invalid", "weight-invalid"]));
    expect([...r.zwei].every(Number.isNaN)).toBe(true);
  });
});
