/**
 * `x ^ y` with the special cases of R's arithmetic (`R_pow`), so that
 * z-scores agree with WHO's R packages to the last bit where R takes a
 * shortcut: `y == 2` is `x * x`, `x == 1` or `y == 0` is 1, `0 ^ y` is 0 or
 * Infinity. Everything else is the platform `pow`, except `y == 1`, which
 * returns `x` itself: IEEE 754 `pow(x, 1)` is exactly `x` (fdlibm, V8 and
 * glibc all return it unchanged), so this only skips the call — it matters
 * for the length/height and head-circumference tables, whose L is 1.
 * @internal
 */
export function rPow(x: number, y: number): number {
  if (y === 2) return x * x;
  if (x === 1 || y === 0) return 1;
  if (x === 0) return y > 0 ? 0 : y < 0 ? Infinity : y;
  if (y === 1) return x;
  return Math.pow(x, y);
}
