/**
 * Keeps what `skdn` reads while the file streams past: sex as codes, the
 * dates as day numbers, weight, and the id, book and grouping columns as
 * interned text (the batch's named columns: the id first, then `--by`).
 */
import { sexCode, type SkdnColumns } from "../../../index.js";
import type { Batch } from "../../columns/batch.js";
import { codeColumn, floatColumn, TextColumn } from "../../columns/growable.js";
import { NamedColumnCollector } from "../../columns/named-collector.js";
import type { NamedColumn } from "../../columns/named-columns.js";
import type { BatchSink, HeaderInfo } from "../../columns/read-batches.js";

export class SkdnCollector implements BatchSink {
  /** The input's format, for the tables written back. */
  delimiter = ",";
  eol = "\n";
  private readonly sex = codeColumn();
  private readonly dob = floatColumn();
  private readonly visit = floatColumn();
  private readonly weight = floatColumn();
  private readonly book = new TextColumn();
  private hasBook = false;
  private readonly named: NamedColumnCollector;

  /** @param named - the batch's named columns: the id, then each `--by` */
  constructor(named: readonly NamedColumn[]) {
    this.named = new NamedColumnCollector(named);
  }

  header(h: HeaderInfo): void {
    this.hasBook = h.map.index.has("kia_book");
    this.delimiter = h.delimiter;
    this.eol = h.eol;
  }

  batch(batch: Batch): void {
    const n = batch.n;
    const sexCells = batch.text("sex")!;
    this.sex.appendEach(n, (i) => sexCode(sexCells[i]));
    const dates = batch.dates()!;
    this.dob.append(dates.dob, n);
    this.visit.append(dates.visit, n);
    this.weight.append(batch.number("weight")!, n);
    if (this.hasBook) this.book.append(batch.text("kia_book")!, n);
    this.named.add(batch);
  }

  /** The values of grouping column `k` (in `--by` order). */
  group(k: number): readonly string[] {
    return this.named.text(k + 1);
  }

  /** The columns for `skdn`. */
  columns(): SkdnColumns {
    return {
      childId: this.named.text(0),
      sex: this.sex.values(),
      dateOfBirth: this.dob.values(),
      visitDate: this.visit.values(),
      weightKg: this.weight.values(),
      ...(this.hasBook ? { hasBook: this.book.values } : {}),
    };
  }
}
