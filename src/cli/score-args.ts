/** The options of `tumbuh score`. */
import type { ClassificationScheme, LabelLanguage } from "../index.js";
import { usageError } from "./errors.js";
import { InputOptions, type InputArgs, outputPath } from "./input-options.js";
import { choice, scanOptions } from "./option-scanner.js";
import { SCORE_TARGETS } from "./targets.js";

export interface ScoreArgs extends InputArgs {
  /** Output path; undefined writes stdout (also for `-`). */
  readonly output: string | undefined;
  readonly precision: "who" | "full";
  /** Add category columns under this scheme (`--categories`). */
  readonly categories: ClassificationScheme | undefined;
  /** Write category labels in this language instead of codes (`--lang`). */
  readonly lang: LabelLanguage | undefined;
}

/**
 * Parses the arguments after `tumbuh score`.
 * @throws CliError (exit 2) for an unknown option, a missing or bad value
 */
export function parseScoreArgs(argv: readonly string[]): ScoreArgs | "help" | "version" {
  const input = new InputOptions("score", SCORE_TARGETS);
  let output: string | undefined;
  let precision: "who" | "full" = "who";
  let categories: ClassificationScheme | undefined;
  let lang: LabelLanguage | undefined;
  const asked = scanOptions(
    argv,
    (o) => {
      switch (o.name) {
        case "-o":
        case "--output":
          output = outputPath(o.value());
          return true;
        case "--precision":
          precision = choice("--precision", o.value(), ["who", "full"]);
          return true;
        case "--categories":
          categories = choice<ClassificationScheme>("--categories", o.value(), ["who", "permenkes"]);
          return true;
        case "--lang":
          lang = choice<LabelLanguage>("--lang", o.value(), ["en", "id"]);
          return true;
        default:
          return input.option(o);
      }
    },
    (arg) => input.positional(arg),
  );
  if (asked !== undefined) return asked;
  if (lang !== undefined && categories === undefined) {
    throw usageError("--lang sets the language of the category labels: give --categories who or --categories permenkes too");
  }
  return { ...input.build(), output, precision, categories, lang };
}
