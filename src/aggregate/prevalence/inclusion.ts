/**
 * WHO's inclusion rules: which rows count, indicator by indicator, and why
 * the others do not. A row is out of the whole analysis for its age (anthro:
 * an age in days over 1826 after rounding, or negative — a row without an
 * age is kept, since weight-for-height needs none; anthroplus: without an
 * age, or outside 60–228 months) or its design (no cluster or stratum, an
 * unusable weight). Within the analysis an indicator leaves out a flagged or
 * missing z-score, counts oedema as z = −3.1 for the prevalences (not for the
 * mean and SD) and, for 5–19 weight-for-age, ages over 120 months. Every
 * row is counted or excluded for exactly one reason (`ExclusionSummary`).
 * @internal
 */
import { WHO2007_MAX_MONTHS, WHO2007_MIN_MONTHS } from "../../who/constants.js";
import { ageDaysOf, ageMonthsOf, inWho2006Prevalence } from "../../who/rules.js";
import type { AgeRule, AnalysisIndicator } from "./analyses.js";
import { bucketOf, combinedBucket } from "./cutoff-buckets.js";
import type { ExclusionSummary } from "./types.js";

/** Why a row is out of the whole analysis (`KEPT`: it is in). @internal */
export const KEPT = 0;
/** @internal */
export const MISSING_AGE = 1;
/** @internal */
export const AGE_RANGE = 2;
/** @internal */
export const MISSING_DESIGN = 3;
/** @internal */
export const INVALID_WEIGHT = 4;

/** The z-score oedema counts as for the prevalences (below −3, as WHO anthro sets it). */
const OEDEMA_Z = -3.1;

/**
 * A row's age in months (NaN when unknown; days before months, as WHO reads
 * a record) and, in `reason[j]`, `MISSING_AGE` or `AGE_RANGE` when the
 * analysis's age rule leaves the row out (else `KEPT`).
 * @internal
 */
export function readAge(rule: AgeRule, dayIn: number, monthIn: number, reason: Uint8Array, j: number): number {
  const m = ageMonthsOf(dayIn, monthIn);
  let r = KEPT;
  if (rule === "0to5") {
    // anthro keeps rows without an age (weight-for-height needs none) and drops rounded ages over 1826 days
    const d = ageDaysOf(dayIn, monthIn);
    if (d === d && !inWho2006Prevalence(d)) r = AGE_RANGE;
  } else if (m !== m) r = MISSING_AGE;
  else if (!(m >= WHO2007_MIN_MONTHS && m <= WHO2007_MAX_MONTHS)) r = AGE_RANGE;
  reason[j] = r;
  return m;
}

/** Counts of where the rows went, for one indicator. @internal */
export type Counts = { -readonly [K in keyof ExclusionSummary]: number };

/** No rows yet. @internal */
export function newCounts(): Counts {
  return { rows: 0, counted: 0, oedema: 0, zeroWeight: 0, missingAge: 0, ageOutOfRange: 0, missingDesign: 0, invalidWeight: 0, flagged: 0, missingZ: 0 };
}

/** Counts a row out of the whole analysis under its reason. */
function countReason(counts: Counts, r: number): void {
  if (r === MISSING_AGE) counts.missingAge++;
  else if (r === AGE_RANGE) counts.ageOutOfRange++;
  else if (r === MISSING_DESIGN) counts.missingDesign++;
  else counts.invalidWeight++;
}

/** The rows of a chunk as the rules read them: reasons, ages, oedema and zero weights. @internal */
export interface RowStatus {
  readonly reason: Uint8Array;
  readonly months: Float64Array;
  readonly oedema: Uint8Array;
  readonly zeroWeight: Uint8Array;
}

/** One indicator's rows of a chunk as the estimates use them (the caller's buffers, written by {@link includeIndicator}). @internal */
export interface IncludedIndicator {
  /** Each row's cut-off bucket, −1 where the row does not count. */
  readonly bucket: Int8Array;
  /** Each row's z-score for the mean and SD, NaN where it does not count (oedema included). */
  readonly mean: Float64Array;
  /** Each row's z-score for the prevalences (oedema as −3.1), NaN where it does not count; null unless asked for. */
  readonly prevalenceZ: Float64Array | null;
}

/**
 * Applies the inclusion rules of one indicator to rows `0..m` of a chunk:
 * z-scores `z` and flags `f` (1 = flagged; null when not given), into
 * `into`'s buffers, counting where each row went.
 * @internal
 */
export function includeIndicator(
  spec: AnalysisIndicator,
  z: Float64Array,
  f: Float64Array | null,
  m: number,
  rows: RowStatus,
  into: IncludedIndicator,
  counts: Counts,
): void {
  const { reason, months, oedema, zeroWeight } = rows;
  const { bucket, mean, prevalenceZ } = into;
  counts.rows += m;
  for (let i = 0; i < m; i++) {
    const raw = z[i]!;
    const flagged = f !== null && f[i] === 1;
    let zz = flagged || !Number.isFinite(raw) ? Number.NaN : raw;
    let oed = spec.oedema && oedema[i] === 1;
    if (oed && spec.maxMonths !== undefined && !(months[i]! <= spec.maxMonths)) oed = false;
    let p = zz;
    if (oed) {
      p = OEDEMA_Z;
      zz = Number.NaN;
    }
    const r = reason[i]!;
    const outOfAge = r === KEPT && spec.maxMonths !== undefined && months[i]! > spec.maxMonths;
    if (r !== KEPT || outOfAge) {
      bucket[i] = -1;
      mean[i] = Number.NaN;
      if (prevalenceZ !== null) prevalenceZ[i] = Number.NaN;
      if (outOfAge) counts.ageOutOfRange++;
      else countReason(counts, r);
      continue;
    }
    if (prevalenceZ !== null) prevalenceZ[i] = p;
    mean[i] = zz;
    bucket[i] = p === p ? bucketOf(p) : -1;
    if (p === p) {
      counts.counted++;
      if (oed) counts.oedema++;
      if (zeroWeight[i] === 1) counts.zeroWeight++;
    } else if (flagged) counts.flagged++;
    else if (spec.needsAge && months[i] !== months[i]) counts.missingAge++;
    else counts.missingZ++;
  }
}

/**
 * The combined indicators' buckets (see `combinedBucket`) of rows `0..m`
 * from the prevalence z-scores of height-for-age and weight-for-height, and
 * where the other rows went: a row counts when both count.
 * @internal
 */
export function includeCombined(
  haz: Float64Array,
  haFlags: Float64Array | null,
  whz: Float64Array,
  whFlags: Float64Array | null,
  m: number,
  rows: RowStatus,
  bucket: Int8Array,
  counts: Counts,
): void {
  const { reason, months, oedema, zeroWeight } = rows;
  counts.rows += m;
  for (let i = 0; i < m; i++) {
    const a = haz[i]!;
    const b = whz[i]!;
    const r = reason[i]!;
    if (a === a && b === b) {
      bucket[i] = combinedBucket(a, b);
      counts.counted++;
      if (oedema[i] === 1) counts.oedema++;
      if (zeroWeight[i] === 1) counts.zeroWeight++;
      continue;
    }
    bucket[i] = -1;
    if (r !== KEPT) countReason(counts, r);
    else if ((haFlags !== null && haFlags[i] === 1) || (b !== b && whFlags !== null && whFlags[i] === 1 && oedema[i] !== 1)) counts.flagged++;
    else if (months[i] !== months[i]) counts.missingAge++;
    else counts.missingZ++;
  }
}
