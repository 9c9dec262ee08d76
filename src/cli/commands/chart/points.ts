/**
 * The children's measurements `tumbuh chart` plots, collected as the file
 * streams past: for each row the chart's x (age, or length/height for
 * weight-for-length/height) and value, computed as the z-scores use them —
 * length/height after WHO's lying/standing conversion (`clenhei`, which
 * `scoreColumns` computes with `adjustLenheiCm`), BMI as WHO computes it
 * (`cbmi`) — with the row's sex and child id, or the reason the row cannot
 * be plotted.
 */
import { noteCodes } from "../../columns/row-notes.js";
import { sexCode, type ChartIndicator, type GrowthChartPoint, type ScoreColumnsInput } from "../../../index.js";
import { isIntergrowthChart } from "../../../chart/intergrowth-chart.js";
import { birthGaDays } from "../../../intergrowth/ga-days.js";
import { chronologicalAgeDays } from "../../../score/intergrowth-scores.js";
import type { Batch } from "../../columns/batch.js";
import { BatchScorer } from "../../columns/batch-scorer.js";
import { ownString } from "../../../util/own-string.js";

/** One data row, as the chart may plot it. */
export interface ChartRow {
  /** 1-based data row number (the header is not counted). */
  readonly row: number;
  /** The child id (`--id`), or "" without it. */
  readonly id: string;
  /** 1, 2, or 0 when the row has no usable sex. */
  readonly sex: number;
  readonly point: GrowthChartPoint;
  /** Why the row cannot be plotted before the chart sees it (oedema), else undefined. */
  readonly skip: string | undefined;
  /** The row's reason codes (as `score` gives them), to explain a point left out. */
  readonly codes: readonly string[];
  /** The gestational age at birth in days (NaN when the row has none). */
  readonly gaDays: number;
}

type Value = "weight" | "clenhei" | "lenhei" | "cbmi" | "headCm" | "muacCm" | "tricepsMm" | "subscapularMm";

/** What each indicator plots on the y axis (a birth length as measured; after birth the length as the z-scores use it). */
const VALUE_OF: Readonly<Record<ChartIndicator, Value>> = {
  wei: "weight", wfa: "weight", wfl: "weight", wfh: "weight",
  len: "clenhei", hfa: "lenhei",
  bmi: "cbmi", bfa: "cbmi",
  hc: "headCm", ac: "muacCm", ts: "tricepsMm", ss: "subscapularMm",
  "newborn-wei": "weight", "newborn-len": "lenhei", "newborn-hc": "headCm",
  "preterm-wei": "weight", "preterm-len": "clenhei", "preterm-hc": "headCm",
};

/** The reason codes that explain a missing value of each kind, by prefix. */
const CODE_PREFIXES: Readonly<Record<Value, readonly string[]>> = {
  weight: ["weight-"],
  clenhei: ["lenhei-", "measure-invalid"],
  lenhei: ["lenhei-"],
  cbmi: ["weight-", "lenhei-", "measure-invalid", "value-overflow"],
  headCm: ["headc-"],
  muacCm: ["muac-"],
  tricepsMm: ["triskin-"],
  subscapularMm: ["subskin-"],
};

const WEIGHT_BASED = new Set<ChartIndicator>(["wei", "wfa", "wfl", "wfh", "bmi", "bfa", "newborn-wei", "preterm-wei"]);
const OEDEMA_CODES = ["oedema", "oedema-invalid"];

/** Collects the rows of a file for a chart of `indicator`. */
export class ChartRowCollector {
  readonly rows: ChartRow[] = [];
  private readonly value: Value;
  private readonly scorer = new BatchScorer("who");

  /**
   * @param idSlot - the batch's named column holding the child id, if any
   * @param only - the children to keep (`--only`): the other rows are not kept at all
   */
  constructor(
    private readonly indicator: ChartIndicator,
    private readonly idSlot: number | undefined,
    private readonly only?: ReadonlySet<string>,
  ) {
    this.value = VALUE_OF[indicator];
  }

  add(batch: Batch): void {
    const cols = batch.columns() as ScoreColumnsInput & Record<string, ArrayLike<number> | undefined>;
    const scored = this.scorer.score(batch);
    const ids = this.idSlot === undefined ? undefined : (batch.named(this.idSlot) as readonly string[]);
    const sexes = batch.text("sex");
    const byLength = this.indicator === "wfl" || this.indicator === "wfh";
    const values: ArrayLike<number> | undefined = {
      weight: cols.weightKg as ArrayLike<number> | undefined,
      clenhei: scored.clenhei,
      lenhei: cols.lenheiCm as ArrayLike<number> | undefined,
      cbmi: scored.cbmi,
      headCm: cols.headCm as ArrayLike<number> | undefined,
      muacCm: cols.muacCm as ArrayLike<number> | undefined,
      tricepsMm: cols.tricepsMm as ArrayLike<number> | undefined,
      subscapularMm: cols.subscapularMm as ArrayLike<number> | undefined,
    }[this.value];
    const ageDays = cols.ageDays as ArrayLike<number> | undefined;
    const ageMonths = cols.ageMonths as ArrayLike<number> | undefined;
    const gaDays = cols.gaDays as ArrayLike<number> | undefined;
    const gaWeeks = cols.gaWeeks as ArrayLike<number> | undefined;
    const at = (c: ArrayLike<number> | undefined, i: number) => (c === undefined ? Number.NaN : c[i]!);
    const first = batch.firstRow;
    const dateCodes = batch.ageReasons();
    for (let i = 0; i < batch.n; i++) {
      if (this.only !== undefined && !this.only.has(ids === undefined ? "" : ids[i]!)) continue;
      const all = noteCodes(scored.reasons[i]!, false, dateCodes === undefined ? 0 : dateCodes[i]!);
      const oedema = WEIGHT_BASED.has(this.indicator) ? all.filter((c) => OEDEMA_CODES.includes(c)) : [];
      const value = values === undefined ? Number.NaN : values[i]!;
      const ga = birthGaDays(at(gaDays, i), at(gaWeeks, i));
      let point: GrowthChartPoint;
      if (this.indicator.startsWith("newborn")) point = { gaDays: ga, value };
      else if (isIntergrowthChart(this.indicator)) point = { pmaDays: ga + chronologicalAgeDays(at(ageDays, i), at(ageMonths, i)), value };
      else if (byLength) point = { lenheiCm: scored.clenhei[i]!, value };
      else if (ageDays !== undefined && !Number.isNaN(ageDays[i]!)) point = { ageDays: ageDays[i]!, value };
      else point = { ageMonths: ageMonths === undefined ? Number.NaN : ageMonths[i]!, value };
      const code = sexes === undefined ? 0 : sexCode(sexes[i]);
      const sex = code === 1 || code === 2 ? code : 0;
      this.rows.push({
        row: first + i + 1,
        id: ids === undefined ? "" : ownString(ids[i]!),
        sex,
        point,
        skip: oedema.length > 0 ? `${oedema.join(", ")}: WHO does not use the weight of a child with oedema` : undefined,
        codes: all,
        gaDays: ga,
      });
    }
  }
}

/** The reason codes that explain a missing x: age (and gestational age), or length/height for wfl/wfh. */
const X_PREFIXES = { age: ["age-", "date-", "visit-before-birth", "ga-"], length: ["lenhei-", "measure-invalid"] } as const;

/**
 * Why a row's point is not on the chart, in words, from the chart's reason
 * (`GrowthChartSkipReason`) and the row's reason codes.
 */
export function describeSkip(indicator: ChartIndicator, reason: string, codes: readonly string[], range: readonly [number, number], x: number): string {
  const byLength = indicator === "wfl" || indicator === "wfh";
  const unit = byLength ? "cm" : isIntergrowthChart(indicator) ? "weeks" : "months";
  if (isIntergrowthChart(indicator) && reason === "invalid-x") {
    return `no usable ${indicator.startsWith("newborn") ? "gestational age" : "gestational age and age"}${codes.includes("ga-invalid") ? " (ga-invalid)" : ""}`;
  }
  const with_ = (prefixes: readonly string[]) => {
    const found = codes.filter((c) => prefixes.some((p) => c.startsWith(p)));
    return found.length > 0 ? ` (${found.join(", ")})` : "";
  };
  switch (reason) {
    case "invalid-x":
      return byLength ? `no usable length/height${with_(X_PREFIXES.length)}` : `no usable age${with_(X_PREFIXES.age)}`;
    case "invalid-value":
      return `no usable ${VALUE_WORDS[VALUE_OF[indicator]]}${with_(CODE_PREFIXES[VALUE_OF[indicator]])}`;
    case "outside-range":
      return `${byLength ? "length/height" : isIntergrowthChart(indicator) ? "the age" : "age"} ${round1(x)} ${unit} is outside the chart's ${range[0]}–${range[1]} ${unit} (--from/--to set the range)`;
    case "implausible":
      return isIntergrowthChart(indicator)
        ? "its z-score is beyond ±6 (a unit error? weights are in kg)"
        : "its z-score is beyond WHO's plausible limits for this indicator (a flagged value: check the measurement)";
    case "before-term":
      return "born preterm and not yet at the term date (corrected age below 0): plot it on a preterm-* chart";
    default:
      return reason;
  }
}

const VALUE_WORDS: Readonly<Record<Value, string>> = {
  weight: "weight", clenhei: "length/height", lenhei: "height", cbmi: "BMI (weight and length/height)",
  headCm: "head circumference", muacCm: "arm circumference", tricepsMm: "triceps skinfold", subscapularMm: "subscapular skinfold",
};

function round1(x: number): string {
  return String(Math.round(x * 10) / 10);
}
