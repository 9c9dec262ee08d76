/**
 * Seeded, edge-heavy random input columns for the exactness tests of the
 * bulk kernel and of the parallel scorer: every code (valid, missing,
 * invalid), ages in days and months across every boundary (0, 91 days,
 * 9 months, 731 days, 60, 120 and 228 months, far beyond), weights and
 * lengths from 0 and negatives to overflow, lengths on the 0.1 cm grid and
 * off it around the weight-for-length/height limits, NaN everywhere.
 */
import type { ScoreColumnsInput } from "../../src/index.js";
import { prng } from "../../bench/lib/synthetic.js";

export { prng };

export interface EdgeOptions {
  /** Give head, arm and skinfold columns (default true). */
  readonly extras?: boolean;
  /** Give an ageMonths column as well as ageDays (default true). */
  readonly months?: boolean;
  /** Give an oedema column (default true). */
  readonly oedema?: boolean;
  /** Use Float32Array for the measurements (default false). */
  readonly float32?: boolean;
}

export function edgeColumns(n: number, seed: number, options: EdgeOptions = {}): ScoreColumnsInput {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const F = options.float32 ? Float32Array : Float64Array;
  const sex = new Uint8Array(n);
  const measure = new Uint8Array(n);
  const oedema = new Uint8Array(n);
  const ageDays = new F(n);
  const ageMonths = new F(n);
  const weightKg = new F(n);
  const lenheiCm = new F(n);
  const headCm = new F(n);
  const muacCm = new F(n);
  const tricepsMm = new F(n);
  const subscapularMm = new F(n);
  const special = [Number.NaN, 0, -1, -0, Infinity, -Infinity, 1e-300, 1e300];
  const measurement = (typical: () => number): number => {
    const u = rand();
    if (u < 0.03) return Number.NaN;
    if (u < 0.05) return pick(special);
    if (u < 0.08) return rand() * 200; // anything
    const v = typical();
    return rand() < 0.6 ? Math.round(v * 10) / 10 : v;
  };
  const ageDaysBoundaries = [0, 0.5, 90.5, 91, 273.9375, 273.94, 730.49, 730.5, 731, 1826.2, 1826.25, 1826.3, 3652.5, 3652.6, 6939.75, 6940, 1e12, 3e9];
  for (let i = 0; i < n; i++) {
    const su = rand();
    sex[i] = su < 0.47 ? 1 : su < 0.94 ? 2 : su < 0.97 ? 0 : 255;
    const mu = rand();
    measure[i] = mu < 0.45 ? 1 : mu < 0.9 ? 2 : mu < 0.98 ? 0 : 255;
    const ou = rand();
    oedema[i] = ou < 0.9 ? 0 : ou < 0.94 ? 1 : ou < 0.98 ? 2 : 255;
    const au = rand();
    ageDays[i] =
      au < 0.55 ? rand() * 1826.25 : au < 0.7 ? Math.floor(rand() * 1827) : au < 0.8 ? pick(ageDaysBoundaries) + (rand() < 0.5 ? 0 : (rand() - 0.5) * 1e-9) : au < 0.9 ? rand() * 7000 : au < 0.95 ? Number.NaN : pick(special);
    ageMonths[i] = rand() < 0.5 ? Number.NaN : rand() < 0.9 ? rand() * 240 : pick([0, 9, 60, 120, 120.5, 228, 228.01, ...special]);
    const months = ageDays[i]! === ageDays[i]! ? ageDays[i]! / 30.4375 : ageMonths[i]!;
    const grown = Math.min(Math.max(months, 0), 228) || 0;
    const lu = rand();
    lenheiCm[i] =
      lu < 0.15
        ? pick([45, 44.9, 45.7, 65, 64.3, 65.7, 87, 110, 110.7, 109.3, 120, 120.7, 119.3, 0.7, 0.69]) + (rand() < 0.7 ? 0 : (rand() - 0.5) * 1e-6)
        : measurement(() => (grown < 24 ? 50 + grown * 1.5 : 86 + (grown - 24) * 0.55) + (rand() - 0.5) * 14);
    weightKg[i] = measurement(() => 3.3 + grown * (grown < 12 ? 0.55 : 0.2) * (0.5 + rand()) + (rand() - 0.5) * 4);
    headCm[i] = measurement(() => 34 + Math.sqrt(grown) * 2 + (rand() - 0.5) * 8);
    muacCm[i] = measurement(() => 11 + grown * 0.05 + (rand() - 0.5) * 6);
    tricepsMm[i] = measurement(() => 9 + (rand() - 0.5) * 10);
    subscapularMm[i] = measurement(() => 7 + (rand() - 0.5) * 8);
    if (rand() < 0.001) weightKg[i] = 1e300; // overflowing BMI
  }
  const columns: Record<string, unknown> = { sex, ageDays, weightKg, lenheiCm, measure };
  if (options.months !== false) columns.ageMonths = ageMonths;
  if (options.oedema !== false) columns.oedema = oedema;
  if (options.extras !== false) Object.assign(columns, { headCm, muacCm, tricepsMm, subscapularMm });
  return columns as unknown as ScoreColumnsInput;
}
