/**
 * Every indicator with its WHO table, by name: what the bulk kernel, the
 * low-level `zscore`/`valueAtZ` and the chart look indicators up in. It
 * imports all twelve tables; a module that needs one indicator imports its
 * spec from `indicators.ts` and its table from `tables/generated/` instead.
 */
import type { LmsTable } from "../tables/lms-table.js";
import { acanthro } from "../tables/generated/acanthro.js";
import { bfawho2007 } from "../tables/generated/bfawho2007.js";
import { bmianthro } from "../tables/generated/bmianthro.js";
import { hcanthro } from "../tables/generated/hcanthro.js";
import { hfawho2007 } from "../tables/generated/hfawho2007.js";
import { lenanthro } from "../tables/generated/lenanthro.js";
import { ssanthro } from "../tables/generated/ssanthro.js";
import { tsanthro } from "../tables/generated/tsanthro.js";
import { weianthro } from "../tables/generated/weianthro.js";
import { wfawho2007 } from "../tables/generated/wfawho2007.js";
import { wfhanthro } from "../tables/generated/wfhanthro.js";
import { wflanthro } from "../tables/generated/wflanthro.js";
import {
  acSpec, bfaSpec, bmiSpec, hcSpec, hfaSpec, lenSpec, ssSpec, tsSpec, weiSpec, wfaSpec, wfhSpec, wflSpec,
  type Indicator, type IndicatorSpec,
} from "./indicators.js";

/** An indicator's spec with its table (decoded on first call). @internal */
export interface IndicatorWithTable extends IndicatorSpec {
  readonly table: () => LmsTable;
}

const withTable = (spec: IndicatorSpec, table: () => LmsTable): IndicatorWithTable => ({ ...spec, table });

/** All indicators by name. @internal */
export const INDICATOR_SPECS: Readonly<Record<Indicator, IndicatorWithTable>> = {
  wei: /* @__PURE__ */ withTable(weiSpec, weianthro),
  len: /* @__PURE__ */ withTable(lenSpec, lenanthro),
  bmi: /* @__PURE__ */ withTable(bmiSpec, bmianthro),
  hc: /* @__PURE__ */ withTable(hcSpec, hcanthro),
  ac: /* @__PURE__ */ withTable(acSpec, acanthro),
  ts: /* @__PURE__ */ withTable(tsSpec, tsanthro),
  ss: /* @__PURE__ */ withTable(ssSpec, ssanthro),
  wfl: /* @__PURE__ */ withTable(wflSpec, wflanthro),
  wfh: /* @__PURE__ */ withTable(wfhSpec, wfhanthro),
  hfa: /* @__PURE__ */ withTable(hfaSpec, hfawho2007),
  wfa: /* @__PURE__ */ withTable(wfaSpec, wfawho2007),
  bfa: /* @__PURE__ */ withTable(bfaSpec, bfawho2007),
};

/**
 * The spec of `name`, or a RangeError naming the calling function.
 * @internal
 */
export function indicatorSpec(name: unknown, caller: string): IndicatorWithTable {
  if (typeof name === "string" && Object.prototype.hasOwnProperty.call(INDICATOR_SPECS, name)) {
    return INDICATOR_SPECS[name as Indicator];
  }
  throw new RangeError(
    `${caller}: indicator must be one of ${Object.keys(INDICATOR_SPECS).join(", ")}; got ${JSON.stringify(name)}`,
  );
}
