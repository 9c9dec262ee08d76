/**
 * Seeded synthetic 0–5-year records for the benchmarks: sex, age in whole
 * days, weight (0.1 kg), length/height (0.1 cm) and the measuring position,
 * drawn around the WHO medians so that the z-scores look like a real survey
 * (a few per cent in the restricted tails beyond ±3 SD, a few per cent
 * missing, some positions that need the ±0.7 cm conversion).
 */
import { INDICATOR_SPECS } from "../../src/who/registry.js";

/** mulberry32: a small, fast, seeded 32-bit PRNG returning [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The columns `scoreColumns` reads for the 0–5-year benchmark (typed arrays). */
export interface SyntheticColumns {
  sex: Uint8Array;
  ageDays: Float64Array;
  weightKg: Float64Array;
  lenheiCm: Float64Array;
  measure: Uint8Array;
}

/**
 * `n` records from `seed`. Ages 0–1826 days (under 60 months), z-scores of
 * weight and length ~ N(0, 1.3²); 2 % missing weight, 3 % missing length,
 * 1 % missing position; 90 % lying under 2 years and standing from 2 years.
 * With `buffer` (e.g. SharedArrayBuffer) the columns are allocated on it.
 */
export function syntheticColumns(n: number, seed = 20240601, buffer?: (bytes: number) => ArrayBufferLike): SyntheticColumns {
  const alloc = <T>(Ctor: { new (b: ArrayBufferLike): T; new (n: number): T; BYTES_PER_ELEMENT: number }): T =>
    buffer ? new Ctor(buffer(n * Ctor.BYTES_PER_ELEMENT)) : new Ctor(n);
  const sex = alloc(Uint8Array);
  const ageDays = alloc(Float64Array);
  const weightKg = alloc(Float64Array);
  const lenheiCm = alloc(Float64Array);
  const measure = alloc(Uint8Array);
  const wei = INDICATOR_SPECS.wei.table();
  const len = INDICATOR_SPECS.len.table();
  const rand = prng(seed);
  const normal = () => {
    // Box–Muller; one value per call is enough here.
    const u = 1 - rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
  for (let i = 0; i < n; i++) {
    const sx = rand() < 0.5 ? 1 : 2;
    const day = Math.floor(rand() * 1827);
    const k = (sx - 1) * wei.rowsPerSex + day;
    const kl = (sx - 1) * len.rowsPerSex + day;
    const wz = 1.3 * normal();
    const lz = 1.3 * normal();
    const w = wei.m[k]! * (1 + wei.s[k]! * wz);
    const l = len.m[kl]! * (1 + len.s[kl]! * lz);
    sex[i] = sx;
    ageDays[i] = day;
    weightKg[i] = rand() < 0.02 || !(w > 0.5) ? Number.NaN : Math.round(w * 10) / 10;
    lenheiCm[i] = rand() < 0.03 ? Number.NaN : Math.round(l * 10) / 10;
    const u = rand();
    measure[i] = u < 0.01 ? 0 : (day < 731) === u < 0.9 ? 1 : 2;
  }
  return { sex, ageDays, weightKg, lenheiCm, measure };
}
