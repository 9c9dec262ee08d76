/**
 * The compact column encoding of the generated table modules: integers
 * (value × 10^decimals, with the most decimals any cell of the column has)
 * delta-encoded row to row, which keeps the modules small and gzip-friendly.
 * Decoding (`int / 10^decimals`) is exact: IEEE division of two exactly
 * representable integers is correctly rounded, as is parsing the decimal
 * text, so both give the same double; the encoder checks it for every value.
 */

function decimalsOf(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Encodes the cells of one column, exactly as written in the source file. */
export function encodeColumn(texts: readonly string[]): { decimals: number; deltas: number[] } {
  const decimals = Math.max(...texts.map(decimalsOf));
  const scale = 10 ** decimals;
  const ints = texts.map((t) => {
    const v = Math.round(Number(t) * scale);
    if (!Number.isSafeInteger(v) || v / scale !== Number(t)) {
      throw new Error(`value ${t} does not round-trip at ${decimals} decimals`);
    }
    return v;
  });
  const deltas = ints.map((v, i) => (i === 0 ? v : v - ints[i - 1]!));
  return { decimals, deltas };
}
