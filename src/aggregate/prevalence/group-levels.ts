/**
 * The values of a grouping column (or a cluster or stratum column) interned
 * to dense codes as the rows stream past, and the levels they become once
 * every row has been seen: sorted as R orders a factor's levels, or (WHO
 * anthro's table without a survey design) in order of first appearance with
 * a level "NA" where the first missing value appeared.
 * @internal
 */
import { ownString } from "../../util/own-string.js";

/**
 * A column's values interned to dense codes in order of first appearance:
 * numbers by value, everything else by `String(v)`; null, undefined, NaN
 * and blank strings are missing (−1). A number and a string that print the
 * same (`1` and `"1"`) are one value. Memory grows with the distinct values.
 * @internal
 */
export class ValueInterner {
  /** The value of each code, as a string. */
  readonly labels: string[] = [];
  /** The numeric value of each code (NaN for strings). */
  readonly values: number[] = [];
  /** True while every value is a number (then values sort numerically). */
  numeric = true;
  private readonly byValue = new Map<unknown, number>();
  private readonly byLabel = new Map<string, number>();

  /** The code of `x`, −1 when missing. */
  code(x: unknown): number {
    if (x === null || x === undefined || (typeof x === "number" && x !== x) || (typeof x === "string" && x.trim() === "")) return -1;
    let c = this.byValue.get(x);
    if (c === undefined) {
      const label = typeof x === "string" ? ownString(x) : String(x);
      c = this.byLabel.get(label);
      if (c === undefined) {
        c = this.labels.length;
        this.byLabel.set(label, c);
        this.labels.push(label);
        this.values.push(typeof x === "number" ? x : Number.NaN);
        if (typeof x !== "number") this.numeric = false;
      }
      this.byValue.set(typeof x === "string" ? this.labels[c]! : x, c);
    }
    return c;
  }
}

let collator: Intl.Collator | undefined;

/**
 * Compares two codes' values as R orders a factor's levels: numbers
 * numerically; strings by the Unicode root collation (what R uses with ICU).
 * @internal
 */
export function compareLevels(a: ValueInterner, i: number, j: number): number {
  if (a.numeric) return a.values[i]! - a.values[j]!;
  collator ??= new Intl.Collator("en", { sensitivity: "variant" });
  const la = a.labels[i]!;
  const lb = a.labels[j]!;
  return collator.compare(la, lb) || (la < lb ? -1 : la > lb ? 1 : 0);
}

/** A grouping column's levels once every row is in: the labels, and each code's level (−1 for a code of no analysed row). @internal */
export interface Levels {
  readonly labels: readonly string[];
  readonly levelOf: Int32Array;
}

/**
 * A grouping column as it streams past: its values interned, and the order
 * in which they first appear among the analysed rows (the rows in the
 * analysis: only their values become levels).
 * @internal
 */
export class GroupLevels {
  readonly interner = new ValueInterner();
  /** Codes in order of first appearance among the analysed rows. */
  private readonly order: number[] = [];
  private seenAt: Int32Array = new Int32Array(16).fill(-1);
  /** Where the first missing value appeared among the analysed rows (in `order`), −1 for none. */
  private naAt = -1;

  /** Notes that an analysed row has `code` (−1: missing). */
  seen(code: number): void {
    if (code < 0) {
      if (this.naAt < 0) this.naAt = this.order.length;
      return;
    }
    if (code >= this.seenAt.length) {
      const grown = new Int32Array(Math.max(code + 1, this.seenAt.length * 2)).fill(-1);
      grown.set(this.seenAt);
      this.seenAt = grown;
    }
    if (this.seenAt[code] === -1) {
      this.seenAt[code] = this.order.length;
      this.order.push(code);
    }
  }

  /** Whether any analysed row has a value. */
  get any(): boolean {
    return this.order.length > 0;
  }

  /**
   * The levels: sorted (see {@link compareLevels}), or in order of first
   * appearance with WHO anthro's empty "NA" level where the first missing
   * value appeared (`appearance`).
   */
  levels(appearance: boolean): Levels {
    const order = [...this.order];
    if (!appearance) order.sort((a, b) => compareLevels(this.interner, a, b));
    const levelOf = new Int32Array(this.interner.labels.length).fill(-1);
    order.forEach((c, k) => (levelOf[c] = k));
    const labels = order.map((c) => this.interner.labels[c]!);
    if (appearance && this.naAt >= 0) {
      labels.splice(this.naAt, 0, "NA"); // WHO anthro's simple method lists missing values as a level "NA" (no rows)
      order.forEach((c, k) => (levelOf[c] = k >= this.naAt ? k + 1 : k));
    }
    return { labels, levelOf };
  }
}
