/**
 * The optimised bulk kernel (packed tables, block queues, inline fast
 * rounding) against the kernel as it was before the performance work
 * (reference-kernel.ts), bit for bit on every output column, for hundreds
 * of thousands of edge-heavy random rows: both precisions, with and
 * without the head/arm/skinfold columns, months as well as days, Float32
 * inputs, and partial row ranges. The reference tests
 * (test/reference/*.test.ts) check the same kernel against WHO's software.
 */
import { describe, expect, it } from "vitest";
import { prepareColumns, prepareOutput } from "../../../src/score/score-columns.js";
import { scoreKernel, type KernelOutput } from "../../../src/score/kernel.js";
import { roundZ } from "../../../src/lms/round-z.js";
import { rPow } from "../../../src/lms/r-pow.js";
import { syntheticColumns } from "../../../bench/lib/synthetic.js";
import { referenceKernel, referenceRoundZ } from "./reference-kernel.js";
import { edgeColumns, prng, type EdgeOptions } from "../../support/edge-records.js";
import type { ScoreColumnsInput } from "../../../src/index.js";

/** Rows (by column) whose bytes differ between two outputs, at most a few per column. */
/** The fields the reference kernel (0.1.0) writes; later fields (cage_days, corrected) are tested elsewhere. */
const REFERENCE_FIELDS = [
  "clenhei", "cbmi", "c9mo_flag", "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi",
  "zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss", "zhfa", "fhfa", "zwfa", "fwfa", "zbfa", "fbfa", "reasons",
] as const;

function differences(a: KernelOutput, b: KernelOutput, from = 0, to = a.reasons.length): string[] {
  const bad: string[] = [];
  for (const key of REFERENCE_FIELDS) {
    const x = a[key];
    const y = b[key];
    const size = x.BYTES_PER_ELEMENT;
    const xb = new Uint8Array(x.buffer, x.byteOffset + from * size, (to - from) * size);
    const yb = new Uint8Array(y.buffer, y.byteOffset + from * size, (to - from) * size);
    let shown = 0;
    for (let j = 0; j < xb.length && shown < 3; j++) {
      if (xb[j] !== yb[j]) {
        const row = from + Math.floor(j / size);
        bad.push(`${key}[${row}]: ${x[row]} vs reference ${y[row]}`);
        shown++;
        j = (row - from + 1) * size - 1;
      }
    }
  }
  return bad;
}

function compare(columns: ScoreColumnsInput, full: boolean): string[] {
  const input = prepareColumns(columns, "test");
  const a = prepareOutput(input.length, undefined, "test").out;
  const b = prepareOutput(input.length, undefined, "test").out;
  scoreKernel(input, a, 0, input.length, full);
  referenceKernel(input, b, 0, input.length, full);
  return differences(a, b);
}

const N = 60_000;
const cases: [string, EdgeOptions][] = [
  ["every column", {}],
  ["no head, arm or skinfold column", { extras: false }],
  ["days only, no oedema column", { months: false, oedema: false }],
  ["Float32Array measurements", { float32: true }],
  ["no extras, Float32Array", { extras: false, float32: true }],
];

describe("the optimised kernel equals the reference kernel bit for bit", () => {
  for (const [label, options] of cases) {
    for (const full of [false, true]) {
      it(`${label}, precision ${full ? "full" : "who"}`, () => {
        expect(compare(edgeColumns(N, 1000 + cases.findIndex((c) => c[0] === label), options), full)).toEqual([]);
      });
    }
  }

  it("on the benchmark's synthetic survey (both precisions)", () => {
    const cols = syntheticColumns(100_000, 99);
    expect(compare(cols, false)).toEqual([]);
    expect(compare(cols, true)).toEqual([]);
  });

  it("writes exactly the rows of a partial range [from, to), across block boundaries", () => {
    const input = prepareColumns(edgeColumns(5000, 77), "test");
    const n = input.length;
    for (const [from, to] of [[0, 1], [1, 2], [511, 513], [700, 1900], [4999, 5000], [1234, 1234]] as const) {
      const a = prepareOutput(n, undefined, "test").out;
      const b = prepareOutput(n, undefined, "test").out;
      for (const col of Object.values(a)) (col as Float64Array).fill(7);
      for (const col of Object.values(b)) (col as Float64Array).fill(7);
      scoreKernel(input, a, from, to, false);
      referenceKernel(input, b, from, to, false);
      expect(differences(a, b, 0, n), `[${from}, ${to})`).toEqual([]);
      if (from > 0) expect(a.zwei[from - 1]).toBe(7);
      if (to < n) expect(a.zwei[to]).toBe(7);
    }
  });
});

describe("exact fast paths of the helpers", () => {
  it("roundZ equals the definition on random values, near-ties and special values", () => {
    const rand = prng(5);
    const f = new Float64Array(1);
    const u = new BigUint64Array(f.buffer);
    const bad: number[] = [];
    const check = (x: number) => {
      if (!Object.is(roundZ(x), referenceRoundZ(x)) && bad.length < 10) bad.push(x);
    };
    for (let i = 0; i < 200_000; i++) {
      check((rand() - 0.5) * 20);
      check((rand() - 0.5) * 0.03);
      check((rand() - 0.5) * 4e6);
      // values within a few ulps of a 2-decimal tie, both signs
      f[0] = (Math.floor(rand() * 4000) + 0.5) / 100;
      const tie = u[0]!;
      for (let d = -3n; d <= 3n; d++) {
        u[0] = tie + d;
        check(f[0]!);
        check(-f[0]!);
      }
      // any double at all
      u[0] = BigInt(Math.floor(rand() * 2 ** 32)) * 2n ** 32n + BigInt(Math.floor(rand() * 2 ** 32));
      check(f[0]!);
    }
    for (const x of [0, -0, Number.NaN, Infinity, -Infinity, 5e-324, -5e-324, 0.005, -0.005, 1048575.995, 1048576.005, 2 ** 43, -(2 ** 43), 2.675, -2.675]) check(x);
    expect(bad).toEqual([]);
  });

  it("rPow(x, 1) is Math.pow(x, 1), which is x (the length and head tables have L = 1)", () => {
    const rand = prng(6);
    for (let i = 0; i < 100_000; i++) {
      const x = rand() * 3;
      expect(rPow(x, 1)).toBe(Math.pow(x, 1));
    }
    for (const x of [0, -0, Number.NaN, Infinity, -Infinity, 5e-324, -1, -2.5]) {
      expect(Object.is(rPow(x, 1), x === 0 ? 0 : Math.pow(x, 1))).toBe(true);
    }
  });
});
