/** The `tumbuh` executable (built to dist/cli.js). */
import { constants } from "node:os";
import { main } from "./main.js";
import { removeTemporaryFiles } from "./io/output.js";

/**
 * The signals that end the process by default and can be caught: each one
 * removes the temporary files of an unfinished output (no half-written file
 * is left behind) and ends the process with 128 + the signal's number, as
 * a shell reports it. SIGKILL cannot be caught: it may leave a hidden
 * `.NAME.tumbuh-ID.tmp` file, never a file under the output's name.
 */
const SIGNALS = ["SIGHUP", "SIGINT", "SIGQUIT", "SIGTERM", "SIGALRM", "SIGUSR2", "SIGVTALRM", "SIGXCPU", "SIGXFSZ", "SIGBREAK"] as const;

for (const signal of SIGNALS) {
  const number = (constants.signals as Partial<Record<string, number>>)[signal];
  if (number === undefined) continue; // not on this platform
  try {
    process.once(signal, () => {
      removeTemporaryFiles();
      process.exit(128 + number);
    });
  } catch {
    // a signal the platform does not let a process handle
  }
}
process.once("exit", removeTemporaryFiles);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`tumbuh: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`); // a stack trace: several lines, none from the data
    process.exitCode = 1;
  },
);
