/** `tumbuh score`: its options, help and checks. */
import { CSV_CELLS, SCORED_COLUMNS } from "../../columns/columns-help.js";
import { usageError } from "../../io/errors.js";
import { inputOptions } from "../../options/input.js";
import { choiceOption, type ArgsOf } from "../../options/option.js";
import { LANG, OUTPUT } from "../../options/shared.js";
import { defineCommand } from "../command.js";
import { categoryNames } from "./categories.js";
import { ANTHRO_FIELDS, NOTES_COLUMN, OUTPUT_FIELDS } from "./output-fields.js";
import { runScore } from "./run.js";

const SCORE_OPTIONS = [
  OUTPUT,
  choiceOption({
    key: "precision",
    names: ["--precision"],
    value: "P",
    help: "how the z-scores are written: {choices}",
    choices: [["who", "rounded to 2 decimals and flagged as WHO does"], ["full", "unrounded"]],
  }),
  choiceOption({
    key: "categories",
    names: ["--categories"],
    value: "S",
    default: undefined,
    help: "add category columns after notes, by scheme S: {choices}\ncat_acute: SAM/MAM at 6-59 months from WHZ, MUAC (armc) and oedema. Values are codes (stunted, ...)",
    choices: [
      ["who", categoryNames("who").join(", ")],
      ["permenkes", `${categoryNames("permenkes").join(", ")} (Permenkes 2/2020 has no hfa or wfa categories)`],
    ],
  }),
  choiceOption({
    key: "lang",
    names: LANG.names,
    value: "L",
    default: undefined,
    help: "with --categories: labels in {choices} instead of codes",
    choices: [["en", "English"], ["id", "Bahasa Indonesia, the regulation's wording"]],
  }),
  ...inputOptions({ command: "score" }),
] as const;

export type ScoreArgs = ArgsOf<typeof SCORE_OPTIONS>;

const who2007 = OUTPUT_FIELDS.filter((f) => !ANTHRO_FIELDS.includes(f));

export const score = defineCommand({
  name: "score",
  summary: "z-scores for every row of a CSV file (--categories adds categories)",
  synopsis: ["IN.csv", "-o"],
  description: `Reads a CSV file with a header row (stdin when IN.csv is - or missing) and writes it to the -o FILE (stdout without it): every input column unchanged, in the same order, then WHO's columns ${ANTHRO_FIELDS.join(", ")} (and the WHO 2007 columns ${who2007.join(", ")} for 5-19 years), with an empty cell for NA, and a ${NOTES_COLUMN} column saying why values are NA (reason codes joined by ";"). No row is dropped or reordered.`,
  sections: [SCORED_COLUMNS],
  options: SCORE_OPTIONS,
  notes: `${CSV_CELLS}\nOutput keeps the input's delimiter, line ends and BOM; new numbers always use a decimal point.`,
  examples: ["tumbuh score posyandu.csv -o scored.csv --col armc=muac_cm \\\n  --categories permenkes --lang id"],
  check: (args) => {
    if (args.lang !== undefined && args.categories === undefined) {
      throw usageError("--lang sets the language of the category labels: give --categories who or --categories permenkes too");
    }
  },
  run: runScore,
});
