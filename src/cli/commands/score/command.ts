/** `tumbuh score`: its options and help. */
import { CSV_CELLS, SCORED_COLUMNS } from "../../columns/columns-help.js";
import { defineCommand } from "../command.js";
import { AGE_FIELD, ANTHRO_FIELDS, GESTATION_FIELDS, NOTES_COLUMN, WHO2007_FIELDS } from "./output-fields.js";
import { runScore } from "./run.js";
import { SCORE_OPTIONS } from "./options.js";

export const score = defineCommand({
  name: "score",
  summary: "z-scores for every row of a CSV file (--categories adds categories)",
  synopsis: ["IN.csv", "-o"],
  description: `Reads a CSV file with a header row (stdin when IN.csv is - or missing) and writes it to the -o FILE (stdout without it): every input column unchanged, in the same order, then WHO's columns ${ANTHRO_FIELDS.join(", ")} (and the WHO 2007 columns ${WHO2007_FIELDS.join(", ")} for 5-19 years), ${AGE_FIELD} (the age in days the z-scores used: the whole days between the dates when the age comes from them), with an empty cell for NA, and a ${NOTES_COLUMN} column saying why values are NA (reason codes joined by ";"). No row is dropped or reordered.\nWith a gestational age column (ga_days or ga_weeks), a child born before 37+0 weeks is scored at corrected age until 24 months corrected (${AGE_FIELD} is then the corrected age), and ${GESTATION_FIELDS.join(", ")} follow: 1 where the age is corrected, and the INTERGROWTH-21st z-scores (at birth the Newborn Size Standard; after birth, born preterm, the postnatal standard to 64 weeks postmenstrual age).`,
  sections: [SCORED_COLUMNS],
  options: SCORE_OPTIONS,
  notes: `${CSV_CELLS}\nOutput keeps the input's delimiter, line ends and BOM, and its decimal mark (--decimal).`,
  examples: ["tumbuh score posyandu.csv -o scored.csv --col armc=muac_cm \\\n  --categories permenkes --lang id"],
  run: runScore,
});
