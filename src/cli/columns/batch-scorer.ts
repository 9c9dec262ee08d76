/**
 * Scores batches with `scoreColumns`, writing into the same output columns
 * every time (no allocation per batch).
 */
import { scoreColumns, type ScoreColumnsOptions, type ScoreColumnsResult } from "../../index.js";
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
    const result = scoreColumns(batch.columns(), this.options);
    if (this.options.out === undefined) this.options.out = result;
    return result;
  }
}
