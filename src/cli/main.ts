/**
 * The command line's entry point: `main(argv, io)` runs `tumbuh` with the
 * arguments after the program name and returns the exit code (0 done,
 * 1 data or file error, 2 usage error). It never exits the process.
 */
import { isCommand, parseArgs } from "./args.js";
import type { CommandIo, ScoreTuning } from "./command-io.js";
import { CliError } from "./errors.js";
import { helpText, VERSION } from "./help.js";
import { runChart } from "./chart-command.js";
import { runPrevalence } from "./prevalence-command.js";
import { runQuality } from "./quality-command.js";
import { runReport } from "./report-command.js";
import { runScore } from "./score-command.js";
import { runSkdn } from "./skdn-command.js";

export type { CommandIo, ScoreTuning } from "./command-io.js";

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
        streams.stdout.write(helpText(command.topic));
        return 0;
      case "version":
        streams.stdout.write(`${VERSION}\n`);
        return 0;
      case "score":
        await runScore(command.args, streams, tuning);
        return 0;
      case "quality":
        await runQuality(command.args, streams, tuning);
        return 0;
      case "skdn":
        await runSkdn(command.args, streams, tuning);
        return 0;
      case "prevalence":
        await runPrevalence(command.args, streams, tuning);
        return 0;
      case "report":
        await runReport(command.args, streams, tuning);
        return 0;
      case "chart":
        await runChart(command.args, streams, tuning);
        return 0;
    }
  } catch (e) {
    if (e instanceof CliError) {
      streams.stderr.write(`tumbuh: error: ${e.message}\n`);
      if (e.exitCode === 2) {
        const topic = isCommand(argv[0]) ? `tumbuh ${argv[0]} --help` : "tumbuh --help";
        streams.stderr.write(`Run \`${topic}\` for usage.\n`);
      }
      return e.exitCode;
    }
    const err = e as { code?: string; message?: string };
    if (err.code === "EPIPE") return 1; // the reader went away (e.g. `| head`)
    streams.stderr.write(`tumbuh: error: ${err.message ?? String(e)}\n`);
    return 1;
  }
}
