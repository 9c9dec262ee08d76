/**
 * tumbuh: WHO child growth z-scores, classification and population
 * aggregation, matching WHO's anthro and anthroplus R packages.
 * @packageDocumentation
 */
export { score, type ScoreRecord, type ScoreResult } from "./score/score.js";
export {
  scoreColumns,
  type ScoreColumnsInput,
  type ScoreColumnsResult,
  type ScoreColumnsOptions,
  type ScoreOptions,
  type NumberColumn,
} from "./score/score-columns.js";
export { SCORE_FIELDS, type ScoreField, type ZField, type FlagField } from "./score/fields.js";
export { REASON_CODES, reasonCodes, type ReasonCode } from "./score/reasons.js";
export { sexCode, measureCode, oedemaCode } from "./score/input-codes.js";
export { roundAgeDays, DAYS_PER_MONTH } from "./score/age.js";
export { zscore } from "./zscore/zscore.js";
export { valueAtZ } from "./zscore/value-at-z.js";
export { lmsParameters, type Lms } from "./zscore/lms-parameters.js";
export { lmsZ, lmsZRestricted } from "./lms/lms-z.js";
export { lmsValue, lmsValueRestricted } from "./lms/lms-value.js";
export { roundZ } from "./lms/round-z.js";
export { zToCentile, centileToZ } from "./lms/centile.js";
export type { Indicator, AgeIndicatorName } from "./indicators/indicator.js";
