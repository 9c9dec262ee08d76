/** `tumbuh skdn`: its options, help and checks. */
import { columnsSection } from "../../columns/columns-help.js";
import { usageError } from "../../io/errors.js";
import { defineCommand } from "../command.js";
import { runSkdn } from "./run.js";
import { month, SKDN_OPTIONS } from "./options.js";

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
    if (cases === "-" && output === undefined) throw usageError("--cases - and the table would both go to stdout; give -o for the table or a file for --cases");
  },
  run: runSkdn,
});
