import { defineConfig } from "vitest/config";

// Smoke tests run after `npm run build` against the built package in dist/.
export default defineConfig({
  test: {
    include: ["test/smoke/**/*.test.ts"],
    testTimeout: 120_000,
  },
});
