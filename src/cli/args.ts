/**
 * Command-line arguments: `tumbuh COMMAND [options] [IN.csv]`. Parsing only;
 * nothing here touches files. Each command's options are parsed in its own
 * file (`score-args.ts`, …).
 */
import { usageError } from "./errors.js";
import { parsePrevalenceArgs, type PrevalenceArgs } from "./prevalence-args.js";
import { parseQualityArgs, type QualityArgs } from "./quality-args.js";
import { parseScoreArgs, type ScoreArgs } from "./score-args.js";
import { parseSkdnArgs, type SkdnArgs } from "./skdn-args.js";
import { parseReportArgs, type ReportArgs } from "./report-args.js";
import { parseChartArgs, type ChartArgs } from "./chart-args.js";

export type { ScoreArgs } from "./score-args.js";

/** The commands, in the order the help lists them. */
export const COMMANDS = ["score", "quality", "skdn", "prevalence", "report", "chart"] as const;
export type CommandName = (typeof COMMANDS)[number];

export type Command =
  | { readonly kind: "help"; readonly topic: "main" | CommandName }
  | { readonly kind: "version" }
  | { readonly kind: "score"; readonly args: ScoreArgs }
  | { readonly kind: "quality"; readonly args: QualityArgs }
  | { readonly kind: "skdn"; readonly args: SkdnArgs }
  | { readonly kind: "prevalence"; readonly args: PrevalenceArgs }
  | { readonly kind: "report"; readonly args: ReportArgs }
  | { readonly kind: "chart"; readonly args: ChartArgs };

/** Whether `name` is a command. */
export function isCommand(name: string | undefined): name is CommandName {
  return (COMMANDS as readonly (string | undefined)[]).includes(name);
}

/**
 * Parses the arguments after `tumbuh`.
 * @throws CliError (exit 2) for an unknown command or option, a missing value, a bad --col
 */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) throw usageError("missing command; try `tumbuh score IN.csv -o OUT.csv` or `tumbuh --help`");
  const first = argv[0]!;
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = argv[1];
    return { kind: "help", topic: isCommand(topic) ? topic : "main" };
  }
  if (first === "--version" || first === "-v" || first === "-V") return { kind: "version" };
  if (!isCommand(first)) {
    throw usageError(first.startsWith("-") ? `unknown option ${first}` : `unknown command "${first}"; the commands are ${COMMANDS.join(", ")}`);
  }
  const rest = argv.slice(1);
  switch (first) {
    case "score":
      return wrap("score", parseScoreArgs(rest), (args) => ({ kind: "score", args }));
    case "quality":
      return wrap("quality", parseQualityArgs(rest), (args) => ({ kind: "quality", args }));
    case "skdn":
      return wrap("skdn", parseSkdnArgs(rest), (args) => ({ kind: "skdn", args }));
    case "prevalence":
      return wrap("prevalence", parsePrevalenceArgs(rest), (args) => ({ kind: "prevalence", args }));
    case "report":
      return wrap("report", parseReportArgs(rest), (args) => ({ kind: "report", args }));
    case "chart":
      return wrap("chart", parseChartArgs(rest), (args) => ({ kind: "chart", args }));
  }
}

function wrap<A>(name: CommandName, parsed: A | "help" | "version", command: (args: A) => Command): Command {
  if (parsed === "help") return { kind: "help", topic: name };
  if (parsed === "version") return { kind: "version" };
  return command(parsed);
}
