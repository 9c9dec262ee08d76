/**
 * Gives every property of a test file the run's fast-check seed, and its
 * default number of runs (fast-check's 100, times `FC_RUNS` when exploring);
 * see fast-check-global.ts.
 */
import fc from "fast-check";
import { inject } from "vitest";

fc.configureGlobal({ seed: inject("fcSeed"), numRuns: 100 * inject("fcRuns") });
