/** The `tumbuh` executable (built to dist/cli.js). */
import { main } from "./main.js";
import { removeTemporaryFiles } from "./io/output.js";

for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.once(signal, () => {
    removeTemporaryFiles();
    process.exit(code);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`tumbuh: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
