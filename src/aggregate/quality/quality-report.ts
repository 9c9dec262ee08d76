/**
 * The data quality report: one pass over the rows counting completeness,
 * sex, age, birth month, terminal digits and z-score flags per group, then
 * each group's checks from its counters.
 */
import { prepareColumns, scoreColumns, type ScoreColumnsInput } from "../../score/score-columns.js";
import { FEMALE, LYING, MALE, STANDING } from "../../who/constants.js";
import { ageMonthsOf } from "../../who/rules.js";
import { checkObject } from "../../util/checks.js";
import { orNull, pct } from "../shared/report-numbers.js";
import { chiSquarePValue, uniformChiSquare } from "../../stats/chi-square.js";
import { civilFromDays, dateColumn } from "../../dates/calendar.js";
import { groupIndex, groupNames } from "../shared/group-key.js";
import { UNDER_FIVE_MONTHS } from "../shared/under-five.js";
import { digitPreferenceFromCounts, firstDecimal } from "./digit-preference.js";
import { addMoment, momentSummary, MOMENT_SLOTS } from "./moments.js";
import { QUALITY_THRESHOLDS, ratePValue, rateBelow } from "./thresholds.js";
import { smartPass, type ClusterCodes } from "./smart-pass.js";
import { smartPlausibility, smartWindow } from "../smart/plausibility.js";
import type {
  CompletenessItem,
  QualityColumns,
  QualityOptions,
  QualityReport,
  QualitySummary,
  ZDistribution,
} from "./types.js";

const CALLER = "qualityReport";
const COLUMN_KEYS = ["sex", "dateOfBirth", "visitDate", "ageDays", "ageMonths", "weightKg", "lenheiCm", "measure", "oedema"];
const SCORE_KEYS = ["sex", "ageDays", "ageMonths", "weightKg", "lenheiCm", "measure", "oedema"] as const;
const OPTION_KEYS = ["groupBy", "expectedSexRatio", "cluster"];
const Z_FIELDS = ["zlen", "zwei", "zwfl", "zbmi"] as const;
const FLAG_FIELDS = ["flen", "fwei", "fwfl", "fbmi"] as const;

// Counters of one slot (a group, or the whole batch), at these offsets.
const ROWS = 0;
const DOB_MISSING = 1;
const DOB_INVALID = 2;
const VISIT_MISSING = 3;
const VISIT_INVALID = 4;
const AGE_MISSING = 5;
const AGE_INVALID = 6;
const AGE_OVER = 7;
const SEX_MISSING = 8;
const SEX_INVALID = 9;
const BOYS = 10;
const GIRLS = 11;
const WEIGHT_MISSING = 12;
const WEIGHT_INVALID = 13;
const LENHEI_MISSING = 14;
const LENHEI_INVALID = 15;
const LENHEI_VALID = 16;
const MEASURE_MISSING = 17;
const MEASURE_INVALID = 18;
const Z_COUNT = 19; // + 2k: non-missing z of indicator k; + 2k + 1: flagged
const UNDER_FIVE_YEARS = UNDER_FIVE_MONTHS / 12;
const BY_YEAR = Z_COUNT + 2 * Z_FIELDS.length;
const BY_MONTH = BY_YEAR + UNDER_FIVE_YEARS;
const BIRTH_MONTH = BY_MONTH + UNDER_FIVE_MONTHS;
const REMAINDER_12 = BIRTH_MONTH + 12;
const WEIGHT_DIGIT = REMAINDER_12 + 12;
const LENHEI_DIGIT = WEIGHT_DIGIT + 10;
const STRIDE = LENHEI_DIGIT + 10;
const MOMENT_STRIDE = Z_FIELDS.length * MOMENT_SLOTS;

/** The clusters of `options.cluster` as dense codes, −1 where missing. */
function clusterCodes(column: unknown, n: number): ClusterCodes {
  const index = groupIndex(["cluster"], [{ columns: { cluster: column }, length: n, label: "options" }], CALLER);
  const missing = index.keys.findIndex((k) => k.cluster === null);
  const codes = index.codes[0]!;
  if (missing >= 0) for (let i = 0; i < n; i++) if (codes[i] === missing) codes[i] = -1;
  return { codes, count: index.keys.length };
}

/** 1 usable, 0 missing (NaN), −1 invalid, for a measurement. */
function presence(v: number): number {
  return v !== v ? 0 : v > 0 && v < Infinity ? 1 : -1;
}

function item(c: Float64Array, base: number, n: number, missing: number, invalid: number): CompletenessItem {
  const m = c[base + missing]!;
  const v = c[base + invalid]!;
  return { n, missing: m, invalid: v, missingPct: pct(m, n), invalidPct: pct(v, n) };
}

function slice(c: Float64Array, from: number, k: number): number[] {
  return Array.from(c.subarray(from, from + k));
}

/**
 * A data quality report for a batch of child measurements, following the
 * checks the WHO–UNICEF 2019 "Recommendations for data collection, analysis
 * and reporting on anthropometric indicators in children under 5 years old"
 * asks a survey to report: completeness of each variable, the sex ratio
 * (with a chi-square test), the age distribution by completed year, by month
 * and by calendar month of birth (with heaping at whole and half years), the
 * digit preference of weight and length/height (terminal digit of the first
 * decimal and the digit preference score), the share of z-scores flagged by
 * WHO's limits, and the SD, skewness and kurtosis of HAZ, WAZ, WHZ and BAZ
 * (z-scores by {@link scoreColumns}, WHO-rounded; flagged values excluded).
 * Beside WHO's flags it counts SMART's (a z-score more than 3 from the
 * group's own mean; see {@link smartFlags}) and runs the SMART
 * plausibility check of the weight-for-height data (`plausibility`: flagged
 * WHZ, sex and age ratios, digit preference, SD, skewness and kurtosis of
 * WHZ and, with `options.cluster`, the Poisson test over clusters, each
 * graded with SMART's penalty points; see {@link SMART_PLAUSIBILITY}).
 * Formulas, thresholds and sources are in docs/data-quality.md; the grades use
 * {@link QUALITY_THRESHOLDS}. Render it with {@link formatQualityReport}.
 *
 * Bad data never throws: it is counted. Cost: one {@link scoreColumns}
 * call and three passes over the rows, with per-group counters in typed arrays.
 *
 * @param columns - the measurements (see {@link QualityColumns})
 * @param options - grouping columns, the expected sex ratio, the clusters
 * @returns plain data: the whole batch's checks, and each group's in `groups`
 * @throws TypeError for a missing `sex` column, an unknown column or option, or a column that is not an array
 * @throws RangeError for columns of unequal length or a non-positive `expectedSexRatio`
 *
 * @example
 * const r = qualityReport({
 *   sex: [1, 2, 2, 1],
 *   dateOfBirth: ["2023-01-10", "2023-06-01", null, "2021-12-31"],
 *   visitDate: ["2025-01-10", "2025-01-10", "2025-01-10", "2025-01-10"],
 *   weightKg: [11.5, 10.0, 9.8, 12.5],
 * });
 * r.completeness.dateOfBirth?.missing; // => 1
 * r.sexRatio.ratio; // => 1
 * r.age.byYear; // => [0, 1, 1, 1, 0]
 * r.digitPreference.weight?.counts[5]; // => 2
 * r.plausibility.sexRatio.grade; // => "excellent"
 * @category Aggregation
 */
export function qualityReport(columns: QualityColumns, options?: QualityOptions): QualityReport {
  const cols = checkObject(columns, COLUMN_KEYS, CALLER, "columns");
  if (cols.sex === undefined) throw new TypeError(`${CALLER}: columns.sex is required`);
  const scoreInput: Record<string, unknown> = {};
  for (const key of SCORE_KEYS) if (cols[key] !== undefined) scoreInput[key] = cols[key];
  const input = prepareColumns(scoreInput as unknown as ScoreColumnsInput, CALLER);
  const n = input.length;
  const dob = cols.dateOfBirth === undefined ? undefined : dateColumn(cols.dateOfBirth, n, CALLER, "columns.dateOfBirth");
  const visit = cols.visitDate === undefined ? undefined : dateColumn(cols.visitDate, n, CALLER, "columns.visitDate");

  const opts = checkObject(options ?? {}, OPTION_KEYS, CALLER, "options");
  const expectedSexRatio = opts.expectedSexRatio === undefined ? 1 : opts.expectedSexRatio;
  if (typeof expectedSexRatio !== "number" || !(expectedSexRatio > 0 && expectedSexRatio < Infinity)) {
    throw new RangeError(`${CALLER}: options.expectedSexRatio must be a positive number; got ${String(expectedSexRatio)}`);
  }
  const names = groupNames(opts.groupBy, CALLER, "options.groupBy");
  const groups = names.length > 0
    ? groupIndex(names, [{ columns: opts.groupBy as Record<string, unknown>, length: n, label: "options.groupBy" }], CALLER)
    : undefined;
  const nGroups = groups === undefined ? 0 : groups.keys.length;
  const codes = groups?.codes[0];
  const clusters = opts.cluster === undefined ? undefined : clusterCodes(opts.cluster, n);

  // Age in days from the dates where both are present; else the given ages.
  const ageDays = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = dob === undefined ? Number.NaN : dob[i]!;
    const v = visit === undefined ? Number.NaN : visit[i]!;
    if (b === b && v === v) {
      const a = v - b;
      ageDays[i] = a >= 0 && a < Infinity ? a : -Infinity;
    } else ageDays[i] = input.ageDays === undefined ? Number.NaN : input.ageDays[i]!;
  }
  const z = scoreColumns({
    sex: input.sex,
    ageDays,
    ...(input.ageMonths === undefined ? {} : { ageMonths: input.ageMonths }),
    ...(input.weightKg === undefined ? {} : { weightKg: input.weightKg }),
    ...(input.lenheiCm === undefined ? {} : { lenheiCm: input.lenheiCm }),
    ...(input.measure === undefined ? {} : { measure: input.measure }),
    ...(input.oedema === undefined ? {} : { oedema: input.oedema }),
  });
  const zCols = Z_FIELDS.map((f) => z[f]);
  const fCols = FLAG_FIELDS.map((f) => z[f]);

  const slots = nGroups + 1; // groups, then the whole batch
  const c = new Float64Array(slots * STRIDE);
  const mom = new Float64Array(slots * Z_FIELDS.length * MOMENT_SLOTS);
  const hits = new Int32Array(32);
  const { sex, ageMonths, weightKg, lenheiCm, measure } = input;

  for (let i = 0; i < n; i++) {
    let h = 0;
    hits[h++] = ROWS;
    if (dob !== undefined) {
      const b = dob[i]!;
      if (b !== b) hits[h++] = DOB_MISSING;
      else if (b === -Infinity) hits[h++] = DOB_INVALID;
      else hits[h++] = BIRTH_MONTH + (Math.floor(civilFromDays(b) / 100) % 100) - 1;
    }
    if (visit !== undefined) {
      const v = visit[i]!;
      if (v !== v) hits[h++] = VISIT_MISSING;
      else if (v === -Infinity) hits[h++] = VISIT_INVALID;
    }

    // Age, as the scoring reads it: days where not missing, else months.
    const months = ageMonthsOf(ageDays[i]!, ageMonths === undefined ? Number.NaN : ageMonths[i]!);
    if (months !== months) hits[h++] = AGE_MISSING;
    else if (!(months >= 0 && months < Infinity)) hits[h++] = AGE_INVALID;
    else {
      const m = Math.floor(months);
      if (m >= UNDER_FIVE_MONTHS) hits[h++] = AGE_OVER;
      else {
        hits[h++] = BY_YEAR + Math.floor(m / 12);
        hits[h++] = BY_MONTH + m;
        if (m >= 12) hits[h++] = REMAINDER_12 + (m % 12);
      }
    }

    const sx = sex[i]!;
    hits[h++] = sx === MALE ? BOYS : sx === FEMALE ? GIRLS : sx === 0 || sx !== sx ? SEX_MISSING : SEX_INVALID;

    if (weightKg !== undefined) {
      const w = weightKg[i]!;
      const p = presence(w);
      hits[h++] = p > 0 ? WEIGHT_DIGIT + firstDecimal(w) : p === 0 ? WEIGHT_MISSING : WEIGHT_INVALID;
    }
    if (lenheiCm !== undefined) {
      const l = lenheiCm[i]!;
      const p = presence(l);
      if (p > 0) {
        hits[h++] = LENHEI_VALID;
        hits[h++] = LENHEI_DIGIT + firstDecimal(l);
        if (measure !== undefined) {
          const mc = measure[i]!;
          if (mc === 0 || mc !== mc) hits[h++] = MEASURE_MISSING;
          else if (mc !== LYING && mc !== STANDING) hits[h++] = MEASURE_INVALID;
        }
      } else hits[h++] = p === 0 ? LENHEI_MISSING : LENHEI_INVALID;
    }

    const group = codes === undefined ? -1 : codes[i]!;
    for (let k = 0; k < Z_FIELDS.length; k++) {
      const zk = zCols[k]![i]!;
      if (zk !== zk) continue;
      hits[h++] = Z_COUNT + 2 * k;
      if (fCols[k]![i] === 1) hits[h++] = Z_COUNT + 2 * k + 1;
      else {
        addMoment(mom, nGroups * MOMENT_STRIDE + k * MOMENT_SLOTS, zk);
        if (group >= 0) addMoment(mom, group * MOMENT_STRIDE + k * MOMENT_SLOTS, zk);
      }
    }

    const all = nGroups * STRIDE;
    for (let j = 0; j < h; j++) c[all + hits[j]!]! += 1;
    if (group >= 0) {
      const g = group * STRIDE;
      for (let j = 0; j < h; j++) c[g + hits[j]!]! += 1;
    }
  }

  const WHZ = Z_FIELDS.indexOf("zwfl");
  const smart = smartPass(zCols, fCols, WHZ, mom, MOMENT_STRIDE, nGroups, codes, clusters);

  const summary = (slot: number): QualitySummary => {
    const b = slot * STRIDE;
    const rows = c[b + ROWS]!;
    const boys = c[b + BOYS]!;
    const girls = c[b + GIRLS]!;
    const p0 = expectedSexRatio / (1 + expectedSexRatio);
    const nSex = boys + girls;
    const chiSex = nSex > 0 ? ((boys - nSex * p0) ** 2) / (nSex * p0 * (1 - p0)) : Number.NaN;
    const pSex = orNull(chiSquarePValue(chiSex, 1));
    const heapN = slice(c, b + REMAINDER_12, 12).reduce((s, k) => s + k, 0);
    const chiHeap = uniformChiSquare(c, b + REMAINDER_12, 12);
    const byYear = slice(c, b + BY_YEAR, UNDER_FIVE_YEARS);
    const zScores = {} as Record<(typeof Z_FIELDS)[number], ZDistribution>;
    Z_FIELDS.forEach((field, k) => {
      const nz = c[b + Z_COUNT + 2 * k]!;
      const flagged = c[b + Z_COUNT + 2 * k + 1]!;
      const s = momentSummary(mom, slot * MOMENT_STRIDE + k * MOMENT_SLOTS);
      const [lo, hi] = QUALITY_THRESHOLDS.sdReference[field];
      zScores[field] = {
        n: nz,
        flagged,
        flaggedPct: pct(flagged, nz),
        nUsed: s.n,
        mean: s.mean,
        sd: s.sd,
        sdVsReference: s.sd === null ? null : s.sd < lo ? "below" : s.sd > hi ? "above" : "within",
        skewness: s.skewness,
        excessKurtosis: s.excessKurtosis,
        skewnessRating: rateBelow(s.skewness === null ? null : Math.abs(s.skewness), QUALITY_THRESHOLDS.skewKurtosis),
        kurtosisRating: rateBelow(s.excessKurtosis === null ? null : Math.abs(s.excessKurtosis), QUALITY_THRESHOLDS.skewKurtosis),
        smartFlagged: smart.flagged[slot * Z_FIELDS.length + k]!,
        smartFlaggedPct: pct(smart.flagged[slot * Z_FIELDS.length + k]!, nz),
      };
    });
    const byMonth = slice(c, b + BY_MONTH, UNDER_FIVE_MONTHS);
    const digits = {
      weight: weightKg === undefined ? null : digitPreferenceFromCounts(c, b + WEIGHT_DIGIT),
      lenhei: lenheiCm === undefined ? null : digitPreferenceFromCounts(c, b + LENHEI_DIGIT),
    };
    const whz = zScores.zwfl;
    const whzMean = orNull(smart.means[slot * Z_FIELDS.length + WHZ]!);
    const after = momentSummary(smart.whzMoments, slot * MOMENT_SLOTS);
    return {
      records: rows,
      completeness: {
        dateOfBirth: dob === undefined ? null : item(c, b, rows, DOB_MISSING, DOB_INVALID),
        visitDate: visit === undefined ? null : item(c, b, rows, VISIT_MISSING, VISIT_INVALID),
        age: item(c, b, rows, AGE_MISSING, AGE_INVALID),
        sex: item(c, b, rows, SEX_MISSING, SEX_INVALID),
        weight: weightKg === undefined ? null : item(c, b, rows, WEIGHT_MISSING, WEIGHT_INVALID),
        lenhei: lenheiCm === undefined ? null : item(c, b, rows, LENHEI_MISSING, LENHEI_INVALID),
        measure: lenheiCm === undefined || measure === undefined ? null : item(c, b, c[b + LENHEI_VALID]!, MEASURE_MISSING, MEASURE_INVALID),
      },
      sexRatio: {
        boys,
        girls,
        ratio: girls > 0 ? boys / girls : null,
        expectedRatio: expectedSexRatio,
        chiSquare: orNull(chiSex),
        pValue: pSex,
        rating: ratePValue(pSex),
      },
      age: {
        n: byYear.reduce((s, k) => s + k, 0),
        outOfRange: c[b + AGE_OVER]!,
        byYear,
        byMonth,
        byBirthMonth: dob === undefined ? null : slice(c, b + BIRTH_MONTH, 12),
        heaping: {
          n: heapN,
          wholeYearPct: pct(c[b + REMAINDER_12]!, heapN),
          halfYearPct: pct(c[b + REMAINDER_12 + 6]!, heapN),
          chiSquare: orNull(chiHeap),
          pValue: orNull(chiSquarePValue(chiHeap, 11)),
        },
      },
      digitPreference: digits,
      zScores,
      plausibility: smartPlausibility({
        whz: { n: whz.n, flagged: whz.smartFlagged, mean: whzMean, ...smartWindow(whzMean), nUsed: after.n },
        sd: after.sd,
        skewness: after.skewness,
        excessKurtosis: after.excessKurtosis,
        sexRatioP: pSex,
        byMonth,
        dpsWeight: digits.weight?.dps ?? null,
        dpsHeight: digits.lenhei?.dps ?? null,
        clusterCases: smart.clusterCases[slot]!,
      }),
    };
  };

  const report = summary(nGroups);
  const groupReports = groups === undefined ? [] : groups.keys.map((key, g) => ({ group: key, ...summary(g) }));
  return { ...report, groups: groupReports };
}
