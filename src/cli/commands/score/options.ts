/** `tumbuh score`: its option table and the arguments it gives. */
import { inputOptions } from "../../options/input.js";
import { choiceOption, flag, type ArgsOf } from "../../options/option.js";
import { OUTPUT } from "../../options/shared.js";
import { categoryNames } from "./categories.js";
import { WHO2007_FIELDS } from "./output-fields.js";
export const SCORE_OPTIONS = [
  OUTPUT,
  choiceOption({
    key: "precision",
    names: ["--precision"],
    value: "P",
    help: "how the z-scores are written: {choices}",
    choices: [["who", "rounded to 2 decimals and flagged as WHO does"], ["full", "unrounded"]],
  }),
  choiceOption({
    key: "categories",
    names: ["--categories"],
    value: "S",
    default: undefined,
    help: "add category columns after notes, by scheme S: {choices}\ncat_acute: SAM/MAM at 6-59 months from WHZ, MUAC (armc) and oedema. Values are codes (stunted, ...); with --lang en or id, labels (id: the regulation's wording)",
    choices: [
      ["who", categoryNames("who").join(", ")],
      ["permenkes", `${categoryNames("permenkes").join(", ")} (Permenkes 2/2020 has no hfa or wfa categories)`],
    ],
  }),
  flag({
    key: "smartFlags",
    names: ["--smart-flags"],
    help: "add SMART's flags after the other columns: flen_smart, fwei_smart, fwfl_smart, fbmi_smart (1 when the z-score is more than 3 from the file's mean of the z-scores WHO does not flag, or WHO flags it). Reads the file twice (not stdin)",
    default: false,
    set: true,
  }),
  ...inputOptions({ command: "score" }),
] as const;

export type ScoreArgs = ArgsOf<typeof SCORE_OPTIONS>;
