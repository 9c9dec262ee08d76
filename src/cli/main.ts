/**
 * The command line's entry point: `main(argv, io)` runs `tumbuh` with the
 * arguments after the program name and returns the exit code (0 done,
 * 1 data or file error, 2 usage error). It never exits the process.
 */
import { parseArgs } from "./args.js";
import { CliError } from "./errors.js";
import { MAIN_HELP, SCORE_HELP, VERSION } from "./help.js";
import { runScore, type CommandIo, type ScoreTuning } from "./score-command.js";

export type { CommandIo, ScoreTuning } from "./score-command.js";

/**
 * Runs the command line.
 * @param argv - the arguments after `tumbuh`, e.g. `["score", "in.csv", "-o", "out.csv"]`
 * @param io - the streams to use (default: the process's)
 * @param tuning - internal knobs for tests and benchmarks
 * @returns the exit code
 */
export async function main(argv: string[], io?: CommandIo, tuning?: ScoreTuning): Promise<number> {
  const streams: CommandIo = io ?? { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case "help":
        streams.stdout.write(command.topic === "score" ? SCORE_HELP : MAIN_HELP);
        return 0;
      case "version":
        streams.stdout.write(`${VERSION}\n`);
        return 0;
      case "score":
        await runScore(command.args, streams, tuning);
        return 0;
    }
  } catch (e) {
    if (e instanceof CliError) {
      streams.stderr.write(`tumbuh: error: ${e.message}\n`);
      if (e.exitCode === 2) streams.stderr.write("Run `tumbuh score --help` for usage.\n");
      return e.exitCode;
    }
    const err = e as { code?: string; message?: string };
    if (err.code === "EPIPE") return 1; // the reader went away (e.g. `| head`)
    streams.stderr.write(`tumbuh: error: ${err.message ?? String(e)}\n`);
    return 1;
  }
}
