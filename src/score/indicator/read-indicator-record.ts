import { checkScoreRecord } from "../../record/check-record.js";
import { readChild, type Child } from "../../record/read-record.js";
import type { ScoreRecord } from "../../record/record.js";
import { scoringOptions } from "../options.js";


/**
 * What every one-indicator function starts with: checks `record` and
 * `options` for `caller` (TypeError/RangeError naming it), then reads the
 * child.
 * @internal
 */
export function readIndicatorRecord(caller: string, record: ScoreRecord, options: unknown): { readonly child: Child; readonly full: boolean } {
  checkScoreRecord(record, caller);
  const { full, correctUntilDays } = scoringOptions(options, caller);
  return { child: readChild(record, correctUntilDays), full };
}
