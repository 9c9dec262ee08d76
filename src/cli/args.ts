/**
 * Command-line arguments: `tumbuh [score] [options] [IN.csv]`. Parsing only;
 * nothing here touches files.
 */
import { usageError } from "./errors.js";
import { TARGETS, targetByName } from "./targets.js";

/** The options of `tumbuh score`. */
export interface ScoreArgs {
  /** Input path; `-` reads stdin, undefined too (when stdin is not a terminal). */
  readonly input: string | undefined;
  /** Output path; undefined writes stdout (also for `-`). */
  readonly output: string | undefined;
  readonly precision: "who" | "full";
  /** Explicit column mappings, target name → header name (from --col, --dob, --visit). */
  readonly columns: ReadonlyMap<string, string>;
  /** The field delimiter; undefined = comma, or semicolon when the header has semicolons and no comma. */
  readonly delimiter: string | undefined;
  /** true = --progress, false = --quiet, undefined = when stderr is a terminal. */
  readonly progress: boolean | undefined;
}

export type Command =
  | { readonly kind: "help"; readonly topic: "main" | "score" }
  | { readonly kind: "version" }
  | { readonly kind: "score"; readonly args: ScoreArgs };

const DELIMITERS: Readonly<Record<string, string>> = { ",": ",", ";": ";", "\t": "\t", "\\t": "\t", tab: "\t", "|": "|" };

/**
 * Parses the arguments after `tumbuh`.
 * @throws CliError (exit 2) for an unknown command or option, a missing value, a bad --col
 */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) throw usageError("missing command; try `tumbuh score IN.csv -o OUT.csv` or `tumbuh --help`");
  const first = argv[0]!;
  if (first === "--help" || first === "-h" || first === "help") return { kind: "help", topic: "main" };
  if (first === "--version" || first === "-v" || first === "-V") return { kind: "version" };
  if (first !== "score") {
    throw usageError(first.startsWith("-") ? `unknown option ${first}` : `unknown command "${first}"; the command is \`score\``);
  }
  return parseScore(argv.slice(1));
}

function parseScore(argv: readonly string[]): Command {
  let input: string | undefined;
  let inputSeen = false;
  let output: string | undefined;
  let precision: "who" | "full" = "who";
  let delimiter: string | undefined;
  let progress: boolean | undefined;
  const columns = new Map<string, string>();
  let optionsDone = false;

  const setColumn = (target: string, header: string, option: string) => {
    if (header.trim() === "") throw usageError(`${option}: the header name is empty`);
    if (columns.has(target)) throw usageError(`${option}: column ${target} is mapped twice`);
    columns.set(target, header);
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsDone || arg === "-" || !arg.startsWith("-")) {
      if (inputSeen) throw usageError(`unexpected argument "${arg}"; give one input file (or - for stdin)`);
      inputSeen = true;
      input = arg;
      continue;
    }
    if (arg === "--") {
      optionsDone = true;
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[i + 1];
      if (v === undefined) throw usageError(`${name} needs a value`);
      i++;
      return v;
    };
    const flag = () => {
      if (inline !== undefined) throw usageError(`${name} takes no value`);
    };
    switch (name) {
      case "-h":
      case "--help":
        return { kind: "help", topic: "score" };
      case "-v":
      case "-V":
      case "--version":
        return { kind: "version" };
      case "-o":
      case "--output": {
        const v = value();
        output = v === "-" ? undefined : v;
        break;
      }
      case "--precision": {
        const v = value();
        if (v !== "who" && v !== "full") throw usageError(`--precision must be "who" or "full"; got "${v}"`);
        precision = v;
        break;
      }
      case "--col": {
        const v = value();
        const at = v.indexOf("=");
        if (at < 0) throw usageError(`--col needs NAME=HEADER (e.g. --col age_days=umur_hari); got "${v}"`);
        const target = v.slice(0, at).trim().toLowerCase();
        if (targetByName(target) === undefined) {
          throw usageError(`--col: unknown column name "${v.slice(0, at)}"; expected one of ${TARGETS.map((t) => t.name).join(", ")}`);
        }
        setColumn(target, v.slice(at + 1), "--col");
        break;
      }
      case "--dob":
        setColumn("dob", value(), "--dob");
        break;
      case "--visit":
        setColumn("visit_date", value(), "--visit");
        break;
      case "--delimiter": {
        const v = value();
        const d = DELIMITERS[v];
        if (d === undefined) throw usageError(`--delimiter must be one of , ; | tab; got "${v}"`);
        delimiter = d;
        break;
      }
      case "-q":
      case "--quiet":
        flag();
        progress = false;
        break;
      case "--progress":
        flag();
        progress = true;
        break;
      default:
        throw usageError(`unknown option ${name}`);
    }
  }
  if (columns.has("dob") !== columns.has("visit_date")) {
    throw usageError("--dob and --visit go together: age is the difference of the two dates");
  }
  if (columns.has("dob") && columns.has("age_days")) {
    throw usageError("give the age either as --col age_days=… or as --dob/--visit dates, not both");
  }
  return { kind: "score", args: { input, output, precision, columns, delimiter, progress } };
}
