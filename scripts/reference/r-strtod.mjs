// Emulates how R (>= 3.1, x86-64 builds with 80-bit long double) turns a
// decimal string into a double when it reads a CSV (read.csv / scan /
// as.numeric): the digits are accumulated as an integer N in a 64-bit-mantissa
// long double, N is divided (or multiplied) by the exact power of ten in long
// double precision, and the long double is then rounded to a double. The two
// roundings in a row are not always the same as the single, correctly rounded
// conversion that JavaScript's Number() does: about 1 in 4,000 strings with six
// or more significant digits comes out one ulp apart (e.g. "75.059666").
//
// The reference-fixture generator uses this to write every input number in a
// form that R and JavaScript read as the *same* double, so that the WHO
// software and tumbuh see identical inputs. verify-fixtures.mjs then checks
// that claim against the values R actually read.
//
// This is an independent model of the numerical behaviour (verified against
// R 4.2.2 on 1,000,000 random strings); it contains no code from R.

function bitLength(x) {
  return x === 0n ? 0 : x.toString(2).length;
}

/** Rounds the positive rational a/b to a p-bit significand, ties to even. */
function roundRational(a, b, p) {
  const P = BigInt(p);
  let e = bitLength(a) - bitLength(b) - p;
  for (;;) {
    let num = a;
    let den = b;
    if (e < 0) num <<= BigInt(-e);
    else den <<= BigInt(e);
    let m = num / den;
    const r = num - m * den;
    if (m >= 1n << P) {
      e++;
      continue;
    }
    if (m < 1n << (P - 1n)) {
      e--;
      continue;
    }
    const twice = 2n * r;
    if (twice > den || (twice === den && (m & 1n) === 1n)) m++;
    if (m === 1n << P) {
      m >>= 1n;
      e++;
    }
    return [m, e];
  }
}

/**
 * The double R reads for a plain decimal string ("-12.345", "7", "1e-7"),
 * or null when the string is outside the range this model covers (more than
 * 19 digits, or more than 27 decimal places).
 */
export function rReadDouble(s) {
  const mt = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!mt || (mt[2] === "" && (mt[3] === undefined || mt[3] === ""))) return null;
  const sign = mt[1] === "-" ? -1 : 1;
  const frac = mt[3] ?? "";
  const digits = mt[2] + frac;
  const expn = -frac.length + (mt[4] ? parseInt(mt[4], 10) : 0);
  const n = BigInt(digits);
  if (n >= 1n << 64n) return null;
  if (n === 0n) return sign * 0;
  let a = n;
  let b = 1n;
  if (expn < 0) {
    if (-expn > 27) return null;
    b = 10n ** BigInt(-expn);
  } else {
    a = n * 10n ** BigInt(expn);
    if (a >= 1n << 64n) return null;
  }
  const [m64, e64] = roundRational(a, b, 64);
  const [m53, e53] = roundRational(m64, 1n, 53);
  return sign * Number(m53) * 2 ** (e53 + e64);
}

/** True when R and JavaScript read the string as the same double. */
export function sameInRAndJs(s) {
  const r = rReadDouble(s);
  return r !== null && Object.is(r, Number(s));
}
