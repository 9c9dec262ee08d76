import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OUTPUT_FIELDS, SCORE_FIELDS, scoreColumns } from "../../../src/index.js";
import { outputOf, allocateOutput, allocateSharedOutput } from "../../../src/score/fields.js";
import { outputTypeSource } from "../../../scripts/generate-output-type.js";
import { ROOT } from "../../support/by-hand.js";

describe("the output field table is the one definition of the output", () => {
  it("the committed KernelOutput interface is what the generator writes from the table (run npm run generate)", () => {
    expect(readFileSync(join(ROOT, "src/score/generated/kernel-output.ts"), "utf8")).toBe(outputTypeSource());
  });

  it("outputOf, the allocators and scoreColumns give exactly the table's fields, in its order, of its array types", () => {
    const names = OUTPUT_FIELDS.map((f) => f.name);
    const types = { f64: Float64Array, u8: Uint8Array, u32: Uint32Array } as const;
    for (const out of [outputOf((f) => new types[f.array](1)), allocateOutput(2), allocateSharedOutput(2)]) {
      expect(Object.keys(out)).toEqual(names);
      for (const f of OUTPUT_FIELDS) expect((out as unknown as Record<string, unknown>)[f.name], f.name).toBeInstanceOf(types[f.array]);
    }
    expect(Object.keys(scoreColumns({ sex: [1] }))).toEqual([...names, "length"]);
    expect(SCORE_FIELDS).toEqual(names.filter((n) => n !== "reasons"));
  });

  it("every z field has a flag field of the same indicator, next to it", () => {
    OUTPUT_FIELDS.forEach((f, k) => {
      if (f.kind !== "z") return;
      const flag = OUTPUT_FIELDS[k + 1]!;
      expect([flag.name, flag.kind, flag.indicator]).toEqual([f.flag, "flag", f.indicator]);
    });
  });
});
