const SQRT_2PI = Math.sqrt(2 * Math.PI);

function density(z: number): number {
  return Math.exp(-0.5 * z * z) / SQRT_2PI;
}

/** Upper tail Q(x) = 1 − Φ(x) for x ≥ 3 by the Laplace continued fraction (modified Lentz). */
function upperTail(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    d = x + k * d;
    d = d === 0 ? tiny : 1 / d;
    c = x + k / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return density(x) / f;
}

/**
 * Standard normal cumulative distribution Φ(z), accurate to about 1e-15
 * (relative) over the whole line.
 * @internal
 */
export function normalCdf(z: number): number {
  if (z !== z) return Number.NaN;
  if (z >= 3) return 1 - upperTail(z);
  if (z <= -3) return upperTail(-z);
  // Φ(z) = 1/2 + φ(z) · Σ z^(2k+1) / (1·3·5···(2k+1))
  let term = z;
  let sum = z;
  const z2 = z * z;
  for (let k = 1; k < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); k++) {
    term *= z2 / (2 * k + 1);
    sum += term;
  }
  return 0.5 + density(z) * sum;
}

/**
 * The centile (0–100) of a z-score on the normal scale: `100·Φ(z)`.
 *
 * @param z - a z-score
 * @returns the centile, e.g. 2.275 for z = −2
 *
 * @example
 * zToCentile(0); // => 50
 * @example
 * zToCentile(-2).toFixed(3); // => "2.275"
 * @category Scoring
 */
export function zToCentile(z: number): number {
  return 100 * normalCdf(z);
}

// Acklam's rational approximation to the normal quantile (relative error
// 1.15e-9), polished by one Halley step on the exact CDF above.
const A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

function quantileApprox(p: number): number {
  const pLow = 0.02425;
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
      ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  }
  if (p > 1 - pLow) return -quantileApprox(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) /
    (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1);
}

/**
 * The z-score of a centile (0–100) on the normal scale: the inverse of
 * {@link zToCentile}. `0` gives −Infinity, `100` gives +Infinity; outside
 * [0, 100] or NaN gives NaN.
 *
 * @example
 * centileToZ(50); // => 0
 * @example
 * centileToZ(97.5).toFixed(6); // => "1.959964"
 * @category Scoring
 */
export function centileToZ(centile: number): number {
  if (!(centile >= 0 && centile <= 100)) return Number.NaN;
  if (centile === 0) return -Infinity;
  if (centile === 100) return Infinity;
  if (centile === 50) return 0;
  const p = centile / 100;
  let x = quantileApprox(p);
  for (let i = 0; i < 2; i++) {
    const upper = x > 0;
    const e = upper ? (1 - p) - (x >= 3 ? upperTail(x) : 1 - normalCdf(x)) : normalCdf(x) - p;
    const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
    x = x - u / (1 + 0.5 * x * u);
  }
  return x;
}
