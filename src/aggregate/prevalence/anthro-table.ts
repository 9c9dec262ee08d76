/**
 * The WHO-compatible prevalence tables: the rows and columns of WHO anthro's
 * `anthro_prevalence` and WHO anthroplus's `anthroplus_prevalence`, cell for
 * cell, with WHO's group labels and column names.
 */
import { WHO2007_MAX_MONTHS, WHO2007_MIN_MONTHS } from "../../who/constants.js";
import { AGE_BANDS_5TO19, ANALYSIS_0TO5, ANALYSIS_5TO19, YEAR_GROUPS_5TO19 } from "./analyses.js";
import { compute, type Computed, type ComputeMode } from "./computation.js";
import { combinedEstimates, indicatorEstimates } from "./estimates.js";
import { forEachGroup } from "./results.js";
import {
  PREVALENCE_CUTOFFS,
  type Estimate,
  type Prevalence5to19Scores,
  type PrevalenceColumns,
  type PrevalenceScores,
  type SurveyDesign,
} from "./types.js";

/**
 * A table laid out as WHO's R packages return it: one row per group with
 * WHO's group labels (`"All"`, `"Age group: 00-05 mo"`, `"Sex: Female"`,
 * `"Age + sex: 00-05 mo.Female"`, `"Geographical region: …"`) and WHO's
 * column names (`HAZ_pop`, `HAZ_unwpop`, `HA_3_r`, `HA_3_se`, `HA_3_ll`,
 * `HA_3_ul`, …, `HA_r`, …, `HA_stdev`, `WAZ_…`, `BMIZ_…`, `WHZ_…`,
 * `HA_2_WH_2_…`, `HA_2_WH2_…`). Numbers are NaN where WHO's table has NA.
 * @category Aggregation
 */
export interface AnthroTable {
  /** Column names, in WHO's order. */
  readonly columns: readonly string[];
  /** Rows, each keyed by column name: `Group` (and `Years`, `Months` for 5–19) are strings, the rest numbers. */
  readonly rows: readonly Readonly<Record<string, string | number>>[];
}

/**
 * The grouping columns WHO anthro's `anthro_prevalence` accepts, with its labels.
 * @category Aggregation
 */
export interface AnthroTableGroups {
  /** Type of residence: "Area: …". */
  readonly typeres?: ArrayLike<unknown>;
  /** Geographical region: "Geographical region: …". */
  readonly gregion?: ArrayLike<unknown>;
  /** Wealth quintile, 1–5 or Q1–Q5 (others are missing): "Wealth quintile: Q1: Poorest" … "Q5: Richest". */
  readonly wealthq?: ArrayLike<unknown>;
  /** Mother's education: "Maternal education: …". */
  readonly mothered?: ArrayLike<unknown>;
  /** Any other grouping: "Other grouping: …". */
  readonly othergr?: ArrayLike<unknown>;
}

/**
 * Options of {@link anthroplusPrevalenceTable}.
 * @category Aggregation
 */
export interface AnthroplusTableOptions {
  /** Sampling weights, clusters and strata (see {@link SurveyDesign}); none for a census or simple random sample. */
  readonly design?: SurveyDesign;
}

/**
 * Options of {@link anthroPrevalenceTable}: the design, and WHO anthro's grouping columns.
 * @category Aggregation
 */
export interface AnthroTableOptions extends AnthroplusTableOptions {
  /** Extra breakdowns as anthro names them (its geographical region, wealth quintile, mother's education, other grouping). */
  readonly groups?: AnthroTableGroups;
}

const WHO_GROUP_LABELS: Readonly<Record<string, string>> = {
  typeres: "Area",
  gregion: "Geographical region",
  wealthq: "Wealth quintile",
  mothered: "Maternal education",
  othergr: "Other grouping",
};
const WHO_GROUP_NAMES = ["typeres", "gregion", "wealthq", "mothered", "othergr"];
/** WHO's column suffix of each cut-off, in the order of {@link PREVALENCE_CUTOFFS}. */
const SUFFIXES = ["_3", "_2", "_1", "1", "2", "3"];
const ESTIMATE_PARTS = ["r", "se", "ll", "ul"] as const;

/** The four columns of an estimate: `<prefix>_r`, `_se`, `_ll`, `_ul`. */
const estimateColumns = (prefix: string): string[] => ESTIMATE_PARTS.map((p) => `${prefix}_${p}`);

function indicatorColumns(name: string): string[] {
  return [
    `${name}Z_pop`,
    `${name}Z_unwpop`,
    ...SUFFIXES.flatMap((s) => estimateColumns(`${name}${s}`)),
    ...estimateColumns(name),
    `${name}_stdev`,
  ];
}

const COMBINED_COLUMNS = ["HA_2_WH_2_pop", "HA_2_WH_2_unwpop", ...estimateColumns("HA_2_WH_2"), ...estimateColumns("HA_2_WH2")];

/** WHO's table from a computation: every group of every breakdown, then the indicators' columns. */
function table(c: Computed, lead: (breakdown: number, level: number) => Record<string, string>): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  forEachGroup(c, (b, bi, l, label, d) => {
    const row: Record<string, string | number> = {
      Group: b.whoLabel === "All" ? "All" : `${b.whoLabel ?? b.name}: ${label}`,
      ...lead(bi, l),
    };
    const put = (prefix: string, e: Estimate) => {
      for (const p of ESTIMATE_PARTS) row[`${prefix}_${p}`] = e[p];
    };
    c.indicators.forEach((spec, v) => {
      const e = indicatorEstimates(c, d, v);
      row[`${spec.code}Z_pop`] = e.pop;
      row[`${spec.code}Z_unwpop`] = e.unwpop;
      PREVALENCE_CUTOFFS.forEach((cut, p) => put(`${spec.code}${SUFFIXES[p]}`, e[cut]));
      put(spec.code, e.mean);
      row[`${spec.code}_stdev`] = e.mean.stdev;
    });
    if (c.combined) {
      const e = combinedEstimates(c, d);
      row.HA_2_WH_2_pop = e.pop;
      row.HA_2_WH_2_unwpop = e.unwpop;
      put("HA_2_WH_2", e.stuntedWasted);
      put("HA_2_WH2", e.stuntedOverweight);
    }
    rows.push(row);
  });
  return rows;
}

/**
 * WHO anthro's prevalence table, cell for cell: what
 * `anthro::anthro_prevalence()` (anthro 1.1.0) returns for the same
 * children, given their z-scores. Rows: "All", the six age groups, the two
 * sexes, the twelve age × sex groups, then each of WHO's optional grouping
 * columns present (type of residence, region, wealth quintile, mother's
 * education, other), labelled and ordered as anthro does — including its
 * quirks: with no clusters and no strata, the levels of a grouping column
 * appear in order of first appearance and a missing value gets its own empty
 * "NA" row; with clusters or strata they are sorted. A breakdown whose values
 * are all missing is left out.
 *
 * The one deliberate difference: a prevalence of exactly 1 % gets its logit
 * confidence interval (anthro writes [1, 1]), and one of 100 % gets
 * [100, 100] in every method (see docs/prevalence.md).
 *
 * @param columns - sex, age, oedema and all eight of `zlen`, `flen`, `zwei`, `fwei`, `zbmi`, `fbmi`, `zwfl`, `fwfl`
 * @param options - survey design and WHO's optional grouping columns
 * @returns WHO's columns and one row per group
 * @throws TypeError for a missing z-score or flag column, an unknown column, option or grouping column
 * @throws RangeError for columns of unequal length
 *
 * @example
 * const t = anthroPrevalenceTable({
 *   sex: [1, 2, 1, 2],
 *   ageDays: [400, 500, 600, 700],
 *   scores: {
 *     zlen: [-2.5, -1, 0.3, -3.2], flen: [0, 0, 0, 0],
 *     zwei: [-1.2, -0.4, 0.1, -2.3], fwei: [0, 0, 0, 0],
 *     zbmi: [0.1, 0.2, -0.3, -0.5], fbmi: [0, 0, 0, 0],
 *     zwfl: [0.2, 0.1, -0.2, -2.1], fwfl: [0, 0, 0, 0],
 *   },
 * });
 * t.columns.slice(0, 5); // => ["Group", "HAZ_pop", "HAZ_unwpop", "HA_3_r", "HA_3_se"]
 * t.rows.map((r) => r.Group).slice(0, 3); // => ["All", "Age group: 00-05 mo", "Age group: 06-11 mo"]
 * t.rows[0]!.HA_2_r; // => 50
 * t.rows[0]!.HA_2_WH_2_r; // => 25
 * @category Aggregation
 */
export function anthroPrevalenceTable(columns: PrevalenceColumns<PrevalenceScores>, options?: AnthroTableOptions): AnthroTable {
  return anthroTableOf(compute(columns, options, ANALYSIS_0TO5, ANTHRO_MODE));
}

/** How WHO anthro's table computes. @internal */
export const ANTHRO_MODE: ComputeMode = {
  anthro: true,
  labels: WHO_GROUP_LABELS,
  caller: "anthroPrevalenceTable",
  optionKeys: ["design", "groups"],
  groupNames: WHO_GROUP_NAMES,
  requireAll: true,
};

/** WHO anthro's table of a computation. @internal */
export function anthroTableOf(c: Computed): AnthroTable {
  const rows = table(c, () => ({}));
  const cols = ["Group", ...c.indicators.flatMap((s) => indicatorColumns(s.code)), ...COMBINED_COLUMNS];
  return { columns: cols, rows };
}

/** Whole years of an age in months (the years anthroplus prints: 5 for 60–71 months, 9 for 119). */
const years = (months: number): number => Math.floor(months / 12);
/** anthroplus's `Months` column: "(60-71)". */
const monthsColumn = ([first, last]: readonly [number, number]): string => `(${first}-${last})`;
const TOTAL: [string, string] = [`Total (${years(WHO2007_MIN_MONTHS)}-${years(WHO2007_MAX_MONTHS)})`, monthsColumn([WHO2007_MIN_MONTHS, WHO2007_MAX_MONTHS])];
const bandColumns = (band: readonly [number, number]): [string, string] => [`Total (${years(band[0])}-${years(band[1])})`, monthsColumn(band)];

/** anthroplus's `Years` and `Months` columns of each breakdown's levels. */
const PLUS_YEARS: Readonly<Record<string, (level: number) => [string, string]>> = {
  all: () => TOTAL,
  sex: () => TOTAL,
  ageGroup: (l) => [String(years(YEAR_GROUPS_5TO19[l]![0])), monthsColumn(YEAR_GROUPS_5TO19[l]!)],
  ageBand: (l) => bandColumns(AGE_BANDS_5TO19[l]!),
  "sex+ageBand": (l) => bandColumns(AGE_BANDS_5TO19[Math.floor(l / 2)]!),
};

/**
 * WHO anthroplus's prevalence table for 5–19 years, cell for cell: what
 * `anthroplus::anthroplus_prevalence()` (anthroplus 1.0.0) returns, given
 * the WHO 2007 z-scores. 27 rows — "All", "Sex: Female", "Sex: Male", 15
 * yearly "Age Group 1" rows, 3 "Age Group 2" rows, 6 "Age + Sex" rows — with
 * anthroplus's `Years` and `Months` columns, and weight-for-age (all `WA…`
 * columns) NA for All and the two sexes, as anthroplus sets them.
 *
 * anthroplus 1.0.0 itself stops with an error on a stratum with a single
 * cluster (it does not set `survey.lonely.psu`, although its documentation
 * says so); this table, like tumbuh everywhere, treats lonely PSUs as anthro
 * does ("adjust").
 *
 * @param columns - sex, age in months (or days), oedema and all six of `zhfa`, `fhfa`, `zwfa`, `fwfa`, `zbfa`, `fbfa`
 * @param options - survey design
 * @returns WHO's columns and 27 rows
 * @throws TypeError for a missing z-score or flag column, an unknown column or option
 * @throws RangeError for columns of unequal length
 *
 * @example
 * const t = anthroplusPrevalenceTable({
 *   sex: [1, 2, 1, 2],
 *   ageMonths: [70, 100, 150, 200],
 *   scores: {
 *     zhfa: [-2.1, -0.5, 0.2, -1.1], fhfa: [0, 0, 0, 0],
 *     zwfa: [-1.0, 0.3, NaN, NaN], fwfa: [0, 0, NaN, NaN],
 *     zbfa: [0.4, -0.2, 2.4, 1.2], fbfa: [0, 0, 0, 0],
 *   },
 * });
 * t.rows.length; // => 27
 * t.columns.slice(0, 4); // => ["Group", "Years", "Months", "HAZ_pop"]
 * t.rows[3]!.Group; // => "Age Group 1: 60-71 mo"
 * Number.isNaN(t.rows[0]!.WA_r); // => true
 * @category Aggregation
 */
export function anthroplusPrevalenceTable(columns: PrevalenceColumns<Prevalence5to19Scores>, options?: AnthroplusTableOptions): AnthroTable {
  return anthroplusTableOf(compute(columns, options, ANALYSIS_5TO19, ANTHROPLUS_MODE));
}

/** How WHO anthroplus's table computes. @internal */
export const ANTHROPLUS_MODE: ComputeMode = { anthro: true, caller: "anthroplusPrevalenceTable", optionKeys: ["design"], requireAll: true };

/** WHO anthroplus's table of a computation. @internal */
export function anthroplusTableOf(c: Computed): AnthroTable {
  const rows = table(c, (bi, l) => {
    const [Years, Months] = PLUS_YEARS[c.breakdowns[bi]!.name]!(l);
    return { Years, Months };
  });
  // anthroplus: weight-for-age is NA for All and the two sexes
  c.breakdowns.forEach((b, bi) => {
    if (b.name !== "all" && b.name !== "sex") return;
    for (let l = 0; l < b.labels.length; l++) {
      const row = rows[c.offsets[bi]! + l]!;
      for (const key of Object.keys(row)) if (key.startsWith("WA")) row[key] = Number.NaN;
    }
  });
  const cols = ["Group", "Years", "Months", ...c.indicators.flatMap((s) => indicatorColumns(s.code))];
  return { columns: cols, rows };
}
