/** `tumbuh chart`: its options, help and checks. */
import { indicatorTitle } from "../../../chart/chart-labels.js";
import { intergrowthChartTitle, isIntergrowthChart } from "../../../chart/intergrowth-chart.js";
import { LENHEI_ADJUST_CM, WHO2007_MIN_MONTHS } from "../../../who/constants.js";
import { SCORED_COLUMNS } from "../../columns/columns-help.js";
import { usageError } from "../../io/errors.js";
import { defineCommand } from "../command.js";
import { DEFAULT_SIZE_PX, MAX_IMAGE_PX } from "./png.js";
import { runChart } from "./run.js";
import { CHART_INDICATORS, coverage, BIRTH, CHART_OPTIONS, chartArgs, type ChartArgs } from "./options.js";
import { VELOCITY_CHARTS } from "./velocity-options.js";
import { runVelocityChart, velocityChartArgs, type VelocityChartArgs } from "./velocity-run.js";

export const chart = defineCommand({
  name: "chart",
  summary: "a WHO growth chart with children's measurements plotted",
  synopsis: ["--indicator", "--velocity", "--child", "-o"],
  description: [
    "A WHO growth chart: the -3 to +3 z-score curves of an indicator for boys or girls, from WHO's tables, with the children of a CSV file plotted and joined (one line per child with --id). SVG on stdout or in FILE.svg; PNG in FILE.png, rendered by a headless Chromium or Chrome on this machine.",
    "",
    "Or an INTERGROWTH-21st chart (newborn-*, preterm-*): the 3rd, 10th, 50th, 90th and 97th centiles of size at birth for gestational age (each row a birth: ga_days or ga_weeks and the birth measurement), or of the growth of preterm infants for postmenstrual age (gestational age at birth + age). With a gestational age column, a child born preterm is plotted on the WHO age charts at corrected age (until 24 months), with hollow markers.",
    "",
    `Each row is plotted where its z-score puts it: length/height after WHO's +/-${LENHEI_ADJUST_CM} cm lying/standing conversion (under 5 years), BMI as WHO computes it, weights of children with oedema left out (WHO does not use them). Rows that cannot be plotted (no age, no value, outside the chart, a flagged z-score, a child of the other sex) are named on stderr with the reason.`,
  ].join("\n"),
  sections: [
    {
      title: "Indicators (--indicator)",
      termWidth: 11,
      rows: CHART_INDICATORS.map((i) => [i, `${isIntergrowthChart(i) ? intergrowthChartTitle(i, "en") : indicatorTitle(i, "en", BIRTH, WHO2007_MIN_MONTHS)}, ${coverage(i)}`]),
    },
    { title: "Velocity charts (--velocity)", termWidth: 10, rows: Object.entries(VELOCITY_CHARTS).map(([name, c]) => [name, `WHO growth velocity: ${c.help}`]) },
    { ...SCORED_COLUMNS, text: `${SCORED_COLUMNS.text} The chart reads sex, the age and what the indicator needs.` },
  ],
  options: CHART_OPTIONS,
  notes: "PNG: the browser is TUMBUH_CHROMIUM if set, else chromium, chromium-browser, google-chrome or chrome on the PATH; without one, write an .svg file.",
  examples: [
    "tumbuh chart --indicator wei --sex f --child siti.csv -o siti-bbu.svg",
    "tumbuh chart --indicator len --child posyandu.csv --id child_id \\\n  --only BTG-00048 --lang id --palette kms -o tbu.png",
    "tumbuh chart --indicator wei --kbm --child posyandu.csv --id child_id \\\n  --only BTG-00048 --palette kms -o kms.svg",
    "tumbuh chart --velocity weight --child posyandu.csv --id child_id \\\n  --only BTG-00048 -o kecepatan.svg",
  ],
  check: ({ from, to, width, height, scale, only, id }) => {
    if (from !== undefined && to !== undefined && !(from < to)) throw usageError(`--from (${from}) must be less than --to (${to})`);
    const maxSide = Math.max(width ?? DEFAULT_SIZE_PX[0], height ?? DEFAULT_SIZE_PX[1]) * scale;
    if (maxSide > MAX_IMAGE_PX) throw usageError(`--width/--height × --scale must stay within ${MAX_IMAGE_PX} px (a browser's largest image); got ${maxSide}`);
    if (only.length > 0 && id === undefined) throw usageError("--only needs --id COL: the column that holds the children's ids");
  },
  finish: (a) => (a.velocity === undefined ? chartArgs(a) : velocityChartArgs({ ...a, velocity: a.velocity })),
  // (finish gives velocity chart arguments exactly when --velocity is given)
  run: (args, io, tuning) => (args.velocity !== undefined ? runVelocityChart(args as VelocityChartArgs, io, tuning) : runChart(args as ChartArgs, io, tuning)),
});
