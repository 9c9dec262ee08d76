/** `tumbuh chart --help`. */
import { EXIT_HELP, inputOptionsHelp } from "./help-input.js";

export const CHART_HELP = `Usage: tumbuh chart --indicator I --sex S [--child IN.csv] [--id COL [--only ID]] [options] [-o FILE]

A WHO growth chart: the -3 to +3 z-score curves of an indicator for boys or
girls, from WHO's tables, with the children of a CSV file plotted and joined
(one line per child with --id). SVG on stdout or in FILE.svg; PNG in
FILE.png, rendered by a headless Chromium or Chrome on this machine.

Each row is plotted where its z-score puts it: length/height after WHO's
+/-0.7 cm lying/standing conversion (under 5 years), BMI as WHO computes it,
weights of children with oedema left out (WHO does not use them). Rows that
cannot be plotted (no age, no value, outside the chart, a flagged z-score, a
child of the other sex) are named on stderr with the reason.

Indicators (--indicator):
  wei  weight-for-age            0-5 y     len  length/height-for-age   0-5 y
  wfl  weight-for-length         45-110 cm wfh  weight-for-height       65-120 cm
  bmi  BMI-for-age               0-5 y     hc   head circumference      0-5 y
  ac   arm circumference (MUAC)  3-60 mo   ts   triceps skinfold        3-60 mo
  ss   subscapular skinfold      3-60 mo
  hfa  height-for-age 5-19 y     wfa  weight-for-age 5-10 y     bfa  BMI-for-age 5-19 y

Columns of IN.csv (header names, any case): sex, age_days or age_months (or
dob and visit_date), and what the indicator needs: weight, lenhei and
measure, oedema, headc, armc, triskin or subskin (as tumbuh score reads them).

Options:
  --indicator I          the chart (required): one of the above
  --sex S                m/f, L/P, 1/2 (default: the sex of the file's
                         children, when they are all boys or all girls)
  --child FILE           the children's measurements (CSV; - for stdin); the
                         file may also be given without --child
  --id COL               one joined series per child, named by COL
  --only ID[,ID...]      only these children (ids in the --id column)
  --from N, --to N       the x range: months (age charts) or cm (wfl, wfh).
                         Default: WHO's printed charts: 0-24 months, 24-60
                         when every child was measured after 2 years, 0-60
                         when the measurements span both; 3-60 months for
                         ac/ts/ss; the whole table otherwise
  --palette P            who (default: WHO's blue/pink) or kms (Indonesia's
                         KMS / Buku KIA colours)
  --lang L               en (default) or id (Bahasa Indonesia)
  --width N, --height N  size in px (default 800 x 560)
  --title TEXT           replaces the generated title
  -o, --output FILE      FILE.svg or FILE.png (default: SVG on stdout)
  --scale N              PNG pixels per chart pixel, 1 to 4 (default 1)
${inputOptionsHelp("--col weight=bb --col lenhei=tb")}
PNG: the browser is TUMBUH_CHROMIUM if set, else chromium, chromium-browser,
google-chrome or chrome on the PATH; without one, write an .svg file.

${EXIT_HELP}
Examples:
  tumbuh chart --indicator wei --sex f --child siti.csv -o siti-bbu.svg
  tumbuh chart --indicator len --child posyandu.csv --id child_id --only BTG-00048 --lang id --palette kms -o tbu.png
`;
