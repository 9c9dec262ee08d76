/** `tumbuh score`: its options, help and checks. */
import { CSV_CELLS, SCORED_COLUMNS } from "../../columns/columns-help.js";
import { usageError } from "../../io/errors.js";
import { defineCommand } from "../command.js";
import { ANTHRO_FIELDS, GESTATION_FIELDS, NOTES_COLUMN, WHO2007_FIELDS } from "./output-fields.js";
import { runScore } from "./run.js";
import { SCORE_OPTIONS } from "./options.js";

export const score = defineCommand({
  name: "score",
  summary: "z-scores for every row of a CSV file (--categories adds categories)",
  synopsis: ["IN.csv", "-o"],
  description: `Reads a CSV file with a header row (stdin when IN.csv is - or missing) and writes it to the -o FILE (stdout without it): every input column unchanged, in the same order, then WHO's columns ${ANTHRO_FIELDS.join(", ")} (and the WHO 2007 columns ${WHO2007_FIELDS.join(", ")} for 5-19 years), with an empty cell for NA, and a ${NOTES_COLUMN} column saying why values are NA (reason codes joined by ";"). No row is dropped or reordered.\nWith a gestational age column (ga_days or ga_weeks), a child born before 37+0 weeks is scored at corrected age until 24 months corrected, and ${GESTATION_FIELDS.join(", ")} are added after the WHO 2007 columns: the age in days used, 1 where it is corrected, and the INTERGROWTH-21st z-scores (at birth the Newborn Size Standard; after birth, born preterm, the postnatal standard to 64 weeks postmenstrual age).`,
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
