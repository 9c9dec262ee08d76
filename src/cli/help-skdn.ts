/** `tumbuh skdn --help`. */
import { EXIT_HELP, inputOptionsHelp } from "./help-input.js";

export const SKDN_HELP = `Usage: tumbuh skdn [IN.csv | -] --id COL [--by COL[,COL...]] [options]

Posyandu monthly indicators from weighing records (one row per weighing):
S (sasaran), K (with a KIA/KMS book), D (weighed), N (gained at least the
KBM), T (did not), O (not weighed last month), B (new), 2T, BGM (weight-for-
age below -3 SD) and K/S, D/S, N/D, N/S, BGM/D in percent, with the children
still to weigh to reach D/S 80 %, per group, month, age group and sex; and
the case list of every child and month weighed, for follow-up.

Columns (header names, any case):
  sex          1/2, m/f, L/P                                       required
  dob          date of birth, YYYY-MM-DD                           required
  visit_date   date of the weighing, YYYY-MM-DD                    required
  weight       kg                                                  required
  kia_book     has a KIA/KMS book: y/n, ya/tidak, ada/tidak ada, 1/0
               (without it K is empty, unless --register gives k)

Options:
  --id COL               the column identifying each child (required)
  --by COL[,COL...]      group by these columns (posyandu, puskesmas, ...)
  --register FILE        registered children: a CSV with the --by columns,
                         month (YYYY-MM), s and optionally k. Without it S is
                         approximated by the children weighed in the last 12
                         months (s_source "seen-12-months")
  --from YYYY-MM         first month reported (default: the second month of
                         the data; the first is history for N/T/O/B)
  --to YYYY-MM           last month reported (default: the last of the data)
  --format F             csv (default) or json
  --cases FILE           write the case list (one row per child and month
                         weighed) to FILE (- for stdout when -o is given)
  -o, --output FILE      write the table to FILE instead of stdout
${inputOptionsHelp("--col weight=bb --col kia_book=punya_buku")}
--col may map sex, weight, dob, visit_date and kia_book.

${EXIT_HELP}
Example:
  tumbuh skdn posyandu.csv --id child_id --by puskesmas --cases cases.csv
`;
