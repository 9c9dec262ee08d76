/**
 * The newborn indicators of `tumbuh prevalence` and `tumbuh report`: the
 * percentage of children born preterm (before 37+0 weeks), with a low birth
 * weight (under 2,500 g) and small for gestational age (below the 10th
 * centile of the INTERGROWTH-21st standard), from the birth columns of a
 * register (`ga_days`/`ga_weeks`, `birth_weight`), as `newbornSize` gives
 * them. Each row is one child; a child counts for an indicator when its
 * columns tell yes or no. Percentages with a 95 % logit confidence interval
 * for a simple random sample, as the prevalence of a file without a survey
 * design is computed (se = √(p(1 − p)/(n − 1)), t on n − 1 degrees of
 * freedom).
 */
import { newbornSize } from "../../index.js";
import { proportion } from "../../aggregate/prevalence/estimates.js";
import type { Batch } from "./batch.js";
import { codeColumn, floatColumn, type Growable } from "./growable.js";
import type { BatchSink, HeaderInfo } from "./read-batches.js";
import { hasGestationalAge } from "./targets.js";
import { birthGaDays } from "../../intergrowth/ga-days.js";

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

/**
 * Keeps, while the file streams past, each row's three outcomes (1 yes, 0
 * no, 255 unknown) and its gestational age in days (for corrected age):
 * four bytes and a double a row, only when the file has a birth column.
 */
export class BirthOutcomes implements BatchSink {
  /** The file has a gestational age or a birth weight column. */
  active = false;
  private ga = false;
  private readonly outcomes: Growable<Uint8Array>[] = BIRTH_INDICATORS.map(() => codeColumn());
  private readonly gaDays = floatColumn();

  header(h: HeaderInfo): void {
    this.ga = hasGestationalAge(h.map);
    this.active = this.ga || h.map.index.has("birth_weight");
  }

  batch(batch: Batch): void {
    if (!this.active) return;
    const n = batch.n;
    const sex = batch.text("sex")!;
    const [gaDays, gaWeeks, weight] = ["ga_days", "ga_weeks", "birth_weight"].map((t) => batch.number(t));
    const at = (c: Float64Array | undefined, i: number) => (c === undefined ? NaN : c[i]!);
    const codes = BIRTH_INDICATORS.map(() => new Uint8Array(n));
    for (let i = 0; i < n; i++) {
      const b = newbornSize({ sex: sex[i], gaDays: at(gaDays, i), gaWeeks: at(gaWeeks, i), weightKg: at(weight, i) });
      codes[0]![i] = b.preterm === null ? UNKNOWN : b.preterm ? 1 : 0;
      codes[1]![i] = b.lowBirthWeight === null ? UNKNOWN : b.lowBirthWeight === "not-LBW" ? 0 : 1;
      codes[2]![i] = b.sizeForGa === null ? UNKNOWN : b.sizeForGa === "SGA" ? 1 : 0;
    }
    codes.forEach((c, k) => this.outcomes[k]!.append(c, n));
    if (this.ga) this.gaDays.appendEach(n, (i) => birthGaDays(at(gaDays, i), at(gaWeeks, i)));
  }

  /** Each row's gestational age at birth in days (NaN when unknown), when the file has a gestational age column. */
  gestationalAgeDays(): Float64Array | undefined {
    return this.ga ? this.gaDays.values() : undefined;
  }

  /** The estimates over `rows` (indexes of rows read; all rows when undefined). */
  estimates(rows?: ArrayLike<number>): BirthEstimates {
    const out = {} as Record<BirthIndicator, BirthEstimate>;
    BIRTH_INDICATORS.forEach((name, k) => {
      const codes = this.outcomes[k]!.values();
      let n = 0;
      let yes = 0;
      const count = (c: number) => {
        if (c === UNKNOWN) return;
        n++;
        yes += c;
      };
      if (rows === undefined) for (let i = 0; i < codes.length; i++) count(codes[i]!);
      else for (let j = 0; j < rows.length; j++) count(codes[rows[j]!]!);
      out[name] = birthEstimate(n, yes);
    });
    return out;
  }
}

/** `k` of `n` children, as a percentage with its 95 % logit CI for a simple random sample. */
export function birthEstimate(n: number, k: number): BirthEstimate {
  const p = k / n;
  const e = proportion({ ci: "logit", minN: 0, method: "simple" }, k, n, n - k, (p * (1 - p)) / (n - 1), n - 1, n);
  return { n, k, r: e.r, se: e.se, ll: e.ll, ul: e.ul };
}

/** A sink that hands every batch to `first`, then to `births`. */
export function withBirths(first: BatchSink, births: BirthOutcomes): BatchSink {
  return {
    header: async (h) => {
      births.header(h);
      await first.header(h);
    },
    batch: async (b) => {
      births.batch(b);
      await first.batch(b);
    },
  };
}
