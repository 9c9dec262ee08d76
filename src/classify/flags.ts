/**
 * WHO's limits beyond which a z-score is flagged as implausible, as WHO anthro
 * (under 5 years) and WHO anthroplus (5–19 years) apply them: flagged when
 * z < below or z > above.
 */
import type { ClassifyIndicator } from "./indicators.js";

/** @internal */
export interface FlagLimits {
  readonly below: number;
  readonly above: number;
}

/** Flag limits by indicator. @internal */
export const FLAG_LIMITS: Readonly<Record<ClassifyIndicator, FlagLimits>> = {
  len: { below: -6, above: 6 },
  hfa: { below: -6, above: 6 },
  wei: { below: -6, above: 5 },
  wfa: { below: -6, above: 5 },
  wfl: { below: -5, above: 5 },
  wfh: { below: -5, above: 5 },
  bmi: { below: -5, above: 5 },
  bfa: { below: -5, above: 5 },
};
