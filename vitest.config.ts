import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts", "test/property/**/*.test.ts", "test/reference/**/*.test.ts", "test/docs/**/*.test.ts", "test/fuzz/**/*.test.ts"],
    testTimeout: 60_000,
    // fast-check: a fixed, printed seed (FC_SEED / FC_RUNS to explore; see test/support/fast-check-global.ts)
    globalSetup: ["test/support/fast-check-global.ts"],
    setupFiles: ["test/support/fast-check-setup.ts"],
    benchmark: {
      include: ["bench/**/*.bench.ts"],
    },
  },
});
