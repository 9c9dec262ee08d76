import { checkScoreRecord } from "../../record/check-record.js";
import { readChild, type Child } from "../../record/read-record.js";
import type { ScoreRecord } from "../../record/record.js";
import { fullPrecision } from "../options.js";

/** The options the one-indicator functions take. */
const OPTION_KEYS: readonly string[] = ["precision"];

/**
 * What every one-indicator function starts with: checks `record` and
 * `options` for `caller` (TypeError/RangeError naming it), then reads the
 * child.
 * @internal
 */
export function readIndicatorRecord(caller: string, record: ScoreRecord, options: unknown): { readonly child: Child; readonly full: boolean } {
  checkScoreRecord(record, caller);
  const full = fullPrecision(options, caller, OPTION_KEYS);
  return { child: readChild(record), full };
}
