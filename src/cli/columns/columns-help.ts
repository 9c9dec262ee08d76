/** The "Columns" block of a command's help, from the columns' own descriptions. */
import type { HelpSection } from "../options/help.js";
import { SCORE_TARGETS, targetByName } from "./targets.js";

/**
 * The columns `names` (documented header names), each with what it holds;
 * `sex` and the `required` ones marked as required.
 */
export function columnsSection(names: readonly string[], required: readonly string[] = []): HelpSection {
  const must = new Set(["sex", ...required]);
  return {
    title: "Columns (header names, any case)",
    termWidth: 11,
    rows: names.map((name) => {
      const target = targetByName(name);
      if (target === undefined) throw new Error(`columnsSection: no column ${name}`);
      return [name, must.has(name) ? `${target.help}; required` : target.help];
    }),
  };
}

/** How the commands that score take the age from the dates. */
export const AGE_FROM_DATES = "When the file has no age column, the age in days is visit_date - dob (whole UTC days).";

/** How cells are read. */
export const CSV_CELLS =
  'Numbers: 12.5, -3, 1e3 (spaces around are fine); an empty cell or NA is missing; anything else is invalid (the value is NA and the notes name it, e.g. weight-invalid).\nInput: UTF-8 with or without BOM, LF or CRLF line ends.';

/** The columns block of the commands that score every row as `tumbuh score` does. */
export const SCORED_COLUMNS: HelpSection = { ...columnsSection(SCORE_TARGETS.map((t) => t.name)), text: AGE_FROM_DATES };
