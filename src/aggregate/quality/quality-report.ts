/**
 * The data quality report: one pass over the rows counting completeness,
 * sex, age, birth month, terminal digits and z-score flags per group, then
 * each group's checks from its counters. The pass can take the rows in
 * batches ({@link QualityAccumulator}): memory grows with the groups, not
 * with the rows.
 */
import { prepareColumns, prepareOutput, type ScoreColumnsInput } from "../../score/score-columns.js";
import { inputOf, type KernelInput } from "../../score/input-columns.js";
import { scoreKernel } from "../../score/kernel.js";
import type { KernelOutput } from "../../score/fields.js";
import { FEMALE, LYING, MALE, STANDING } from "../../who/constants.js";
import { ageMonthsOf } from "../../who/rules.js";
import { checkColumn, checkObject } from "../../util/checks.js";
import { orNull, pct } from "../shared/report-numbers.js";
import { chiSquarePValue, uniformChiSquare } from "../../stats/chi-square.js";
import { civilFromDays, dateColumn } from "../../dates/calendar.js";
import { GroupInterner, groupNames } from "../shared/group-key.js";
import { UNDER_FIVE_MONTHS } from "../shared/under-five.js";
import { digitPreferenceFromCounts, firstDecimal } from "./digit-preference.js";
import { addMoment, momentSummary, MOMENT_SLOTS } from "./moments.js";
import { QUALITY_THRESHOLDS, ratePValue, rateBelow } from "./thresholds.js";
import { countValue, slotSmart, type ValueCounts } from "./smart-counts.js";
import { smartPlausibility, smartWindow } from "../smart/plausibility.js";
import { keyValue } from "../shared/group-key.js";
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

const WHZ = Z_FIELDS.indexOf("zwfl");

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
 * Bad data never throws: it is counted. Cost: one pass over the rows,
 * scored by {@link scoreColumns}'s kernel a few thousand rows at a time,
 * with per-group counters, running moments and counts of the z-scores by
 * value (for SMART's flags, decided once every row is in) in typed arrays
 * and maps.
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
  const names = groupNames(opts.groupBy, CALLER, "options.groupBy");
  const groupBy = opts.groupBy as Record<string, unknown> | undefined;
  const groupCols = names.map((name) => checkColumn(groupBy![name], n, CALLER, `options.groupBy.${name}`));
  const cluster = opts.cluster === undefined ? undefined : checkColumn(opts.cluster, n, CALLER, "options.cluster");
  const acc = new QualityAccumulator(
    { dob: dob !== undefined, visit: visit !== undefined, weightKg: input.weightKg !== undefined, lenheiCm: input.lenheiCm !== undefined, measure: input.measure !== undefined },
    names,
    opts.expectedSexRatio,
    cluster !== undefined,
  );
  acc.add({ ...input, dob, visit }, groupCols, cluster);
  return acc.report();
}

/** The columns {@link QualityAccumulator.add} reads: the kernel's typed columns, and the dates as day numbers (NaN missing, −Infinity invalid). @internal */
export interface QualityRows {
  readonly length: number;
  readonly sex: ArrayLike<number>;
  readonly ageDays?: ArrayLike<number> | undefined;
  readonly ageMonths?: ArrayLike<number> | undefined;
  readonly weightKg?: ArrayLike<number> | undefined;
  readonly lenheiCm?: ArrayLike<number> | undefined;
  readonly measure?: ArrayLike<number> | undefined;
  readonly oedema?: ArrayLike<number> | undefined;
  readonly dob?: ArrayLike<number> | undefined;
  readonly visit?: ArrayLike<number> | undefined;
}

/** Which columns the report has (a column not given is `null` in the report). @internal */
export interface QualityShape {
  readonly dob: boolean;
  readonly visit: boolean;
  readonly weightKg: boolean;
  readonly lenheiCm: boolean;
  readonly measure: boolean;
}

/** Rows scored at a time. */
const CHUNK = 8192;

/**
 * The data quality report's counters over the rows added so far, a batch
 * at a time (the command line reads its file so): per group and for all
 * rows, counts in a typed array and running moments of the z-scores.
 * @internal
 */
export class QualityAccumulator {
  private readonly groups: GroupInterner;
  private counters = new Float64Array(STRIDE * 16);
  private moments = new Float64Array(MOMENT_STRIDE * 16);
  private readonly all = new Float64Array(STRIDE);
  private readonly allMoments = new Float64Array(MOMENT_STRIDE);
  private readonly expectedSexRatio: number;
  private readonly out: KernelOutput;
  private readonly ageDays = new Float64Array(CHUNK);
  private readonly hits = new Int32Array(32);
  /** Per slot and indicator, the z-scores WHO does not flag, by value (SMART's flags). */
  private readonly allValues: ValueCounts[] = Z_FIELDS.map(() => new Map());
  private readonly groupValues: ValueCounts[][] = [];
  /** Per slot, per cluster (by code), the WHZ WHO does not flag, by value; null without clusters. */
  private readonly allClusters: Map<number, ValueCounts> | null;
  private readonly groupClusters: Map<number, ValueCounts>[] = [];
  private readonly clusterCodes = new Map<string, number>();

  constructor(
    private readonly shape: QualityShape,
    names: readonly string[],
    expectedSexRatio: unknown,
    private readonly clustered = false,
  ) {
    this.allClusters = clustered ? new Map() : null;
    const ratio = expectedSexRatio === undefined ? 1 : expectedSexRatio;
    if (typeof ratio !== "number" || !(ratio > 0 && ratio < Infinity)) {
      throw new RangeError(`${CALLER}: options.expectedSexRatio must be a positive number; got ${String(ratio)}`);
    }
    this.expectedSexRatio = ratio;
    this.groups = new GroupInterner(names);
    this.out = prepareOutput(CHUNK, undefined, CALLER).out;
  }

  /**
   * Adds `rows` (all `rows.length` of them), with the grouping columns' values
   * `groupBy` (one column per name, in order) and, when the accumulator is
   * `clustered`, each row's cluster (blank, null or NaN: none).
   */
  add(rows: QualityRows, groupBy: readonly ArrayLike<unknown>[], cluster?: ArrayLike<unknown>): void {
    if (this.clustered && cluster === undefined) throw new TypeError(`${CALLER}: the clusters are missing`);
    for (let from = 0; from < rows.length; from += CHUNK) this.chunk(rows, groupBy, cluster, from, Math.min(rows.length, from + CHUNK));
  }

  /** The code of a cluster value, −1 for none. */
  private clusterCode(v: unknown): number {
    const key = keyValue(v);
    if (key === null) return -1;
    let c = this.clusterCodes.get(key);
    if (c === undefined) {
      c = this.clusterCodes.size;
      this.clusterCodes.set(key, c);
    }
    return c;
  }

  private chunk(rows: QualityRows, groupBy: readonly ArrayLike<unknown>[], cluster: ArrayLike<unknown> | undefined, from: number, to: number): void {
    const m = to - from;
    const { dob, visit } = rows;
    const sub = (c: ArrayLike<number> | undefined) => (c === undefined ? undefined : view(c, from, to));
    // Age in days from the dates where both are present; else the given ages.
    const ageDays = this.ageDays;
    for (let i = from, j = 0; i < to; i++, j++) {
      const b = dob === undefined ? Number.NaN : dob[i]!;
      const v = visit === undefined ? Number.NaN : visit[i]!;
      if (b === b && v === v) {
        const a = v - b;
        ageDays[j] = a >= 0 && a < Infinity ? a : -Infinity;
      } else ageDays[j] = rows.ageDays === undefined ? Number.NaN : rows.ageDays[i]!;
    }
    const input: KernelInput = inputOf(m, (name) => {
      if (name === "ageDays") return ageDays.subarray(0, m);
      if (name === "sex" || name === "ageMonths" || name === "weightKg" || name === "lenheiCm" || name === "measure" || name === "oedema") return sub(rows[name]);
      return undefined;
    });
    const z = this.out;
    scoreKernel(input, z, 0, m, false);
    const zCols = Z_FIELDS.map((f) => z[f]);
    const fCols = FLAG_FIELDS.map((f) => z[f]);
    const { sex, ageMonths, weightKg, lenheiCm, measure } = input;
    const hits = this.hits;
    const named = this.groups.names.length > 0;

    for (let i = from, j = 0; i < to; i++, j++) {
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
      const months = ageMonthsOf(ageDays[j]!, ageMonths === undefined ? Number.NaN : ageMonths[j]!);
      if (months !== months) hits[h++] = AGE_MISSING;
      else if (!(months >= 0 && months < Infinity)) hits[h++] = AGE_INVALID;
      else {
        const mo = Math.floor(months);
        if (mo >= UNDER_FIVE_MONTHS) hits[h++] = AGE_OVER;
        else {
          hits[h++] = BY_YEAR + Math.floor(mo / 12);
          hits[h++] = BY_MONTH + mo;
          if (mo >= 12) hits[h++] = REMAINDER_12 + (mo % 12);
        }
      }

      const sx = sex[j]!;
      hits[h++] = sx === MALE ? BOYS : sx === FEMALE ? GIRLS : sx === 0 || sx !== sx ? SEX_MISSING : SEX_INVALID;

      if (weightKg !== undefined) {
        const w = weightKg[j]!;
        const p = presence(w);
        hits[h++] = p > 0 ? WEIGHT_DIGIT + firstDecimal(w) : p === 0 ? WEIGHT_MISSING : WEIGHT_INVALID;
      }
      if (lenheiCm !== undefined) {
        const l = lenheiCm[j]!;
        const p = presence(l);
        if (p > 0) {
          hits[h++] = LENHEI_VALID;
          hits[h++] = LENHEI_DIGIT + firstDecimal(l);
          if (measure !== undefined) {
            const mc = measure[j]!;
            if (mc === 0 || mc !== mc) hits[h++] = MEASURE_MISSING;
            else if (mc !== LYING && mc !== STANDING) hits[h++] = MEASURE_INVALID;
          }
        } else hits[h++] = p === 0 ? LENHEI_MISSING : LENHEI_INVALID;
      }

      const group = named ? this.groupSlot(groupBy, i) : -1;
      const cl = cluster === undefined ? -1 : this.clusterCode(cluster[i]);
      for (let k = 0; k < Z_FIELDS.length; k++) {
        const zk = zCols[k]![j]!;
        if (zk !== zk) continue;
        hits[h++] = Z_COUNT + 2 * k;
        if (fCols[k]![j] === 1) hits[h++] = Z_COUNT + 2 * k + 1;
        else {
          addMoment(this.allMoments, k * MOMENT_SLOTS, zk);
          countValue(this.allValues[k]!, zk);
          if (group >= 0) {
            addMoment(this.moments, group * MOMENT_STRIDE + k * MOMENT_SLOTS, zk);
            countValue(this.groupValues[group]![k]!, zk);
          }
          if (k === WHZ && cl >= 0) {
            clusterValues(this.allClusters!, cl, zk);
            if (group >= 0) clusterValues(this.groupClusters[group]!, cl, zk);
          }
        }
      }

      for (let t = 0; t < h; t++) this.all[hits[t]!]! += 1;
      if (group >= 0) {
        const g = group * STRIDE;
        const c = this.counters;
        for (let t = 0; t < h; t++) c[g + hits[t]!]! += 1;
      }
    }
  }

  /** The group of row `i`, its counters allocated. */
  private groupSlot(groupBy: readonly ArrayLike<unknown>[], i: number): number {
    const g = this.groups.code(groupBy, i);
    while (this.groupValues.length <= g) {
      this.groupValues.push(Z_FIELDS.map(() => new Map()));
      this.groupClusters.push(new Map());
    }
    if ((g + 1) * STRIDE > this.counters.length) {
      const counters = new Float64Array(this.counters.length * 2);
      counters.set(this.counters);
      this.counters = counters;
      const moments = new Float64Array(this.moments.length * 2);
      moments.set(this.moments);
      this.moments = moments;
    }
    return g;
  }

  /** The report of every row added. */
  report(): QualityReport {
    const report = this.summary(this.all, 0, this.allMoments, 0, this.allValues, this.allClusters);
    if (this.groups.names.length === 0) return { ...report, groups: [] };
    const { keys, rank } = this.groups.sorted();
    const byRank = new Int32Array(keys.length);
    rank.forEach((r, g) => (byRank[r] = g));
    const groups = keys.map((key, r) => {
      const g = byRank[r]!;
      return { group: key, ...this.summary(this.counters, g * STRIDE, this.moments, g * MOMENT_STRIDE, this.groupValues[g]!, this.clustered ? this.groupClusters[g]! : null) };
    });
    return { ...report, groups };
  }

  /** The checks of one slot's counters (at `b`), moments (at `mb`) and z-scores by value. */
  private summary(c: Float64Array, b: number, mom: Float64Array, mb: number, values: readonly ValueCounts[], clusters: ReadonlyMap<number, ValueCounts> | null): QualitySummary {
    const { shape, expectedSexRatio } = this;
    const smart = slotSmart(mom, mb, Z_FIELDS.map((_, k) => c[b + Z_COUNT + 2 * k + 1]!), values, clusters, WHZ);
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
      const s = momentSummary(mom, mb + k * MOMENT_SLOTS);
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
        smartFlagged: smart.flagged[k]!,
        smartFlaggedPct: pct(smart.flagged[k]!, nz),
      };
    });
    const byMonth = slice(c, b + BY_MONTH, UNDER_FIVE_MONTHS);
    const digits = {
      weight: shape.weightKg ? digitPreferenceFromCounts(c, b + WEIGHT_DIGIT) : null,
      lenhei: shape.lenheiCm ? digitPreferenceFromCounts(c, b + LENHEI_DIGIT) : null,
    };
    const whz = zScores.zwfl;
    const whzMean = orNull(smart.means[WHZ]!);
    const after = momentSummary(smart.whzMoments, 0);
    return {
      records: rows,
      completeness: {
        dateOfBirth: shape.dob ? item(c, b, rows, DOB_MISSING, DOB_INVALID) : null,
        visitDate: shape.visit ? item(c, b, rows, VISIT_MISSING, VISIT_INVALID) : null,
        age: item(c, b, rows, AGE_MISSING, AGE_INVALID),
        sex: item(c, b, rows, SEX_MISSING, SEX_INVALID),
        weight: shape.weightKg ? item(c, b, rows, WEIGHT_MISSING, WEIGHT_INVALID) : null,
        lenhei: shape.lenheiCm ? item(c, b, rows, LENHEI_MISSING, LENHEI_INVALID) : null,
        measure: shape.lenheiCm && shape.measure ? item(c, b, c[b + LENHEI_VALID]!, MEASURE_MISSING, MEASURE_INVALID) : null,
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
        byBirthMonth: shape.dob ? slice(c, b + BIRTH_MONTH, 12) : null,
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
        clusterCases: smart.clusterCases,
      }),
    };
  }
}

/** Counts WHZ `x` in cluster `c`. */
function clusterValues(clusters: Map<number, ValueCounts>, c: number, x: number): void {
  let counts = clusters.get(c);
  if (counts === undefined) clusters.set(c, (counts = new Map()));
  countValue(counts, x);
}

/** Rows `from`..`to` of a column (a view of a typed array). */
function view(c: ArrayLike<number>, from: number, to: number): ArrayLike<number> {
  if (ArrayBuffer.isView(c)) return (c as unknown as Float64Array).subarray(from, to);
  return Array.prototype.slice.call(c, from, to) as number[];
}
