/**
 * The prevalence computation as the rows stream past: each call of
 * {@link PrevalenceAccumulator.add} reads a batch of rows (the same columns
 * and options as `prevalence` takes, as long as the batch), chunk by chunk
 * into small typed buffers: WHO's inclusion rules, the survey design, each
 * row's group in every breakdown, and its weight and values added to the
 * running sums of its cells (see `moment-sums.ts` and `psu-sums.ts`). No
 * row is kept: memory grows with the groups, strata and clusters.
 * {@link PrevalenceAccumulator.finish} turns the sums into the groups'
 * totals and variances. `prevalence()` is one `add` of all rows; the
 * command line adds a batch at a time, with the same result. SMART's flags
 * (`options.flags: "smart"`) need the mean of every analysed z-score before
 * any row can be counted: the batches are then kept as given and read twice
 * when the sums are taken.
 * @internal
 */
import { oedemaCode, sexCode } from "../../record/codes.js";
import { checkBoolean, checkChoice, checkColumn, checkInteger, checkObject, checkOptions, hasOwn } from "../../util/checks.js";
import { isSmartFlagged } from "../smart/smart-flags.js";
import type { Analysis, AnalysisIndicator } from "./analyses.js";
import { buildBreakdowns, wealthLevel, type Breakdown, type CellSpec, type GroupingMode, type NestedPart } from "./breakdowns.js";
import { readNumbers } from "./columns.js";
import { COMBINED_BUCKETS, COMBINED_PROPS, CUTOFF_PROPS, Z_BUCKETS } from "./cutoff-buckets.js";
import { DesignState, type DesignRows } from "./design-state.js";
import { GroupLevels } from "./group-levels.js";
import {
  includeCombined, includeIndicator, INVALID_WEIGHT, KEPT, MISSING_DESIGN, newCounts, readAge,
  type Counts, type IncludedIndicator, type RowStatus,
} from "./inclusion.js";
import { INTERVAL_METHODS } from "./intervals.js";
import { layoutOf, MomentSums } from "./moment-sums.js";
import { PsuSums } from "./psu-sums.js";
import type { CategoricalVar, EngineOutput } from "./survey-variance-types.js";
import type { ExclusionSummary, IntervalMethod, PrevalenceIndicator, PrevalenceMethod } from "./types.js";

/** Rows read into the buffers at a time. */
const CHUNK = 8192;
/** A tuple's index and a code in one key of a nested breakdown's maps (exact for fewer than 2^26 values). */
const NESTED_RADIX = 1 << 26;

/** How a computation's estimates are reported: the interval method, the smallest group shown, the design's method. @internal */
export interface EstimateSettings {
  readonly ci: IntervalMethod;
  /** Estimates on fewer children are suppressed (0: none is). */
  readonly minN: number;
  readonly method: PrevalenceMethod;
}

/** The sums of a computation, and what they are sums of. @internal */
export interface Computed {
  readonly method: PrevalenceMethod;
  readonly df: number;
  /** Degrees of freedom of the mean's and the prevalences' t quantiles. */
  readonly dfMean: number;
  readonly dfProp: number;
  readonly rows: number;
  readonly analysed: number;
  /** The indicators whose z-scores were given, in the analysis's order. */
  readonly indicators: readonly AnalysisIndicator[];
  /** Whether the combined indicators were computed (after the indicators' variables). */
  readonly combined: boolean;
  readonly breakdowns: readonly Breakdown[];
  /** The first group (domain) of each breakdown. */
  readonly offsets: readonly number[];
  readonly out: EngineOutput;
  readonly excluded: Partial<Record<PrevalenceIndicator | "HA_WH", ExclusionSummary>>;
  /** How the estimates are reported (interval, smallest group). */
  readonly settings: EstimateSettings;
}

/** How a caller runs the computation. @internal */
export interface ComputeMode extends GroupingMode {
  /** The function named in messages (the analysis's by default). */
  readonly caller?: string;
  /** The options keys allowed (all by default). */
  readonly optionKeys?: readonly string[];
  /** Every indicator's z-scores and flags are required (WHO's tables). */
  readonly requireAll?: boolean;
}

const COLUMN_KEYS = ["sex", "ageDays", "ageMonths", "oedema", "scores"];
const OPTION_KEYS = ["design", "groups", "nested", "standardBreakdowns", "ci", "minN", "flags"];
const DESIGN_KEYS = ["weights", "cluster", "strata"];

/** What every batch must have alike: the indicators, the design's columns, the grouping columns and breakdowns. */
interface Shape {
  readonly indicators: readonly { readonly spec: AnalysisIndicator; readonly flags: boolean }[];
  readonly weights: boolean;
  readonly cluster: boolean;
  readonly strata: boolean;
  readonly groups: readonly string[];
  readonly nested: readonly (readonly string[])[];
  readonly useStandard: boolean;
  readonly ci: IntervalMethod;
  readonly minN: number;
  /** SMART's flags instead of WHO's. */
  readonly smart: boolean;
}

/** One batch's columns, checked. */
interface BatchColumns {
  readonly n: number;
  readonly sex: ArrayLike<unknown>;
  readonly ageDays: ArrayLike<unknown> | null;
  readonly ageMonths: ArrayLike<unknown> | null;
  readonly oedema: ArrayLike<unknown> | null;
  readonly z: readonly ArrayLike<unknown>[];
  readonly f: readonly (ArrayLike<unknown> | null)[];
  readonly weights: ArrayLike<unknown> | null;
  readonly cluster: ArrayLike<unknown> | null;
  readonly strata: ArrayLike<unknown> | null;
  readonly groups: readonly ArrayLike<unknown>[];
}

function sameShape(a: Shape, b: Shape): boolean {
  return JSON.stringify(a.indicators.map((i) => [i.spec.code, i.flags])) === JSON.stringify(b.indicators.map((i) => [i.spec.code, i.flags])) &&
    a.weights === b.weights && a.cluster === b.cluster && a.strata === b.strata &&
    JSON.stringify(a.groups) === JSON.stringify(b.groups) && JSON.stringify(a.nested) === JSON.stringify(b.nested) && a.useStandard === b.useStandard &&
    a.ci === b.ci && a.minN === b.minN && a.smart === b.smart;
}

/** The buffers of one chunk. */
class ChunkBuffers {
  readonly sex = new Uint8Array(CHUNK);
  readonly days = new Float64Array(CHUNK);
  readonly monthsIn = new Float64Array(CHUNK);
  readonly months = new Float64Array(CHUNK);
  readonly reason = new Uint8Array(CHUNK);
  readonly oedema = new Uint8Array(CHUNK);
  readonly weightsIn = new Float64Array(CHUNK);
  readonly design: DesignRows = { weight: new Float64Array(CHUNK), zeroWeight: new Uint8Array(CHUNK), cluster: new Int32Array(CHUNK), strata: new Int32Array(CHUNK) };
  readonly z: Float64Array[];
  readonly f: (Float64Array | null)[];
  readonly included: IncludedIndicator[];
  readonly combined: Int8Array;
  readonly dims: Int32Array[];
  readonly groups: Int32Array[];

  constructor(shape: Shape, combinedZ: (code: PrevalenceIndicator) => boolean, dims: number) {
    this.z = shape.indicators.map(() => new Float64Array(CHUNK));
    this.f = shape.indicators.map((i) => (i.flags || shape.smart ? new Float64Array(CHUNK) : null));
    this.included = shape.indicators.map((i) => ({
      bucket: new Int8Array(CHUNK),
      mean: new Float64Array(CHUNK),
      prevalenceZ: combinedZ(i.spec.code) ? new Float64Array(CHUNK) : null,
    }));
    this.combined = new Int8Array(CHUNK);
    this.dims = Array.from({ length: dims }, () => new Int32Array(CHUNK));
    this.groups = shape.groups.map(() => new Int32Array(CHUNK));
  }
}

/** Sums of a prevalence computation over the batches added so far. @internal */
export class PrevalenceAccumulator {
  readonly caller: string;
  private shape: Shape | undefined;
  private buffers: ChunkBuffers | undefined;
  private rows = 0;
  private analysed = 0;
  private counts: Counts[] = [];
  private combinedCounts: Counts | undefined;
  private design: DesignState | undefined;
  private groupLevels: (GroupLevels | null)[] = [];
  private groupAny: boolean[] = [];
  private standardAny: boolean[] = [];
  private moments: MomentSums | undefined;
  private psus: PsuSums | undefined;
  private hasCombined = false;
  // cells: unit 0 (standard tuple) by radix key, grouping columns by code, nested by tuple
  private radix: number[] = [];
  private standardCells = new Int32Array(0);
  private groupCells: Int32Array[] = [];
  private nestedParts: NestedPart[][] = [];
  /** Per nested breakdown and part: (the tuple of the parts before, this part's code) → the tuple so far. */
  private nestedIndex: Map<number, number>[][] = [];
  /** Per nested breakdown: the cell of each full tuple, and its codes. */
  private nestedCells: Int32Array[] = [];
  private nestedTuples: number[][][] = [];
  private readonly cells: CellSpec[] = [];
  /** SMART's flags: the batches, read when the sums are taken (null: none waiting). */
  private pending: BatchColumns[] | null = null;
  /** SMART's flags: per indicator, the mean of the analysed z-scores WHO does not flag. */
  private smartMeans: Float64Array | null = null;

  constructor(
    private readonly analysis: Analysis,
    private readonly mode: ComputeMode,
  ) {
    this.caller = mode.caller ?? analysis.caller;
  }

  /**
   * Adds a batch of rows: `columns` and `options` as `prevalence` takes them
   * (the same columns, design and grouping columns in every batch).
   * @throws TypeError / RangeError for misuse (see `prevalence`), or a batch whose columns differ from the first
   */
  add(columnsIn: unknown, optionsIn: unknown): void {
    const { shape, cols } = this.read(columnsIn, optionsIn);
    if (this.shape === undefined) this.start(shape);
    else if (!sameShape(this.shape, shape)) throw new TypeError(`${this.caller}: every batch must have the same columns and options`);
    if (shape.smart) {
      (this.pending ??= []).push(copyBatch(cols)); // a copy: a caller may reuse its arrays for the next batch
      return;
    }
    for (let from = 0; from < cols.n; from += CHUNK) this.chunk(cols, from, Math.min(cols.n, from + CHUNK));
  }

  /** Checks a batch's arguments. */
  private read(columnsIn: unknown, optionsIn: unknown): { shape: Shape; cols: BatchColumns } {
    const { caller, analysis, mode } = this;
    const columns = checkObject(columnsIn, COLUMN_KEYS, caller, "columns");
    if (columns.sex === undefined) throw new TypeError(`${caller}: columns.sex is required`);
    const sex = checkColumn(columns.sex, undefined, caller, "columns.sex");
    const n = sex.length;
    const col = (v: unknown, name: string, atLeast = false) => (v === undefined ? null : checkColumn(v, n, caller, name, "columns.sex", atLeast));
    if (columns.scores === undefined) throw new TypeError(`${caller}: columns.scores is required (e.g. the result of scoreColumns)`);
    const scores = checkObject(columns.scores, null, caller, "columns.scores");
    const options = checkOptions(optionsIn, mode.optionKeys ?? OPTION_KEYS, caller);
    const atLeast = typeof scores.length === "number" && scores.length === n;
    const indicators: { spec: AnalysisIndicator; flags: boolean }[] = [];
    const z: ArrayLike<unknown>[] = [];
    const f: (ArrayLike<unknown> | null)[] = [];
    for (const spec of analysis.indicators) {
      const zv = hasOwn(scores, spec.z) ? scores[spec.z] : undefined;
      const fv = hasOwn(scores, spec.f) ? scores[spec.f] : undefined;
      if (zv === undefined) {
        if (mode.requireAll) throw new TypeError(`${caller}: columns.scores.${spec.z} is required for WHO's table`);
        continue;
      }
      if (mode.requireAll && fv === undefined) throw new TypeError(`${caller}: columns.scores.${spec.f} is required for WHO's table`);
      z.push(col(zv, `columns.scores.${spec.z}`, atLeast)!);
      f.push(col(fv, `columns.scores.${spec.f}`, atLeast));
      indicators.push({ spec, flags: fv !== undefined });
    }
    if (indicators.length === 0) {
      throw new TypeError(`${caller}: columns.scores has none of ${analysis.indicators.map((s) => s.z).join(", ")}`);
    }
    const design = checkOptions(options.design, DESIGN_KEYS, caller, "options.design");
    const groups = checkOptions(options.groups, mode.groupNames ?? null, caller, "options.groups");
    const groupNames = mode.groupNames ? mode.groupNames.filter((g) => hasOwn(groups, g) && groups[g] !== undefined) : Object.keys(groups);
    const standardNames = new Set(analysis.standard.map((s) => s.name));
    groupNames.forEach((name, k) => {
      if (name === "all" || standardNames.has(name) || name.includes("+") || groupNames.indexOf(name) !== k) {
        throw new RangeError(`${caller}: options.groups.${name}: the name is reserved or contains "+"`);
      }
    });
    const nested = this.readNested(options.nested, groupNames);
    const useStandard = options.standardBreakdowns === undefined ? true : checkBoolean(options.standardBreakdowns, caller, "options.standardBreakdowns");
    const ci = options.ci === undefined ? "logit" : checkChoice(options.ci, INTERVAL_METHODS, caller, "options.ci");
    const minN = options.minN === undefined ? 0 : checkInteger(options.minN, 0, Number.MAX_SAFE_INTEGER, caller, "options.minN");
    const smart = options.flags === undefined ? false : checkChoice(options.flags, ["who", "smart"] as const, caller, "options.flags") === "smart";
    return {
      shape: { indicators, weights: design.weights !== undefined, cluster: design.cluster !== undefined, strata: design.strata !== undefined, groups: groupNames, nested, useStandard, ci, minN, smart },
      cols: {
        n,
        sex,
        ageDays: col(columns.ageDays, "columns.ageDays"),
        ageMonths: col(columns.ageMonths, "columns.ageMonths"),
        oedema: col(columns.oedema, "columns.oedema"),
        z,
        f,
        weights: col(design.weights, "options.design.weights"),
        cluster: col(design.cluster, "options.design.cluster"),
        strata: col(design.strata, "options.design.strata"),
        groups: groupNames.map((g) => checkColumn(groups[g], n, caller, `options.groups.${g}`, "columns.sex")),
      },
    };
  }

  private readNested(v: unknown, groupNames: readonly string[]): string[][] {
    const { caller, analysis } = this;
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw new TypeError(`${caller}: options.nested must be an array of arrays of names`);
    return (v as unknown[]).map((spec) => {
      if (!Array.isArray(spec) || spec.length < 2 || !spec.every((s) => typeof s === "string")) {
        throw new TypeError(`${caller}: options.nested must hold arrays of two or more names, e.g. [["region", "sex"]]`);
      }
      for (const s of spec as string[]) {
        if (!groupNames.includes(s) && !analysis.nestable.includes(s)) {
          throw new RangeError(`${caller}: options.nested: unknown breakdown "${s}"; expected a group name or ${analysis.nestable.join(", ")}`);
        }
      }
      if (new Set(spec).size !== spec.length) throw new RangeError(`${caller}: options.nested: "${spec.join("+")}" repeats a name`);
      return [...(spec as string[])];
    });
  }

  /** Sets up the sums for the first batch's shape. */
  private start(shape: Shape): void {
    this.shape = shape;
    const { analysis, mode } = this;
    const has = (code: PrevalenceIndicator) => shape.indicators.some((i) => i.spec.code === code);
    this.hasCombined = analysis.combined && has("HA") && has("WH");
    const combinedZ = (code: PrevalenceIndicator) => this.hasCombined && (code === "HA" || code === "WH");
    this.buffers = new ChunkBuffers(shape, combinedZ, analysis.dims.length);
    this.counts = shape.indicators.map(() => newCounts());
    if (this.hasCombined) this.combinedCounts = newCounts();
    this.design = new DesignState(shape);
    this.groupLevels = shape.groups.map((name) => (mode.anthro && name === "wealthq" ? null : new GroupLevels()));
    this.groupAny = shape.groups.map(() => false);
    this.standardAny = analysis.standard.map(() => false);
    const cat: CategoricalVar[] = shape.indicators.map(() => ({ buckets: Z_BUCKETS, props: CUTOFF_PROPS }));
    if (this.hasCombined) cat.push({ buckets: COMBINED_BUCKETS, props: COMBINED_PROPS });
    this.moments = new MomentSums(layoutOf(cat, shape.indicators.length), cat, shape.indicators.length);
    if (shape.cluster) this.psus = new PsuSums(cat, shape.indicators.length);
    // unit 0: the standard dimensions' levels (only "All" when the standard breakdowns are not shown)
    this.radix = shape.useStandard ? analysis.dims.map((d) => d.labels.length + 1) : [];
    this.standardCells = new Int32Array(this.radix.reduce((p, r) => p * r, 1)).fill(-1);
    this.groupCells = shape.groups.map(() => new Int32Array(0));
    this.nestedParts = shape.nested.map((spec) =>
      spec.map((name): NestedPart => {
        const g = shape.groups.indexOf(name);
        return g >= 0 ? { kind: "group", index: g, name } : { kind: "dim", index: analysis.dims.findIndex((d) => d.name === name), name };
      }),
    );
    this.nestedIndex = shape.nested.map((spec) => spec.map(() => new Map<number, number>()));
    this.nestedCells = shape.nested.map(() => new Int32Array(0));
    this.nestedTuples = shape.nested.map(() => []);
  }

  /** Reads rows `from`..`to` of a batch into the buffers: codes, ages and the age rule, the design, z-scores and WHO's flags. */
  private readChunk(cols: BatchColumns, from: number, to: number): void {
    const shape = this.shape!;
    const B = this.buffers!;
    const { analysis } = this;
    const m = to - from;
    // sex, age and the age rule, oedema
    readCodes(cols.sex, from, to, B.sex, sexCode);
    readNumbers(cols.ageDays, from, to, B.days);
    readNumbers(cols.ageMonths, from, to, B.monthsIn);
    for (let j = 0; j < m; j++) B.months[j] = readAge(analysis.ageRule, B.days[j]!, B.monthsIn[j]!, B.reason, j);
    readOedema(cols.oedema, from, to, B.oedema);
    // the design
    if (cols.weights !== null) readNumbers(cols.weights, from, to, B.weightsIn);
    this.design!.read({ weights: cols.weights === null ? null : B.weightsIn, cluster: cols.cluster, strata: cols.strata }, from, to, B.reason, B.design);
    shape.indicators.forEach((ind, k) => {
      readNumbers(cols.z[k]!, from, to, B.z[k]!);
      const f = B.f[k]!;
      if (f === null) return;
      if (ind.flags) readNumbers(cols.f[k]!, from, to, f);
      else f.fill(0, 0, m);
    });
  }

  /**
   * SMART's flags: per indicator, the mean of the z-scores WHO does not flag
   * among the analysed rows (right age, with a design; oedema left out
   * where it counts for the indicator), in row order.
   */
  private smartMeansOf(batches: readonly BatchColumns[]): Float64Array {
    const shape = this.shape!;
    const B = this.buffers!;
    const nInd = shape.indicators.length;
    const sum = new Float64Array(nInd);
    const count = new Float64Array(nInd);
    for (const cols of batches) {
      for (let from = 0; from < cols.n; from += CHUNK) {
        const to = Math.min(cols.n, from + CHUNK);
        this.readChunk(cols, from, to);
        shape.indicators.forEach(({ spec }, k) => {
          const z = B.z[k]!;
          const f = B.f[k]!;
          let s = sum[k]!;
          let c = count[k]!;
          for (let j = 0; j < to - from; j++) {
            const x = z[j]!;
            if (B.reason[j] !== KEPT || (spec.oedema && B.oedema[j] === 1) || (spec.maxMonths !== undefined && !(B.months[j]! <= spec.maxMonths))) continue;
            if (!Number.isFinite(x) || f[j] === 1) continue;
            s += x;
            c++;
          }
          sum[k] = s;
          count[k] = c;
        });
      }
    }
    return sum.map((s, k) => (count[k]! > 0 ? s / count[k]! : Number.NaN));
  }

  /** Reads rows `from`..`to` of a batch and adds them to the sums. */
  private chunk(cols: BatchColumns, from: number, to: number): void {
    const shape = this.shape!;
    const B = this.buffers!;
    const { analysis } = this;
    const m = to - from;
    this.rows += m;
    this.readChunk(cols, from, to);
    // the indicators (SMART's flags, when asked for, replace WHO's: the z-scores more than 3 from the mean are flagged too)
    const status: RowStatus = { reason: B.reason, months: B.months, oedema: B.oedema, zeroWeight: B.design.zeroWeight };
    shape.indicators.forEach((ind, k) => {
      const z = B.z[k]!;
      const f = B.f[k]!;
      if (this.smartMeans !== null) {
        const mean = this.smartMeans[k]!;
        for (let j = 0; j < m; j++) f![j] = isSmartFlagged(z[j]!, f![j]!, mean) ? 1 : 0;
      }
      includeIndicator(ind.spec, z, f, m, status, B.included[k]!, this.counts[k]!);
    });
    if (this.hasCombined) {
      const ha = shape.indicators.findIndex((i) => i.spec.code === "HA");
      const wh = shape.indicators.findIndex((i) => i.spec.code === "WH");
      includeCombined(B.included[ha]!.prevalenceZ!, B.f[ha]!, B.included[wh]!.prevalenceZ!, B.f[wh]!, m, status, B.combined, this.combinedCounts!);
    }
    // each row's level in the standard dimensions and code in the grouping columns
    for (let d = 0; d < analysis.dims.length; d++) {
      const dim = analysis.dims[d]!;
      const out = B.dims[d]!;
      for (let j = 0; j < m; j++) out[j] = dim.level(B.months[j]!, B.sex[j]!);
    }
    shape.groups.forEach((_, g) => {
      const levels = this.groupLevels[g]!;
      const values = cols.groups[g]!;
      const out = B.groups[g]!;
      if (levels === null) for (let i = from, j = 0; i < to; i++, j++) out[j] = wealthLevel(values[i]);
      else for (let i = from, j = 0; i < to; i++, j++) out[j] = levels.interner.code(values[i]);
    });
    if (this.mode.anthro) this.noteAgeRows(m);
    this.addRows(m);
  }

  /** Which breakdowns have a value among the rows within the age range (WHO anthro's table leaves out the others). */
  private noteAgeRows(m: number): void {
    const B = this.buffers!;
    const { analysis } = this;
    for (let j = 0; j < m; j++) {
      const r = B.reason[j]!;
      if (r !== KEPT && r !== MISSING_DESIGN && r !== INVALID_WEIGHT) continue;
      analysis.standard.forEach((s, k) => {
        if (!this.standardAny[k] && s.dims.every((d) => B.dims[d]![j]! >= 0)) this.standardAny[k] = true;
      });
      this.groupLevels.forEach((levels, g) => {
        if (levels === null && B.groups[g]![j]! >= 0) this.groupAny[g] = true; // wealth quintiles (the others: values among the analysed rows)
      });
    }
  }

  /** Adds the analysed rows of the chunk to the sums. */
  private addRows(m: number): void {
    const shape = this.shape!;
    const B = this.buffers!;
    const design = this.design!;
    const moments = this.moments!;
    const psus = this.psus;
    const nInd = shape.indicators.length;
    const nCat = nInd + (this.hasCombined ? 1 : 0);
    const buckets = new Int32Array(nCat);
    const xs = new Float64Array(nInd);
    const psuOut = new Int32Array(1);
    const rowCells: number[] = [];
    for (let j = 0; j < m; j++) {
      if (B.reason[j] !== KEPT) continue;
      this.analysed++;
      const w = B.design.weight[j]!;
      const h = design.addAnalysed(w, B.design.cluster[j]!, B.design.strata[j]!, psuOut);
      let any = false;
      for (let v = 0; v < nInd; v++) {
        const k = B.included[v]!.bucket[j]!;
        buckets[v] = k;
        if (k >= 0) any = true;
        const x = B.included[v]!.mean[j]!;
        xs[v] = x;
        if (x === x) any = true;
      }
      if (this.hasCombined) {
        const k = B.combined[j]!;
        buckets[nInd] = k;
        if (k >= 0) any = true;
      }
      this.cellsOf(j, rowCells);
      for (const cell of rowCells) {
        moments.add(h, cell, w, buckets, xs, any);
        if (psus !== undefined && w !== 0 && any) psus.add(psuOut[0]!, cell, w, buckets, xs);
      }
    }
  }

  /** The cells of analysed row `j` of the chunk, one per unit it has a value in. */
  private cellsOf(j: number, out: number[]): void {
    const shape = this.shape!;
    const B = this.buffers!;
    out.length = 0;
    // unit 0
    let key = 0;
    let mul = 1;
    for (let d = 0; d < this.radix.length; d++) {
      key += (B.dims[d]![j]! + 1) * mul;
      mul *= this.radix[d]!;
    }
    let c = this.standardCells[key]!;
    if (c < 0) c = this.standardCells[key] = this.newCell(0, key);
    out.push(c);
    // the grouping columns
    for (let g = 0; g < shape.groups.length; g++) {
      const code = B.groups[g]![j]!;
      this.groupLevels[g]?.seen(code);
      if (code < 0) continue;
      if (this.groupLevels[g] === null) this.groupAny[g] = true;
      let cells = this.groupCells[g]!;
      if (code >= cells.length) {
        const grown = new Int32Array(Math.max(code + 1, cells.length * 2, 16)).fill(-1);
        grown.set(cells);
        cells = this.groupCells[g] = grown;
      }
      let gc = cells[code]!;
      if (gc < 0) gc = cells[code] = this.newCell(1 + g, code);
      out.push(gc);
    }
    // the nested breakdowns: a chain of maps from (the tuple so far, the next part's code) to the longer tuple
    for (let k = 0; k < this.nestedParts.length; k++) {
      const parts = this.nestedParts[k]!;
      let tuple = -1;
      for (let p = 0; p < parts.length; p++) {
        const part = parts[p]!;
        const code = part.kind === "dim" ? B.dims[part.index]![j]! : B.groups[part.index]![j]!;
        if (code < 0) {
          tuple = -1;
          break;
        }
        const index = this.nestedIndex[k]![p]!;
        const pairKey = (tuple + 1) * NESTED_RADIX + code;
        let next = index.get(pairKey);
        if (next === undefined) {
          next = index.size;
          index.set(pairKey, next);
        }
        tuple = next;
      }
      if (tuple < 0) continue;
      let cells = this.nestedCells[k]!;
      if (tuple >= cells.length) {
        const grown = new Int32Array(Math.max(tuple + 1, cells.length * 2, 16)).fill(-1);
        grown.set(cells);
        cells = this.nestedCells[k] = grown;
      }
      let nc = cells[tuple]!;
      if (nc < 0) {
        const tuples = this.nestedTuples[k]!;
        tuples.push(this.tupleOf(k, j));
        nc = cells[tuple] = this.newCell(1 + shape.groups.length + k, tuples.length - 1);
      }
      out.push(nc);
    }
  }

  /** The codes of nested breakdown `k`'s parts in row `j`. */
  private tupleOf(k: number, j: number): number[] {
    const B = this.buffers!;
    return this.nestedParts[k]!.map((part) => (part.kind === "dim" ? B.dims[part.index]![j]! : B.groups[part.index]![j]!));
  }

  private newCell(unit: number, key: number): number {
    this.cells.push({ unit, key });
    return this.cells.length - 1;
  }

  /** The groups' totals and variances of every row added. */
  finish(): Computed {
    if (this.shape === undefined) throw new TypeError(`${this.caller}: no rows were added`);
    const shape = this.shape;
    if (this.pending !== null) {
      const batches = this.pending;
      this.pending = null;
      this.smartMeans = this.smartMeansOf(batches);
      for (const cols of batches) for (let from = 0; from < cols.n; from += CHUNK) this.chunk(cols, from, Math.min(cols.n, from + CHUNK));
    }
    const { analysis, mode } = this;
    const design = this.design!.summary();
    const appearance = mode.anthro && design.method !== "survey";
    const built = buildBreakdowns({
      analysis,
      mode,
      useStandard: shape.useStandard,
      standardAny: this.standardAny,
      groups: shape.groups.map((name, g) => {
        const levels = this.groupLevels[g]!;
        return levels === null
          ? { name, levels: null, any: this.groupAny[g]! }
          : { name, levels: levels.levels(appearance), any: levels.any };
      }),
      nested: shape.nested.map((_, k) => ({ parts: this.nestedParts[k]!, tuples: this.nestedTuples[k]! })),
      radix: this.radix,
      cells: this.cells,
    });
    const moments = this.moments!;
    const out = moments.totals(built.map, built.domains);
    moments.centred(built.map, built.domains, design.nStrata, out, design.clustered ? null : design.psusInStratum);
    if (design.clustered) {
      const state = this.design!;
      this.psus!.variances(built.map, built.domains, moments.layout, out, state.psus, (p) => state.stratumOfPsu(p), design.psusInStratum);
    }
    const N = this.analysed;
    const excluded: Partial<Record<PrevalenceIndicator | "HA_WH", ExclusionSummary>> = {};
    shape.indicators.forEach((ind, k) => (excluded[ind.spec.code] = this.counts[k]!));
    if (this.hasCombined) excluded.HA_WH = this.combinedCounts!;
    return {
      method: design.method,
      df: design.df,
      dfMean: design.method === "survey" ? design.df : N - 1,
      dfProp: design.method === "simple" ? N - 1 : design.df,
      rows: this.rows,
      analysed: N,
      indicators: shape.indicators.map((i) => i.spec),
      combined: this.hasCombined,
      breakdowns: built.breakdowns,
      offsets: built.offsets,
      out,
      excluded,
      settings: { ci: shape.ci, minN: shape.minN, method: design.method },
    };
  }
}

/** A copy of a batch's rows (typed arrays stay typed). */
function copyBatch(cols: BatchColumns): BatchColumns {
  const n = cols.n;
  const copy = (c: ArrayLike<unknown>): ArrayLike<unknown> =>
    ArrayBuffer.isView(c) ? (c as unknown as Float64Array).slice(0, n) : Array.prototype.slice.call(c, 0, n);
  const maybe = (c: ArrayLike<unknown> | null) => (c === null ? null : copy(c));
  return {
    n,
    sex: copy(cols.sex),
    ageDays: maybe(cols.ageDays),
    ageMonths: maybe(cols.ageMonths),
    oedema: maybe(cols.oedema),
    z: cols.z.map(copy),
    f: cols.f.map(maybe),
    weights: maybe(cols.weights),
    cluster: maybe(cols.cluster),
    strata: maybe(cols.strata),
    groups: cols.groups.map(copy),
  };
}

/** Codes of a column's rows `from`..`to` into `out` (a Uint8Array is taken as codes). */
function readCodes(col: ArrayLike<unknown>, from: number, to: number, out: Uint8Array, code: (v: unknown) => number): void {
  if (col instanceof Uint8Array) out.set(col.subarray(from, to));
  else for (let i = from, j = 0; i < to; i++, j++) out[j] = code(col[i]);
}

/** Oedema of rows `from`..`to` as 1 yes, 0 no (missing and invalid count as no, as WHO anthro does). */
function readOedema(col: ArrayLike<unknown> | null, from: number, to: number, out: Uint8Array): void {
  if (col === null) out.fill(0, 0, to - from);
  else if (col instanceof Uint8Array) for (let i = from, j = 0; i < to; i++, j++) out[j] = col[i] === 1 ? 1 : 0;
  else for (let i = from, j = 0; i < to; i++, j++) out[j] = oedemaCode(col[i]) === 1 ? 1 : 0;
}
