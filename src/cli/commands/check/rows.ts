/**
 * `tumbuh check --rows FILE`: the rows that disagree, written as the
 * batches pass — the row's number among the data rows, the child's id
 * (with `--id`), the field and the column compared, why the row is listed,
 * WHO's value (in the file's decimal mark), the column's value as given,
 * and tumbuh's reason codes for the row (why WHO's value is NA, if it is).
 */
import type { Disagreement, DisagreementSink } from "../../../audit/audit-accumulator.js";
import type { AuditField } from "../../../audit/types.js";
import type { ScoreColumnsResult } from "../../../index.js";
import type { Batch } from "../../columns/batch.js";
import type { HeaderInfo } from "../../columns/read-batches.js";
import { CsvTable } from "../../csv/table.js";
import { Notes } from "../score/notes.js";
import { absentColumnBits } from "../../columns/row-notes.js";

/** The columns of the rows file. */
export function rowsColumns(withId: boolean): string[] {
  return ["row", ...(withId ? ["id"] : []), "field", "column", "why", "who", "value", "notes"];
}

export class DisagreementRows {
  private readonly table: CsvTable;
  private readonly notes: Notes;

  /**
   * @param headers - the column compared for each field
   * @param idColumn - the batch's named column holding the id, or −1
   */
  constructor(
    h: HeaderInfo,
    private readonly headers: ReadonlyMap<AuditField, string>,
    private readonly idColumn: number,
  ) {
    this.table = new CsvTable(h.delimiter, h.eol);
    // the notes are quoted by the table, not by Notes: give Notes a delimiter that never needs quoting
    this.notes = new Notes("\u0000", absentColumnBits(h.map));
    this.table.row(rowsColumns(idColumn >= 0));
  }

  /** The sink for a batch whose first row is data row `offset + 1`. */
  sink(batch: Batch, scores: ScoreColumnsResult, offset: number): DisagreementSink {
    const ids = this.idColumn >= 0 ? (batch.named(this.idColumn) as readonly string[]) : undefined;
    // WHO's values in the file's decimal mark (decided by the first batch, see read-batches.ts)
    this.table.decimalComma = batch.writeComma;
    return (i: number, field: AuditField, why: Disagreement, who: number | string | null, value: unknown) => {
      this.table.row([
        offset + i + 1,
        ...(ids === undefined ? [] : [ids[i]!]),
        field,
        this.headers.get(field)!,
        why,
        who,
        value === undefined || value === null ? "" : String(value),
        this.notes.cell(scores.reasons[i]!, batch.missingCells[i]! > 0),
      ]);
    };
  }

  /** The lines written so far (then forgotten). */
  take(): string {
    return this.table.take();
  }
}
