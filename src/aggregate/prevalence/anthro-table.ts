import { catEstimates, compute, meanEstimate, type Computed } from "./core.js";
import { PROFILE_0TO5, PROFILE_5TO19 } from "./profiles.js";
import type { Prevalence5to19Scores, PrevalenceColumns, PrevalenceScores, SurveyDesign } from "./types.js";

/**
 * A table laid out as WHO's R packages return it: one row per group with
 * WHO's group labels (`"All"`, `"Age group: 00-05 mo"`, `"Sex: Female"`,
 * `"Age + sex: 00-05 mo.Female"`, `"Geographical region: …"`) and WHO's
 * column names (`HAZ_pop`, `HAZ_unwpop`, `HA_3_r`, `HA_3_se`, `HA_3_ll`,
 * `HA_3_ul`, …, `HA_r`, …, `HA_stdev`, `WAZ_…`, `BMIZ_…`, `WHZ_…`,
 * `HA_2_WH_2_…`, `HA_2_WH2_…`). Numbers are NaN where WHO's table has NA.
 */
export interface AnthroTable {
  /** Column names, in WHO's order. */
  readonly columns: readonly string[];
  /** Rows, each keyed by column name: `Group` (and `Years`, `Months` for 5–19) are strings, the rest numbers. */
  readonly rows: readonly Readonly<Record<string, string | number>>[];
}

/** The grouping columns WHO anthro's `anthro_prevalence` accepts, with its labels. */
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

/** Options of {@link anthroPrevalenceTable}. */
export interface AnthroTableOptions {
  /** Sampling weights, clusters and strata (see {@link SurveyDesign}); none for a census or simple random sample. */
  readonly design?: SurveyDesign;
  /** Extra breakdowns as anthro names them (its geographical region, wealth quintile, mother's education, other grouping). */
  readonly groups?: AnthroTableGroups;
}

/** Options of {@link anthroplusPrevalenceTable}. */
export interface AnthroplusTableOptions {
  /** Sampling weights, clusters and strata (see {@link SurveyDesign}); none for a census or simple random sample. */
  readonly design?: SurveyDesign;
}

const WHO_GROUP_LABELS: Readonly<Record<string, string>> = {
  typeres: "Area",
  gregion: "Geographical region",
  wealthq: "Wealth quintile",
  mothered: "Maternal education",
  othergr: "Other grouping",
};
const WHO_GROUP_NAMES = ["typeres", "gregion", "wealthq", "mothered", "othergr"];
const SUFFIXES = ["_3", "_2", "_1", "1", "2", "3"];

function indicatorColumns(name: string): string[] {
  const cols = [`${name}Z_pop`, `${name}Z_unwpop`];
  for (const s of SUFFIXES) cols.push(`${name}${s}_r`, `${name}${s}_se`, `${name}${s}_ll`, `${name}${s}_ul`);
  cols.push(`${name}_r`, `${name}_se`, `${name}_ll`, `${name}_ul`, `${name}_stdev`);
  return cols;
}

const COMBINED_COLUMNS = [
  "HA_2_WH_2_pop", "HA_2_WH_2_unwpop", "HA_2_WH_2_r", "HA_2_WH_2_se", "HA_2_WH_2_ll", "HA_2_WH_2_ul",
  "HA_2_WH2_r", "HA_2_WH2_se", "HA_2_WH2_ll", "HA_2_WH2_ul",
];

/** WHO's table from a computation: every group of every breakdown, then the indicators' columns. */
function table(c: Computed, lead: (breakdown: number, level: number) => Record<string, string>): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  c.breakdowns.forEach((b, bi) => {
    b.labels.forEach((label, l) => {
      const d = c.offsets[bi]! + l;
      const row: Record<string, string | number> = {
        Group: b.whoLabel === "All" ? "All" : `${b.whoLabel ?? b.name}: ${label}`,
        ...lead(bi, l),
      };
      c.indicators.forEach((spec, v) => {
        const { pop, unwpop, props } = catEstimates(c, d, v);
        row[`${spec.code}Z_pop`] = pop;
        row[`${spec.code}Z_unwpop`] = unwpop;
        SUFFIXES.forEach((s, p) => {
          const e = props[p]!;
          row[`${spec.code}${s}_r`] = e.r;
          row[`${spec.code}${s}_se`] = e.se;
          row[`${spec.code}${s}_ll`] = e.ll;
          row[`${spec.code}${s}_ul`] = e.ul;
        });
        const m = meanEstimate(c, d, v);
        row[`${spec.code}_r`] = m.r;
        row[`${spec.code}_se`] = m.se;
        row[`${spec.code}_ll`] = m.ll;
        row[`${spec.code}_ul`] = m.ul;
        row[`${spec.code}_stdev`] = m.stdev;
      });
      if (c.combined) {
        const { pop, unwpop, props } = catEstimates(c, d, c.indicators.length);
        const [sw, so] = props;
        Object.assign(row, {
          HA_2_WH_2_pop: pop,
          HA_2_WH_2_unwpop: unwpop,
          HA_2_WH_2_r: sw!.r,
          HA_2_WH_2_se: sw!.se,
          HA_2_WH_2_ll: sw!.ll,
          HA_2_WH_2_ul: sw!.ul,
          HA_2_WH2_r: so!.r,
          HA_2_WH2_se: so!.se,
          HA_2_WH2_ll: so!.ll,
          HA_2_WH2_ul: so!.ul,
        });
      }
      rows.push(row);
    });
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
 */
export function anthroPrevalenceTable(columns: PrevalenceColumns<PrevalenceScores>, options?: AnthroTableOptions): AnthroTable {
  const c = compute(columns, options, PROFILE_0TO5, {
    anthro: true,
    labels: WHO_GROUP_LABELS,
    caller: "anthroPrevalenceTable",
    optionKeys: ["design", "groups"],
    groupNames: WHO_GROUP_NAMES,
    requireAll: true,
  });
  const rows = table(c, () => ({}));
  const cols = ["Group", ...c.indicators.flatMap((s) => indicatorColumns(s.code)), ...COMBINED_COLUMNS];
  return { columns: cols, rows };
}

const PLUS_YEARS: Readonly<Record<string, (level: number) => [string, string]>> = {
  all: () => ["Total (5-19)", "(60-228)"],
  sex: () => ["Total (5-19)", "(60-228)"],
  ageGroup: (l) => [String(5 + l), l === 14 ? "(228-228)" : `(${60 + 12 * l}-${71 + 12 * l})`],
  ageBand: (l) => BANDS[l]!,
  "sex+ageBand": (l) => BANDS[Math.floor(l / 2)]!,
};
const BANDS: readonly [string, string][] = [
  ["Total (5-9)", "(60-119)"],
  ["Total (10-14)", "(120-179)"],
  ["Total (15-19)", "(180-228)"],
];

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
 */
export function anthroplusPrevalenceTable(columns: PrevalenceColumns<Prevalence5to19Scores>, options?: AnthroplusTableOptions): AnthroTable {
  const c = compute(columns, options, PROFILE_5TO19, {
    anthro: true,
    caller: "anthroplusPrevalenceTable",
    optionKeys: ["design"],
    requireAll: true,
  });
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
