/**
 * Keeps what `skdn` reads while the file streams past: sex as codes, the
 * dates as day numbers, weight, and the id, book and grouping columns as
 * interned text (the batch's named columns: the id first, then `--by`).
 */
import { sexCode, type SkdnColumns } from "../index.js";
import type { Batch } from "./batch.js";
import { codeColumn, floatColumn, TextColumn } from "./growable.js";
import type { BatchSink, HeaderInfo } from "./read-batches.js";

export class SkdnCollector implements BatchSink {
  /** The input's format, for the tables written back. */
  delimiter = ",";
  eol = "\n";
  /** The grouping columns' values, in `--by` order. */
  readonly groups: TextColumn[];
  private readonly sex = codeColumn();
  private readonly dob = floatColumn();
  private readonly visit = floatColumn();
  private readonly weight = floatColumn();
  private readonly id = new TextColumn();
  private readonly book = new TextColumn();
  private hasBook = false;

  constructor(groupColumns: number) {
    this.groups = Array.from({ length: groupColumns }, () => new TextColumn());
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
    this.id.append(batch.named(0) as readonly string[], n);
    this.groups.forEach((g, k) => g.append(batch.named(k + 1) as readonly string[], n));
  }

  /** The columns for `skdn`. */
  columns(): SkdnColumns {
    return {
      childId: this.id.values,
      sex: this.sex.values(),
      dateOfBirth: this.dob.values(),
      visitDate: this.visit.values(),
      weightKg: this.weight.values(),
      ...(this.hasBook ? { hasBook: this.book.values } : {}),
    };
  }
}
