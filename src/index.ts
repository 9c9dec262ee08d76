/**
 * tumbuh: WHO child growth z-scores, classification and population
 * aggregation, matching WHO's anthro and anthroplus R packages. The API by
 * task:
 *
 * @categoryDescription Scoring
 * z-scores of children's measurements, one record ({@link score}) or whole
 * columns ({@link scoreColumns}), one indicator at a time, the LMS maths,
 * the input codes and the reasons a value is NA.
 * @categoryDescription Classification
 * Categories of z-scores in WHO's terms and in Permenkes 2/2020, with labels
 * in English and Bahasa Indonesia, and acute malnutrition (SAM/MAM).
 * @categoryDescription Aggregation
 * Populations: survey prevalence with confidence intervals, the data quality
 * report, posyandu SKDN, and one measurement per child from a register.
 * @categoryDescription Charts
 * WHO growth charts as SVG, with children's measurements plotted.
 * @categoryDescription Dates
 * Dates as registers write them, ages in days from two dates, and the order
 * of day and month of a column.
 * @categoryDescription Newborn
 * INTERGROWTH-21st: size at birth for gestational age and the postnatal
 * growth of preterm infants.
 * @categoryDescription Velocity
 * WHO growth velocity standards, trajectories of a register and the children
 * to refer.
 * @categoryDescription Audit
 * Checks of z-scores and categories computed by other software against
 * WHO's.
 * @module tumbuh
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
export type { KernelOutput } from "./score/fields.js";
export {
  SCORE_FIELDS, OUTPUT_FIELDS, type ScoreField, type ZField, type FlagField, type Who2006ZField, type Who2007ZField, type IntergrowthZField,
  type OutputFieldSpec, type OutputFieldName, type NaReasonField,
} from "./score/fields.js";
export { REASON_CODES, reasonCodes, type ReasonCode } from "./record/reasons.js";
export { sexCode, measureCode, oedemaCode } from "./record/codes.js";
export { roundAgeDays, DAYS_PER_MONTH } from "./who/rules.js";
export { isMissingText } from "./record/missing.js";
export {
  parseDate, ageInDays, dateOrderEvidence, EARLIEST_YEAR,
  type DateFormat, type DateReason, type DateReading, type CalendarDate, type ParseDateOptions, type AgeReading, type DateOrderEvidence,
} from "./dates/index.js";
export {
  weightForAge, lengthHeightForAge, weightForLengthHeight, bmiForAge,
  headCircumferenceForAge, armCircumferenceForAge, tricepsSkinfoldForAge, subscapularSkinfoldForAge,
  heightForAge2007, weightForAge2007, bmiForAge2007,
  type IndicatorScore,
} from "./score/indicator/index.js";
export { zscore } from "./lms/zscore.js";
export { valueAtZ } from "./lms/value-at-z.js";
export { lmsParameters, type Lms } from "./lms/lms-parameters.js";
export { lmsZ, lmsZRestricted } from "./lms/lms-z.js";
export { lmsValue, lmsValueRestricted } from "./lms/lms-value.js";
export { roundZ } from "./lms/round-z.js";
export { zToCentile, centileToZ } from "./lms/centile.js";
export type { Indicator, AgeIndicatorName, Who2007IndicatorName } from "./who/indicators.js";
export { classify, type Category, type ClassifyOptions } from "./classify/classify.js";
export { classifyColumns, type ClassifyColumnsOptions, type ClassifyColumnsResult } from "./classify/classify-columns.js";
export { acuteMalnutrition, type AcuteMalnutritionInput, type AcuteMalnutritionOptions } from "./classify/acute.js";
export { acuteMalnutritionColumns, type AcuteMalnutritionColumnsInput, type AcuteMalnutritionColumnsOptions } from "./classify/acute-columns.js";
export { categoryColumns, type CategoryColumnsInput, type CategoryColumnsOptions, type CategoryColumnName, type ColumnIndicator } from "./classify/category-columns.js";
export { CATEGORY_CODES, type CategoryCode } from "./classify/codes.js";
export { categoryLabel, type LabelLanguage, type CategoryLabels } from "./classify/labels.js";
export { schemeCategories, type ClassificationScheme } from "./classify/schemes.js";
export type { ClassifyIndicator } from "./classify/indicators.js";
export type { ZRounding } from "./classify/options.js";
export { qualityReport } from "./aggregate/quality/quality-report.js";
export { formatQualityReport, type FormatQualityOptions } from "./aggregate/quality/format-quality-report.js";
export { digitPreference, type DigitPreference } from "./aggregate/quality/digit-preference.js";
export { QUALITY_THRESHOLDS, type QualityRating, type QualityThresholds } from "./aggregate/quality/thresholds.js";
export type { QualityColumns, QualityOptions, QualityReport, QualitySummary, QualityGroupReport, QualityCompleteness, CompletenessItem, SexRatio, AgeDistribution, AgeHeaping, ZDistribution, QualityDigits, QualityZScores } from "./aggregate/quality/types.js";
export type { GroupKey } from "./aggregate/shared/group-key.js";
export { skdn } from "./aggregate/skdn/skdn.js";
export { latestPerChild, type RegisterVisits, type LatestPerChildOptions, type LatestPerChild } from "./aggregate/register/latest-per-child.js";
export { takeRows } from "./aggregate/register/take-rows.js";
export { checkScores } from "./audit/check-scores.js";
export type { AuditField, CheckScoresOptions, FieldAudit, PrevalenceChange, AuditReport } from "./audit/types.js";
export { Z_BANDS } from "./audit/z-bands.js";
export { KBM_GRAMS } from "./aggregate/skdn/kbm.js";
export { SKDN_AGE_GROUPS, type SkdnAgeGroup } from "./aggregate/skdn/age-groups.js";
export type { SkdnColumns, SkdnOptions, SkdnRegister, SkdnResult, SkdnRow, SkdnCases, SkdnDataIssues, SkdnStatus, SkdnSource, SkdnMonthRange } from "./aggregate/skdn/types.js";
export {
  prevalence, prevalence5to19, anthroPrevalenceTable, anthroplusPrevalenceTable,
  prevalenceSignificance, PREVALENCE_CUTOFFS,
  type PrevalenceColumns, type PrevalenceScores, type Prevalence5to19Scores, type PrevalenceOptions,
  type SurveyDesign, type PrevalenceResult, type PrevalenceGroup, type PrevalenceMethod,
  type PrevalenceIndicator, type PrevalenceCutoff, type IndicatorEstimates, type CombinedEstimates,
  type Estimate, type MeanEstimate, type ExclusionSummary,
  type AnthroTable, type AnthroTableOptions, type AnthroTableGroups, type AnthroplusTableOptions,
  type Significance, type SignificanceIndicator, type IntervalMethod,
} from "./aggregate/prevalence/index.js";
export { smartFlags, SMART_FLAG_RANGE, type SmartFlags } from "./aggregate/smart/smart-flags.js";
export { SMART_PLAUSIBILITY, type SmartBands, type SmartRule, type SmartPlausibilityBands } from "./aggregate/smart/plausibility-bands.js";
export {
  SMART_AGE_RATIO, type SmartPlausibility, type SmartCriterion, type SmartAgeRatio, type SmartPoisson, type SmartWhz,
} from "./aggregate/smart/plausibility.js";
export {
  growthChartSvg,
  type GrowthChartOptions, type GrowthChartChild, type GrowthChartPoint,
  type GrowthChartSkip, type GrowthChartSkipReason, type GrowthChartMargin,
  type ChartLanguage, type ChartPaletteName, type ChartIndicator, type IntergrowthChartIndicator,
} from "./chart/index.js";
export {
  VELOCITY_INTERVALS, ONE_MONTH_INTERVALS, TWO_MONTH_INTERVALS,
  type VelocityInterval, type VelocityMeasure, type VelocityMonths,
} from "./velocity/intervals.js";
export type { VelocityReason } from "./velocity/reasons.js";
export type { VelocityQuery } from "./velocity/velocity-args.js";
export { velocityZ, type VelocityZArgs, type VelocityZ } from "./velocity/velocity-z.js";
export { velocityIncrementAtZ, velocityIncrementAtCentile, type VelocityAtZArgs, type VelocityAtCentileArgs } from "./velocity/velocity-at.js";
export { VELOCITY_SPACING_TOLERANCE_DAYS } from "./velocity/interval-match.js";
export { growthVelocity, type GrowthVelocityArgs, type GrowthVelocity, type VelocityMeasurement } from "./velocity/growth-velocity.js";
export { growthTrajectories, type TrajectoryColumns, type TrajectoryOptions, type GrowthTrajectories } from "./velocity/trajectories.js";
export { TRAJECTORY_FLAGS, trajectoryFlags, trajectoryFlagLabel, type TrajectoryFlag, type FlagLanguage } from "./velocity/trajectory-flags.js";
export { referrals, type ReferralOptions, type Referral, type ReferralReason } from "./velocity/referrals.js";
export {
  velocityChartSvg, type VelocityChartOptions, type VelocityChartChild, type VelocityChartPoint, type VelocityChartSkip, type VelocityChartSkipReason,
} from "./chart/velocity-chart.js";
export {
  newbornSize, newbornSizeValue, newbornSizeValueAtCentile, pretermGrowth, pretermGrowthValue, pretermGrowthValueAtCentile,
  type NewbornRecord, type NewbornSize, type NewbornSizeOptions, type FractionalGa, type PretermRecord, type PretermGrowth,
  type InfantMeasurements, type InfantScores, type IntergrowthMeasure, type SizeForGa, type BirthWeightCategory, type NewbornType,
  type MeasurementReasonCode, type NewbornReasonCode, type PretermReasonCode,
} from "./intergrowth/index.js";
