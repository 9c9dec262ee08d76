import { roundZ } from "../../lms/round-z.js";
import { fieldReasons, R, reasonCodes } from "../../record/reasons.js";
import type { IndicatorScore } from "./indicator-score.js";

/**
 * The result for unrounded z-score `value` (NaN when it could not be
 * computed): rounded unless `full`, flagged outside [below, above] as
 * {@link score} does; NA with `value-overflow` for ±Infinity; otherwise,
 * when NA, the codes of `reasons` (the child's reason bits) that can make
 * this indicator NA (`relevant`).
 * @internal
 */
export function indicatorResult(value: number, below: number, above: number, full: boolean, reasons: number, relevant: number): IndicatorScore {
  if (value === Infinity || value === -Infinity) return na(reasons | R.VALUE_OVERFLOW, relevant);
  if (value !== value) return na(reasons, relevant);
  const z = full ? value : roundZ(value);
  return { z, flag: z < below || z > above ? 1 : 0, reasons: [] };
}

function na(reasons: number, relevant: number): IndicatorScore {
  return { z: NaN, flag: NaN, reasons: reasonCodes(fieldReasons(reasons, relevant | R.AGE_OUTSIDE_STANDARD)) };
}
