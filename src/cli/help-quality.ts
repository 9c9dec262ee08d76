/** `tumbuh quality --help`. */
import { EXIT_HELP, INPUT_COLUMNS_HELP, inputOptionsHelp } from "./help-input.js";

export const QUALITY_HELP = `Usage: tumbuh quality [IN.csv | -] [--by COL[,COL...]] [-o OUT] [options]

Prints the data quality report of a CSV file of child measurements, with the
checks the WHO-UNICEF 2019 recommendations ask for: completeness, sex ratio,
age distribution and heaping, digit preference of weight and length/height,
flagged z-scores, and the SD, skewness and kurtosis of HAZ, WAZ, WHZ and BAZ
(z-scores as tumbuh score computes them). Reads the same columns as tumbuh
score; the dates of birth and visit, when they give the age, also give the
distribution by month of birth.

${INPUT_COLUMNS_HELP}
Options:
  --by COL[,COL...]      repeat the report for each group of these columns
                         (e.g. --by puskesmas or --by kecamatan,puskesmas)
  --lang L               en (default) or id (Bahasa Indonesia)
  --format F             text (default) or json (every number of the report)
  -o, --output FILE      write to FILE instead of stdout
${inputOptionsHelp()}
Every row counts (records, not children): for a register with one row per
weighing, the sex ratio and age distribution weight children by their visits.

${EXIT_HELP}
Example:
  tumbuh quality posyandu.csv --by puskesmas --lang id
`;
