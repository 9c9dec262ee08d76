import { checkKbm } from "../aggregate/skdn/kbm.js";
import { keyValue } from "../aggregate/shared/group-key.js";
import { dateColumn } from "../dates/calendar.js";
import { prepareColumns, scoreColumns, type NumberColumn, type ScoreColumnsInput } from "../score/score-columns.js";
import { checkColumn, checkObject, checkOptions } from "../util/checks.js";
import { TrajectoryEngine } from "./trajectory-engine.js";
import { visitOrder } from "./visit-order.js";

/**
 * A register of visits for {@link growthTrajectories}: one row per visit,
 * all columns of the same length, in any order.
 * @category Velocity
 */
export interface TrajectoryColumns {
  /** A stable id per child (strings are trimmed; numbers are written as strings). */
  readonly childId: ArrayLike<unknown>;
  /** 1/2, `m`/`f`, `L`/`P`, … */
  readonly sex: Uint8Array | ArrayLike<unknown>;
  /** Age in days at the visit. Required unless `visitDate` and `dateOfBirth` are given; where both are, `ageDays` wins in rows where it is not missing. */
  readonly ageDays?: NumberColumn;
  /** Date of birth: `"YYYY-MM-DD"`, Date objects (UTC date) or day numbers (days since 1970-01-01). */
  readonly dateOfBirth?: ArrayLike<unknown>;
  /** Date of the visit, as `dateOfBirth`. With it, KBM compares calendar months and {@link referrals} can pick a month. */
  readonly visitDate?: ArrayLike<unknown>;
  /** Weight in kg. */
  readonly weightKg: NumberColumn;
  /** Length or height in cm, as measured (for LAZ). */
  readonly lenheiCm?: NumberColumn;
  /** `l`/`h` (lying/standing). */
  readonly measure?: Uint8Array | ArrayLike<unknown>;
  /** Bilateral pitting oedema (weight-for-age NA, so no BGM or crossing). */
  readonly oedema?: Uint8Array | ArrayLike<unknown>;
}

/**
 * Options of {@link growthTrajectories}.
 * @category Velocity
 */
export interface TrajectoryOptions {
  /**
   * Minimum weight gain in grams by completed month of age; the last value applies to all older ages.
   * @defaultValue {@link KBM_GRAMS}
   */
  readonly kbmGrams?: readonly number[];
}

/**
 * Every visit's change since the child's previous visit, as columns of the
 * input's length (row `i` is input row `i`); row indices refer to input rows,
 * −1 for none. Rows without a child id or a usable age (and, when
 * `visitDate` is given, a visit date) are not part of any trajectory: their
 * row indices are −1, numbers NaN, codes 0.
 * @category Velocity
 */
export interface GrowthTrajectories {
  /** Number of rows (the input's length). */
  readonly length: number;
  /** The children's ids (normalised), by child code. */
  readonly childIds: readonly string[];
  /** Each row's child code (index into `childIds`); −1 when the row is not used. */
  readonly child: Int32Array;
  /** The age in days used. */
  readonly ageDays: Float64Array;
  /** The visit date as a day number (days since 1970-01-01); NaN without `visitDate`. */
  readonly visitDay: Float64Array;
  /** 1 when another row of the child has the same day and comes later in the input: that later row is the day's visit, this one is not anyone's previous visit. */
  readonly superseded: Uint8Array;
  /** The child's previous visit (the last row of the latest earlier day). */
  readonly previous: Int32Array;
  /** Days since the previous visit (by age). */
  readonly gapDays: Float64Array;
  /** Weight now minus at the previous visit, kg; NaN when either weight is missing or invalid. */
  readonly weightGainKg: Float64Array;
  /** Weight-for-age z (WHO anthro, 2 decimals, as {@link scoreColumns} gives it). */
  readonly waz: Float64Array;
  /** Length/height-for-age z (WHO anthro, 2 decimals). */
  readonly laz: Float64Array;
  /** WAZ now minus at the previous visit. */
  readonly dWaz: Float64Array;
  /** LAZ now minus at `lazFrom`. */
  readonly dLaz: Float64Array;
  /** The latest earlier visit with a LAZ (length is often measured only some months). */
  readonly lazFrom: Int32Array;
  /** KBM verdict: 0 not assessed, 1 N (*naik*, gained at least the KBM), 2 T (*tidak naik*). */
  readonly kbm: Uint8Array;
  /** The KBM (grams) the gain was compared with; NaN when not assessed. */
  readonly kbmG: Float64Array;
  /** The earlier visit WHO's weight velocity is measured from; −1 when no pair fits a WHO interval. */
  readonly velocityFrom: Int32Array;
  /** The WHO interval: 1 + its index in {@link VELOCITY_INTERVALS} (1–12 one month, 13–35 two months); 0 none. */
  readonly velocityInterval: Uint8Array;
  /** WHO's weight-velocity z-score (unrounded); NaN when NA. */
  readonly velocityZ: Float64Array;
  /** Its centile (0–100); NaN when NA. */
  readonly velocityCentile: Float64Array;
  /** The lowest of the −1, −2, −3 SD weight-for-age lines crossed downwards since the previous visit; NaN when none. */
  readonly crossedZ: Float64Array;
  /** The flags set at the visit, a bit mask (see {@link TRAJECTORY_FLAGS}, {@link trajectoryFlags}). */
  readonly flags: Uint8Array;
}

const CALLER = "growthTrajectories";
const COLUMN_KEYS = ["childId", "sex", "ageDays", "dateOfBirth", "visitDate", "weightKg", "lenheiCm", "measure", "oedema"];

/** The age in days of each row: `ageDays` where given, else visit − birth; NaN when neither. */
function agesOf(n: number, given: ArrayLike<number> | undefined, visit: Float64Array | undefined, dob: Float64Array | undefined): Float64Array {
  const age = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = given === undefined ? Number.NaN : given[i]!;
    age[i] = a === a ? a : visit !== undefined && dob !== undefined ? visit[i]! - dob[i]! : Number.NaN;
  }
  return age;
}

/**
 * Growth over time for a register of visits: for every visit of every child,
 * the previous visit, the weight gain, the KBM verdict (*naik* or *tidak
 * naik*, the rule {@link skdn} uses), WHO's weight-velocity z-score and
 * centile where the pair fits a WHO interval, the change in WAZ and LAZ, and
 * the growth-faltering flags T, 2T, BGM, `crossed-down` and
 * `velocity-below-p5` ({@link TRAJECTORY_FLAGS}; rules and sources in
 * docs/velocity.md).
 *
 * - **Order.** Rows may come in any order: one sort of row indices by child,
 *   day (the visit date, or the age without dates) and input position.
 *   Several rows of a child on one day: the last in the input is the day's
 *   visit (`superseded` marks the others, which are still compared with the
 *   previous day's visit but are nobody's previous visit).
 * - **KBM.** With visit dates, as in SKDN: the gain in whole grams since the
 *   child's last visit of the previous calendar month, against the KBM at the
 *   current age in completed months (under 60 months); without dates, since
 *   the previous visit when it is one month (30.4375 days ± 5) before.
 * - **Velocity.** From the most recent earlier visit whose pair with this
 *   one fits a WHO interval ({@link growthVelocity}'s rule): the previous
 *   visit a month before (1-month tables to 12 months), or a visit about two
 *   months before (2-month tables to 24 months) — so monthly weighings from
 *   12 to 24 months are judged over two months. The child's 12 most recent
 *   visit days are searched (WHO's intervals reach back 71 days at most: a
 *   child weighed up to weekly is covered).
 * - **WAZ, LAZ** by {@link scoreColumns} (WHO anthro rules, 2 decimals).
 *
 * Memory: output columns of the input's length, a row order (`Int32Array`),
 * one map of the children's ids and a compact record per child (the visits
 * the rules look back at); no object per row. Cost: one `scoreColumns` call
 * and one sort of n indices. `tumbuh trends` applies the same rules to a file
 * as it streams past, in memory that grows with the children only.
 *
 * @param columns - the visits (see {@link TrajectoryColumns})
 * @param options - the KBM table
 * @returns one value per input row in each column (see {@link GrowthTrajectories})
 * @throws TypeError for a missing or unknown column or option, or a column that is not an array
 * @throws RangeError for columns of unequal length or a bad KBM table
 *
 * @example
 * const t = growthTrajectories({
 *   childId: ["A", "A", "A"],
 *   sex: [1, 1, 1],
 *   dateOfBirth: ["2024-11-03", "2024-11-03", "2024-11-03"],
 *   visitDate: ["2025-03-05", "2025-04-07", "2025-05-06"],
 *   weightKg: [6.4, 6.6, 6.6],
 * });
 * Array.from(t.previous); // => [-1, 0, 1]
 * Array.from(t.kbm); // => [0, 2, 2]
 * Array.from(t.flags, (f) => trajectoryFlags(f)); // => [[], ["T", "crossed-down"], ["T", "2T", "velocity-below-p5"]]
 * Array.from(t.velocityCentile, (c) => Math.round(c)); // => [NaN, 5, 1]
 * @category Velocity
 */
export function growthTrajectories(columns: TrajectoryColumns, options?: TrajectoryOptions): GrowthTrajectories {
  const cols = checkObject(columns, COLUMN_KEYS, CALLER, "columns");
  for (const key of ["childId", "sex", "weightKg"]) if (cols[key] === undefined) throw new TypeError(`${CALLER}: columns.${key} is required`);
  if (cols.ageDays === undefined && (cols.visitDate === undefined || cols.dateOfBirth === undefined)) {
    throw new TypeError(`${CALLER}: columns.ageDays, or columns.visitDate and columns.dateOfBirth, are required`);
  }
  const kbmTable = checkKbm(checkOptions(options, ["kbmGrams"], CALLER).kbmGrams, CALLER);
  // prepareColumns checks the measurement columns, naming this function in its messages.
  const { childId: ids, dateOfBirth, visitDate, ...measured } = cols;
  const input = prepareColumns(measured as unknown as ScoreColumnsInput, CALLER);
  const n = input.length;
  const childId = checkColumn(ids, n, CALLER, "columns.childId", "columns.sex");
  const visit = visitDate === undefined ? undefined : dateColumn(visitDate, n, CALLER, "columns.visitDate");
  const dob = dateOfBirth === undefined ? undefined : dateColumn(dateOfBirth, n, CALLER, "columns.dateOfBirth");
  const age = agesOf(n, input.ageDays, visit, dob);
  const weight = input.weightKg!;
  const scores = scoreColumns({
    sex: input.sex, ageDays: age, weightKg: weight,
    ...(input.lenheiCm === undefined ? {} : { lenheiCm: input.lenheiCm }),
    ...(input.measure === undefined ? {} : { measure: input.measure }),
    ...(input.oedema === undefined ? {} : { oedema: input.oedema }),
  });

  const out = allocate(n, age, visit, scores.zwei, scores.zlen);
  const key = visit ?? age;
  // Child codes, and the rows that take part, sorted by child, day and position.
  const codes = new Map<string, number>();
  const childIds: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = age[i]!;
    const k = key[i]!;
    const id = keyValue(childId[i]);
    if (id === null || !(a >= 0 && a < Infinity) || !(k > -Infinity && k < Infinity)) continue;
    let c = codes.get(id);
    if (c === undefined) {
      c = childIds.length;
      codes.set(id, c);
      childIds.push(id);
    }
    out.child[i] = c;
  }

  const engine = new TrajectoryEngine(kbmTable, visit !== undefined, childIds.length);
  const sex = input.sex;
  for (const r of visitOrder(out.child, key)) {
    const v = engine.visit(out.child[r]!, r, key[r]!, age[r]!, sex[r]!, weight[r]!, out.waz[r]!, out.laz[r]!);
    if (v.replaces >= 0) out.superseded[v.replaces] = 1;
    out.previous[r] = v.previous;
    out.gapDays[r] = v.gapDays;
    out.weightGainKg[r] = v.weightGainKg;
    out.dWaz[r] = v.dWaz;
    out.lazFrom[r] = v.lazFrom;
    out.dLaz[r] = v.dLaz;
    out.kbm[r] = v.kbm;
    out.kbmG[r] = v.kbmG;
    out.velocityFrom[r] = v.velocityFrom;
    out.velocityInterval[r] = v.velocityInterval;
    out.velocityZ[r] = v.velocityZ;
    out.velocityCentile[r] = v.velocityCentile;
    out.crossedZ[r] = v.crossedZ;
    out.flags[r] = v.flags;
  }
  return Object.assign(out, { childIds });
}

type Output = Omit<GrowthTrajectories, "childIds">;

function allocate(n: number, age: Float64Array, visit: Float64Array | undefined, waz: Float64Array, laz: Float64Array): Output {
  const nan = () => new Float64Array(n).fill(Number.NaN);
  const none = () => new Int32Array(n).fill(-1);
  return {
    length: n,
    child: none(),
    ageDays: age,
    visitDay: visit ?? nan(),
    superseded: new Uint8Array(n),
    previous: none(),
    gapDays: nan(),
    weightGainKg: nan(),
    waz,
    laz,
    dWaz: nan(),
    dLaz: nan(),
    lazFrom: none(),
    kbm: new Uint8Array(n),
    kbmG: nan(),
    velocityFrom: none(),
    velocityInterval: new Uint8Array(n),
    velocityZ: nan(),
    velocityCentile: nan(),
    crossedZ: nan(),
    flags: new Uint8Array(n),
  };
}
