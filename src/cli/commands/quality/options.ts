/** `tumbuh quality`: its option table and the arguments it gives. */
import { inputOptions } from "../../options/input.js";
import type { ArgsOf } from "../../options/option.js";
import { withHelp } from "../../options/option.js";
import { BY_GROUP, CLUSTER, formatOption, LANG, OUTPUT } from "../../options/shared.js";
export const QUALITY_OPTIONS = [
  BY_GROUP,
  withHelp(CLUSTER, "cluster (survey PSU): adds the SMART plausibility check's Poisson test of WHZ < -2 over clusters"),
  LANG,
  formatOption(["text", ["json", "every number of the report"]]),
  OUTPUT,
  ...inputOptions({ command: "quality" }),
] as const;

export type QualityArgs = ArgsOf<typeof QUALITY_OPTIONS>;
