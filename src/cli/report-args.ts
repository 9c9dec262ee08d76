/** The options of `tumbuh report`. */
import { usageError } from "./errors.js";
import { InputOptions, type InputArgs, outputPath } from "./input-options.js";
import { addColumnList, choice, columnName, scanOptions } from "./option-scanner.js";
import { TARGETS } from "./targets.js";

export interface ReportArgs extends InputArgs {
  /** Output path; undefined writes stdout. */
  readonly output: string | undefined;
  /** Header of the child id column. */
  readonly id: string;
  /** Grouping columns, by header name (kelurahan, puskesmas, …); one breakdown each. */
  readonly by: readonly string[];
  /** The month analysed, `YYYY-MM`; undefined = the latest month in which most children were measured for length/height. */
  readonly month: string | undefined;
  readonly lang: "en" | "id";
  readonly format: "text" | "markdown" | "json";
  /** Survey design columns, passed to `prevalence` (a census has none). */
  readonly weights: string | undefined;
  readonly cluster: string | undefined;
  readonly strata: string | undefined;
}

/** What `tumbuh report` reads: every measurement, the dates and the KIA book (for K of SKDN). */
export const REPORT_TARGETS = TARGETS;

function month(option: string, value: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(value.trim());
  if (m === null || Number(m[2]) < 1 || Number(m[2]) > 12) throw usageError(`${option} must be a month YYYY-MM (e.g. 2025-08); got "${value}"`);
  return value.trim();
}

/**
 * Parses the arguments after `tumbuh report`.
 * @throws CliError (exit 2) for an unknown option, a missing or bad value, no --id
 */
export function parseReportArgs(argv: readonly string[]): ReportArgs | "help" | "version" {
  const input = new InputOptions("report", REPORT_TARGETS);
  let output: string | undefined;
  let id: string | undefined;
  const by: string[] = [];
  let monthArg: string | undefined;
  let lang: "en" | "id" = "en";
  let format: "text" | "markdown" | "json" = "text";
  let weights: string | undefined;
  let cluster: string | undefined;
  let strata: string | undefined;
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
        case "--month":
          monthArg = month("--month", o.value());
          return true;
        case "--lang":
          lang = choice("--lang", o.value(), ["en", "id"]);
          return true;
        case "--format":
          format = choice("--format", o.value(), ["text", "markdown", "json"]);
          return true;
        case "--weights":
          weights = columnName("--weights", o.value());
          return true;
        case "--cluster":
          cluster = columnName("--cluster", o.value());
          return true;
        case "--strata":
          strata = columnName("--strata", o.value());
          return true;
        default:
          return input.option(o);
      }
    },
    (arg) => input.positional(arg),
  );
  if (asked !== undefined) return asked;
  if (id === undefined) throw usageError("--id COL is required: the column that identifies each child (e.g. --id child_id)");
  const idKey = id.toLowerCase();
  if (by.some((b) => b.toLowerCase() === idKey)) throw usageError(`column "${id}" is given to both --id and --by`);
  return { ...input.build(), output, id, by, month: monthArg, lang, format, weights, cluster, strata };
}
