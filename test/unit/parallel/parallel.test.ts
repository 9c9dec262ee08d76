/**
 * scoreColumnsParallel (tumbuh/parallel) gives exactly what scoreColumns
 * gives, bit for bit, however the rows are split: 0, 1 and odd numbers of
 * rows, more workers than rows, plain arrays with text codes, Float32Array,
 * shared and ordinary typed arrays, both precisions, caller-supplied
 * output columns, and the same errors for the same misuse.
 */
import { afterAll, describe, expect, it } from "vitest";
import { OUTPUT_FIELDS, scoreColumns, type KernelOutput, type ScoreColumnsInput, type ScoreColumnsResult } from "../../../src/index.js";
import { closeParallelWorkers, scoreColumnsParallel } from "../../../src/parallel/index.js";
import { edgeColumns, prng } from "../../support/edge-records.js";

afterAll(async () => {
  await closeParallelWorkers();
});

const OUTPUTS = OUTPUT_FIELDS.map((f) => f.name as keyof KernelOutput);

/** Mismatches between two results, by bytes, first few. */
function mismatches(a: ScoreColumnsResult, b: ScoreColumnsResult): string[] {
  const bad: string[] = [];
  if (a.length !== b.length) bad.push(`length ${a.length} vs ${b.length}`);
  for (const key of OUTPUTS) {
    const x = a[key];
    const y = b[key];
    if (x.constructor !== y.constructor) bad.push(`${key}: ${x.constructor.name} vs ${y.constructor.name}`);
    if (x.length !== y.length) bad.push(`${key}: length ${x.length} vs ${y.length}`);
    const xb = new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
    const yb = new Uint8Array(y.buffer, y.byteOffset, y.byteLength);
    for (let j = 0; j < xb.length; j++) {
      if (xb[j] !== yb[j]) {
        const row = Math.floor(j / x.BYTES_PER_ELEMENT);
        bad.push(`${key}[${row}]: ${x[row]} vs ${y[row]}`);
        break;
      }
    }
  }
  return bad;
}

function onShared(columns: ScoreColumnsInput): ScoreColumnsInput {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(columns)) {
    const a = v as Float64Array | Float32Array | Uint8Array;
    const Ctor = a.constructor as new (b: SharedArrayBuffer) => typeof a;
    const copy = new Ctor(new SharedArrayBuffer(a.byteLength));
    copy.set(a);
    out[k] = copy;
  }
  return out as unknown as ScoreColumnsInput;
}

/** Plain arrays with the codes people type: "m"/"f", "l"/"h", "y"/"n", null for missing. */
function plainColumns(n: number, seed: number): ScoreColumnsInput {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const num = (v: number) => (rand() < 0.05 ? null : rand() < 0.02 ? "x" : v);
  return {
    sex: Array.from({ length: n }, () => pick(["m", "f", "L", "P", 1, 2, null, "?"])),
    ageMonths: Array.from({ length: n }, () => num(rand() * 80)),
    weightKg: Array.from({ length: n }, () => num(2 + rand() * 25)),
    lenheiCm: Array.from({ length: n }, () => num(45 + rand() * 80)),
    measure: Array.from({ length: n }, () => pick(["l", "h", "L", "H", null, "lying", "z"])),
    oedema: Array.from({ length: n }, () => pick(["n", "y", null, false, true, 2])),
    muacCm: Array.from({ length: n }, () => num(9 + rand() * 10)),
  } as ScoreColumnsInput;
}

describe("scoreColumnsParallel equals scoreColumns bit for bit", () => {
  for (const n of [0, 1, 2, 3, 7, 1000, 4099]) {
    for (const workers of [1, 2, 3, 5]) {
      it(`${n} rows on ${workers} worker(s)`, async () => {
        const columns = edgeColumns(n, 10 + n);
        const want = scoreColumns(columns);
        const got = await scoreColumnsParallel(columns, { workers, minRowsPerWorker: 1 });
        expect(mismatches(got, want)).toEqual([]);
      });
    }
  }

  it("with gestational ages: corrected age and the INTERGROWTH-21st z-scores", async () => {
    const n = 3001;
    const columns = { ...plainColumns(n, 8), ageDays: Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 0 : (i * 7) % 500)), gaDays: Array.from({ length: n }, (_, i) => (i % 7 === 0 ? null : 160 + (i % 150))), headCm: Array.from({ length: n }, (_, i) => 25 + (i % 20)) } as ScoreColumnsInput;
    for (const precision of ["who", "full"] as const) {
      const want = scoreColumns(columns, { precision });
      expect(Array.from(want.igp_zwei).filter((z) => !Number.isNaN(z)).length).toBeGreaterThan(300);
      expect(Array.from(want.corrected).filter((c) => c === 1).length).toBeGreaterThan(300);
      const got = await scoreColumnsParallel(columns, { workers: 3, minRowsPerWorker: 1, precision });
      expect(mismatches(got, want)).toEqual([]);
    }
  });

  it("with precision: full", async () => {
    const columns = edgeColumns(3001, 3);
    const got = await scoreColumnsParallel(columns, { workers: 2, minRowsPerWorker: 1, precision: "full" });
    expect(mismatches(got, scoreColumns(columns, { precision: "full" }))).toEqual([]);
  });

  it("from plain arrays with text codes and nulls", async () => {
    const columns = plainColumns(2501, 4);
    const got = await scoreColumnsParallel(columns, { workers: 3, minRowsPerWorker: 1 });
    expect(mismatches(got, scoreColumns(columns))).toEqual([]);
  });

  it("from Float32Array measurements, without head/arm/skinfold columns", async () => {
    const columns = edgeColumns(2047, 5, { float32: true, extras: false });
    const got = await scoreColumnsParallel(columns, { workers: 2, minRowsPerWorker: 1 });
    expect(mismatches(got, scoreColumns(columns))).toEqual([]);
  });

  it("from columns already on SharedArrayBuffers (used in place)", async () => {
    const columns = onShared(edgeColumns(5003, 6));
    const got = await scoreColumnsParallel(columns, { workers: 2, minRowsPerWorker: 1 });
    expect(mismatches(got, scoreColumns(columns))).toEqual([]);
  });

  it("with the default split (large input) and on the calling thread (small input)", async () => {
    const large = edgeColumns(200_001, 7);
    expect(mismatches(await scoreColumnsParallel(large), scoreColumns(large))).toEqual([]);
    const small = edgeColumns(999, 8);
    expect(mismatches(await scoreColumnsParallel(small, { workers: 4 }), scoreColumns(small))).toEqual([]);
  });

  it("returns every column on SharedArrayBuffers, and writes into given shared columns", async () => {
    const columns = edgeColumns(1500, 9);
    const first = await scoreColumnsParallel(columns, { workers: 2, minRowsPerWorker: 1 });
    for (const key of OUTPUTS) expect(first[key].buffer, key).toBeInstanceOf(SharedArrayBuffer);
    const other = edgeColumns(1500, 10);
    const second = await scoreColumnsParallel(other, { workers: 2, minRowsPerWorker: 1, out: first });
    expect(second.zwei).toBe(first.zwei);
    expect(mismatches(second, scoreColumns(other))).toEqual([]);
  });
});

describe("scoreColumnsParallel: misuse is rejected as scoreColumns rejects it", () => {
  it("bad columns", async () => {
    await expect(scoreColumnsParallel({ sex: [1, 2], weightKg: [9] })).rejects.toThrow(/scoreColumnsParallel: columns.weightKg has length 1/);
    await expect(scoreColumnsParallel({ sex: [1], weight: [9] } as never)).rejects.toThrow(TypeError);
    await expect(scoreColumnsParallel({} as never)).rejects.toThrow(/columns.sex is required/);
  });
  it("bad options", async () => {
    await expect(scoreColumnsParallel({ sex: [1] }, { precision: "high" } as never)).rejects.toThrow(RangeError);
    await expect(scoreColumnsParallel({ sex: [1] }, { threads: 2 } as never)).rejects.toThrow(/unknown options key "threads"/);
    await expect(scoreColumnsParallel({ sex: [1] }, { workers: 0 })).rejects.toThrow(/options.workers must be an integer/);
    await expect(scoreColumnsParallel({ sex: [1] }, { workers: 1.5 })).rejects.toThrow(RangeError);
    await expect(scoreColumnsParallel({ sex: [1] }, { minRowsPerWorker: 0 })).rejects.toThrow(RangeError);
    await expect(scoreColumnsParallel({ sex: [1, 2] }, { out: { zwei: new Float64Array(new SharedArrayBuffer(8)) } })).rejects.toThrow(/options.out.zwei has length 1, needs 2/);
    await expect(scoreColumnsParallel({ sex: [1] }, { out: { zwei: new Float64Array(1) } })).rejects.toThrow(/must be on a SharedArrayBuffer/);
    await expect(scoreColumnsParallel({ sex: [1] }, { out: { zweii: new Float64Array(1) } } as never)).rejects.toThrow(/unknown output column/);
  });
});
