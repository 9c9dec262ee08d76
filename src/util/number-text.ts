/**
 * Numbers as plain-text reports print them: a fixed number of decimals, a
 * language's decimal and thousands separators, no "-0", and "–" for a
 * value that is missing (null, undefined or NaN).
 */

/** A language's separators: "." and "," in English, "," and "." in Bahasa Indonesia. @internal */
export interface NumberSeparators {
  readonly decimal: string;
  readonly thousands: string;
}

/**
 * `x` with `digits` decimals and grouped thousands, e.g. `1,234.5` or
 * `1.234,5`; "–" when missing.
 * @internal
 */
export function formatReportNumber(x: number | null | undefined, digits: number, separators: NumberSeparators): string {
  if (x === null || x === undefined || x !== x) return "–";
  let s = x.toFixed(digits);
  if (Number(s) === 0) s = s.replace("-", "");
  const negative = s.startsWith("-");
  const [int = "", frac] = (negative ? s.slice(1) : s).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, separators.thousands);
  return (negative ? "-" : "") + grouped + (frac === undefined ? "" : separators.decimal + frac);
}
