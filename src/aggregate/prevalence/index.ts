/**
 * Survey prevalence with confidence intervals, as WHO's anthro and
 * anthroplus R packages compute it.
 * @module
 */
export { prevalence, prevalence5to19 } from "./prevalence.js";
export {
  anthroPrevalenceTable,
  anthroplusPrevalenceTable,
  type AnthroTable,
  type AnthroTableGroups,
  type AnthroTableOptions,
  type AnthroplusTableOptions,
} from "./anthro-table.js";
export { prevalenceSignificance, type Significance, type SignificanceIndicator } from "./significance.js";
export {
  PREVALENCE_CUTOFFS,
  type CombinedEstimates,
  type IntervalMethod,
  type Estimate,
  type ExclusionSummary,
  type IndicatorEstimates,
  type MeanEstimate,
  type Prevalence5to19Scores,
  type PrevalenceColumns,
  type PrevalenceCutoff,
  type PrevalenceGroup,
  type PrevalenceIndicator,
  type PrevalenceMethod,
  type PrevalenceOptions,
  type PrevalenceResult,
  type PrevalenceScores,
  type SurveyDesign,
} from "./types.js";
