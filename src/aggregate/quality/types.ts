/**
 * The public types of the data quality report: its input columns and
 * options, and the report's sections (completeness, sex ratio, age
 * distribution, digit preference, z-score distributions).
 */
import type { ScoreColumnsInput } from "../../score/score-columns.js";
import type { GroupKey } from "../shared/group-key.js";
import type { DigitPreference } from "./digit-preference.js";
import type { QualityRating } from "./thresholds.js";
import type { SmartPlausibility } from "../smart/plausibility.js";

/**
 * Columns for {@link qualityReport}, all of the same length. Only `sex` is
 * required. Age comes from `dateOfBirth` and `visitDate` where both are
 * present in a row, else from `ageDays`, else from `ageMonths`. The other
 * columns are those of {@link scoreColumns}, read the same way; weights
 * and lengths/heights are checked as recorded (to 0.1 kg and 0.1 cm).
 * @category Aggregation
 */
export interface QualityColumns extends Pick<ScoreColumnsInput, "sex" | "ageDays" | "ageMonths" | "weightKg" | "lenheiCm" | "measure" | "oedema"> {
  /** `"YYYY-MM-DD"` strings, Date objects (UTC date) or day numbers (days since 1970-01-01). */
  readonly dateOfBirth?: ArrayLike<unknown>;
  /** Date of the visit (measurement), as `dateOfBirth`. */
  readonly visitDate?: ArrayLike<unknown>;
}

/**
 * Options of {@link qualityReport}.
 * @category Aggregation
 */
export interface QualityOptions {
  /**
   * Grouping columns by name (any number, each as long as the data), e.g.
   * `{ puskesmas: col, posyandu: col }`: the report is repeated for each
   * combination present, in `groups`.
   */
  readonly groupBy?: Readonly<Record<string, ArrayLike<unknown>>>;
  /**
   * The boys-per-girl ratio the sex-ratio test is against.
   * @defaultValue 1
   */
  readonly expectedSexRatio?: number;
  /**
   * Each row's cluster (survey PSU), as long as the data: adds the SMART
   * plausibility check's Poisson test of WHZ < −2 over clusters. Blank,
   * null or NaN: the row is in no cluster.
   */
  readonly cluster?: ArrayLike<unknown>;
}

/**
 * Missing and invalid values of one variable.
 * @category Aggregation
 */
export interface CompletenessItem {
  /** Rows checked (all rows; for `measure`, rows with a valid length/height). */
  readonly n: number;
  /** Blank, null, undefined or NaN. */
  readonly missing: number;
  /** Present but unusable: not a date, not a code, a non-positive measurement, a visit before birth. */
  readonly invalid: number;
  /** `missing` in percent of `n`; null when n = 0. */
  readonly missingPct: number | null;
  /** `invalid` in percent of `n`; null when n = 0. */
  readonly invalidPct: number | null;
}

/**
 * Completeness of each variable; null for a column that was not given.
 * @category Aggregation
 */
export interface QualityCompleteness {
  /** Date of birth. */
  readonly dateOfBirth: CompletenessItem | null;
  /** Date of visit. */
  readonly visitDate: CompletenessItem | null;
  /** Age from whichever source applies to the row (dates, days, months). */
  readonly age: CompletenessItem;
  /** Sex. */
  readonly sex: CompletenessItem;
  /** Weight. */
  readonly weight: CompletenessItem | null;
  /** Length/height. */
  readonly lenhei: CompletenessItem | null;
  /** Position (lying/standing) among rows with a valid length/height. */
  readonly measure: CompletenessItem | null;
}

/**
 * Boys per girl, with a chi-square test (1 df) against the expected ratio.
 * @category Aggregation
 */
export interface SexRatio {
  /** Rows with sex male. */
  readonly boys: number;
  /** Rows with sex female. */
  readonly girls: number;
  /** boys / girls; null when there are no girls. */
  readonly ratio: number | null;
  /** The ratio tested against (`options.expectedSexRatio`). */
  readonly expectedRatio: number;
  /** Pearson's χ² of the number of boys against the expected share (1 df). */
  readonly chiSquare: number | null;
  /** Its p-value. */
  readonly pValue: number | null;
  /** SMART's grade of the p-value. */
  readonly rating: QualityRating | null;
}

/**
 * Heaping of ages at whole and half years, among ages 12–59 completed months.
 * @category Aggregation
 */
export interface AgeHeaping {
  /** Ages 12–59 completed months. */
  readonly n: number;
  /** Share at 12, 24, 36, 48 months (expected 100/12 ≈ 8.33 %). */
  readonly wholeYearPct: number | null;
  /** Share at 18, 30, 42, 54 months (expected ≈ 8.33 %). */
  readonly halfYearPct: number | null;
  /** Pearson's χ² of age modulo 12 against equal shares (df = 11). */
  readonly chiSquare: number | null;
  /** Its p-value. */
  readonly pValue: number | null;
}

/**
 * Age distribution, in completed months (days / 30.4375, rounded down).
 * @category Aggregation
 */
export interface AgeDistribution {
  /** Rows aged 0–59 completed months. */
  readonly n: number;
  /** Rows aged 60 months or more. */
  readonly outOfRange: number;
  /** Counts by completed year of age, 0–4. */
  readonly byYear: readonly number[];
  /** Counts by completed month of age, 0–59. */
  readonly byMonth: readonly number[];
  /** Counts by calendar month of birth, January–December, over rows with a valid date of birth; null without `dateOfBirth`. */
  readonly byBirthMonth: readonly number[] | null;
  /** Heaping at whole and half years. */
  readonly heaping: AgeHeaping;
}

/**
 * The distribution of one z-score. Statistics exclude flagged values, as WHO's standard analysis does.
 * @category Aggregation
 */
export interface ZDistribution {
  /** Non-missing z-scores. */
  readonly n: number;
  /** Of which flagged (outside WHO's plausibility limits). */
  readonly flagged: number;
  /** `flagged` in percent of `n`; above 1 % signals a problem. */
  readonly flaggedPct: number | null;
  /** Unflagged z-scores, on which the statistics below are computed. */
  readonly nUsed: number;
  /** Mean z. */
  readonly mean: number | null;
  /** Sample SD (n − 1). */
  readonly sd: number | null;
  /** Where the SD lies against the DHS reference range in {@link QUALITY_THRESHOLDS}. */
  readonly sdVsReference: "below" | "within" | "above" | null;
  /** Moment coefficient g1 (0 for a normal distribution). */
  readonly skewness: number | null;
  /** Moment coefficient g2 = kurtosis − 3 (0 for a normal distribution). */
  readonly excessKurtosis: number | null;
  /** SMART's grade of |skewness|. */
  readonly skewnessRating: QualityRating | null;
  /** SMART's grade of |excess kurtosis|. */
  readonly kurtosisRating: QualityRating | null;
  /** Of `n`, flagged by SMART: more than 3 from the mean of the unflagged z-scores (`mean`), or flagged by WHO. */
  readonly smartFlagged: number;
  /** `smartFlagged` in percent of `n`. */
  readonly smartFlaggedPct: number | null;
}

/**
 * Digit preference of the measurements; null for a column that was not given.
 * @category Aggregation
 */
export interface QualityDigits {
  /** Of weight (kg). */
  readonly weight: DigitPreference | null;
  /** Of length/height (cm). */
  readonly lenhei: DigitPreference | null;
}

/**
 * The z-score distributions, by WHO's field names.
 * @category Aggregation
 */
export interface QualityZScores {
  /** Length/height-for-age (HAZ). */
  readonly zlen: ZDistribution;
  /** Weight-for-age (WAZ). */
  readonly zwei: ZDistribution;
  /** Weight-for-length/height (WHZ). */
  readonly zwfl: ZDistribution;
  /** BMI-for-age (BAZ). */
  readonly zbmi: ZDistribution;
}

/**
 * The quality checks of one set of rows.
 * @category Aggregation
 */
export interface QualitySummary {
  /** Rows checked. */
  readonly records: number;
  /** Missing and invalid values. */
  readonly completeness: QualityCompleteness;
  /** Boys per girl. */
  readonly sexRatio: SexRatio;
  /** Age distribution and heaping. */
  readonly age: AgeDistribution;
  /** Terminal digits of weight and length/height. */
  readonly digitPreference: QualityDigits;
  /** Flags, SD, skewness and kurtosis of each z-score. */
  readonly zScores: QualityZScores;
  /** The SMART plausibility check (ENA for SMART) of the weight-for-height data. */
  readonly plausibility: SmartPlausibility;
}

/**
 * One group's checks, with the group's values.
 * @category Aggregation
 */
export interface QualityGroupReport extends QualitySummary {
  /** The group's values, by grouping column. */
  readonly group: GroupKey;
}

/**
 * The result of {@link qualityReport}: plain data (numbers, strings, arrays,
 * null for not computable), safe to `JSON.stringify` and read back.
 * @category Aggregation
 */
export interface QualityReport extends QualitySummary {
  /** Per group, sorted by the group's values; empty without `groupBy`. */
  readonly groups: readonly QualityGroupReport[];
}
