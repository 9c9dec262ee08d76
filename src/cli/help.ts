/** Usage text and version of the command line. */
import type { CommandName } from "./args.js";
import { PREVALENCE_HELP } from "./help-prevalence.js";
import { QUALITY_HELP } from "./help-quality.js";
import { REPORT_HELP } from "./help-report.js";
import { CHART_HELP } from "./help-chart.js";
import { SCORE_HELP } from "./help-score.js";
import { SKDN_HELP } from "./help-skdn.js";

declare const __TUMBUH_VERSION__: string;

/** The package version, injected at build time; "0.0.0-dev" when run from source. */
export const VERSION: string = typeof __TUMBUH_VERSION__ === "string" ? __TUMBUH_VERSION__ : "0.0.0-dev";

export const MAIN_HELP = `tumbuh ${VERSION}: WHO child growth z-scores, exactly as WHO anthro computes them.

Usage:
  tumbuh score IN.csv [-o OUT.csv] [options]
      z-scores for every row of a CSV file (--categories adds categories)
  tumbuh quality IN.csv [--by COL] [options]
      data quality report (WHO-UNICEF 2019 checks)
  tumbuh skdn IN.csv --id COL [--by COL] [options]
      posyandu monthly indicators (SKDN) and the case list
  tumbuh prevalence IN.csv [--weights COL] [--cluster COL] [options]
      survey prevalence with 95 % CIs, as WHO anthro computes it
  tumbuh report IN.csv --id COL [--by COL] [options]
      a month of weighings in one report: prevalence, D/S, data quality
  tumbuh chart --indicator I --sex S [--child IN.csv] [-o chart.svg|.png]
      a WHO growth chart with children's measurements plotted
  tumbuh --help | --version

Run \`tumbuh COMMAND --help\` for a command's options.
`;

/** The help text of a command, or the main help. */
export function helpText(topic: "main" | CommandName): string {
  switch (topic) {
    case "main":
      return MAIN_HELP;
    case "score":
      return SCORE_HELP;
    case "quality":
      return QUALITY_HELP;
    case "skdn":
      return SKDN_HELP;
    case "prevalence":
      return PREVALENCE_HELP;
    case "report":
      return REPORT_HELP;
    case "chart":
      return CHART_HELP;
  }
}
