/** `tumbuh report`: its options, help and checks. */
import { columnsSection } from "../../columns/columns-help.js";
import { WHO2007_MIN_MONTHS } from "../../../who/constants.js";
import { usageError } from "../../io/errors.js";
import { defineCommand } from "../command.js";
import { runReport } from "./run.js";
import { REPORT_OPTIONS } from "./options.js";

export const report = defineCommand({
  name: "report",
  summary: "a month of weighings in one report: prevalence, D/S, data quality",
  synopsis: ["IN.csv", "--id", "--by"],
  description: [
    "A month of posyandu weighings (one row per weighing) in one report, for the whole file and by each --by column (kelurahan, puskesmas, ...):",
    "  1. prevalence of stunting (HAZ < -2), severe stunting (< -3), underweight (WAZ < -2), wasting (WHZ < -2) and overweight (WHZ > +2) with 95 % CIs, computed as WHO anthro computes them, and the WHO/UNICEF 2018 public health significance of stunting, wasting and overweight;",
    "  2. weighing coverage: S, K, D, N, 2T, BGM, K/S, D/S, N/D (as tumbuh skdn);",
    "  3. data quality: flagged z-scores, SD of HAZ/WAZ/WHZ, digit preference, missing values (as tumbuh quality; overall and by the first --by column).",
    `Each child counts once, by their last weighing of the month; children of ${WHO2007_MIN_MONTHS} months or more are left out. The month is --month, or else the latest month in which length/height was measured for most children weighed (the Operasi Timbang month); the report says which. Without --weights/--cluster/--strata the data are a census of the children weighed, and the CIs are WHO anthro's for data without a survey design.`,
  ].join("\n"),
  sections: [
    {
      ...columnsSection(["sex", "dob", "visit_date", "weight", "lenhei", "measure", "oedema", "age_months", "kia_book"], ["dob", "visit_date", "weight"]),
      text: "The age is visit_date - dob; age_months fills rows without a date of birth. kia_book gives K.",
    },
  ],
  options: REPORT_OPTIONS,
  examples: ["tumbuh report posyandu.csv --id child_id --by kelurahan,puskesmas --lang id"],
  check: ({ id, by }) => {
    const idKey = id.toLowerCase();
    if (by.some((b) => b.toLowerCase() === idKey)) throw usageError(`column "${id}" is given to both --id and --by`);
  },
  run: runReport,
});
