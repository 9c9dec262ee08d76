/**
 * Picks the fast-check seed of a test run and prints it once.
 *
 * `npm test` runs every property on a fixed seed, so that its result is the
 * same on every run; `npm run test:explore` sets `FC_SEED=random` (a fresh
 * seed) and `FC_RUNS` (more runs per property). To repeat a run, set
 * `FC_SEED` to the seed it printed.
 */
import type { TestProject } from "vitest/node";

/** The seed `npm test` uses. */
export const FIXED_SEED = 20261204;

declare module "vitest" {
  export interface ProvidedContext {
    fcSeed: number;
    fcRuns: number;
  }
}

export default function setup(project: TestProject): void {
  const asked = process.env.FC_SEED;
  const seed = asked === undefined || asked === "" ? FIXED_SEED : asked === "random" ? (Date.now() ^ (Math.random() * 0x100000000)) | 0 : Number(asked);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random"; got "${asked}"`);
  const runs = process.env.FC_RUNS === undefined ? 1 : Number(process.env.FC_RUNS);
  if (!(runs >= 1 && Number.isInteger(runs))) throw new Error(`FC_RUNS must be a whole number ≥ 1; got "${process.env.FC_RUNS}"`);
  project.provide("fcSeed", seed);
  project.provide("fcRuns", runs);
  process.stdout.write(`fast-check seed ${seed}${runs > 1 ? `, runs ×${runs}` : ""} (repeat with FC_SEED=${seed}${runs > 1 ? ` FC_RUNS=${runs}` : ""})\n`);
}
