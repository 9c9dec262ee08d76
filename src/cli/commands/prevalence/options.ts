/** `tumbuh prevalence`: its option table and the arguments it gives. */
import { inputOptions } from "../../options/input.js";
import { PREVALENCE_TARGETS } from "../../columns/targets.js";
import { choiceOption, flag, option, withHelp, type ArgsOf } from "../../options/option.js";
import { integerIn } from "../../options/values.js";
import { BY_EACH, CHILD_ID, formatOption, MONTH, OUTPUT, REGION, DESIGN } from "../../options/shared.js";
export const PREVALENCE_OPTIONS = [
  ...DESIGN,
  BY_EACH,
  REGION,
  choiceOption({
    key: "ages",
    names: ["--ages"],
    value: "A",
    help: "",
    choices: [["0-5", "WHO Child Growth Standards, anthro"], ["5-19", "WHO Growth Reference 2007, anthroplus"]],
  }),
  formatOption(["csv", "json"]),
  flag({
    key: "whoAnthro",
    names: ["--who-anthro"],
    help: 'WHO anthro\'s own table: its group labels ("Age group: 00-05 mo") and columns (HAZ_pop, HA_2_r, ...); --by is its "Other grouping" (one column)',
    default: false,
    set: true,
  }),
  choiceOption({
    key: "ci",
    names: ["--ci"],
    value: "M",
    help: "the 95 % confidence interval of the prevalences: {choices}\nWith a design, wilson and the exact intervals use the effective sample size n / deff",
    choices: [
      ["logit", "WHO anthro's (default; [0, 0] at 0 %)"],
      ["wilson", "Wilson score, for small groups"],
      ["clopper-pearson", "exact binomial"],
      ["korn-graubard", "exact, widened for a design with few clusters"],
    ],
  }),
  option({
    key: "minN",
    names: ["--min-n"],
    value: "N",
    help: "withhold estimates on fewer than N children (empty cells, marked in a suppressed column)",
    default: 0,
    parse: (v) => integerIn("--min-n", v, 1, 1_000_000_000),
  }),
  choiceOption({
    key: "flags",
    names: ["--flags"],
    value: "F",
    help: "which implausible z-scores are left out: {choices}",
    choices: [["who", "WHO's fixed flags (default)"], ["smart", "SMART's: more than 3 from the survey's own mean (ENA for SMART)"]],
  }),
  flag({
    key: "significance",
    names: ["--significance"],
    help: "add the WHO/UNICEF 2018 public health significance of stunting, wasting and overweight",
    default: false,
    set: true,
  }),
  withHelp(CHILD_ID, "a register of visits: each child (by COL) counts once, by its last visit (see --month)"),
  withHelp(MONTH, "with --id: each child's last visit of this month"),
  OUTPUT,
  ...inputOptions({ command: "prevalence", targets: PREVALENCE_TARGETS }),
] as const;

export type PrevalenceArgs = ArgsOf<typeof PREVALENCE_OPTIONS>;
