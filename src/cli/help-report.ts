/** `tumbuh report --help`. */
import { EXIT_HELP, inputOptionsHelp } from "./help-input.js";

export const REPORT_HELP = `Usage: tumbuh report [IN.csv | -] --id COL [--by COL[,COL...]] [options]

A month of posyandu weighings (one row per weighing) in one report, for the
whole file and by each --by column (kelurahan, puskesmas, ...):
  1. prevalence of stunting (HAZ < -2), severe stunting (< -3), underweight
     (WAZ < -2), wasting (WHZ < -2) and overweight (WHZ > +2) with 95 % CIs,
     computed as WHO anthro computes them, and the WHO/UNICEF 2018 public
     health significance of stunting, wasting and overweight;
  2. weighing coverage: S, K, D, N, 2T, BGM, K/S, D/S, N/D (as tumbuh skdn);
  3. data quality: flagged z-scores, SD of HAZ/WAZ/WHZ, digit preference,
     missing values (as tumbuh quality; overall and by the first --by column).
Each child counts once, by their last weighing of the month; children of 60
months or more are left out. The month is --month, or else the latest month
in which length/height was measured for most children weighed (the Operasi
Timbang month); the report says which. Without --weights/--cluster/--strata
the data are a census of the children weighed, and the CIs are WHO anthro's
for data without a survey design.

Columns (header names, any case):
  sex          1/2, m/f, L/P                                       required
  dob          date of birth, YYYY-MM-DD                           required
  visit_date   date of the weighing, YYYY-MM-DD                    required
  weight       kg                                                  required
  lenhei       length or height, cm
  measure      l (lying, length) / h (standing, height)
  oedema       y/n (missing = no)
  age_months   age in months, for rows without a date of birth
  kia_book     has a KIA/KMS book: y/n, ya/tidak, ada/tidak ada, 1/0 (K)

Options:
  --id COL               the column identifying each child (required)
  --by COL[,COL...]      a breakdown by each of these columns
  --month YYYY-MM        the month reported (default: the latest month with
                         length/height for most children weighed)
  --lang L               en (default) or id (Bahasa Indonesia)
  --format F             text (default), markdown or json (every number)
  --weights COL, --cluster COL, --strata COL
                         a survey design for the prevalence CIs
  -o, --output FILE      write to FILE instead of stdout
${inputOptionsHelp("--col weight=bb --col lenhei=tb --col kia_book=punya_buku")}
${EXIT_HELP}
Example:
  tumbuh report posyandu.csv --id child_id --by kelurahan,puskesmas --lang id
`;
