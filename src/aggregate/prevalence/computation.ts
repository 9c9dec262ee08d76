/**
 * The pipeline shared by the 0–5 and 5–19 prevalence functions and by the
 * WHO-compatible tables: read and check the input, apply WHO's inclusion
 * rules, read the survey design, build the breakdowns and run the survey
 * variance. Its result holds the sums; `estimates.ts` turns them into
 * estimates.
 * @internal
 */
import { checkChoice, checkColumn, checkInteger, checkObject, checkOptions } from "../../util/checks.js";
import { buildUnits } from "./accumulation-units.js";
import type { Analysis, AnalysisIndicator } from "./analyses.js";
import { type Breakdown, type GroupingMode } from "./breakdowns.js";
import { readBreakdowns } from "./read-breakdowns.js";
import { numbers, oedemas, sexes } from "./columns.js";
import { COMBINED_BUCKETS, COMBINED_PROPS, CUTOFF_PROPS, Z_BUCKETS } from "./cutoff-buckets.js";
import {
  includeCombined, includeIndicator, INVALID_WEIGHT, KEPT, MISSING_DESIGN, readAges, rowsWith,
  type IncludedIndicator, type RowStatus,
} from "./inclusion.js";
import { INTERVAL_METHODS } from "./intervals.js";
import { smartFlagColumn } from "./smart-exclusion.js";
import { readDesign } from "./survey-design.js";
import { runEngine, type CategoricalVar, type EngineOutput } from "./survey-variance.js";
import type { ExclusionSummary, IntervalMethod, PrevalenceIndicator, PrevalenceMethod } from "./types.js";

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

/**
 * Runs the whole computation.
 * @internal
 */
export function compute(columnsIn: unknown, optionsIn: unknown, analysis: Analysis, mode: ComputeMode): Computed {
  const caller = mode.caller ?? analysis.caller;
  const columns = checkObject(columnsIn, COLUMN_KEYS, caller, "columns");
  if (columns.sex === undefined) throw new TypeError(`${caller}: columns.sex is required`);
  const n = checkColumn(columns.sex, undefined, caller, "columns.sex").length;
  const sex = sexes(columns.sex, n, caller);
  const oedema = oedemas(columns.oedema, n, caller);
  if (columns.scores === undefined) throw new TypeError(`${caller}: columns.scores is required (e.g. the result of scoreColumns)`);
  const scores = checkObject(columns.scores, null, caller, "columns.scores");
  const options = checkOptions(optionsIn, mode.optionKeys ?? OPTION_KEYS, caller);
  const ci = options.ci === undefined ? "logit" : checkChoice(options.ci, INTERVAL_METHODS, caller, "options.ci");
  const minN = options.minN === undefined ? 0 : checkInteger(options.minN, 0, Number.MAX_SAFE_INTEGER, caller, "options.minN");
  const smart = options.flags === undefined ? false : checkChoice(options.flags, ["who", "smart"] as const, caller, "options.flags") === "smart";

  const reason = new Uint8Array(n);
  const months = readAges(columns, n, caller, analysis.ageRule, reason);

  // z-scores and flags
  const atLeast = typeof scores.length === "number" && scores.length === n;
  const present: { spec: AnalysisIndicator; z: ArrayLike<number>; f: ArrayLike<number> | null }[] = [];
  for (const spec of analysis.indicators) {
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
    throw new TypeError(`${caller}: columns.scores has none of ${analysis.indicators.map((s) => s.z).join(", ")}`);
  }

  const buildDesign = readDesign(options.design, n, caller, reason);
  // rows that pass the age rule (WHO anthro decides which breakdowns to show on these), and the analysed rows
  const ageRows = rowsWith(reason, KEPT, MISSING_DESIGN, INVALID_WEIGHT);
  const rows = rowsWith(reason, KEPT);
  const design = buildDesign(rows);
  const N = rows.length;
  const dfMean = design.method === "survey" ? design.df : N - 1;
  const dfProp = design.method === "simple" ? N - 1 : design.df;

  // per indicator: bucket of the prevalence value, mean value
  const status: RowStatus = { reason, months, oedema, zeroWeight: design.zeroWeight };
  const cat: CategoricalVar[] = [];
  const cont: Float64Array[] = [];
  const excluded: Partial<Record<PrevalenceIndicator | "HA_WH", ExclusionSummary>> = {};
  const included = new Map<PrevalenceIndicator, IncludedIndicator & { flags: ArrayLike<number> | null }>();
  for (const p of present) {
    const { spec, z } = p;
    const f = smart ? smartFlagColumn(spec, z, p.f, status) : p.f;
    const inc = includeIndicator(spec, z, f, status, analysis.combined && (spec.code === "HA" || spec.code === "WH"));
    cat.push({ bucket: inc.bucket, buckets: Z_BUCKETS, props: CUTOFF_PROPS });
    cont.push(inc.mean);
    included.set(spec.code, { ...inc, flags: f });
    excluded[spec.code] = inc.excluded;
  }
  const ha = included.get("HA");
  const wh = included.get("WH");
  const hasCombined = analysis.combined && ha !== undefined && wh !== undefined;
  if (hasCombined) {
    const combined = includeCombined(ha, ha.flags, wh, wh.flags, status);
    cat.push({ bucket: combined.bucket, buckets: COMBINED_BUCKETS, props: COMBINED_PROPS });
    excluded.HA_WH = combined.excluded;
  }

  const breakdowns = readBreakdowns(options, analysis, mode, { n, months, sex, rows, ageRows, method: design.method }, caller);
  const offsets: number[] = [];
  let D = 0;
  for (const b of breakdowns) {
    offsets.push(D);
    D += b.labels.length;
  }

  const out = runEngine({ ...design, rows, ...buildUnits(breakdowns, offsets, rows), domains: D, cat, cont });
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
    settings: { ci, minN, method: design.method },
  };
}
