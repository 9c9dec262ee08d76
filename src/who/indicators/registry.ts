import type { Indicator, IndicatorSpec } from "./indicator.js";
import { weiSpec } from "./weight-for-age.js";
import { lenSpec } from "./length-for-age.js";
import { bmiSpec } from "./bmi-for-age.js";
import { hcSpec } from "./head-circumference-for-age.js";
import { acSpec } from "./arm-circumference-for-age.js";
import { tsSpec } from "./triceps-skinfold-for-age.js";
import { ssSpec } from "./subscapular-skinfold-for-age.js";
import { wflSpec } from "./weight-for-length.js";
import { wfhSpec } from "./weight-for-height.js";
import { hfaSpec } from "./height-for-age-2007.js";
import { wfaSpec } from "./weight-for-age-2007.js";
import { bfaSpec } from "./bmi-for-age-2007.js";

/** All indicators by name. @internal */
export const INDICATOR_SPECS: Readonly<Record<Indicator, IndicatorSpec>> = {
  wei: weiSpec,
  len: lenSpec,
  bmi: bmiSpec,
  hc: hcSpec,
  ac: acSpec,
  ts: tsSpec,
  ss: ssSpec,
  wfl: wflSpec,
  wfh: wfhSpec,
  hfa: hfaSpec,
  wfa: wfaSpec,
  bfa: bfaSpec,
};

/**
 * The spec of `name`, or a RangeError naming the calling function.
 * @internal
 */
export function indicatorSpec(name: unknown, caller: string): IndicatorSpec {
  if (typeof name === "string" && Object.prototype.hasOwnProperty.call(INDICATOR_SPECS, name)) {
    return INDICATOR_SPECS[name as Indicator];
  }
  throw new RangeError(
    `${caller}: indicator must be one of ${Object.keys(INDICATOR_SPECS).join(", ")}; got ${JSON.stringify(name)}`,
  );
}
