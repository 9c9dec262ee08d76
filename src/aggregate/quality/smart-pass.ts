/**
 * The quality report's second pass: SMART's flags, with each slot (a
 * group, or the whole batch) centred on its own mean of the z-scores WHO
 * does not flag (from the first pass's moments), and what the SMART
 * plausibility check needs of WHZ after them — its moments and, with a
 * cluster column, the cases of WHZ < −2 per cluster.
 * @internal
 */
import { isSmartFlagged } from "../smart/smart-flags.js";
import { addMoment, MOMENT_SLOTS } from "./moments.js";

/** What the pass counts, per slot (groups first, then the whole batch). @internal */
export interface SmartPass {
  /** Per slot × indicator: the mean the window is centred on (NaN without values). */
  readonly means: Float64Array;
  /** Per slot × indicator: z-scores SMART flags. */
  readonly flagged: Float64Array;
  /** Per slot: running moments of WHZ after SMART's flags. */
  readonly whzMoments: Float64Array;
  /** Per slot: cases of WHZ < −2 in each cluster with a child left after the flags; null without clusters. */
  readonly clusterCases: readonly (number[] | null)[];
}

/** The rows' clusters as dense codes (−1 missing), and how many there are. @internal */
export interface ClusterCodes {
  readonly codes: Int32Array;
  readonly count: number;
}

/**
 * Runs the pass.
 * @param z - the indicators' z-scores; `whz` is the index of WHZ among them
 * @param flags - WHO's flags of each
 * @param moments - the first pass's moments of the WHO-unflagged z-scores, `stride` per slot
 * @param groupOf - each row's group (undefined without groups); the whole batch is slot `groups`
 * @internal
 */
export function smartPass(
  z: readonly ArrayLike<number>[], flags: readonly ArrayLike<number>[], whz: number,
  moments: Float64Array, stride: number, groups: number, groupOf: Int32Array | undefined, clusters: ClusterCodes | undefined,
): SmartPass {
  const slots = groups + 1;
  const K = z.length;
  const means = new Float64Array(slots * K);
  for (let s = 0; s < slots; s++) {
    for (let k = 0; k < K; k++) {
      const at = s * stride + k * MOMENT_SLOTS;
      means[s * K + k] = moments[at]! > 0 ? moments[at + 1]! : Number.NaN;
    }
  }
  const flagged = new Float64Array(slots * K);
  const whzMoments = new Float64Array(slots * MOMENT_SLOTS);
  // per (slot, cluster): children left after the flags, and cases
  const perCluster = clusters === undefined ? undefined : new Map<number, [number, number]>();
  const n = z[0]!.length;
  const visit = (slot: number, i: number) => {
    for (let k = 0; k < K; k++) {
      const x = z[k]![i]!;
      if (x !== x) continue;
      if (isSmartFlagged(x, flags[k]![i]!, means[slot * K + k]!)) {
        flagged[slot * K + k]!++;
        continue;
      }
      if (k !== whz) continue;
      addMoment(whzMoments, slot * MOMENT_SLOTS, x);
      const c = clusters === undefined ? -1 : clusters.codes[i]!;
      if (c < 0) continue;
      const key = slot * clusters!.count + c;
      const counts = perCluster!.get(key);
      const isCase = x < -2 ? 1 : 0;
      if (counts === undefined) perCluster!.set(key, [1, isCase]);
      else {
        counts[0]++;
        counts[1] += isCase;
      }
    }
  };
  for (let i = 0; i < n; i++) {
    visit(groups, i);
    const g = groupOf === undefined ? -1 : groupOf[i]!;
    if (g >= 0) visit(g, i);
  }
  const clusterCases: (number[] | null)[] = Array.from({ length: slots }, () => (clusters === undefined ? null : []));
  if (perCluster !== undefined) {
    const keys = [...perCluster.keys()].sort((a, b) => a - b);
    for (const key of keys) clusterCases[Math.floor(key / clusters!.count)]!.push(perCluster.get(key)![1]);
  }
  return { means, flagged, whzMoments, clusterCases };
}
