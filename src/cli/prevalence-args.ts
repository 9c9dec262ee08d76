/** The options of `tumbuh prevalence`. */
import { usageError } from "./errors.js";
import { InputOptions, type InputArgs, outputPath } from "./input-options.js";
import { addColumnList, choice, columnName, scanOptions } from "./option-scanner.js";
import { SCORE_TARGETS } from "./targets.js";

export interface PrevalenceArgs extends InputArgs {
  /** Output path; undefined writes stdout. */
  readonly output: string | undefined;
  /** Design columns, by header name. */
  readonly weights: string | undefined;
  readonly cluster: string | undefined;
  readonly strata: string | undefined;
  /** Grouping columns, by header name (one breakdown each). */
  readonly by: readonly string[];
  /** The geographical region column (WHO anthro's `gregion`). */
  readonly region: string | undefined;
  /** The analysis: WHO Child Growth Standards (0–5 years) or WHO Growth Reference 2007 (5–19 years). */
  readonly ages: "0-5" | "5-19";
  readonly format: "csv" | "json";
  /** WHO anthro's (anthroplus's) table, labels and column names. */
  readonly whoAnthro: boolean;
  /** Add the WHO/UNICEF 2018 public health significance. */
  readonly significance: boolean;
}

/**
 * Parses the arguments after `tumbuh prevalence`.
 * @throws CliError (exit 2) for an unknown option, a missing or bad value, or options that do not go together
 */
export function parsePrevalenceArgs(argv: readonly string[]): PrevalenceArgs | "help" | "version" {
  const input = new InputOptions("prevalence", SCORE_TARGETS);
  let output: string | undefined;
  let weights: string | undefined;
  let cluster: string | undefined;
  let strata: string | undefined;
  const by: string[] = [];
  let region: string | undefined;
  let ages = "0-5" as "0-5" | "5-19";
  let format: "csv" | "json" = "csv";
  let whoAnthro = false as boolean;
  let significance = false as boolean;
  const asked = scanOptions(
    argv,
    (o) => {
      switch (o.name) {
        case "-o":
        case "--output":
          output = outputPath(o.value());
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
        case "--by":
          addColumnList(by, "--by", o.value());
          return true;
        case "--region":
          region = columnName("--region", o.value());
          return true;
        case "--ages":
          ages = choice("--ages", o.value(), ["0-5", "5-19"]);
          return true;
        case "--format":
          format = choice("--format", o.value(), ["csv", "json"]);
          return true;
        case "--who-anthro":
          o.flag();
          whoAnthro = true;
          return true;
        case "--significance":
          o.flag();
          significance = true;
          return true;
        default:
          return input.option(o);
      }
    },
    (arg) => input.positional(arg),
  );
  if (asked !== undefined) return asked;
  if (whoAnthro && significance) {
    throw usageError("--significance adds columns that WHO anthro's table does not have; leave out --who-anthro (or --significance)");
  }
  if (whoAnthro && ages === "0-5" && by.length > 1) {
    throw usageError("--who-anthro: WHO anthro's table has one \"Other grouping\"; give at most one --by column (and --region for the region)");
  }
  if (whoAnthro && ages === "5-19" && (by.length > 0 || region !== undefined)) {
    throw usageError("--who-anthro --ages 5-19: WHO anthroplus's table has no grouping columns; leave out --by and --region");
  }
  if (region !== undefined && by.some((b) => b.toLowerCase() === region!.toLowerCase())) {
    throw usageError(`column "${region}" is given to both --region and --by`);
  }
  return { ...input.build(), output, weights, cluster, strata, by, region, ages, format, whoAnthro, significance };
}
