/** `tumbuh newborn`: its option table and the arguments it gives. */
import { inputOptions } from "../../options/input.js";
import { choiceOption, type ArgsOf } from "../../options/option.js";
import { OUTPUT } from "../../options/shared.js";
import { NEWBORN_TARGETS } from "./targets.js";

export const NEWBORN_OPTIONS = [
  OUTPUT,
  choiceOption({
    key: "precision",
    names: ["--precision"],
    value: "P",
    help: "how z-scores and centiles are written: {choices}",
    choices: [["rounded", "to 2 decimals"], ["full", "unrounded"]],
  }),
  ...inputOptions({ command: "newborn", targets: NEWBORN_TARGETS, colExample: "--col ga_weeks=umur_kehamilan --col weight=berat_lahir" }),
] as const;

export type NewbornArgs = ArgsOf<typeof NEWBORN_OPTIONS>;
