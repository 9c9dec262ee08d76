import { numberValue } from "../../record/codes.js";
import type { Child } from "../../record/read-record.js";
import { presence } from "../../record/read-record.js";
import { R } from "../../record/reasons.js";
import type { Measurement } from "../../record/measurements.js";
import type { ScoreRecord } from "../../record/record.js";

/** What an indicator measures for one child. @internal */
export interface Measured {
  /** The measurement the z-score is of (kg, cm, kg/m² or mm). */
  readonly y: number;
  /** Whether a z-score can be computed from `y` (present, valid, no oedema for weights). */
  readonly usable: boolean;
  /** 1 present, 0 missing, −1 invalid (for the under-91-days rule). */
  readonly presence: number;
  /** Reason bits of this measurement beyond the child's shared ones. */
  readonly reasons: number;
}

/**
 * A measurement of its own field (head, arm, skinfolds): missing and
 * invalid as {@link score} reads them.
 * @internal
 */
export function ownMeasurement(record: ScoreRecord, measurement: Measurement): Measured {
  const y = numberValue(record[measurement.key]);
  const p = presence(y);
  return { y, usable: p > 0, presence: p, reasons: p === 0 ? measurement.missing : p < 0 ? measurement.invalid : 0 };
}

/**
 * BMI (kg/m²) of weight `weightKg` and length/height `cm` when both are
 * valid, as WHO computes it (`weight / (cm / 100)²`); NaN otherwise, and NaN
 * with `value-overflow` when it overflows.
 * @internal
 */
export function bmiOf(weightKg: number, weightOk: boolean, cm: number, cmOk: boolean): { readonly bmi: number; readonly reasons: number } {
  if (!weightOk || !cmOk) return { bmi: NaN, reasons: 0 };
  const m = cm / 100;
  const bmi = weightKg / (m * m);
  return bmi === Infinity ? { bmi: NaN, reasons: R.VALUE_OVERFLOW } : { bmi, reasons: 0 };
}

/** BMI as an indicator's measurement: usable when there is a BMI and weight is usable. @internal */
export function bmiMeasurement(child: Child, cm: number, cmOk: boolean): Measured {
  const b = bmiOf(child.weightKg, child.weightOk, cm, cmOk);
  return { y: b.bmi, usable: child.weightUsable && b.bmi === b.bmi, presence: 1, reasons: b.reasons };
}
