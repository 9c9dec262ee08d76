/** `tumbuh prevalence`: its options, help and checks. */
import { SCORED_COLUMNS } from "../../columns/columns-help.js";
import { usageError } from "../../io/errors.js";
import { defineCommand } from "../command.js";
import { registerCheck } from "../../options/register-check.js";
import { runPrevalence } from "./run.js";
import { PREVALENCE_OPTIONS } from "./options.js";

export const prevalence = defineCommand({
  name: "prevalence",
  summary: "survey prevalence with 95 % CIs, as WHO anthro computes it",
  synopsis: ["IN.csv", "--weights", "--cluster"],
  description:
    "Survey prevalence of malnutrition with 95 % confidence intervals, computed as WHO's anthro (0-5 years) and anthroplus (5-19 years) R packages compute it, from a CSV file with one row per child: the z-scores are computed as tumbuh score computes them, then for each indicator (HA height-for-age, WA weight-for-age, BMI, WH weight-for-height) the prevalence below -3, -2, -1 and above +1, +2, +3 SD and the mean z-score, for all children, by age group, sex, age group x sex and by any grouping column. Flagged z-scores are left out, oedema counts as below -3 SD, as WHO does.",
  sections: [SCORED_COLUMNS],
  options: PREVALENCE_OPTIONS,
  notes: "A register with several weighings per child counts each weighing as a child: give --id COL to count each child once, by its last visit, and --month YYYY-MM for the last visit of that month.",
  examples: [
    "tumbuh prevalence survey.csv --weights sw --cluster cluster \\\n  --strata strata --region region --significance",
    "tumbuh prevalence register.csv --id child_id --month 2025-11 --by puskesmas",
  ],
  check: ({ whoAnthro, significance, ages, by, region, id, month, ci, minN, flags }) => {
    registerCheck(id, month);
    if (whoAnthro && (ci !== "logit" || minN > 0 || flags !== "who")) {
      throw usageError("--who-anthro writes WHO anthro's table exactly as anthro computes it; leave out --ci, --min-n and --flags (or --who-anthro)");
    }
    if (whoAnthro && significance) {
      throw usageError("--significance adds columns that WHO anthro's table does not have; leave out --who-anthro (or --significance)");
    }
    if (whoAnthro && ages === "0-5" && by.length > 1) {
      throw usageError("--who-anthro: WHO anthro's table has one \"Other grouping\"; give at most one --by column (and --region for the region)");
    }
    if (whoAnthro && ages === "5-19" && (by.length > 0 || region !== undefined)) {
      throw usageError("--who-anthro --ages 5-19: WHO anthroplus's table has no grouping columns; leave out --by and --region");
    }
    if (region !== undefined && by.some((b) => b.toLowerCase() === region.toLowerCase())) {
      throw usageError(`column "${region}" is given to both --region and --by`);
    }
  },
  run: runPrevalence,
});
