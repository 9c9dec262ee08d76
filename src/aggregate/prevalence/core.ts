/**
 * The pipeline shared by the 0–5 and 5–19 prevalence functions and by the
 * WHO-compatible tables: read and check the input, apply WHO anthro's
 * inclusion rules, build the design and the breakdowns, run the engine and
 * turn its sums into estimates.
 * @internal
 */
import { DAYS_PER_MONTH } from "../../who/rules.js";
import { checkColumn, checkObject, compareLevels, intern, isColumn, numbers, oedemas, sexes, type Interned } from "./columns.js";
import { runEngine, type CategoricalVar, type EngineOutput } from "./engine.js";
import { expit, logit } from "../../stats/logit.js";
import { tQuantile } from "../../stats/student-t.js";
import type {
  CombinedEstimates,
  Estimate,
  ExclusionSummary,
  IndicatorEstimates,
  MeanEstimate,
  PrevalenceGroup,
  PrevalenceIndicator,
  PrevalenceMethod,
  PrevalenceResult,
} from "./types.js";

/** One indicator of a profile. */
export interface IndicatorSpec {
  readonly code: PrevalenceIndicator;
  readonly z: string;
  readonly f: string;
  /** Oedema counts as z = −3.1 for the prevalences and is left out of the mean and SD. */
  readonly oedema: boolean;
  /** The z-score needs an age (for the `missingAge` reason). */
  readonly needsAge: boolean;
  /** Oldest age in months the indicator covers, when narrower than the analysis (5–19 weight-for-age: 120). */
  readonly maxMonths?: number;
}

/** A breakdown: a level per row and the levels' labels. */
export interface Breakdown {
  readonly name: string;
  readonly parts: readonly string[];
  readonly labels: readonly string[];
  readonly keys: readonly Readonly<Record<string, string>>[];
  readonly codes: Int32Array;
  /** Involves an age breakdown (ageGroup/ageBand). */
  readonly hasAge: boolean;
  /** WHO anthro's label of the breakdown ("Age group", "Geographical region"…), in the compatible table. */
  readonly whoLabel?: string;
}

export type AgeRule = "0to5" | "5to19";

export interface Profile {
  readonly caller: string;
  readonly indicators: readonly IndicatorSpec[];
  readonly combined: boolean;
  readonly ageRule: AgeRule;
  readonly scoreKeys: readonly string[];
  /** The standard breakdowns (after "all"), from months and sex codes per row. */
  readonly standard: (months: Float64Array, sex: Uint8Array) => Breakdown[];
  /** Names of standard breakdowns that can be used in `nested`, and those that are ages. */
  readonly nestable: readonly string[];
}

/** How grouping columns become breakdowns. */
export interface GroupingMode {
  /** WHO anthro's table: level order by method, an "NA" level in the simple and weighted methods, wealth quintiles, labels. */
  readonly anthro: boolean;
  /** WHO label per group name (anthro mode). */
  readonly labels?: Readonly<Record<string, string>>;
}

export interface Computed {
  readonly method: PrevalenceMethod;
  readonly df: number;
  readonly dfMean: number;
  readonly dfProp: number;
  readonly rows: number;
  readonly analysed: number;
  readonly indicators: readonly IndicatorSpec[];
  readonly combined: boolean;
  readonly breakdowns: readonly Breakdown[];
  readonly offsets: readonly number[];
  readonly out: EngineOutput;
  readonly excluded: Partial<Record<PrevalenceIndicator | "HA_WH", ExclusionSummary>>;
}

// Row reasons
const KEPT = 0;
const MISSING_AGE = 1;
const AGE_RANGE = 2;
const MISSING_DESIGN = 3;
const INVALID_WEIGHT = 4;

const OEDEMA_Z = -3.1;
const CUTOFF_PROPS: readonly (readonly number[])[] = [[0], [0, 1], [0, 1, 2], [4, 5, 6], [5, 6], [6]];
const COMBINED_PROPS: readonly (readonly number[])[] = [[1], [2]];

function bucketOf(z: number): number {
  return z < -3 ? 0 : z < -2 ? 1 : z < -1 ? 2 : z <= 1 ? 3 : z <= 2 ? 4 : z <= 3 ? 5 : 6;
}

/** WHO anthro's rounding of an age in days: half up. */
function roundHalfUp(x: number): number {
  const f = Math.floor(x);
  return x - f >= 0.5 ? f + 1 : f;
}

const OPTION_KEYS = ["design", "groups", "nested", "standardBreakdowns"] as const;
const DESIGN_KEYS = ["weights", "cluster", "strata"] as const;

export interface RawOptions {
  readonly design?: unknown;
  readonly groups?: unknown;
  readonly nested?: unknown;
  readonly standardBreakdowns?: unknown;
}

/** Reads ages and applies the age rule: months per row and the row reason. */
function readAges(columns: Record<string, unknown>, n: number, caller: string, rule: AgeRule, reason: Uint8Array): Float64Array {
  const days = columns.ageDays === undefined ? null : numbers(columns.ageDays, n, caller, "columns.ageDays");
  const mos = columns.ageMonths === undefined ? null : numbers(columns.ageMonths, n, caller, "columns.ageMonths");
  const months = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let d = days === null ? Number.NaN : days[i]!;
    let m: number;
    if (d === d) m = d / DAYS_PER_MONTH;
    else {
      m = mos === null ? Number.NaN : mos[i]!;
      d = m * DAYS_PER_MONTH;
    }
    months[i] = m;
    if (rule === "0to5") {
      // anthro keeps rows without an age (weight-for-height needs none) and drops rounded ages over 1826 days
      if (d !== d) continue;
      if (!(d >= 0) || d === Infinity || roundHalfUp(d) > 1826) reason[i] = AGE_RANGE;
    } else {
      if (m !== m) reason[i] = MISSING_AGE;
      else if (!(m >= 60 && m <= 228)) reason[i] = AGE_RANGE;
    }
  }
  return months;
}

interface Design {
  readonly method: PrevalenceMethod;
  readonly weight: Float64Array | null;
  readonly stratum: Int32Array | null;
  readonly nStrata: number;
  readonly psu: Int32Array | null;
  readonly nPsu: number;
  readonly psusInStratum: Float64Array;
  readonly df: number;
  readonly zeroWeight: Uint8Array | null;
}

/** Reads the design, marks rows without cluster/stratum or with invalid weights, and chooses WHO anthro's method. */
function readDesign(design: unknown, n: number, caller: string, reason: Uint8Array): { build: (rows: Int32Array) => Design; weightsGiven: boolean } {
  const d = design === undefined ? {} : checkObject(design, DESIGN_KEYS as unknown as string[], caller, "options.design");
  const cluster = d.cluster === undefined ? null : intern(d.cluster, n, caller, "options.design.cluster");
  const strata = d.strata === undefined ? null : intern(d.strata, n, caller, "options.design.strata");
  const rawW = d.weights === undefined ? null : numbers(d.weights, n, caller, "options.design.weights");
  for (let i = 0; i < n; i++) {
    if (reason[i] !== KEPT) continue;
    if ((cluster !== null && cluster.codes[i]! < 0) || (strata !== null && strata.codes[i]! < 0)) reason[i] = MISSING_DESIGN;
  }
  let weight: Float64Array | null = null;
  let zeroWeight: Uint8Array | null = null;
  if (rawW !== null) {
    weight = new Float64Array(n);
    zeroWeight = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const x = rawW[i]!;
      if (x !== x) {
        weight[i] = 0; // WHO anthro: a missing weight is 0
        zeroWeight[i] = 1;
      } else if (x < 0 || x === Infinity) {
        if (reason[i] === KEPT) reason[i] = INVALID_WEIGHT;
      } else {
        weight[i] = x;
        if (x === 0) zeroWeight[i] = 1;
      }
    }
  }
  const build = (rows: Int32Array): Design => {
    const N = rows.length;
    if (cluster === null && strata === null) {
      let allOne = true;
      if (weight !== null) for (let ri = 0; ri < N && allOne; ri++) allOne = weight[rows[ri]!] === 1;
      const w = allOne ? null : weight;
      let nonzero = N;
      if (w !== null) {
        nonzero = 0;
        for (let ri = 0; ri < N; ri++) if (w[rows[ri]!] !== 0) nonzero++;
      }
      return {
        method: w === null ? "simple" : "weighted",
        weight: w,
        stratum: null,
        nStrata: 1,
        psu: null,
        nPsu: N,
        psusInStratum: Float64Array.of(N),
        df: nonzero > 0 ? nonzero - 1 : 0,
        zeroWeight,
      };
    }
    // strata: dense codes over the analysed rows
    let stratum: Int32Array | null = null;
    let nStrata = 1;
    if (strata !== null) {
      stratum = new Int32Array(n).fill(-1);
      const remap = new Int32Array(strata.labels.length).fill(-1);
      nStrata = 0;
      for (let ri = 0; ri < N; ri++) {
        const i = rows[ri]!;
        const c = strata.codes[i]!;
        if (remap[c] === -1) remap[c] = nStrata++;
        stratum[i] = remap[c]!;
      }
      if (nStrata === 0) nStrata = 1;
    }
    // PSUs: clusters nested in strata; one cluster only means rows are the PSUs (as anthro does)
    let psu: Int32Array | null = null;
    let nPsu = N;
    if (cluster !== null) {
      const seen = new Int32Array(cluster.labels.length);
      let distinct = 0;
      for (let ri = 0; ri < N; ri++) {
        const c = cluster.codes[rows[ri]!]!;
        if (seen[c] === 0) {
          seen[c] = 1;
          distinct++;
        }
      }
      if (distinct > 1) {
        psu = new Int32Array(n).fill(-1);
        const map = new Map<number, number>();
        const nc = cluster.labels.length;
        nPsu = 0;
        for (let ri = 0; ri < N; ri++) {
          const i = rows[ri]!;
          const key = (stratum === null ? 0 : stratum[i]!) * nc + cluster.codes[i]!;
          let p = map.get(key);
          if (p === undefined) {
            p = nPsu++;
            map.set(key, p);
          }
          psu[i] = p;
        }
      }
    }
    const psusInStratum = new Float64Array(nStrata);
    const psuNonzero = new Uint8Array(nPsu);
    const stratumNonzero = new Uint8Array(nStrata);
    const psuSeen = new Uint8Array(nPsu);
    for (let ri = 0; ri < N; ri++) {
      const i = rows[ri]!;
      const h = stratum === null ? 0 : stratum[i]!;
      const p = psu === null ? ri : psu[i]!;
      if (psuSeen[p] === 0) {
        psuSeen[p] = 1;
        psusInStratum[h] = psusInStratum[h]! + 1;
      }
      if (weight === null || weight[i] !== 0) {
        psuNonzero[p] = 1;
        stratumNonzero[h] = 1;
      }
    }
    let df = 0;
    for (let p = 0; p < nPsu; p++) df += psuNonzero[p]!;
    for (let h = 0; h < nStrata; h++) df -= stratumNonzero[h]!;
    return { method: "survey", weight, stratum, nStrata, psu, nPsu, psusInStratum, df, zeroWeight };
  };
  return { build, weightsGiven: rawW !== null };
}

const WEALTH_LABELS = ["Q1: Poorest", "Q2", "Q3", "Q4", "Q5: Richest"];

/** WHO anthro's wealth quintiles: 1–5 or Q1–Q5, anything else missing. */
function wealthBreakdown(v: unknown, n: number, caller: string, name: string): Int32Array {
  const col = checkColumn(v, n, caller, name);
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = col[i];
    const s = typeof x === "number" ? (Number.isInteger(x) ? String(x) : "") : typeof x === "string" ? x : "";
    const m = /^Q?([1-5])$/.exec(s);
    codes[i] = m ? Number(m[1]) - 1 : -1;
  }
  return codes;
}

/** A grouping column as a breakdown, levels ordered natively (sorted) or as WHO anthro orders them. */
function groupBreakdown(
  name: string,
  v: unknown,
  n: number,
  caller: string,
  rows: Int32Array,
  mode: GroupingMode,
  method: PrevalenceMethod,
): Breakdown {
  const label = `options.groups.${name}`;
  if (mode.anthro && name === "wealthq") {
    const codes = wealthBreakdown(v, n, caller, label);
    return {
      name,
      parts: [name],
      labels: WEALTH_LABELS,
      keys: WEALTH_LABELS.map((l) => ({ [name]: l })),
      codes,
      hasAge: false,
      whoLabel: mode.labels?.[name] ?? name,
    };
  }
  const it: Interned = intern(v, n, caller, label);
  // levels present among the analysed rows, in order of first appearance
  const firstSeen = new Int32Array(it.labels.length).fill(-1);
  const order: number[] = [];
  let naAt = -1;
  for (let ri = 0; ri < rows.length; ri++) {
    const c = it.codes[rows[ri]!]!;
    if (c < 0) {
      if (naAt < 0) naAt = order.length;
      continue;
    }
    if (firstSeen[c] === -1) {
      firstSeen[c] = order.length;
      order.push(c);
    }
  }
  const appearance = mode.anthro && method !== "survey";
  if (!appearance) order.sort((a, b) => compareLevels(it, a, b));
  const level = new Int32Array(it.labels.length).fill(-1);
  order.forEach((c, k) => (level[c] = k));
  const labels = order.map((c) => it.labels[c]!);
  if (appearance && naAt >= 0) labels.splice(naAt, 0, "NA"); // WHO anthro's simple method lists missing values as a level "NA" (no rows)
  if (appearance && naAt >= 0) order.forEach((c, k) => (level[c] = k >= naAt ? k + 1 : k));
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = it.codes[i]!;
    codes[i] = c < 0 ? -1 : level[c]!;
  }
  return {
    name,
    parts: [name],
    labels,
    keys: labels.map((l) => ({ [name]: l })),
    codes,
    hasAge: false,
    ...(mode.anthro ? { whoLabel: mode.labels?.[name] ?? name } : {}),
  };
}

/** A nested breakdown: the combinations of several breakdowns that occur, in lexicographic level order. */
function nestedBreakdown(parts: readonly Breakdown[], n: number, rows: Int32Array): Breakdown {
  let codes = Int32Array.from(parts[0]!.codes);
  let tuples: number[][] = parts[0]!.labels.map((_, k) => [k]);
  for (let k = 1; k < parts.length; k++) {
    const next = parts[k]!;
    const L = next.labels.length;
    const map = new Map<number, number>();
    const newTuples: number[][] = [];
    const out = new Int32Array(n).fill(-1);
    for (let ri = 0; ri < rows.length; ri++) {
      const i = rows[ri]!;
      const a = codes[i]!;
      const b = next.codes[i]!;
      if (a < 0 || b < 0) continue;
      const key = a * L + b;
      let c = map.get(key);
      if (c === undefined) {
        c = newTuples.length;
        map.set(key, c);
        newTuples.push([...tuples[a]!, b]);
      }
      out[i] = c;
    }
    codes = out;
    tuples = newTuples;
  }
  const order = tuples.map((_, c) => c);
  order.sort((x, y) => {
    const tx = tuples[x]!;
    const ty = tuples[y]!;
    for (let k = 0; k < tx.length; k++) if (tx[k] !== ty[k]) return tx[k]! - ty[k]!;
    return 0;
  });
  const rank = new Int32Array(order.length);
  order.forEach((c, r) => (rank[c] = r));
  for (let i = 0; i < n; i++) if (codes[i]! >= 0) codes[i] = rank[codes[i]!]!;
  const labels: string[] = [];
  const keys: Record<string, string>[] = [];
  for (const c of order) {
    const t = tuples[c]!;
    labels.push(t.map((l, k) => parts[k]!.labels[l]!).join("."));
    const key: Record<string, string> = {};
    t.forEach((l, k) => Object.assign(key, parts[k]!.keys[l]!));
    keys.push(key);
  }
  return {
    name: parts.map((p) => p.name).join("+"),
    parts: parts.flatMap((p) => p.parts),
    labels,
    keys,
    codes,
    hasAge: parts.some((p) => p.hasAge),
  };
}

function allBreakdown(n: number): Breakdown {
  return { name: "all", parts: [], labels: ["All"], keys: [{}], codes: new Int32Array(n), hasAge: false, whoLabel: "All" };
}

/** Any analysed row in a group of the breakdown (WHO anthro drops breakdowns that are missing everywhere). */
function anyValue(b: Breakdown, rows: Int32Array): boolean {
  for (let ri = 0; ri < rows.length; ri++) if (b.codes[rows[ri]!]! >= 0) return true;
  return false;
}

/** Breakdowns whose level combinations number at most this are accumulated together (one cell per combination). */
const MERGE_LIMIT = 2048;

/**
 * Accumulation units for the engine: consecutive breakdowns are merged while
 * the product of their (levels + 1) stays small, so that each row is added
 * once per unit and the groups are sums of cells.
 */
function buildUnits(breakdowns: readonly Breakdown[], offsets: readonly number[], rows: Int32Array) {
  const groups: number[][] = [];
  let cur: number[] = [];
  let prod = 1;
  breakdowns.forEach((b, bi) => {
    const f = b.labels.length + 1;
    if (cur.length > 0 && prod * f > MERGE_LIMIT) {
      groups.push(cur);
      cur = [];
      prod = 1;
    }
    cur.push(bi);
    prod *= f;
  });
  if (cur.length > 0) groups.push(cur);
  const units: Int32Array[] = [];
  const unitOffsets: number[] = [];
  const cellStart: number[] = [0];
  const cellDomains: number[] = [];
  let cells = 0;
  for (const g of groups) {
    unitOffsets.push(cells);
    if (g.length === 1) {
      const b = breakdowns[g[0]!]!;
      units.push(b.codes);
      for (let l = 0; l < b.labels.length; l++) {
        cellDomains.push(offsets[g[0]!]! + l);
        cellStart.push(cellDomains.length);
      }
      cells += b.labels.length;
      continue;
    }
    const radix: number[] = [];
    let size = 1;
    for (const bi of g) {
      radix.push(size);
      size *= breakdowns[bi]!.labels.length + 1;
    }
    const table = new Int32Array(size).fill(-1);
    const keys: number[] = [];
    const codes = new Int32Array(breakdowns[g[0]!]!.codes.length).fill(-1);
    const cols = g.map((bi) => breakdowns[bi]!.codes);
    for (let ri = 0; ri < rows.length; ri++) {
      const i = rows[ri]!;
      let key = 0;
      for (let k = 0; k < cols.length; k++) key += (cols[k]![i]! + 1) * radix[k]!;
      if (key === 0) continue;
      let c = table[key]!;
      if (c < 0) {
        c = keys.length;
        table[key] = c;
        keys.push(key);
      }
      codes[i] = c;
    }
    units.push(codes);
    for (const key of keys) {
      g.forEach((bi, k) => {
        const level = Math.floor(key / radix[k]!) % (breakdowns[bi]!.labels.length + 1) - 1;
        if (level >= 0) cellDomains.push(offsets[bi]! + level);
      });
      cellStart.push(cellDomains.length);
    }
    cells += keys.length;
  }
  return { units, unitOffsets, cells, cellStart: Int32Array.from(cellStart), cellDomains: Int32Array.from(cellDomains) };
}

/**
 * Runs the whole computation.
 * @internal
 */
export function compute(
  columnsIn: unknown,
  optionsIn: unknown,
  profile: Profile,
  mode: GroupingMode & { readonly caller?: string; readonly optionKeys?: readonly string[]; readonly groupNames?: readonly string[]; readonly requireAll?: boolean },
): Computed {
  const caller = mode.caller ?? profile.caller;
  const columns = checkObject(columnsIn, ["sex", "ageDays", "ageMonths", "oedema", "scores"], caller, "columns");
  if (columns.sex === undefined) throw new TypeError(`${caller}: columns.sex is required`);
  if (!isColumn(columns.sex)) throw new TypeError(`${caller}: columns.sex must be an array or typed array`);
  const n = columns.sex.length;
  const sex = sexes(columns.sex, n, caller);
  const oedema = oedemas(columns.oedema, n, caller);
  if (columns.scores === undefined) throw new TypeError(`${caller}: columns.scores is required (e.g. the result of scoreColumns)`);
  const scores = checkObject(columns.scores, null, caller, "columns.scores");
  const options = optionsIn === undefined ? {} : checkObject(optionsIn, (mode.optionKeys ?? OPTION_KEYS) as string[], caller, "options");

  const reason = new Uint8Array(n);
  const months = readAges(columns, n, caller, profile.ageRule, reason);

  // z-scores and flags
  const atLeast = typeof scores.length === "number" && scores.length === n;
  const present: { spec: IndicatorSpec; z: ArrayLike<number>; f: ArrayLike<number> | null }[] = [];
  for (const spec of profile.indicators) {
    if (scores[spec.z] === undefined) {
      if (mode.requireAll) throw new TypeError(`${caller}: columns.scores.${spec.z} is required for WHO's table`);
      continue;
    }
    const z = numbers(scores[spec.z], n, caller, `columns.scores.${spec.z}`, atLeast);
    const f = scores[spec.f] === undefined ? null : numbers(scores[spec.f], n, caller, `columns.scores.${spec.f}`, atLeast);
    if (mode.requireAll && f === null) throw new TypeError(`${caller}: columns.scores.${spec.f} is required for WHO's table`);
    present.push({ spec, z, f });
  }
  if (present.length === 0) {
    throw new TypeError(`${caller}: columns.scores has none of ${profile.indicators.map((s) => s.z).join(", ")}`);
  }

  const { build } = readDesign(options.design, n, caller, reason);
  // rows that pass the age rule (WHO anthro decides which breakdowns to show on these)
  let ageKept = 0;
  for (let i = 0; i < n; i++) if (reason[i] === KEPT || reason[i] === MISSING_DESIGN || reason[i] === INVALID_WEIGHT) ageKept++;
  const ageRows = new Int32Array(ageKept);
  let nRows = 0;
  for (let i = 0, k = 0; i < n; i++) {
    if (reason[i] === KEPT || reason[i] === MISSING_DESIGN || reason[i] === INVALID_WEIGHT) ageRows[k++] = i;
    if (reason[i] === KEPT) nRows++;
  }
  const rows = new Int32Array(nRows);
  for (let i = 0, k = 0; i < n; i++) if (reason[i] === KEPT) rows[k++] = i;
  const design = build(rows);
  const N = rows.length;
  const dfMean = design.method === "survey" ? design.df : N - 1;
  const dfProp = design.method === "simple" ? N - 1 : design.df;

  // per indicator: bucket of the prevalence value, mean value
  const cat: CategoricalVar[] = [];
  const cont: Float64Array[] = [];
  const excluded: Partial<Record<PrevalenceIndicator | "HA_WH", ExclusionSummary>> = {};
  const prevZ = new Map<PrevalenceIndicator, Float64Array>();
  for (const { spec, z, f } of present) {
    const bucket = new Int8Array(n);
    const mean = new Float64Array(n);
    const keepAux = profile.combined && (spec.code === "HA" || spec.code === "WH");
    const aux = keepAux ? new Float64Array(n) : null;
    const counts = { counted: 0, oedema: 0, zeroWeight: 0, missingAge: 0, ageOutOfRange: 0, missingDesign: 0, invalidWeight: 0, flagged: 0, missingZ: 0 };
    for (let i = 0; i < n; i++) {
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
      if (aux !== null) aux[i] = p;
      mean[i] = zz;
      bucket[i] = p === p ? bucketOf(p) : -1;
      const r = reason[i]!;
      if (r !== KEPT) {
        bucket[i] = -1;
        mean[i] = Number.NaN;
        if (aux !== null) aux[i] = Number.NaN;
        if (r === MISSING_AGE) counts.missingAge++;
        else if (r === AGE_RANGE) counts.ageOutOfRange++;
        else if (r === MISSING_DESIGN) counts.missingDesign++;
        else counts.invalidWeight++;
      } else if (spec.maxMonths !== undefined && months[i]! > spec.maxMonths) {
        bucket[i] = -1;
        mean[i] = Number.NaN;
        if (aux !== null) aux[i] = Number.NaN;
        counts.ageOutOfRange++;
      } else if (p === p) {
        counts.counted++;
        if (oed) counts.oedema++;
        if (design.zeroWeight !== null && design.zeroWeight[i] === 1) counts.zeroWeight++;
      } else if (flagged) counts.flagged++;
      else if (spec.needsAge && months[i] !== months[i]) counts.missingAge++;
      else counts.missingZ++;
    }
    cat.push({ bucket, buckets: 7, props: CUTOFF_PROPS });
    cont.push(mean);
    if (aux !== null) prevZ.set(spec.code, aux);
    excluded[spec.code] = { rows: n, ...counts };
  }
  const hasCombined = profile.combined && prevZ.has("HA") && prevZ.has("WH");
  if (hasCombined) {
    const ha = prevZ.get("HA")!;
    const wh = prevZ.get("WH")!;
    const haSpec = present.find((p) => p.spec.code === "HA")!;
    const whSpec = present.find((p) => p.spec.code === "WH")!;
    const bucket = new Int8Array(n);
    const counts = { counted: 0, oedema: 0, zeroWeight: 0, missingAge: 0, ageOutOfRange: 0, missingDesign: 0, invalidWeight: 0, flagged: 0, missingZ: 0 };
    for (let i = 0; i < n; i++) {
      const a = ha[i]!;
      const b = wh[i]!;
      const r = reason[i]!;
      if (a === a && b === b) {
        const stunted = a < -2;
        bucket[i] = stunted && b < -2 ? 1 : stunted && b > 2 ? 2 : 0;
        counts.counted++;
        if (oedema[i] === 1) counts.oedema++;
        if (design.zeroWeight !== null && design.zeroWeight[i] === 1) counts.zeroWeight++;
        continue;
      }
      bucket[i] = -1;
      if (r === MISSING_AGE) counts.missingAge++;
      else if (r === AGE_RANGE) counts.ageOutOfRange++;
      else if (r === MISSING_DESIGN) counts.missingDesign++;
      else if (r === INVALID_WEIGHT) counts.invalidWeight++;
      else if ((haSpec.f !== null && haSpec.f[i] === 1) || (b !== b && whSpec.f !== null && whSpec.f[i] === 1 && oedema[i] !== 1)) counts.flagged++;
      else if (months[i] !== months[i]) counts.missingAge++;
      else counts.missingZ++;
    }
    cat.push({ bucket, buckets: 3, props: COMBINED_PROPS });
    excluded.HA_WH = { rows: n, ...counts };
  }

  // breakdowns
  const breakdowns: Breakdown[] = [allBreakdown(n)];
  const standard = profile.standard(months, sex);
  const useStandard = options.standardBreakdowns === undefined ? true : options.standardBreakdowns;
  if (typeof useStandard !== "boolean") throw new TypeError(`${caller}: options.standardBreakdowns must be a boolean`);
  const byName = new Map<string, Breakdown>();
  for (const b of standard) byName.set(b.name, b);
  if (useStandard) {
    for (const b of standard) if (!mode.anthro || profile.ageRule === "5to19" || anyValue(b, ageRows)) breakdowns.push(b);
  }
  const groups = options.groups === undefined ? {} : checkObject(options.groups, (mode.groupNames ?? null) as string[] | null, caller, "options.groups");
  const groupNames = mode.groupNames ? mode.groupNames.filter((g) => groups[g] !== undefined) : Object.keys(groups);
  for (const name of groupNames) {
    if (name === "all" || byName.has(name) || name.includes("+")) {
      throw new RangeError(`${caller}: options.groups.${name}: the name is reserved or contains "+"`);
    }
    const b = groupBreakdown(name, groups[name], n, caller, rows, mode, design.method);
    byName.set(name, b);
    if (!mode.anthro || anyValue(b, ageRows)) breakdowns.push(b);
  }
  if (options.nested !== undefined) {
    if (!Array.isArray(options.nested)) throw new TypeError(`${caller}: options.nested must be an array of arrays of names`);
    for (const spec of options.nested as unknown[]) {
      if (!Array.isArray(spec) || spec.length < 2 || !spec.every((s) => typeof s === "string")) {
        throw new TypeError(`${caller}: options.nested must hold arrays of two or more names, e.g. [["region", "sex"]]`);
      }
      const parts = (spec as string[]).map((s) => {
        const b = byName.get(s);
        if (b === undefined || (standard.includes(b) && !profile.nestable.includes(s))) {
          throw new RangeError(`${caller}: options.nested: unknown breakdown "${s}"; expected a group name or ${profile.nestable.join(", ")}`);
        }
        return b;
      });
      if (new Set(spec).size !== spec.length) throw new RangeError(`${caller}: options.nested: "${spec.join("+")}" repeats a name`);
      breakdowns.push(nestedBreakdown(parts, n, rows));
    }
  }
  const offsets: number[] = [];
  let D = 0;
  for (const b of breakdowns) {
    offsets.push(D);
    D += b.labels.length;
  }

  const out = runEngine({
    rows,
    weight: design.weight,
    stratum: design.stratum,
    nStrata: design.nStrata,
    psu: design.psu,
    nPsu: design.nPsu,
    psusInStratum: design.psusInStratum,
    ...buildUnits(breakdowns, offsets, rows),
    domains: D,
    cat,
    cont,
  });
  return {
    method: design.method,
    df: design.df,
    dfMean,
    dfProp,
    rows: n,
    analysed: N,
    indicators: present.map((p) => p.spec),
    combined: hasCombined,
    breakdowns,
    offsets,
    out,
    excluded,
  };
}

const NA_ESTIMATE: Estimate = Object.freeze({ r: Number.NaN, se: Number.NaN, ll: Number.NaN, ul: Number.NaN });

/**
 * A prevalence (in %) with its logit confidence interval. At 0 % and 100 %
 * the interval is [0, 0] and [100, 100].
 * @internal
 */
export function proportion(Sy: number, W: number, complement: number, variance: number, df: number): Estimate {
  if (!(W > 0)) return NA_ESTIMATE;
  const r = Sy / W;
  const se = Math.sqrt(variance);
  let ll: number;
  let ul: number;
  if (Sy === 0) ll = ul = 0;
  else if (complement === 0) ll = ul = 1;
  else {
    const logitR = logit(r);
    const seLogit = se / (r * (1 - r));
    const t = tQuantile(0.975, df);
    ll = expit(logitR - t * seLogit);
    ul = expit(logitR + t * seLogit);
  }
  return { r: 100 * r, se: 100 * se, ll: 100 * ll, ul: 100 * ul };
}

/** Estimates of a categorical variable's proportions in a domain. @internal */
export function catEstimates(c: Computed, d: number, v: number): { pop: number; unwpop: number; props: Estimate[] } {
  const { out } = c;
  const nCat = out.propOffset.length;
  const bo = d * out.totalBuckets + out.bucketOffset[v]!;
  const K = v < c.indicators.length ? 7 : 3;
  const props = v < c.indicators.length ? CUTOFF_PROPS : COMBINED_PROPS;
  let W = 0;
  for (let k = 0; k < K; k++) W += out.catWeight[bo + k]!;
  const unwpop = out.catCount[d * nCat + v]!;
  const est = props.map((set, p) => {
    if (unwpop === 0) return NA_ESTIMATE;
    let Sy = 0;
    let comp = 0;
    for (let k = 0; k < K; k++) {
      if (set.includes(k)) Sy += out.catWeight[bo + k]!;
      else comp += out.catWeight[bo + k]!;
    }
    return proportion(Sy, W, comp, out.propVar[d * out.totalProps + out.propOffset[v]! + p]!, c.dfProp);
  });
  return { pop: W, unwpop, props: est };
}

/** Mean z-score, its CI and the SD, in a domain. @internal */
export function meanEstimate(c: Computed, d: number, j: number): MeanEstimate {
  const { out } = c;
  const nCont = c.indicators.length;
  const k = d * nCont + j;
  const cnt = out.contCount[k]!;
  const W = out.contWeight[k]!;
  if (cnt === 0 || !(W > 0)) return { r: Number.NaN, se: Number.NaN, ll: Number.NaN, ul: Number.NaN, stdev: Number.NaN };
  const r = out.contSum[k]! / W;
  const se = Math.sqrt(out.contVar[k]!);
  const t = tQuantile(0.975, c.dfMean);
  // WHO anthro's SD: n/(n−1) with n the non-missing z-scores (simple, weighted) or, as survey::svyvar does,
  // the rows of the group with a non-zero weight (survey)
  const nsd = c.method === "survey" ? out.nonzero[d]! : cnt;
  const stdev = nsd > 1 ? Math.sqrt(((nsd / (nsd - 1)) * out.contSS[k]!) / W) : Number.NaN;
  return { r, se, ll: r - t * se, ul: r + t * se, stdev };
}

/** The result's groups. @internal */
export function toResult(c: Computed, omitWithoutAge: PrevalenceIndicator | null): PrevalenceResult {
  const groups: PrevalenceGroup[] = [];
  c.breakdowns.forEach((b, bi) => {
    b.labels.forEach((label, l) => {
      const d = c.offsets[bi]! + l;
      const indicators: Partial<Record<PrevalenceIndicator, IndicatorEstimates>> = {};
      c.indicators.forEach((spec, v) => {
        if (spec.code === omitWithoutAge && !b.hasAge) return;
        const { pop, unwpop, props } = catEstimates(c, d, v);
        indicators[spec.code] = {
          pop,
          unwpop,
          below3: props[0]!,
          below2: props[1]!,
          below1: props[2]!,
          above1: props[3]!,
          above2: props[4]!,
          above3: props[5]!,
          mean: meanEstimate(c, d, v),
        };
      });
      let combined: CombinedEstimates | undefined;
      if (c.combined) {
        const { pop, unwpop, props } = catEstimates(c, d, c.indicators.length);
        combined = { pop, unwpop, stuntedWasted: props[0]!, stuntedOverweight: props[1]! };
      }
      groups.push({
        breakdown: b.name,
        label,
        key: b.keys[l]!,
        indicators,
        ...(combined ? { combined } : {}),
      });
    });
  });
  return { method: c.method, df: c.df, rows: c.rows, analysed: c.analysed, groups, excluded: c.excluded };
}
