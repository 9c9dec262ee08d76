/**
 * SMART's flags in the quality report without keeping the rows: each slot
 * (a group, or all rows) counts its z-scores that WHO does not flag by
 * value (the report's z-scores are rounded to 2 decimals, so a slot has at
 * most a few thousand distinct values), and WHZ by value per cluster too.
 * Once every row is in, each slot's window — its own mean of those
 * z-scores ± 3, from the running moments — says which values SMART flags;
 * what is left gives WHZ's moments and, per cluster, its cases of WHZ < −2.
 * @internal
 */
import { isSmartFlagged } from "../smart/smart-flags.js";
import { MOMENT_SLOTS } from "./moments.js";

/** Counts by value. @internal */
export type ValueCounts = Map<number, number>;

/** Counts `x` once. @internal */
export function countValue(counts: ValueCounts, x: number): void {
  counts.set(x, (counts.get(x) ?? 0) + 1);
}

/** One slot's SMART figures. @internal */
export interface SlotSmart {
  /** Per indicator: the window's centre (NaN without values). */
  readonly means: readonly number[];
  /** Per indicator: z-scores SMART flags (those WHO flags among them). */
  readonly flagged: readonly number[];
  /** Running-moments record (count, mean, M2, M3, M4) of WHZ after SMART's flags. */
  readonly whzMoments: Float64Array;
  /** Cases of WHZ < −2 in each cluster with a child left after the flags; null without clusters. */
  readonly clusterCases: number[] | null;
}

/**
 * Adds `count` copies of `x` to the running-moments record at `m[0..5)`
 * (the pairwise update of Pébay (2008) with a block of equal values).
 */
function addMoments(m: Float64Array, x: number, count: number): void {
  const n1 = m[0]!;
  const n2 = count;
  const n = n1 + n2;
  const delta = x - m[1]!;
  const m2 = m[2]!;
  const m3 = m[3]!;
  const d2 = delta * delta;
  m[0] = n;
  m[1]! += (delta * n2) / n;
  m[4]! += (d2 * d2 * n1 * n2 * (n1 * n1 - n1 * n2 + n2 * n2)) / (n * n * n) + (6 * d2 * n2 * n2 * m2) / (n * n) - (4 * delta * n2 * m3) / n;
  m[3] = m3 + (d2 * delta * n1 * n2 * (n1 - n2)) / (n * n) - (3 * delta * n2 * m2) / n;
  m[2] = m2 + (d2 * n1 * n2) / n;
}

/**
 * A slot's SMART figures.
 * @param moments - the slot's running moments of the WHO-unflagged z-scores, `MOMENT_SLOTS` per indicator from `at`
 * @param whoFlagged - per indicator, the z-scores WHO flags
 * @param values - per indicator, the WHO-unflagged z-scores by value
 * @param clusters - per cluster, the WHO-unflagged WHZ by value (null without clusters)
 * @param whz - the index of WHZ among the indicators
 * @internal
 */
export function slotSmart(
  moments: Float64Array, at: number, whoFlagged: readonly number[], values: readonly ValueCounts[],
  clusters: ReadonlyMap<number, ValueCounts> | null, whz: number,
): SlotSmart {
  const means = values.map((_, k) => (moments[at + k * MOMENT_SLOTS]! > 0 ? moments[at + k * MOMENT_SLOTS + 1]! : Number.NaN));
  const kept = (x: number, k: number) => !isSmartFlagged(x, 0, means[k]!);
  const flagged = values.map((counts, k) => {
    let out = whoFlagged[k]!;
    for (const [x, c] of counts) if (!kept(x, k)) out += c;
    return out;
  });
  const whzMoments = new Float64Array(MOMENT_SLOTS);
  for (const x of [...values[whz]!.keys()].sort((a, b) => a - b)) if (kept(x, whz)) addMoments(whzMoments, x, values[whz]!.get(x)!);
  let clusterCases: number[] | null = null;
  if (clusters !== null) {
    clusterCases = [];
    for (const counts of clusters.values()) {
      let used = 0;
      let cases = 0;
      for (const [x, c] of counts) {
        if (!kept(x, whz)) continue;
        used += c;
        if (x < -2) cases += c;
      }
      if (used > 0) clusterCases.push(cases);
    }
  }
  return { means, flagged, whzMoments, clusterCases };
}
