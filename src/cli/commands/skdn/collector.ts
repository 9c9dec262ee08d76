/**
 * Feeds the library's SKDN accumulator as the file streams past: each
 * batch's sex codes, date day numbers, weights, KIA book codes, child ids
 * and grouping columns, collapsed there into one compact record per child
 * and month. Memory grows with the child-months, not with the weighings.
 */
import { sexCode } from "../../../index.js";
import { bookCode } from "../../../aggregate/skdn/book-code.js";
import type { SkdnAccumulator } from "../../../aggregate/skdn/skdn-accumulator.js";
import type { Batch } from "../../columns/batch.js";
import { namedViews } from "../../columns/measure-rows.js";

/** What the batches of a file hold for SKDN. */
export class SkdnFeeder {
  private sex = new Uint8Array(0);
  private book = new Int8Array(0);

  /**
   * @param groupings - per table, the indices of its grouping columns among the batch's named columns (the child id is named column 0)
   */
  constructor(
    private readonly acc: SkdnAccumulator,
    readonly hasBook: boolean,
    private readonly groupings: readonly (readonly number[])[],
  ) {}

  add(batch: Batch): void {
    const n = batch.n;
    if (this.sex.length < n) {
      this.sex = new Uint8Array(batch.capacity);
      this.book = new Int8Array(batch.capacity);
    }
    const sex = this.sex.subarray(0, n);
    const cells = batch.text("sex")!;
    for (let i = 0; i < n; i++) sex[i] = sexCode(cells[i]);
    let book: Int8Array | undefined;
    if (this.hasBook) {
      book = this.book.subarray(0, n);
      const books = batch.text("kia_book")!;
      for (let i = 0; i < n; i++) book[i] = bookCode(books[i]);
    }
    const dates = batch.dates()!;
    const named = namedViews(batch);
    this.acc.add(
      { length: n, childId: named[0]!, sex, dob: dates.dob, visit: dates.visit, weightKg: batch.number("weight")!, book },
      this.groupings.map((g) => g.map((k) => named[k]!)),
    );
  }
}
