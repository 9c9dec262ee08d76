/**
 * A normal model of a measurement (of its natural log when `log`): the
 * shape of the very preterm newborn and the postnatal preterm standards.
 * @internal
 */
export interface NormalModel {
  readonly mean: number;
  readonly sd: number;
  /** The model is of ln(measurement). */
  readonly log: boolean;
}

/** The exact z-score of measurement `y` (> 0) under `m`. @internal */
export function normalModelZ(y: number, m: NormalModel): number {
  return ((m.log ? Math.log(y) : y) - m.mean) / m.sd;
}

/** The measurement at z-score `z` under `m`. @internal */
export function normalModelValue(z: number, m: NormalModel): number {
  const v = m.mean + z * m.sd;
  return m.log ? Math.exp(v) : v;
}
