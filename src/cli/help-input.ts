/** The help text of the input options every command shares. */

export const INPUT_COLUMNS_HELP = `Columns (header names, any case):
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
`;

/** The input options; `example` shows `--col` in use for the command. */
export const inputOptionsHelp = (example = "--col age_days=umur_hari --col armc=muac_cm"): string => `  --col NAME=HEADER      read column NAME from the header HEADER (repeatable),
                         e.g. ${example}
  --dob HEADER           date of birth column (same as --col dob=HEADER)
  --visit HEADER         visit date column (same as --col visit_date=HEADER)
  --delimiter D          , ; | or tab (default: comma; semicolon when the
                         header has semicolons and no comma). With ; a decimal
                         comma (12,5) is accepted in numbers.
  --progress             show progress on stderr (default: when stderr is a
                         terminal)
  -q, --quiet            no progress
  -h, --help             this help
  -v, --version          the version
`;

export const EXIT_HELP = `Exit status: 0 done; 1 data or file error (unreadable file, malformed CSV,
missing column, a row with more cells than the header); 2 usage error.
`;
