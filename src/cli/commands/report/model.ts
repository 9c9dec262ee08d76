/**
 * What `tumbuh report` reports: plain data (the JSON output as it is, NaN
 * written as null), from which the text and markdown reports are rendered.
 */
import type { ExclusionSummary, PrevalenceMethod, QualitySummary, Significance, SkdnDataIssues, SkdnRow } from "../../../index.js";
import type { MonthChoice, MonthCount } from "./select.js";
import type { BirthEstimates } from "../../columns/birth-outcomes.js";

/** A prevalence in %, with its 95 % CI, as `prevalence()` computes it (NaN when no child has the z-score). */
export interface ReportEstimate {
  /** Children counted (the indicator's `unwpop`: children with the z-score, or oedema for the weight-based ones). */
  readonly n: number;
  /** Children beyond the cut-off (r × n / 100); null with sampling weights. */
  readonly k: number | null;
  readonly r: number;
  readonly se: number;
  readonly ll: number;
  readonly ul: number;
}

/** An estimate with the WHO/UNICEF 2018 public health significance of its prevalence. */
export interface SignificanceEstimate extends ReportEstimate {
  readonly significance: Significance | null;
}

/** The five prevalences of an area. */
export interface AreaPrevalence {
  /** Height-for-age z < −2. */
  readonly stunting: SignificanceEstimate;
  /** Height-for-age z < −3. */
  readonly severeStunting: ReportEstimate;
  /** Weight-for-age z < −2. */
  readonly underweight: ReportEstimate;
  /** Weight-for-length/height z < −2. */
  readonly wasting: SignificanceEstimate;
  /** Weight-for-length/height z > +2. */
  readonly overweight: SignificanceEstimate;
}

/** The SKDN fields an area reports (its month's totals, all ages, both sexes), in the order the JSON writes them. */
export const AREA_SKDN_FIELDS = [
  "s", "sSource", "k", "kSource", "d", "n", "t", "o", "b", "twoT", "bgm", "bgmUnknown",
  "kPerS", "dPerS", "nPerD", "nPerS", "bgmPerD", "dShortfall",
] as const;

/** The month's SKDN totals of an area, as `skdn()` returns them. */
export type AreaSkdn = Pick<SkdnRow, (typeof AREA_SKDN_FIELDS)[number]>;

/** One area: the whole file (`breakdown` "all") or one group of a `--by` column. */
export interface ReportArea {
  /** `"all"`, or the `--by` column. */
  readonly breakdown: string;
  /** The column's value; null for "all" and for children without a value. */
  readonly group: string | null;
  /** Children analysed in the area (each child's last weighing of the month, under 5 years). */
  readonly children: number;
  /** null for children without a value in the column (WHO's analysis puts them in no group). */
  readonly prevalence: AreaPrevalence | null;
  /** null when the area has no SKDN row for the month. */
  readonly skdn: AreaSkdn | null;
  /** Children to refer: their last weighing of the month is 2T or BGM (as `tumbuh trends --referrals` lists them). */
  readonly toRefer: number;
  /** The data quality checks of the area's children: for "all" and the first `--by` column only. */
  readonly quality: QualitySummary | null;
  /** % born preterm, with a low birth weight, small for gestational age: only when the file has a gestational age or birth weight column (null for children without a value in the column). */
  readonly newborn?: BirthEstimates | null;
}

/** The whole report. */
export interface ReportData {
  readonly report: "tumbuh report";
  readonly version: string;
  /** The input file (or "stdin"). */
  readonly input: string;
  /** Data rows read. */
  readonly rows: number;
  /** The month analysed, `YYYY-MM`, and how it was chosen. */
  readonly month: string;
  readonly monthChoice: MonthChoice;
  /** Children weighed and measured for length/height, month by month. */
  readonly months: readonly MonthCount[];
  /** The `--by` columns. */
  readonly by: readonly string[];
  readonly weighings: {
    /** Rows in no month: without a child id, or without a valid visit date. */
    readonly noChildId: number;
    readonly visitDateMissing: number;
    readonly visitDateInvalid: number;
    /** A visit date that cannot be real: before 1900 or after today. */
    readonly visitDateOutOfRange: number;
    /** Weighings in the month, and how many were a child's earlier weighing that month (not used). */
    readonly inMonth: number;
    readonly earlierInMonth: number;
  };
  readonly children: {
    /** Children weighed in the month. */
    readonly weighed: number;
    /** Of which analysed: under 5 years or of unknown age. */
    readonly analysed: number;
    readonly aged60OrMore: number;
    readonly ageInvalid: number;
    /** Analysed without an age: weight-for-length/height only. */
    readonly ageMissing: number;
  };
  readonly prevalence: {
    /** No survey design was given: every child weighed counts once (WHO anthro's method without weights, clusters or strata). */
    readonly census: boolean;
    readonly method: PrevalenceMethod;
    readonly df: number;
    readonly design: { readonly weights: string | null; readonly cluster: string | null; readonly strata: string | null };
    /** Where the analysed children went, by indicator (flagged z-scores, missing measurements…). */
    readonly excluded: Readonly<Partial<Record<"HA" | "WA" | "WH", ExclusionSummary>>>;
  };
  readonly skdn: {
    /** The month is the first of the data: no earlier month, so N, T, O and B cannot be told apart. */
    readonly firstMonthOfData: boolean;
    /** Weighings of the whole file left out of SKDN, and why. */
    readonly issues: SkdnDataIssues;
  };
  /** "all" first, then each `--by` column's groups (sorted; a missing value last). */
  readonly areas: readonly ReportArea[];
}
