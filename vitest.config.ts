import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts", "test/property/**/*.test.ts", "test/reference/**/*.test.ts", "test/docs/**/*.test.ts"],
    testTimeout: 60_000,
    benchmark: {
      include: ["bench/**/*.bench.ts"],
    },
  },
});
