/**
 * Feeds the prevalence computation as the file streams past: each batch is
 * scored as `tumbuh score` scores it, and its sex, oedema, ages, z-scores
 * with their flags, design and grouping columns are added to the library's
 * running sums (`prevalenceStream`). No row is kept: memory grows with the
 * groups and clusters, not with the file.
 */
import type { PrevalenceStream } from "../../../aggregate/prevalence/stream.js";
import { BatchScorer } from "../../columns/batch-scorer.js";
import { scoreInput, type MeasureRows } from "../../columns/measure-rows.js";
import type { ScoreColumnsInput } from "../../../index.js";

/** The z-score and flag fields of each analysis. */
export const PREVALENCE_FIELDS = {
  "0-5": [["zlen", "flen"], ["zwei", "fwei"], ["zbmi", "fbmi"], ["zwfl", "fwfl"]],
  "5-19": [["zhfa", "fhfa"], ["zwfa", "fwfa"], ["zbfa", "fbfa"]],
} as const;

type Field = (typeof PREVALENCE_FIELDS)[keyof typeof PREVALENCE_FIELDS][number];

/** The library's options of a batch, from its named columns. */
export type BatchOptions = (named: readonly (Float64Array | readonly string[])[]) => Record<string, unknown>;

export class PrevalenceFeeder {
  private readonly scorer = new BatchScorer("who");

  constructor(
    private readonly stream: PrevalenceStream,
    private readonly fields: readonly Field[],
    private readonly options: BatchOptions,
  ) {}

  /** Adds rows of measurements. */
  add(rows: MeasureRows): void {
    const scores = this.scorer.scoreColumns(scoreInput(rows) as unknown as ScoreColumnsInput);
    const z: Record<string, unknown> = { length: rows.n };
    for (const [zf, ff] of this.fields) {
      z[zf] = scores[zf];
      z[ff] = scores[ff];
    }
    this.stream.accumulator.add(
      {
        sex: rows.sex,
        ...(rows.ageDays !== undefined ? { ageDays: rows.ageDays } : {}),
        ...(rows.ageMonths !== undefined ? { ageMonths: rows.ageMonths } : {}),
        ...(rows.oedema !== undefined ? { oedema: rows.oedema } : {}),
        scores: z,
      },
      this.options(rows.named),
    );
  }
}
