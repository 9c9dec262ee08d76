/** The options of `tumbuh skdn`. */
import { usageError } from "./errors.js";
import { InputOptions, type InputArgs, outputPath } from "./input-options.js";
import { addColumnList, choice, columnName, scanOptions } from "./option-scanner.js";
import { SKDN_TARGETS } from "./targets.js";

export interface SkdnArgs extends InputArgs {
  /** Output path of the table; undefined writes stdout. */
  readonly output: string | undefined;
  /** Header of the child id column. */
  readonly id: string;
  /** Grouping columns, by header name. */
  readonly by: readonly string[];
  /** A CSV of registered children (sasaran) per group and month. */
  readonly register: string | undefined;
  /** First and last month reported, `YYYY-MM`. */
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly format: "csv" | "json";
  /** Where the case list goes, if anywhere. */
  readonly cases: string | undefined;
}

function month(option: string, value: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(value.trim());
  if (m === null || Number(m[2]) < 1 || Number(m[2]) > 12) throw usageError(`${option} must be a month YYYY-MM (e.g. 2025-03); got "${value}"`);
  return value.trim();
}

/**
 * Parses the arguments after `tumbuh skdn`.
 * @throws CliError (exit 2) for an unknown option, a missing or bad value, no --id
 */
export function parseSkdnArgs(argv: readonly string[]): SkdnArgs | "help" | "version" {
  const input = new InputOptions("skdn", SKDN_TARGETS);
  let output: string | undefined;
  let id: string | undefined;
  const by: string[] = [];
  let register: string | undefined;
  let from: string | undefined;
  let to: string | undefined;
  let format: "csv" | "json" = "csv";
  let cases: string | undefined;
  const asked = scanOptions(
    argv,
    (o) => {
      switch (o.name) {
        case "-o":
        case "--output":
          output = outputPath(o.value());
          return true;
        case "--id":
          id = columnName("--id", o.value());
          return true;
        case "--by":
          addColumnList(by, "--by", o.value());
          return true;
        case "--register":
          register = o.value();
          return true;
        case "--from":
          from = month("--from", o.value());
          return true;
        case "--to":
          to = month("--to", o.value());
          return true;
        case "--format":
          format = choice("--format", o.value(), ["csv", "json"]);
          return true;
        case "--cases":
          cases = o.value();
          return true;
        default:
          return input.option(o);
      }
    },
    (arg) => input.positional(arg),
  );
  if (asked !== undefined) return asked;
  if (id === undefined) throw usageError("--id COL is required: the column that identifies each child (e.g. --id child_id)");
  if (from !== undefined && to !== undefined && from > to) throw usageError(`--from ${from} is after --to ${to}`);
  if (cases !== undefined && cases !== "-" && cases === output) throw usageError("--cases and -o name the same file");
  if (cases === "-" && output === undefined) throw usageError("--cases - and the table would both go to stdout; give -o for the table or a file for --cases");
  return { ...input.build(), output, id, by, register, from, to, format, cases: cases === "-" ? "-" : cases };
}
