/** `tumbuh report`: its option table and the arguments it gives. */
import { inputOptions } from "../../options/input.js";
import { TARGETS } from "../../columns/targets.js";
import { withHelp, type ArgsOf } from "../../options/option.js";
import { BY_EACH, CHILD_ID_REQUIRED, formatOption, LANG, MONTH, OUTPUT, DESIGN } from "../../options/shared.js";
export const REPORT_OPTIONS = [
  CHILD_ID_REQUIRED,
  withHelp(BY_EACH, "a breakdown by each of these columns; the first also gets the data quality table"),
  withHelp(MONTH, "the month reported (default: the latest month with length/height for most children weighed)"),
  LANG,
  formatOption(["text", "markdown", ["json", "every number"]]),
  ...DESIGN,
  OUTPUT,
  ...inputOptions({ command: "report", targets: TARGETS, colExample: "--col weight=bb --col lenhei=tb --col kia_book=punya_buku" }),
] as const;

export type ReportArgs = ArgsOf<typeof REPORT_OPTIONS>;
