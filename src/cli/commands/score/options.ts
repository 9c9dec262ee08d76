/** `tumbuh score`: its option table and the arguments it gives. */
import { inputOptions } from "../../options/input.js";
import { choiceOption, type ArgsOf } from "../../options/option.js";
import { LANG, OUTPUT } from "../../options/shared.js";
import { categoryNames } from "./categories.js";
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
    help: "add category columns after notes, by scheme S: {choices}\ncat_acute: SAM/MAM at 6-59 months from WHZ, MUAC (armc) and oedema. Values are codes (stunted, ...)",
    choices: [
      ["who", categoryNames("who").join(", ")],
      ["permenkes", `${categoryNames("permenkes").join(", ")} (Permenkes 2/2020 has no hfa or wfa categories)`],
    ],
  }),
  choiceOption({
    key: "lang",
    names: LANG.names,
    value: "L",
    default: undefined,
    help: "with --categories: labels in {choices} instead of codes",
    choices: [["en", "English"], ["id", "Bahasa Indonesia, the regulation's wording"]],
  }),
  ...inputOptions({ command: "score" }),
] as const;

export type ScoreArgs = ArgsOf<typeof SCORE_OPTIONS>;
