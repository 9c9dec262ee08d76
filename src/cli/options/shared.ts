/**
 * The options several commands share, each defined once with its help
 * text: the output, grouping columns, the survey design, the region, the
 * language, the child id, the month, help and version (and `--format`,
 * whose choices each command gives). A command's table lists the ones it
 * takes; a shared option given a command's own wording keeps its parsing
 * (`withHelp`). The input options are in `input.ts`.
 */
import { choiceOption, flag, option, required, type Choice } from "./option.js";
import { columnList, columnName, monthValue, outputPath } from "./values.js";

/** `-o`, `--output FILE`: the output file; stdout without it (or with `-`). */
export const OUTPUT = option({
  key: "output",
  names: ["-o", "--output"],
  value: "FILE",
  help: "write to FILE instead of stdout",
  default: undefined as string | undefined,
  parse: (v) => outputPath(v),
});

const NO_COLUMNS: readonly string[] = [];

/** `--by` with the meaning of `prevalence` and `report`: one breakdown by each column. */
export const BY_EACH = option({
  key: "by",
  names: ["--by"],
  value: "COL[,COL...]",
  help: "a breakdown by each of these columns, e.g. --by kecamatan,puskesmas",
  default: NO_COLUMNS,
  repeatable: true,
  parse: (v, current) => columnList("--by", v, current),
});

/** `--by` with the meaning of `quality` and `skdn`: one group per combination of the columns' values. */
export const BY_GROUP = {
  ...BY_EACH,
  help: "group by these columns, one group per combination of their values, e.g. --by puskesmas or --by kecamatan,puskesmas",
};

/** `--KEY COL`: a column, by its header name. */
function columnOption<const K extends string>(key: K, help: string) {
  const name = `--${key}`;
  return option({ key, names: [name], value: "COL", help, default: undefined as string | undefined, parse: (v) => columnName(name, v) });
}

/** The survey design: sampling weights, clusters (PSUs) and strata, each a column. */
export const WEIGHTS = columnOption("weights", "sampling weights");
export const CLUSTER = columnOption("cluster", "cluster (primary sampling unit)");
export const STRATA = columnOption("strata", "stratum (clusters are nested in strata)");
/** The three design options, in the order the help lists them. */
export const DESIGN = [WEIGHTS, CLUSTER, STRATA] as const;

/** `--region COL`: WHO anthro's geographical region. */
export const REGION = columnOption("region", 'a breakdown by region (WHO anthro\'s "Geographical region")');

/**
 * `--lang L`: the language of everything the command writes for people:
 * its messages on stderr and the text of its output (reports, chart labels,
 * `score --categories` labels). Every command takes it (it is one of the
 * input options' table, listed with the command's own options).
 */
export const LANG = choiceOption({
  key: "lang",
  names: ["--lang"],
  value: "L",
  default: undefined,
  help: "the language of the messages and of the text written (reports, chart labels, and the category labels of score, which are codes without it): {choices}",
  choices: [["en", "English, the default"], ["id", "Bahasa Indonesia"]],
});

/** `--format F` with the command's formats (the first is the default). */
export function formatOption<const C extends string>(choices: readonly Choice<C>[]) {
  return choiceOption({ key: "format", names: ["--format"], value: "F", help: "", choices });
}

/** `--id COL`: the column identifying each child. */
export const CHILD_ID = columnOption("id", "the column identifying each child");

/** `--id COL` for the commands that follow children from month to month. */
export const CHILD_ID_REQUIRED = required(CHILD_ID, "--id COL is required: the column that identifies each child (e.g. --id child_id)");

/** `--month YYYY-MM`: the month analysed. */
export const MONTH = option({
  key: "month",
  names: ["--month"],
  value: "YYYY-MM",
  help: "the month analysed",
  default: undefined as string | undefined,
  parse: (v) => monthValue("--month", v, "2025-08"),
});

/** `-h`, `--help`: every command's help. */
export const HELP = { ...flag({ key: "help", names: ["-h", "--help"], help: "this help", default: false, set: true }), action: "help" as const };

/** `-v`, `--version` (also `-V`). */
export const VERSION_OPTION = {
  ...flag({ key: "version", names: ["-v", "--version"], help: "the version", default: false, set: true }),
  aliases: ["-V"],
  action: "version" as const,
};
