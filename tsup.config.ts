import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig([
  {
    // The library: ESM + CommonJS with declarations for both.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: true,
    treeshake: true,
    splitting: false,
    target: "es2022",
  },
  {
    // The command line (Node only).
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    platform: "node",
    target: "node18",
    banner: { js: "#!/usr/bin/env node" },
    define: { __TUMBUH_VERSION__: JSON.stringify(version) },
    clean: false,
  },
  {
    // tumbuh/parallel (Node only, ESM): scoreColumns on worker threads, and its worker.
    entry: { parallel: "src/parallel/index.ts", "parallel-worker": "src/parallel/parallel-worker.ts" },
    format: ["esm"],
    platform: "node",
    target: "node18",
    dts: { entry: { parallel: "src/parallel/index.ts" } },
    tsconfig: "tsconfig.node.json",
    splitting: false,
    clean: false,
  },
]);
