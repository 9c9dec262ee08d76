/** `tumbuh check`: its option table and the arguments it gives. */
import { CATEGORY_FIELDS, Z_FIELDS } from "../../../audit/audit-accumulator.js";
import type { AuditField } from "../../../audit/types.js";
import { usageError } from "../../io/errors.js";
import { inputOptions } from "../../options/input.js";
import { choiceOption, option, required, withHelp, type ArgsOf } from "../../options/option.js";
import { CHILD_ID, formatOption, OUTPUT } from "../../options/shared.js";
import { outputPath } from "../../options/values.js";

/** The fields `--compare` takes: the z-score fields, then the category columns. */
export const COMPARE_FIELDS: readonly AuditField[] = [...Z_FIELDS, ...CATEGORY_FIELDS];

const NONE: ReadonlyMap<AuditField, string> = new Map();

/** `current` with `FIELD=HEADER` (or `FIELD`, a column of that name) added. */
function compareValue(value: string, current: ReadonlyMap<AuditField, string> = NONE): ReadonlyMap<AuditField, string> {
  const at = value.indexOf("=");
  const field = (at < 0 ? value : value.slice(0, at)).trim().toLowerCase() as AuditField;
  const header = (at < 0 ? value : value.slice(at + 1)).trim();
  if (!COMPARE_FIELDS.includes(field)) {
    throw usageError(`--compare: unknown field "${at < 0 ? value : value.slice(0, at)}"; expected one of ${COMPARE_FIELDS.join(", ")} (e.g. --compare zwei=waz)`);
  }
  if (header === "") throw usageError(`--compare ${field}=: the header name is empty`);
  if (current.has(field)) throw usageError(`--compare: ${field} is given twice`);
  return new Map(current).set(field, header);
}

export const CHECK_OPTIONS = [
  required(
    option({
      key: "compare",
      names: ["--compare"],
      value: "FIELD=HEADER",
      help: `compare the column HEADER with WHO's FIELD (repeat for each column; FIELD alone reads a column named FIELD). FIELD is a z-score (${Z_FIELDS.join(", ")}) or a category column (${CATEGORY_FIELDS.join(", ")})`,
      default: undefined as ReadonlyMap<AuditField, string> | undefined,
      repeatable: true,
      parse: (v, current) => compareValue(v, current),
    }),
    "give at least one --compare FIELD=HEADER (e.g. --compare zwei=waz)",
  ),
  choiceOption({
    key: "categories",
    names: ["--categories"],
    value: "S",
    help: "the scheme of the category columns compared: {choices}. Codes and labels are read in English and Bahasa Indonesia",
    choices: [["who", "WHO's categories"], ["permenkes", "Permenkes 2/2020, which has no cat_hfa or cat_wfa"]],
  }),
  formatOption(["text", ["csv", "one statistic per row"], ["json", "the report as checkScores returns it"]]),
  OUTPUT,
  option({
    key: "rows",
    names: ["--rows"],
    value: "FILE",
    help: "also write the rows that disagree to FILE (CSV: row, field, why, WHO's value, the column's value, tumbuh's reason codes)",
    default: undefined as string | undefined,
    parse: (v) => outputPath(v) ?? "-",
  }),
  withHelp(CHILD_ID, "a column copied into --rows to identify each child"),
  ...inputOptions({ command: "check" }),
] as const;

export type CheckArgs = ArgsOf<typeof CHECK_OPTIONS>;
