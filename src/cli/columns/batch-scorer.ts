/**
 * Scores batches with `scoreColumns`, writing into the same output columns
 * every time (no allocation per batch).
 */
import { scoreColumns, type ScoreColumnsInput, type ScoreColumnsOptions, type ScoreColumnsResult } from "../../index.js";
import type { Batch } from "./batch.js";

export class BatchScorer {
  private readonly options: { precision: "who" | "full"; out?: ScoreColumnsOptions["out"] };

  constructor(precision: "who" | "full") {
    this.options = { precision };
  }

  /**
   * The batch's scores. The columns are reused by the next call and are as
   * long as the first batch: read the first `batch.n` values.
   */
  score(batch: Batch): ScoreColumnsResult {
    return this.scoreColumns(batch.columns());
  }

  /** The scores of `columns` (in the reused columns, grown when `columns` has more rows than any before). */
  scoreColumns(columns: ScoreColumnsInput): ScoreColumnsResult {
    const out = this.options.out as { readonly zwei?: ArrayLike<number> } | undefined;
    if (out !== undefined && (out.zwei?.length ?? 0) < columns.sex.length) delete this.options.out;
    const result = scoreColumns(columns, this.options);
    if (this.options.out === undefined) this.options.out = result;
    return result;
  }
}
