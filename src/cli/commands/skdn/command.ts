/** `tumbuh skdn`: its options, help and checks. */
import { columnsSection } from "../../columns/columns-help.js";
import { SKDN_TARGETS } from "../../columns/targets.js";
import { usageError } from "../../io/errors.js";
import { inputOptions } from "../../options/input.js";
import { option, textOption, withHelp, type ArgsOf } from "../../options/option.js";
import { BY_GROUP, CHILD_ID_REQUIRED, formatOption, OUTPUT } from "../../options/shared.js";
import { monthValue } from "../../options/values.js";
import { defineCommand } from "../command.js";
import { runSkdn } from "./run.js";

/** `--from` or `--to`: a month. */
function month<const K extends string>(key: K, help: string) {
  const name = `--${key}`;
  return option({ key, names: [name], value: "YYYY-MM", help, default: undefined as string | undefined, parse: (v) => monthValue(name, v, "2025-03") });
}

const SKDN_OPTIONS = [
  CHILD_ID_REQUIRED,
  BY_GROUP,
  textOption({
    key: "register",
    names: ["--register"],
    value: "FILE",
    help: 'registered children: a CSV with the --by columns, month (YYYY-MM), s and optionally k. Without it S is approximated by the children weighed in the last 12 months (s_source "seen-12-months")',
  }),
  month("from", "first month reported (default: the second month of the data; the first is history for N/T/O/B)"),
  month("to", "last month reported (default: the last of the data)"),
  formatOption(["csv", "json"]),
  textOption({
    key: "cases",
    names: ["--cases"],
    value: "FILE",
    help: "write the case list (one row per child and month weighed) to FILE (- for stdout when -o is given)",
  }),
  withHelp(OUTPUT, "write the table to FILE instead of stdout"),
  ...inputOptions({ command: "skdn", targets: SKDN_TARGETS, colExample: "--col weight=bb --col kia_book=punya_buku" }),
] as const;

export type SkdnArgs = ArgsOf<typeof SKDN_OPTIONS>;

export const skdn = defineCommand({
  name: "skdn",
  summary: "posyandu monthly indicators (SKDN) and the case list",
  synopsis: ["IN.csv", "--id", "--by"],
  description:
    "Posyandu monthly indicators from weighing records (one row per weighing): S (sasaran), K (with a KIA/KMS book), D (weighed), N (gained at least the KBM), T (did not), O (not weighed last month), B (new), 2T, BGM (weight-for-age below -3 SD) and K/S, D/S, N/D, N/S, BGM/D in percent, with the children still to weigh to reach D/S 80 %, per group, month, age group and sex; and the case list of every child and month weighed, for follow-up.",
  sections: [{ ...columnsSection(["sex", "dob", "visit_date", "weight", "kia_book"], ["dob", "visit_date", "weight"]), text: "Without kia_book, K is empty unless --register gives k." }],
  options: SKDN_OPTIONS,
  examples: ["tumbuh skdn posyandu.csv --id child_id --by puskesmas --cases cases.csv"],
  check: ({ from, to, cases, output }) => {
    if (from !== undefined && to !== undefined && from > to) throw usageError(`--from ${from} is after --to ${to}`);
    if (cases !== undefined && cases !== "-" && cases === output) throw usageError("--cases and -o name the same file");
    if (cases === "-" && output === undefined) throw usageError("--cases - and the table would both go to stdout; give -o for the table or a file for --cases");
  },
  run: runSkdn,
});
