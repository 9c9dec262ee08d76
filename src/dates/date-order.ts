import { dateParts, shownOrder } from "./parse-date.js";

/**
 * What a column's dates say of their order, as {@link dateOrderEvidence} gathers it.
 * @category Dates
 */
export interface DateOrderEvidence {
  /** Takes one more date text of the column. */
  add(text: string): void;
  /**
   * The order the column's day-first or month-first dates show: `dmy` when
   * some value has a first number above 12 (a day) and none a second number
   * above 12; `mdy` the other way round; `conflict` when both kinds occur;
   * `ambiguous` when no value shows the order and some values would give
   * different dates in the two orders (`05/03/2024`); `none` when no value
   * needs an order (all year first, named months, or day equal to month).
   */
  readonly order: "dmy" | "mdy" | "conflict" | "ambiguous" | "none";
  /** A value that shows the order (or, for `ambiguous`, one that does not); undefined if none. */
  readonly example: string | undefined;
  /** For `conflict`: a value that shows the other order. */
  readonly counterExample: string | undefined;
}

/**
 * Decides the order of day and month for a whole column of dates, as the
 * command line's `--date-format auto` does: the values are added one by one
 * (constant memory) and the evidence read at any time.
 *
 * @example
 * const e = dateOrderEvidence();
 * for (const d of ["05/03/2024", "14/11/2024"]) e.add(d);
 * e.order; // => "dmy"
 * @example
 * const e = dateOrderEvidence();
 * e.add("05/03/2024");
 * e.order; // => "ambiguous"
 * @category Dates
 */
export function dateOrderEvidence(): DateOrderEvidence {
  let dayFirst: string | undefined;
  let monthFirst: string | undefined;
  let ambiguous: string | undefined;
  return {
    add(text: string): void {
      const p = dateParts(text);
      if (typeof p === "string" || p.shape !== "dm") return;
      const shown = shownOrder(p.a, p.b);
      if (shown === "dmy") dayFirst ??= text;
      else if (shown === "mdy") monthFirst ??= text;
      else if (shown === "ambiguous") ambiguous ??= text;
    },
    get order() {
      if (dayFirst !== undefined) return monthFirst !== undefined ? "conflict" : "dmy";
      if (monthFirst !== undefined) return "mdy";
      return ambiguous !== undefined ? "ambiguous" : "none";
    },
    get example() {
      return dayFirst ?? monthFirst ?? ambiguous;
    },
    get counterExample() {
      return dayFirst !== undefined ? monthFirst : undefined;
    },
  };
}
