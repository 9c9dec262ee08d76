/** `tumbuh quality`: its option table and the arguments it gives. */
import { inputOptions } from "../../options/input.js";
import type { ArgsOf } from "../../options/option.js";
import { BY_GROUP, formatOption, LANG, OUTPUT } from "../../options/shared.js";
export const QUALITY_OPTIONS = [
  BY_GROUP,
  LANG,
  formatOption(["text", ["json", "every number of the report"]]),
  OUTPUT,
  ...inputOptions({ command: "quality" }),
] as const;

export type QualityArgs = ArgsOf<typeof QUALITY_OPTIONS>;
