/** `tumbuh prevalence`: its option table and the arguments it gives. */
import { inputOptions } from "../../options/input.js";
import { PREVALENCE_TARGETS } from "../../columns/targets.js";
import { choiceOption, flag, type ArgsOf } from "../../options/option.js";
import { BY_EACH, formatOption, OUTPUT, REGION, DESIGN } from "../../options/shared.js";
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
  flag({
    key: "significance",
    names: ["--significance"],
    help: "add the WHO/UNICEF 2018 public health significance of stunting, wasting and overweight",
    default: false,
    set: true,
  }),
  OUTPUT,
  ...inputOptions({ command: "prevalence", targets: PREVALENCE_TARGETS }),
] as const;

export type PrevalenceArgs = ArgsOf<typeof PREVALENCE_OPTIONS>;
