import { modelZ, type GrowthModel } from "./growth-model.js";
import type { InfantScores } from "./infant.js";
import type { IntergrowthMeasure } from "./measures.js";
import { MEASUREMENT_FIELDS, presenceReason, readPositive, type ReadValue } from "./read-input.js";
import type { MeasurementReasonCode } from "./reasons.js";

/** The z-scores and centiles of one record's weight, length and head circumference. @internal */
export interface MeasurementScores extends InfantScores {
  /** P(weight below the measured one), the centile / 100 (for size for gestational age); NaN when NA. */
  readonly weightLowerTail: number;
  /** The weight as read (for the birth weight category). */
  readonly weight: ReadValue;
  /** Reasons of the measurements: missing, invalid, overflow (in that order). */
  readonly reasons: readonly MeasurementReasonCode[];
}

/**
 * Scores the three measurements of `record` with `modelOf` (undefined when
 * sex or age leave no model: every z-score and centile is then NaN). A
 * z-score that overflows to ±Infinity is NaN with `value-overflow`.
 * @internal
 */
export function scoreMeasurements(
  record: Readonly<Record<string, unknown>>,
  modelOf: ((measure: IntergrowthMeasure) => GrowthModel | undefined) | undefined,
): MeasurementScores {
  const z = [NaN, NaN, NaN];
  const c = [NaN, NaN, NaN];
  let weightLowerTail = NaN;
  const reasons: MeasurementReasonCode[] = [];
  const tails = new Float64Array(2);
  let overflow = false;
  let weight: ReadValue = { value: NaN, presence: 0 };
  MEASUREMENT_FIELDS.forEach((field, k) => {
    const read = readPositive(record[field.key]);
    if (k === 0) weight = read;
    const reason = presenceReason(read.presence, field.name);
    if (reason !== undefined) reasons.push(reason);
    const model = read.presence === 1 ? modelOf?.(field.measure) : undefined;
    if (model === undefined) return;
    const zk = modelZ(model, read.value, tails);
    if (zk === Infinity || zk === -Infinity) overflow = true;
    else {
      z[k] = zk;
      c[k] = 100 * tails[0]!;
      if (k === 0) weightLowerTail = tails[0]!;
    }
  });
  if (overflow) reasons.push("value-overflow");
  return { zwei: z[0]!, zlen: z[1]!, zhc: z[2]!, cwei: c[0]!, clen: c[1]!, chc: c[2]!, weightLowerTail, weight, reasons };
}
