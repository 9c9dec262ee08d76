/** `tumbuh newborn`: its options, help and checks. */
import { CSV_CELLS } from "../../columns/columns-help.js";
import { defineCommand } from "../command.js";
import { NOTES_COLUMN } from "../score/output-fields.js";
import { NEWBORN_OPTIONS } from "./options.js";
import { runNewborn } from "./run.js";
import { NEWBORN_TARGETS } from "./targets.js";
import { NEWBORN_COLUMNS } from "./writer.js";

export const newborn = defineCommand({
  name: "newborn",
  summary: "size at birth for gestational age (INTERGROWTH-21st): SGA, LBW",
  synopsis: ["IN.csv", "-o"],
  description: [
    `Reads birth records (a CSV file with a header row; stdin when IN.csv is - or missing) and writes them to the -o FILE (stdout without it): every input column unchanged, then ${NEWBORN_COLUMNS.join(", ")} and ${NOTES_COLUMN}. No row is dropped or reordered.`,
    "ig_z* are z-scores and ig_c* centiles (percent) of birth weight, length and head circumference for gestational age and sex on the INTERGROWTH-21st standards, 24+0 to 42+6 weeks (168-300 days); size_for_ga is SGA (below the 10th centile), AGA or LGA (above the 90th); severe_sga is 1 below the 3rd centile; lbw is ELBW (under 1,000 g), VLBW (under 1,500 g), LBW (under 2,500 g) or not-LBW. An empty cell is NA; notes says why (reason codes joined by \";\").",
  ].join("\n"),
  sections: [{
    title: "Columns (header names, any case)",
    termWidth: 11,
    rows: NEWBORN_TARGETS.map((t) => [t.name, t.name === "sex" ? `${t.help}; required` : t.help]),
  }],
  options: NEWBORN_OPTIONS,
  notes: `${CSV_CELLS}\nOutput keeps the input's delimiter, line ends and BOM; new numbers always use a decimal point.`,
  examples: ["tumbuh newborn kelahiran.csv -o kelahiran-ig.csv", "tumbuh newborn births.csv --col ga_weeks=gestation --precision full"],
  run: runNewborn,
});
