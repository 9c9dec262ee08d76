import { inject } from "vitest";

/**
 * The number of runs of a property: `n` in `npm test`, `n × FC_RUNS` in
 * `npm run test:explore`.
 */
export function runs(n: number): number {
  return n * inject("fcRuns");
}
