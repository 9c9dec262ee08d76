import { decodeColumn, type EncodedLmsColumns } from "./lms-table.js";
import type { VelocityMeasure, VelocityMonths } from "../velocity/intervals.js";

/**
 * One of WHO's growth-velocity tables (one measure, interval length and sex):
 * row `k` is interval `k` in WHO's order (see `intervals.ts`), in the table's
 * unit — grams for weight, cm for length and head circumference.
 * @internal
 */
export interface VelocityTable {
  readonly measure: VelocityMeasure;
  readonly months: VelocityMonths;
  /** 1 male, 2 female. */
  readonly sex: 1 | 2;
  /** WHO's shift added to an increment before the Box-Cox transform: 400 g (1-month weight), 600 g (2-month weight), 0 otherwise. */
  readonly delta: number;
  readonly l: Float64Array;
  readonly m: Float64Array;
  readonly s: Float64Array;
}

/** The compact form the generator writes: columns as delta-encoded integers of value × 10^decimals. @internal */
export interface EncodedVelocityTable extends EncodedLmsColumns {
  readonly measure: VelocityMeasure;
  readonly months: VelocityMonths;
  readonly sex: 1 | 2;
  readonly delta: number;
}

/** Every velocity table, as written by the generator. @internal */
export interface EncodedVelocityTables {
  readonly name: string;
  readonly tables: readonly EncodedVelocityTable[];
}

/** Every velocity table, decoded. @internal */
export interface VelocityTables {
  /** The generated module's name (what a bundle carries the tables by). */
  readonly name: string;
  readonly tables: readonly VelocityTable[];
}

/**
 * Decodes the generated velocity tables (exactly the doubles WHO's text
 * parses to).
 * @internal
 */
export function decodeVelocityTables(e: EncodedVelocityTables): VelocityTables {
  return { name: e.name, tables: e.tables.map((t) => ({
    measure: t.measure,
    months: t.months,
    sex: t.sex,
    delta: t.delta,
    l: decodeColumn(t.l, t.lDecimals),
    m: decodeColumn(t.m, t.mDecimals),
    s: decodeColumn(t.s, t.sDecimals),
  })) };
}
