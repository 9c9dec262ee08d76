import { checkOptions } from "../util/checks.js";
import { CORRECT_UNTIL_MONTHS, DAYS_PER_MONTH, WHO2007_MIN_MONTHS } from "../who/constants.js";

/**
 * Options of {@link scoreColumns} and {@link score}.
 * @category Scoring
 */
export interface ScoreOptions {
  /**
   * `"who"` rounds z-scores to 2 decimals as WHO anthro reports them and
   * sets flags on the rounded value (WHO parity); `"full"` keeps them
   * unrounded and flags the unrounded value. The INTERGROWTH-21st z-scores
   * (`igp_*`) are rounded the same way.
   * @defaultValue "who"
   */
  readonly precision?: "who" | "full";
  /**
   * For a child born preterm (a gestational age under 37+0 weeks in
   * `gaDays`/`gaWeeks`), the WHO z-scores use the corrected age
   * (chronological age − (280 − gestational age) days) until the corrected
   * age reaches this many months; `0` never corrects. At most 60.
   * @defaultValue 24
   */
  readonly correctUntilMonths?: number;
}

/** The checked scoring options. @internal */
export interface ScoringOptions {
  /** Unrounded z-scores. */
  readonly full: boolean;
  /** Corrected age is used while under this many days (0: never). */
  readonly correctUntilDays: number;
}

/** The option keys every scorer takes. @internal */
export const SCORE_OPTION_KEYS: readonly string[] = ["precision", "correctUntilMonths"];

/**
 * Checks an options object whose keys must be among `keys`: `precision` is
 * `"who"` (the default) or `"full"`, `correctUntilMonths` a number from 0 to
 * 60. Throws a TypeError/RangeError naming `caller` otherwise.
 * @internal
 */
export function scoringOptions(options: unknown, caller: string, keys: readonly string[] = SCORE_OPTION_KEYS): ScoringOptions {
  const o = checkOptions(options ?? undefined, keys, caller) as { precision?: unknown; correctUntilMonths?: unknown };
  const precision = o.precision;
  if (precision !== undefined && precision !== "who" && precision !== "full") {
    throw new RangeError(`${caller}: options.precision must be "who" or "full"; got ${JSON.stringify(precision)}`);
  }
  return { full: precision === "full", correctUntilDays: correctUntilDays(o.correctUntilMonths, caller, "options.correctUntilMonths") };
}

/**
 * The days of a `correctUntilMonths` option (undefined: 24 months): a
 * number of months from 0 to 60.
 * @throws RangeError naming `caller` and `name` otherwise
 * @internal
 */
export function correctUntilDays(months: unknown, caller: string, name: string): number {
  const until = months ?? CORRECT_UNTIL_MONTHS;
  if (typeof until !== "number" || !(until >= 0 && until <= WHO2007_MIN_MONTHS)) {
    throw new RangeError(`${caller}: ${name} must be a number of months from 0 to ${WHO2007_MIN_MONTHS}; got ${JSON.stringify(until)}`);
  }
  return until * DAYS_PER_MONTH;
}
