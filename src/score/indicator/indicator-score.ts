import type { ReasonCode } from "../../record/reasons.js";

/**
 * One indicator's result for one child: the z-score and flag exactly as the
 * matching fields of {@link score} give them, and why the z-score is NA.
 * @category Scoring
 */
export interface IndicatorScore {
  /** The z-score, rounded to 2 decimals as WHO reports it (unrounded with `precision: "full"`); NaN when NA. */
  readonly z: number;
  /** 1 when the z-score is outside WHO's plausible range for the indicator, 0 when inside, NaN when `z` is NA. */
  readonly flag: number;
  /**
   * Why `z` is NA (empty when it is a number): the reason codes of this
   * indicator's own inputs (see {@link ReasonCode}).
   */
  readonly reasons: readonly ReasonCode[];
}
