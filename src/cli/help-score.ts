/** `tumbuh score --help`. */
import { EXIT_HELP, INPUT_COLUMNS_HELP, inputOptionsHelp } from "./help-input.js";

export const SCORE_HELP = `Usage: tumbuh score [IN.csv | -] [-o OUT.csv] [options]

Reads a CSV file with a header row (stdin when IN is - or missing) and writes
it to OUT (stdout when -o is missing): every input column unchanged, in the
same order, then WHO's columns clenhei, c9mo_flag, cbmi, zlen, flen, zwei,
fwei, zwfl, fwfl, zbmi, fbmi, zhc, fhc, zac, fac, zts, fts, zss, fss (and
the WHO 2007 columns zhfa, fhfa, zwfa, fwfa, zbfa, fbfa for 5-19 years),
with an empty cell for NA, and a notes column saying why values are NA
(reason codes joined by ";"). No row is dropped or reordered.

${INPUT_COLUMNS_HELP}
Options:
  -o, --output FILE      write to FILE instead of stdout
  --precision P          who (default): z-scores rounded to 2 decimals and
                         flagged as WHO does; full: unrounded
  --categories S         add category columns after notes, by scheme S:
                         who: cat_len, cat_wei, cat_wfl, cat_bmi, cat_hfa,
                              cat_wfa, cat_bfa, cat_acute
                         permenkes (Permenkes 2/2020): cat_len, cat_wei,
                              cat_wfl, cat_bmi, cat_bfa, cat_acute (the
                              regulation has no hfa or wfa categories)
                         cat_acute: SAM/MAM at 6-59 months from WHZ, MUAC
                         (armc) and oedema. Values are codes (stunted, ...)
  --lang L               with --categories: labels in en (English) or id
                         (Bahasa Indonesia, the regulation's wording) instead
                         of codes
${inputOptionsHelp()}
Numbers: 12.5, -3, 1e3 (spaces around are fine); an empty cell is missing;
anything else is invalid (the value is NA and the notes say "-invalid").
Input: UTF-8 with or without BOM, LF or CRLF line ends. Output keeps the
input's delimiter, line ends and BOM; new numbers always use a decimal point.

${EXIT_HELP}
Example:
  tumbuh score posyandu.csv -o scored.csv --col armc=muac_cm \\
    --categories permenkes --lang id
`;
