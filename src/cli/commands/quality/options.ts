/** `tumbuh quality`: its option table and the arguments it gives. */
import { inputOptions } from "../../options/input.js";
import { withHelp, type ArgsOf } from "../../options/option.js";
import { BY_GROUP, CHILD_ID, CLUSTER, formatOption, LANG, MONTH, OUTPUT } from "../../options/shared.js";
export const QUALITY_OPTIONS = [
  BY_GROUP,
  withHelp(CLUSTER, "cluster (survey PSU): adds the SMART plausibility check's Poisson test of WHZ < -2 over clusters"),
  LANG,
  formatOption(["text", ["json", "every number of the report"]]),
  withHelp(CHILD_ID, "a register of visits: each child (by COL) counts once, by its last visit (see --month)"),
  withHelp(MONTH, "with --id: each child's last visit of this month"),
  OUTPUT,
  ...inputOptions({ command: "quality" }),
] as const;

export type QualityArgs = ArgsOf<typeof QUALITY_OPTIONS>;
