/** `tumbuh prevalence --help`. */
import { EXIT_HELP, INPUT_COLUMNS_HELP, inputOptionsHelp } from "./help-input.js";

export const PREVALENCE_HELP = `Usage: tumbuh prevalence [IN.csv | -] [options]

Survey prevalence of malnutrition with 95 % confidence intervals, computed
as WHO's anthro (0-5 years) and anthroplus (5-19 years) R packages compute
it, from a CSV file with one row per child: the z-scores are computed as
tumbuh score computes them, then for each indicator (HA height-for-age, WA
weight-for-age, BMI, WH weight-for-height) the prevalence below -3, -2, -1
and above +1, +2, +3 SD and the mean z-score, for all children, by age
group, sex, age group x sex and by any grouping column. Flagged z-scores are
left out, oedema counts as below -3 SD, as WHO does.

${INPUT_COLUMNS_HELP}
Options:
  --weights COL          sampling weights
  --cluster COL          cluster (primary sampling unit)
  --strata COL           stratum (clusters are nested in strata)
  --by COL[,COL...]      a breakdown by each of these columns
  --region COL           a breakdown by region (WHO anthro's "Geographical
                         region")
  --ages A               0-5 (default: WHO Child Growth Standards, anthro) or
                         5-19 (WHO Growth Reference 2007, anthroplus)
  --format F             csv (default) or json
  --who-anthro           WHO anthro's own table: its group labels ("Age
                         group: 00-05 mo") and columns (HAZ_pop, HA_2_r, ...);
                         --by is its "Other grouping" (one column)
  --significance         add the WHO/UNICEF 2018 public health significance
                         of stunting, wasting and overweight
  -o, --output FILE      write to FILE instead of stdout
${inputOptionsHelp()}
${EXIT_HELP}
Example:
  tumbuh prevalence survey.csv --weights sw --cluster cluster \\
    --strata strata --region region --significance
`;
