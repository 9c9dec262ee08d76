/**
 * What the cells of one input column held, counted as the file streams
 * past: the values present (not blank, not a missing marker) and those that
 * could not be used (not a number, a code tumbuh does not know, a date that
 * cannot be read or cannot be real), with the first of them as an example.
 * The run's warnings and `--strict` are decided from these counts.
 */
import type { ColumnName } from "../io/messages.js";

/** How a column's cells are read. */
export type CellKind = "number" | "code" | "date";

export class CellTally {
  /** Values present: not blank and not a missing marker. */
  present = 0;
  /** Values that could not be used. */
  bad = 0;
  /** The first value that could not be used, as written (trimmed). */
  example: string | undefined;
  /** The reason code of {@link example}, for dates. */
  reason: string | undefined;

  constructor(
    readonly column: ColumnName,
    readonly kind: CellKind,
  ) {}

  /** Counts a value that could not be used. */
  addBad(text: string, reason?: string): void {
    this.bad++;
    if (this.example === undefined) {
      // a copy: the text may be cut from a large chunk of the input
      this.example = Buffer.from(text.trim(), "utf8").toString("utf8");
      this.reason = reason;
    }
  }
}
