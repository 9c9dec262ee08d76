/**
 * Rounds a z-score to 2 decimals exactly as R ≥ 4.0 `round(x, 2)` does, which
 * is what WHO's anthro and anthroplus report: of the two 2-decimal
 * candidates around `x`, the one nearer to `x` as a double; on an exact tie,
 * the one with an even last digit. (This differs from `Math.round(x * 100) / 100`,
 * e.g. for 2.675, which is stored as 2.67499999… and rounds to 2.67.)
 *
 * @param x - any number; NaN, ±Infinity and 0 are returned unchanged
 * @returns `x` rounded to 2 decimals
 *
 * @example
 * roundZ(-2.004); // => -2
 * @example
 * roundZ(2.675); // => 2.67
 * @category Scoring
 */
export function roundZ(x: number): number {
  // Fast path (the bulk scorer's hot loop), giving exactly what
  // `roundNearest` gives. For |x| < 2^20, 100·x is within 2^-26 of the
  // exact product and the two candidates are within half an ulp of k/100
  // and (k±1)/100; so when 100·x is more than 0.4999 away from a tie, the
  // nearer candidate is k / 100 for k the integer nearest to 100·x
  // (floor(100·x + 0.5) is that integer away from ties, and d = 100·x − k
  // is exact). For negative x, k / 100 is the negation of the result for −x,
  // as in `roundNearest`; k = 0 gives ±0 with the sign of x (x · 0). No
  // branch here depends on the digits, and there is no Math.round (slower).
  const x100 = 100 * x;
  const k = Math.floor(x100 + 0.5);
  const d = x100 - k;
  if (d < 0.4999 && d > -0.4999 && x < 1048576 && x > -1048576) return k === 0 ? x * 0 : k / 100;
  return +roundNearest(x);
}

/** The definition: the nearer of the two 2-decimal candidates, ties to even. */
function roundNearest(x: number): number {
  if (x !== x || x === 0 || x === Infinity || x === -Infinity) return x;
  const negative = x < 0;
  const a = negative ? -x : x;
  // R leaves a number alone when rounding it to 2 decimals would ask for
  // more than 15 significant digits (binary exponent ≥ 43).
  if (a >= 8796093022208) return x;
  const x100 = 100 * a;
  const i100 = Math.floor(x100);
  const down = i100 / 100;
  const up = Math.ceil(x100) / 100;
  const du = up - a;
  const dd = a - down;
  const r = du < dd || (du === dd && i100 % 2 === 1) ? up : down;
  return negative ? -r : r;
}
