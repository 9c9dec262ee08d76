/**
 * The newborn indicators of `tumbuh prevalence` and `tumbuh report`: the
 * percentage of children born preterm (before 37+0 weeks), with a low birth
 * weight (under 2,500 g) and small for gestational age (below the 10th
 * centile of the INTERGROWTH-21st standard), from the birth columns of a
 * register (`ga_days`/`ga_weeks`, `birth_weight`), as `newbornSize` gives
 * them. Each row is one child; a child counts for an indicator when its
 * columns tell yes or no; the counts are kept per area as the rows stream
 * past ({@link BirthCounts}). Percentages with a 95 % logit confidence interval
 * for a simple random sample, as the prevalence of a file without a survey
 * design is computed (se = √(p(1 − p)/(n − 1)), t on n − 1 degrees of
 * freedom).
 */
import { newbornSize } from "../../index.js";
import { proportion } from "../../aggregate/prevalence/estimates.js";
import type { MeasureRows } from "./measure-rows.js";
import { hasGestationalAge } from "./targets.js";

/** The newborn indicators, in the order they are written. */
export const BIRTH_INDICATORS = ["preterm", "LBW", "SGA"] as const;
export type BirthIndicator = (typeof BIRTH_INDICATORS)[number];

const UNKNOWN = 255;

/** A percentage of children with its 95 % CI; `n` children counted, `k` of them with the outcome. */
export interface BirthEstimate {
  readonly n: number;
  readonly k: number;
  readonly r: number;
  readonly se: number;
  readonly ll: number;
  readonly ul: number;
}

/** An area's three estimates. */
export type BirthEstimates = Readonly<Record<BirthIndicator, BirthEstimate>>;

/** Counts of one area: per indicator, children counted and children with the outcome. */
type Tally = Float64Array;

function newTally(): Tally {
  return new Float64Array(2 * BIRTH_INDICATORS.length);
}

/**
 * Counts, while the rows stream past, each indicator's children and outcomes
 * for all rows, each sex and each value of each grouping column: memory
 * grows with the groups, not the rows. Active when the file has a
 * gestational age or a birth weight column.
 */
export class BirthCounts {
  private readonly all = newTally();
  private readonly sexes = [newTally(), newTally()];
  private readonly byGroup: Map<string, Tally>[] = [];

  constructor(readonly active: boolean) {}

  /** Whether the file read by `map` has a birth column. */
  static of(map: { readonly index: ReadonlyMap<string, number> }): BirthCounts {
    return new BirthCounts(hasGestationalAge(map) || map.index.has("birth_weight"));
  }

  /** Adds `rows`, with the grouping columns' values `groups` (trimmed text, one column per grouping). */
  add(rows: MeasureRows, groups: readonly (readonly string[])[]): void {
    if (!this.active) return;
    while (this.byGroup.length < groups.length) this.byGroup.push(new Map());
    const at = (c: Float64Array | undefined, i: number) => (c === undefined ? Number.NaN : c[i]!);
    const codes = [0, 0, 0];
    for (let i = 0; i < rows.n; i++) {
      const b = newbornSize({ sex: rows.sex[i], gaDays: at(rows.gaDays, i), gaWeeks: at(rows.gaWeeks, i), weightKg: at(rows.birthWeightKg, i) });
      codes[0] = b.preterm === null ? UNKNOWN : b.preterm ? 1 : 0;
      codes[1] = b.lowBirthWeight === null ? UNKNOWN : b.lowBirthWeight === "not-LBW" ? 0 : 1;
      codes[2] = b.sizeForGa === null ? UNKNOWN : b.sizeForGa === "SGA" ? 1 : 0;
      count(this.all, codes);
      const sx = rows.sex[i]!;
      if (sx === 1 || sx === 2) count(this.sexes[sx - 1]!, codes);
      groups.forEach((values, g) => {
        const v = values[i]!;
        const map = this.byGroup[g]!;
        let t = map.get(v);
        if (t === undefined) map.set(Buffer.from(v, "utf8").toString("utf8"), (t = newTally()));
        count(t, codes);
      });
    }
  }

  /** The estimates of all rows. */
  estimates(): BirthEstimates {
    return estimatesOf(this.all);
  }

  /** The estimates of one sex (1 male, 2 female). */
  sexEstimates(sex: 1 | 2): BirthEstimates {
    return estimatesOf(this.sexes[sex - 1]!);
  }

  /** The estimates of the rows whose grouping column `g` has `value` (none: no child counted). */
  valueEstimates(g: number, value: string): BirthEstimates {
    return estimatesOf(this.byGroup[g]?.get(value) ?? newTally());
  }

  /** The values of grouping column `g` in order of appearance, with their estimates (a blank value too). */
  groupEstimates(g: number): [string, BirthEstimates][] {
    return [...(this.byGroup[g] ?? new Map<string, Tally>())].map(([v, t]) => [v, estimatesOf(t)]);
  }
}

function count(t: Tally, codes: readonly number[]): void {
  codes.forEach((c, k) => {
    if (c === UNKNOWN) return;
    t[2 * k]!++;
    t[2 * k + 1]! += c;
  });
}

function estimatesOf(t: Tally): BirthEstimates {
  const out = {} as Record<BirthIndicator, BirthEstimate>;
  BIRTH_INDICATORS.forEach((name, k) => (out[name] = birthEstimate(t[2 * k]!, t[2 * k + 1]!)));
  return out;
}

/** `k` of `n` children, as a percentage with its 95 % logit CI for a simple random sample. */
export function birthEstimate(n: number, k: number): BirthEstimate {
  const p = k / n;
  const e = proportion({ ci: "logit", minN: 0, method: "simple" }, k, n, n - k, (p * (1 - p)) / (n - 1), n - 1, n);
  return { n, k, r: e.r, se: e.se, ll: e.ll, ul: e.ul };
}
