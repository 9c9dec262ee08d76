/** `tumbuh quality`: its options and help. */
import { SCORED_COLUMNS } from "../../columns/columns-help.js";
import { defineCommand } from "../command.js";
import { registerCheck } from "../../options/register-check.js";
import { runQuality } from "./run.js";
import { QUALITY_OPTIONS } from "./options.js";

export const quality = defineCommand({
  name: "quality",
  summary: "data quality report (WHO-UNICEF 2019 checks)",
  synopsis: ["IN.csv", "--by"],
  description:
    "Prints the data quality report of a CSV file of child measurements, with the checks the WHO-UNICEF 2019 recommendations ask for: completeness, sex ratio, age distribution and heaping, digit preference of weight and length/height, flagged z-scores, and the SD, skewness and kurtosis of HAZ, WAZ, WHZ and BAZ (z-scores as tumbuh score computes them); then SMART's flags (more than 3 from the survey's own mean) and the SMART plausibility check of the weight-for-height data, with its penalty points and overall grade (ENA for SMART). Reads the same columns as tumbuh score; the dates of birth and visit, when they give the age, also give the distribution by month of birth.",
  sections: [SCORED_COLUMNS],
  options: QUALITY_OPTIONS,
  notes: "Every row counts (records, not children): for a register with one row per weighing, give --id (and --month) so that each child counts once, by its last visit; without them the sex ratio and age distribution weight children by their visits.",
  examples: ["tumbuh quality posyandu.csv --by puskesmas --lang id", "tumbuh quality survey.csv --cluster cluster", "tumbuh quality register.csv --id child_id --month 2025-11"],
  check: ({ id, month }) => registerCheck(id, month),
  run: runQuality,
});
