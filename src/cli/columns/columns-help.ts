/** The "Columns" block of a command's help, from the columns' own descriptions. */
import type { HelpSection } from "../options/help.js";
import { aliasesOf } from "./aliases.js";
import { SCORE_TARGETS, targetByName } from "./targets.js";

/** The other names shown in the help per column (the first few). */
const SHOWN_ALIASES = 3;

/**
 * The columns `names` (documented header names), each with what it holds;
 * `sex` and the `required` ones marked as required.
 */
export function columnsSection(names: readonly string[], required: readonly string[] = []): HelpSection {
  const must = new Set(["sex", ...required]);
  return {
    title: "Columns (header names, any case, spaces and _ ignored; or other names)",
    termWidth: 11,
    rows: names.map((name) => {
      const target = targetByName(name);
      if (target === undefined) throw new Error(`columnsSection: no column ${name}`);
      const aliases = aliasesOf(name).slice(0, SHOWN_ALIASES);
      const also = aliases.length === 0 ? "" : ` (also ${aliases.join(", ")})`;
      return [name, `${must.has(name) ? `${target.help}; required` : target.help}${also}`];
    }),
  };
}

/** How the commands that score take the age from the dates. */
export const AGE_FROM_DATES = "When the file has no age column, the age in days is visit_date - dob (whole days on the calendar).";

/** How cells are read. */
export const CSV_CELLS =
  "Numbers: 12.5, -3, 1e3 (spaces around are fine; 12,5 see --decimal). Codes: see Columns. Dates: 2024-11-14 (a time after it is ignored), 14/11/2024, 14-11-2024, 14.11.2024, 5/3/2024 (see --date-format), 14 Nov 2024, 14 Agustus 2024. An empty cell or NA, N/A, ., -, ? is missing in every column; anything else is invalid (the value is NA and the notes name it: weight-invalid, sex-invalid, date-impossible, date-two-digit-year, date-in-future, visit-before-birth, ...).\nOn stderr: which header became which column when a name other than the documented one was used, and at the end a summary (rows read, rows with each NA reason) and a warning for a column more than 20 % of whose values could not be used.\nInput: UTF-8 with or without BOM, LF or CRLF line ends.";

/** The columns block of the commands that score every row as `tumbuh score` does. */
export const SCORED_COLUMNS: HelpSection = { ...columnsSection(SCORE_TARGETS.map((t) => t.name)), text: AGE_FROM_DATES };
