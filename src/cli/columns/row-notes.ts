/**
 * A row's notes, as `score` writes them and every command's summary counts
 * them: the reason codes of `scoreColumns` (`reasonCodes`), without the
 * `*-missing` codes of a column the file does not have at all (every row
 * would carry them, and they say nothing about the row), and with
 * `age-invalid` replaced by why the age could not come from the dates
 * (`date-impossible`, `visit-before-birth`, …).
 */
import { REASON_CODES, reasonCodes, type ReasonCode } from "../../record/reasons.js";
import { DATE_MISSING, DATE_REASONS } from "../csv/date.js";
import type { ColumnMap } from "./column-map.js";

/** The note for a row that had fewer cells than the header. */
export const SHORT_ROW_NOTE = "short-row";

const MISSING_CODE_OF: Readonly<Record<string, ReasonCode>> = {
  weight: "weight-missing",
  lenhei: "lenhei-missing",
  headc: "headc-missing",
  armc: "muac-missing",
  triskin: "triskin-missing",
  subskin: "subskin-missing",
};

function bit(code: ReasonCode): number {
  return 1 << REASON_CODES.indexOf(code);
}

/** The reason bits left out of the notes: `*-missing` of the columns the file lacks. */
export function absentColumnBits(map: ColumnMap): number {
  let bits = 0;
  for (const [target, code] of Object.entries(MISSING_CODE_OF)) if (!map.index.has(target)) bits |= bit(code);
  if (!map.useDates && !map.index.has("age_days") && !map.index.has("age_months")) bits |= bit("age-missing");
  return bits;
}

/**
 * Every code a note can hold, in the order notes list them: `short-row`,
 * then the reason codes with the date reasons after `age-invalid`.
 */
export const NOTE_ORDER: readonly string[] = [
  SHORT_ROW_NOTE,
  ...REASON_CODES.flatMap((c) => (c === "age-invalid" ? [c, ...DATE_REASONS.filter((d) => d !== "date-missing")] : [c])),
];

/**
 * The codes of a row's note.
 * @param mask - the row's reasons, with the ignored bits already cleared
 * @param dateCode - why the age from the dates is NA (a `DATE_REASONS` code), 0 when it is not or the age is not from dates
 */
export function noteCodes(mask: number, shortRow: boolean, dateCode: number): string[] {
  const codes: string[] = reasonCodes(mask);
  if (dateCode > DATE_MISSING) {
    const at = codes.indexOf("age-invalid");
    if (at >= 0) codes[at] = DATE_REASONS[dateCode - 1]!;
  }
  if (shortRow) codes.unshift(SHORT_ROW_NOTE);
  return codes;
}
