/** `tumbuh skdn`: its option table and the arguments it gives. */
import { inputOptions } from "../../options/input.js";
import { SKDN_TARGETS } from "../../columns/targets.js";
import { option, textOption, withHelp, type ArgsOf } from "../../options/option.js";
import { BY_GROUP, CHILD_ID_REQUIRED, formatOption, OUTPUT } from "../../options/shared.js";
import { monthValue } from "../../options/values.js";
/** `--from` or `--to`: a month. */
export function month<const K extends string>(key: K, help: string) {
  const name = `--${key}`;
  return option({ key, names: [name], value: "YYYY-MM", help, default: undefined as string | undefined, parse: (v) => monthValue(name, v, "2025-03") });
}

export const SKDN_OPTIONS = [
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
