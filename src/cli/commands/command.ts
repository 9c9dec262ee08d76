/**
 * What a command is: its table (options, help texts) and its run. A
 * command folder exports one {@link Command} made by {@link defineCommand};
 * `registry.ts` lists them. The parser and the help come from the same
 * table, with `-h`/`--help` and `-v`/`--version` added to every command.
 */
import type { CommandIo, ScoreTuning } from "../io/command-io.js";
import { commandHelp, usageItem, type HelpSection } from "../options/help.js";
import type { AnyOption, ArgsOf } from "../options/option.js";
import { parseOptions } from "../options/parse.js";
import { HELP, VERSION_OPTION } from "../options/shared.js";

/** A command as data, the parts its help is made of included. */
export interface CommandSpec<T extends readonly AnyOption[], A> {
  /** `score`: `tumbuh score`. */
  readonly name: string;
  /** One line for the main help. */
  readonly summary: string;
  /** What the main help's usage line of the command shows: the input (`IN.csv`) and option names (`--id`, `-o`). */
  readonly synopsis: readonly string[];
  /** Paragraphs, one per line. */
  readonly description: string;
  /** Blocks between the description and the options (the columns read, …). */
  readonly sections?: readonly HelpSection[];
  /** The options, in the order the help lists them. */
  readonly options: T;
  /** Paragraphs after the options. */
  readonly notes?: string;
  readonly examples: readonly string[];
  /** The exit codes, when they differ from every other command's. */
  readonly exitStatus?: string;
  /** Rules across the command's options, run after the required ones are checked and before the shared input rules. */
  readonly check?: (args: ArgsOf<T>) => void;
  /** The arguments the command runs with, from the checked ones (derived values, rules that need the checked input options); without it, the checked ones. */
  readonly finish?: (args: ArgsOf<T>) => A;
  /** Runs the command; a number is the exit status (`check`: 1 when something is misclassified), nothing is 0. */
  readonly run: (args: A, io: CommandIo, tuning: ScoreTuning) => Promise<void | number>;
}

/** A command, whatever its arguments. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Every option, `-h` and `-v` included. */
  readonly options: readonly AnyOption[];
  /** The main help's line: `tumbuh skdn IN.csv --id COL [--by COL[,COL...]] [options]`. */
  synopsis(): string;
  /** The `--help` text. */
  help(): string;
  /**
   * Parses the arguments after the command's name.
   * @returns "help" or "version" when asked for, else the run
   * @throws CliError (exit 2) for a usage error
   */
  parse(argv: readonly string[]): "help" | "version" | ((io: CommandIo, tuning: ScoreTuning) => Promise<void | number>);
}

/** The command made of `spec`: without `finish`, it runs with the parsed arguments as they are. */
export function defineCommand<const T extends readonly AnyOption[]>(spec: CommandSpec<T, ArgsOf<T>> & { readonly finish?: undefined }): Command;
/** The command made of `spec`: `finish` makes the arguments it runs with. */
export function defineCommand<const T extends readonly AnyOption[], A>(spec: CommandSpec<T, A> & { readonly finish: (args: ArgsOf<T>) => A }): Command;
export function defineCommand<const T extends readonly AnyOption[], A>(spec: CommandSpec<T, A>): Command {
  // an option listed twice (`--lang` in a command's table and in the input options) is one option, where first listed
  const options: readonly AnyOption[] = [...new Set<AnyOption>([...spec.options, HELP, VERSION_OPTION])];
  return {
    name: spec.name,
    summary: spec.summary,
    options,
    synopsis: () => {
      const items = spec.synopsis.map((name) => {
        const o = options.find((x) => (x.positional === true ? x.value === name : x.names.includes(name)));
        if (o === undefined) throw new Error(`tumbuh ${spec.name}: the synopsis names ${name}, which is not one of its options`);
        return o.positional === true ? name : usageItem(o);
      });
      return `tumbuh ${spec.name} ${items.join(" ")} [options]`;
    },
    help: () => commandHelp({ ...spec, command: `tumbuh ${spec.name}`, options }),
    parse: (argv) => {
      // -h and -v end the parse before any value is used, so the table's type is that of the command's own options.
      const parsed = parseOptions(options as unknown as T, argv, spec.check);
      if (typeof parsed === "string") return parsed;
      // (the overloads allow no `finish` only where the command runs with the parsed arguments)
      const args = spec.finish === undefined ? (parsed as unknown as A) : spec.finish(parsed);
      return (io, tuning) => spec.run(args, io, tuning);
    },
  };
}
