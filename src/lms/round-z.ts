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
 */
export function roundZ(x: number): number {
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
