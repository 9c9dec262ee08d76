/**
 * The command line's entry point: `main(argv, io)` runs `tumbuh` with the
 * arguments after the program name and returns the exit code (0 done,
 * 1 data or file error — or, for `check`, something misclassified —,
 * 2 usage error). It never exits the process.
 */
import { printable } from "../util/printable.js";
import { mainHelp } from "./commands/main-help.js";
import { COMMANDS, findCommand } from "./commands/registry.js";
import type { CommandIo, ScoreTuning } from "./io/command-io.js";
import { CliError, usageError } from "./io/errors.js";
import { HELP, VERSION_OPTION } from "./options/shared.js";
import { VERSION } from "./version.js";

export type { CommandIo, ScoreTuning } from "./io/command-io.js";

const isHelp = (arg: string) => arg === "help" || HELP.names.includes(arg);
const isVersion = (arg: string) => [...VERSION_OPTION.names, ...VERSION_OPTION.aliases].includes(arg);

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
    if (argv.length === 0) throw usageError("missing command; try `tumbuh score IN.csv -o OUT.csv` or `tumbuh --help`");
    const first = argv[0]!;
    if (isHelp(first)) {
      streams.stdout.write(findCommand(argv[1])?.help() ?? mainHelp());
      return 0;
    }
    if (isVersion(first)) {
      streams.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = findCommand(first);
    if (command === undefined) {
      throw usageError(first.startsWith("-") ? `unknown option ${first}` : `unknown command "${first}"; the commands are ${COMMANDS.map((c) => c.name).join(", ")}`);
    }
    const parsed = command.parse(argv.slice(1));
    if (parsed === "help") streams.stdout.write(command.help());
    else if (parsed === "version") streams.stdout.write(`${VERSION}\n`);
    else return (await parsed(streams, tuning ?? {})) ?? 0;
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      streams.stderr.write(`tumbuh: error: ${printable(e.message)}\n`);
      if (e.exitCode === 2) {
        const topic = findCommand(argv[0]) !== undefined ? `tumbuh ${argv[0]} --help` : "tumbuh --help";
        streams.stderr.write(`Run \`${topic}\` for usage.\n`);
      }
      return e.exitCode;
    }
    const err = e as { code?: string; message?: string };
    if (err.code === "EPIPE") return 1; // the reader went away (e.g. `| head`)
    streams.stderr.write(`tumbuh: error: ${printable(err.message ?? String(e))}\n`);
    return 1;
  }
}
