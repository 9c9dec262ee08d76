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
export { SCORE_FIELDS, type ScoreField, type ZField, type FlagField, type Who2006ZField, type Who2007ZField } from "./score/fields.js";
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
export type { Indicator, AgeIndicatorName, Who2007IndicatorName } from "./indicators/indicator.js";
export { classify, type Category, type ClassifyOptions } from "./classify/classify.js";
export { classifyColumns, type ClassifyColumnsOptions, type ClassifyColumnsResult } from "./classify/classify-columns.js";
export { acuteMalnutrition, type AcuteMalnutritionInput, type AcuteMalnutritionOptions } from "./classify/acute.js";
export { acuteMalnutritionColumns, type AcuteMalnutritionColumnsInput, type AcuteMalnutritionColumnsOptions } from "./classify/acute-columns.js";
export { categoryColumns, type CategoryColumnsInput, type CategoryColumnsOptions, type CategoryColumnName } from "./classify/category-columns.js";
export { CATEGORY_CODES, type CategoryCode } from "./classify/codes.js";
export { categoryLabel, type LabelLanguage, type CategoryLabels } from "./classify/labels.js";
export { schemeCategories, type ClassificationScheme } from "./classify/schemes.js";
export type { ClassifyIndicator } from "./classify/indicators.js";
export type { ZRounding } from "./classify/options.js";
