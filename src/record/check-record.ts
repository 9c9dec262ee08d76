import type { ScoreRecord } from "./record.js";

/** The fields a {@link ScoreRecord} may have, as an object literal (no work at import time). */
const RECORD_KEYS: Readonly<Record<string, true>> = {
  sex: true, ageDays: true, ageMonths: true, weightKg: true, lenheiCm: true, measure: true, oedema: true,
  headCm: true, muacCm: true, tricepsMm: true, subscapularMm: true, gaDays: true, gaWeeks: true,
};

/**
 * Throws a TypeError naming `caller` unless `record` is an object whose keys
 * are all fields of a {@link ScoreRecord}.
 * @internal
 */
export function checkScoreRecord(record: unknown, caller: string): asserts record is ScoreRecord {
  if (record === null || typeof record !== "object") throw new TypeError(`${caller}: record must be an object`);
  for (const key of Object.keys(record)) {
    if (!Object.prototype.hasOwnProperty.call(RECORD_KEYS, key)) {
      throw new TypeError(`${caller}: unknown field "${key}"; expected ${Object.keys(RECORD_KEYS).join(", ")}`);
    }
  }
}
