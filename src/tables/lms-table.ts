/**
 * A WHO LMS table held in flat typed arrays: males in rows
 * `[0, rowsPerSex)`, females in `[rowsPerSex, 2·rowsPerSex)`.
 * Row `i` of a sex is x = (xFirst + i) / xStepsPerUnit
 * (days or months for age tables, cm for length/height tables).
 * @internal
 */
export interface LmsTable {
  readonly name: string;
  /** x of the first row, in table steps (days, months or mm). */
  readonly xFirst: number;
  /** Table steps per x unit: 1 (days/months) or 10 (0.1 cm). */
  readonly xStepsPerUnit: number;
  readonly rowsPerSex: number;
  readonly l: Float64Array;
  readonly m: Float64Array;
  readonly s: Float64Array;
}

/**
 * The compact form the table generator writes: each column as delta-encoded
 * integers of value × 10^decimals.
 * @internal
 */
export interface EncodedLmsTable {
  readonly name: string;
  readonly xFirst: number;
  readonly xStepsPerUnit: number;
  readonly rowsPerSex: number;
  readonly lDecimals: number;
  readonly mDecimals: number;
  readonly sDecimals: number;
  readonly l: readonly number[];
  readonly m: readonly number[];
  readonly s: readonly number[];
}

/**
 * A generated column: delta-encoded integers of value × 10^decimals, back to
 * the doubles the published decimal text parses to.
 * @internal
 */
export function decodeColumn(deltas: readonly number[], decimals: number): Float64Array {
  const scale = 10 ** decimals;
  const out = new Float64Array(deltas.length);
  let acc = 0;
  for (let i = 0; i < deltas.length; i++) {
    acc += deltas[i]!;
    out[i] = acc / scale;
  }
  return out;
}

/**
 * Decodes a generated table into typed arrays (exactly the doubles the WHO
 * text parses to).
 * @internal
 */
export function decodeLmsTable(e: EncodedLmsTable): LmsTable {
  return {
    name: e.name,
    xFirst: e.xFirst,
    xStepsPerUnit: e.xStepsPerUnit,
    rowsPerSex: e.rowsPerSex,
    l: decodeColumn(e.l, e.lDecimals),
    m: decodeColumn(e.m, e.mDecimals),
    s: decodeColumn(e.s, e.sDecimals),
  };
}
