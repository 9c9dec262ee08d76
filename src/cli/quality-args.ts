/** The options of `tumbuh quality`. */
import { InputOptions, type InputArgs, outputPath } from "./input-options.js";
import { addColumnList, choice, scanOptions } from "./option-scanner.js";
import { SCORE_TARGETS } from "./targets.js";

export interface QualityArgs extends InputArgs {
  /** Output path; undefined writes stdout. */
  readonly output: string | undefined;
  /** Grouping columns, by header name. */
  readonly by: readonly string[];
  /** Language of the text report. */
  readonly lang: "en" | "id";
  readonly format: "text" | "json";
}

/**
 * Parses the arguments after `tumbuh quality`.
 * @throws CliError (exit 2) for an unknown option, a missing or bad value
 */
export function parseQualityArgs(argv: readonly string[]): QualityArgs | "help" | "version" {
  const input = new InputOptions("quality", SCORE_TARGETS);
  let output: string | undefined;
  const by: string[] = [];
  let lang: "en" | "id" = "en";
  let format: "text" | "json" = "text";
  const asked = scanOptions(
    argv,
    (o) => {
      switch (o.name) {
        case "-o":
        case "--output":
          output = outputPath(o.value());
          return true;
        case "--by":
          addColumnList(by, "--by", o.value());
          return true;
        case "--lang":
          lang = choice("--lang", o.value(), ["en", "id"]);
          return true;
        case "--format":
          format = choice("--format", o.value(), ["text", "json"]);
          return true;
        default:
          return input.option(o);
      }
    },
    (arg) => input.positional(arg),
  );
  if (asked !== undefined) return asked;
  return { ...input.build(), output, by, lang, format };
}
