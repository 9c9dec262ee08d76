import { sexCode } from "../record/codes.js";
import type { VelocityTable } from "../tables/velocity-table.js";
import { checkChoice, checkObject } from "../util/checks.js";
import { intervalIndex, type VelocityInterval, type VelocityMeasure, type VelocityMonths } from "./intervals.js";
import { velocityTableOf } from "./tables.js";

/**
 * Which WHO velocity table and interval: the fields shared by {@link velocityZ} and its inverses.
 * @category Velocity
 */
export interface VelocityQuery {
  /** `"weight"` (increment in kg), `"length"` or `"head"` (head circumference; increments in cm). */
  readonly measure: VelocityMeasure;
  /** 1 (weight only, birth to 12 months) or 2 (weight and length to 24 months, head to 12 months). */
  readonly months: VelocityMonths;
  /** 1/2, `m`/`f`, `L`/`P`, … (as {@link sexCode} reads it). */
  readonly sex: unknown;
  /** WHO's label: `"0-4 wks"`, `"4 wks-2 mo"`, `"2-3 mo"` … `"11-12 mo"` (1 month); `"0-2 mo"`, `"1-3 mo"` … `"22-24 mo"` (2 months; head to `"10-12 mo"`). */
  readonly interval: VelocityInterval | string;
}

/** The measures. @internal */
export const VELOCITY_MEASURES: readonly VelocityMeasure[] = ["weight", "length", "head"];

/**
 * Checks `measure` (and `months` when given): a measure WHO has velocity
 * tables for, and 1-month intervals for weight only.
 * @throws RangeError naming `caller` and the parameter
 * @internal
 */
export function checkMeasure(measure: unknown, months: unknown, caller: string, where: string): VelocityMeasure {
  const m = checkChoice(measure, VELOCITY_MEASURES, caller, `${where}.measure`);
  if (months !== undefined) {
    const mo = checkChoice(months, [1, 2] as const, caller, `${where}.months`);
    if (mo === 1 && m !== "weight") {
      throw new RangeError(`${caller}: ${where}.months must be 2 for ${m} (WHO publishes 1-month increments for weight only); got 1`);
    }
  }
  return m;
}

/** A query read: the table (undefined when sex is unusable), the interval's row (−1 when unknown), the sex code. @internal */
export interface ReadQuery {
  readonly measure: VelocityMeasure;
  readonly months: VelocityMonths;
  readonly sex: number;
  readonly table: VelocityTable | undefined;
  readonly k: number;
}

/**
 * Checks a {@link VelocityQuery} plus the one extra field `extra` and reads it.
 * Misuse (not an object, unknown field, bad measure or months) throws; the
 * data fields (sex, interval) never do.
 * @throws TypeError for a non-object or an unknown field; RangeError for a bad measure or months
 * @internal
 */
export function readQuery(args: unknown, extra: string, caller: string): ReadQuery & { readonly value: unknown } {
  const a = checkObject(args, ["measure", "months", "sex", "interval", extra], caller, "args");
  const measure = checkMeasure(a.measure, a.months, caller, "args");
  const months = a.months as VelocityMonths;
  const sex = sexCode(a.sex);
  return { measure, months, sex, table: velocityTableOf(measure, months, sex), k: intervalIndex(measure, months, a.interval), value: a[extra] };
}
