import { decodeColumn } from "../tables/lms-table.js";

/**
 * An INTERGROWTH-21st Newborn Size Standard table of skew t (ST3)
 * parameters in flat typed arrays: males in rows `[0, rowsPerSex)`, females
 * in `[rowsPerSex, 2·rowsPerSex)`; row `i` of a sex is gestational day
 * `dayFirst + i`.
 * @internal
 */
export interface St3Table {
  readonly name: string;
  readonly dayFirst: number;
  readonly rowsPerSex: number;
  readonly mu: Float64Array;
  readonly sigma: Float64Array;
  readonly nu: Float64Array;
  readonly tau: Float64Array;
}

/** The three newborn size tables. @internal */
export interface NewbornSt3Tables {
  readonly birthWeight: St3Table;
  readonly birthLength: St3Table;
  readonly birthHead: St3Table;
}

/**
 * The compact form the generator writes: each column as delta-encoded
 * integers of value × 10^decimals (decimals of mu, sigma, nu, tau).
 * @internal
 */
export interface EncodedSt3Table {
  readonly name: string;
  readonly dayFirst: number;
  readonly rowsPerSex: number;
  readonly decimals: readonly [number, number, number, number];
  readonly mu: readonly number[];
  readonly sigma: readonly number[];
  readonly nu: readonly number[];
  readonly tau: readonly number[];
}

/** Decodes a generated table (exactly the doubles the published text parses to). @internal */
export function decodeSt3Table(e: EncodedSt3Table): St3Table {
  return {
    name: e.name,
    dayFirst: e.dayFirst,
    rowsPerSex: e.rowsPerSex,
    mu: decodeColumn(e.mu, e.decimals[0]),
    sigma: decodeColumn(e.sigma, e.decimals[1]),
    nu: decodeColumn(e.nu, e.decimals[2]),
    tau: decodeColumn(e.tau, e.decimals[3]),
  };
}
