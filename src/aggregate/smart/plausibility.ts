/**
 * The SMART plausibility check of weight-for-height data (ENA for SMART):
 * nine criteria, each graded excellent / good / acceptable / problematic
 * with penalty points (`plausibility-bands.ts`), and the total with its
 * overall grade. Built from statistics the quality report already has
 * (sex counts, ages by month, digit preference scores) and from WHZ after
 * SMART's flags.
 */
import { chiSquarePValue } from "../../stats/chi-square.js";
import { dispersionTest } from "../../stats/dispersion.js";
import { orNull, pct } from "../shared/report-numbers.js";
import type { QualityRating } from "../quality/thresholds.js";
import { SMART_PLAUSIBILITY, smartGrade, type SmartBands } from "./plausibility-bands.js";
import { SMART_FLAG_RANGE } from "./smart-flags.js";

/**
 * The age ratio 6–29 : 30–59 months a SMART survey expects (ENA's expected age distribution).
 * @category Aggregation
 */
export const SMART_AGE_RATIO = 0.85;

/**
 * One criterion of the check.
 * @category Aggregation
 */
export interface SmartCriterion {
  /**
   * The statistic as reported: % flagged, a p-value, a digit preference
   * score (a whole number, as ENA prints it), the SD, or the skewness or
   * excess kurtosis (signed: their grade is that of the absolute value).
   * Null when it cannot be computed.
   */
  readonly value: number | null;
  /** SMART's grade of the value; null when not computed. */
  readonly grade: QualityRating | null;
  /** SMART's penalty points for the grade; 0 when not computed. */
  readonly penalty: number;
}

/**
 * The age ratio criterion, with its counts.
 * @category Aggregation
 */
export interface SmartAgeRatio extends SmartCriterion {
  /** Children aged 6–29 completed months. */
  readonly young: number;
  /** Children aged 30–59 completed months. */
  readonly old: number;
  /** young / old; null without older children. */
  readonly ratio: number | null;
  /** The ratio tested against: 0.85. */
  readonly expectedRatio: number;
}

/**
 * The Poisson criterion: cases of WHZ < −2 per cluster.
 * @category Aggregation
 */
export interface SmartPoisson extends SmartCriterion {
  /** Clusters with at least one child with a WHZ (SMART flags left out). */
  readonly clusters: number;
  /** Variance / mean of the cases per cluster; null when there are no cases or one cluster. */
  readonly indexOfDispersion: number | null;
}

/**
 * WHZ under SMART's flags: the window and what is left.
 * @category Aggregation
 */
export interface SmartWhz {
  /** Children with a WHZ. */
  readonly n: number;
  /** Of which SMART-flagged (outside mean ± 3, or flagged by WHO). */
  readonly flagged: number;
  /** Mean of the WHZ WHO does not flag: the centre of the window; null without values. */
  readonly mean: number | null;
  /** mean − 3: lower WHZ are flagged. */
  readonly lower: number | null;
  /** mean + 3: higher WHZ are flagged. */
  readonly upper: number | null;
  /** Children left after SMART's flags, on whom the SD, skewness, kurtosis and the Poisson test are computed. */
  readonly nUsed: number;
}

/**
 * The SMART plausibility check of one set of rows.
 * @category Aggregation
 */
export interface SmartPlausibility {
  /** WHZ under SMART's flags: the window and the children left. */
  readonly whz: SmartWhz;
  /** % of the WHZ flagged by SMART. */
  readonly flaggedWhz: SmartCriterion;
  /** p-value of the sex ratio test (the report's `sexRatio.pValue`). */
  readonly sexRatio: SmartCriterion;
  /** p-value of the age ratio test, 6–29 against 30–59 months. */
  readonly ageRatio: SmartAgeRatio;
  /** Digit preference score of weight. */
  readonly dpsWeight: SmartCriterion;
  /** Digit preference score of length/height. */
  readonly dpsHeight: SmartCriterion;
  /** SD of WHZ after SMART flags. */
  readonly sdWhz: SmartCriterion;
  /** Skewness of WHZ after SMART flags. */
  readonly skewnessWhz: SmartCriterion;
  /** Excess kurtosis of WHZ after SMART flags. */
  readonly kurtosisWhz: SmartCriterion;
  /** Index of dispersion of WHZ < −2 over clusters; null without a cluster column. */
  readonly poissonWhz: SmartPoisson | null;
  /** Total penalty points of the criteria computed. */
  readonly score: number;
  /** SMART's grade of the total; null without any WHZ. */
  readonly grade: QualityRating | null;
}

/** What the check is built from. @internal */
export interface SmartPlausibilityInput {
  readonly whz: SmartWhz;
  /** SD, skewness and excess kurtosis of WHZ after SMART flags (null when not computable). */
  readonly sd: number | null;
  readonly skewness: number | null;
  readonly excessKurtosis: number | null;
  readonly sexRatioP: number | null;
  /** Children by completed month of age, 0–59. */
  readonly byMonth: readonly number[];
  readonly dpsWeight: number | null;
  readonly dpsHeight: number | null;
  /** Cases of WHZ < −2 in each cluster; null without clusters. */
  readonly clusterCases: readonly number[] | null;
}

function criterion(bands: SmartBands, value: number | null): SmartCriterion {
  return { value, ...smartGrade(bands, value) };
}

const YOUNG = [6, 30] as const;
const OLD = [30, 60] as const;

function sum(a: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let m = from; m < to; m++) s += a[m]!;
  return s;
}

/** The age ratio test: Pearson's χ² (1 df) of the children aged 6–29 months against the share 0.85 / 1.85. */
function ageRatio(byMonth: readonly number[]): SmartAgeRatio {
  const young = sum(byMonth, YOUNG[0], YOUNG[1]);
  const old = sum(byMonth, OLD[0], OLD[1]);
  const n = young + old;
  const p0 = SMART_AGE_RATIO / (1 + SMART_AGE_RATIO);
  const chi = n > 0 ? (young - n * p0) ** 2 / (n * p0 * (1 - p0)) : Number.NaN;
  const p = orNull(chiSquarePValue(chi, 1));
  return { ...criterion(SMART_PLAUSIBILITY.ageRatio, p), young, old, ratio: old > 0 ? young / old : null, expectedRatio: SMART_AGE_RATIO };
}

/** A digit preference score as ENA prints it: a whole number. */
function wholeScore(dps: number | null): number | null {
  return dps === null ? null : Math.round(dps);
}

/** The check from its statistics. @internal */
export function smartPlausibility(input: SmartPlausibilityInput): SmartPlausibility {
  const { whz } = input;
  const poisson = input.clusterCases === null ? null : dispersionTest(input.clusterCases);
  const parts = {
    flaggedWhz: criterion(SMART_PLAUSIBILITY.flaggedWhz, pct(whz.flagged, whz.n)),
    sexRatio: criterion(SMART_PLAUSIBILITY.sexRatio, input.sexRatioP),
    ageRatio: ageRatio(input.byMonth),
    dpsWeight: criterion(SMART_PLAUSIBILITY.dps, wholeScore(input.dpsWeight)),
    dpsHeight: criterion(SMART_PLAUSIBILITY.dps, wholeScore(input.dpsHeight)),
    sdWhz: criterion(SMART_PLAUSIBILITY.sdWhz, input.sd),
    skewnessWhz: criterion(SMART_PLAUSIBILITY.skewKurtosis, input.skewness),
    kurtosisWhz: criterion(SMART_PLAUSIBILITY.skewKurtosis, input.excessKurtosis),
    poissonWhz: poisson === null ? null : {
      ...criterion(SMART_PLAUSIBILITY.poissonWhz, orNull(poisson.pValue)),
      clusters: poisson.k,
      indexOfDispersion: orNull(poisson.index),
    },
  };
  const score = Object.values(parts).reduce((s, c) => s + (c?.penalty ?? 0), 0);
  const grade = whz.n > 0 ? smartGrade(SMART_PLAUSIBILITY.overall, score).grade : null;
  return { whz, ...parts, score, grade };
}

/** The window of a mean: mean ± 3, or nulls. @internal */
export function smartWindow(mean: number | null): { readonly lower: number | null; readonly upper: number | null } {
  return mean === null ? { lower: null, upper: null } : { lower: mean - SMART_FLAG_RANGE, upper: mean + SMART_FLAG_RANGE };
}
