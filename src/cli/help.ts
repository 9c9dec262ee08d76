/** Usage text and version of the command line. */

declare const __TUMBUH_VERSION__: string;

/** The package version, injected at build time; "0.0.0-dev" when run from source. */
export const VERSION: string = typeof __TUMBUH_VERSION__ === "string" ? __TUMBUH_VERSION__ : "0.0.0-dev";

export const MAIN_HELP = `tumbuh ${VERSION}: WHO child growth z-scores, exactly as WHO anthro computes them.

Usage:
  tumbuh score IN.csv [-o OUT.csv] [options]   score every row of a CSV file
  tumbuh --help | --version

Run \`tumbuh score --help\` for the options.
`;

export const SCORE_HELP = `Usage: tumbuh score [IN.csv | -] [-o OUT.csv] [options]

Reads a CSV file with a header row (stdin when IN is - or missing) and writes
it to OUT (stdout when -o is missing): every input column unchanged, in the
same order, then WHO's columns clenhei, c9mo_flag, cbmi, zlen, flen, zwei,
fwei, zwfl, fwfl, zbmi, fbmi, zhc, fhc, zac, fac, zts, fts, zss, fss (and
the WHO 2007 columns zhfa, fhfa, zwfa, fwfa, zbfa, fbfa for 5-19 years),
with an empty cell for NA, and a notes column saying why values are NA
(reason codes joined by ";"). No row is dropped or reordered.

Columns (header names, any case):
  sex          1/2, m/f, male/female, L/P (laki-laki/perempuan)   required
  age_days     age in days (takes precedence in each row)
  age_months   age in months (used where age_days is absent or empty)
  weight       kg
  lenhei       length or height, cm
  measure      l (lying, length) / h (standing, height)
  oedema       y/n (missing = no)
  headc        head circumference, cm
  armc         mid-upper arm circumference (MUAC), cm
  triskin      triceps skinfold, mm
  subskin      subscapular skinfold, mm
  dob, visit_date
               ISO dates YYYY-MM-DD; when the file has no age column, age in
               days is visit_date - dob (whole UTC days)

Options:
  -o, --output FILE      write to FILE instead of stdout
  --col NAME=HEADER      read column NAME from the header HEADER (repeatable),
                         e.g. --col age_days=umur_hari --col armc=muac_cm
  --dob HEADER           date of birth column (same as --col dob=HEADER)
  --visit HEADER         visit date column (same as --col visit_date=HEADER)
  --delimiter D          , ; | or tab (default: comma; semicolon when the
                         header has semicolons and no comma). With ; a decimal
                         comma (12,5) is accepted in numbers.
  --precision P          who (default): z-scores rounded to 2 decimals and
                         flagged as WHO does; full: unrounded
  --progress             show progress on stderr (default: when stderr is a terminal)
  -q, --quiet            no progress
  -h, --help             this help
  -v, --version          the version

Numbers: 12.5, -3, 1e3 (spaces around are fine); an empty cell is missing;
anything else is invalid (the value is NA and the notes say "-invalid").
Input: UTF-8 with or without BOM, LF or CRLF line ends. Output keeps the
input's delimiter, line ends and BOM; new numbers always use a decimal point.

Exit status: 0 done; 1 data or file error (unreadable file, malformed CSV,
missing sex column, a row with more cells than the header); 2 usage error.

Example:
  tumbuh score posyandu.csv -o scored.csv --col armc=muac_cm
`;
