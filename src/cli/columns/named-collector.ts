/**
 * Keeps the columns named on the command line (`--id`, `--by`, the survey
 * design) as batches stream past, for the commands that need every row at
 * once: text interned, numbers as floats, in the batch's order.
 */
import type { Batch } from "./batch.js";
import { floatColumn, TextColumn, type Growable } from "./growable.js";
import type { NamedColumn } from "./named-columns.js";

export class NamedColumnCollector {
  private readonly columns: (Growable<Float64Array> | TextColumn)[];

  /** @param named - the batch's named columns, in its order */
  constructor(named: readonly NamedColumn[]) {
    this.columns = named.map((c) => (c.kind === "number" ? floatColumn() : new TextColumn()));
  }

  add(batch: Batch): void {
    this.columns.forEach((into, k) => {
      if (into instanceof TextColumn) into.append(batch.named(k) as readonly string[], batch.n);
      else into.append(batch.named(k) as Float64Array, batch.n);
    });
  }

  /** Column `k` so far: numbers, or text values (views, valid until the next `add`). */
  column(k: number): Float64Array | readonly string[] {
    const c = this.columns[k]!;
    return c instanceof TextColumn ? c.values : c.values();
  }

  /** Text column `k` so far. */
  text(k: number): readonly string[] {
    return this.column(k) as readonly string[];
  }
}
