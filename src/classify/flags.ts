/**
 * WHO's limits beyond which a z-score is flagged as implausible, as WHO anthro
 * (under 5 years) and WHO anthroplus (5–19 years) apply them: flagged when
 * z < below or z > above. Read from the indicator specs, where each limit is
 * written once.
 */
import { bfaSpec, bmiSpec, hfaSpec, lenSpec, weiSpec, wfaSpec, wfhSpec, wflSpec, type IndicatorSpec } from "../who/indicators.js";
import type { ClassifyIndicator } from "./indicators.js";

/** @internal */
export interface FlagLimits {
  readonly below: number;
  readonly above: number;
}

const limits = (spec: IndicatorSpec): FlagLimits => ({ below: spec.flagBelow, above: spec.flagAbove });

/** Flag limits by indicator. @internal */
export const FLAG_LIMITS: Readonly<Record<ClassifyIndicator, FlagLimits>> = {
  len: /* @__PURE__ */ limits(lenSpec),
  hfa: /* @__PURE__ */ limits(hfaSpec),
  wei: /* @__PURE__ */ limits(weiSpec),
  wfa: /* @__PURE__ */ limits(wfaSpec),
  wfl: /* @__PURE__ */ limits(wflSpec),
  wfh: /* @__PURE__ */ limits(wfhSpec),
  bmi: /* @__PURE__ */ limits(bmiSpec),
  bfa: /* @__PURE__ */ limits(bfaSpec),
};
