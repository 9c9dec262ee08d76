import { whovelocity } from "../tables/generated/whovelocity.js";
import type { VelocityTable } from "../tables/velocity-table.js";
import type { VelocityMeasure, VelocityMonths } from "./intervals.js";

/** Grams per kilogram: WHO's weight-velocity tables are in grams, tumbuh's weights in kg. */
const GRAMS_PER_KG = 1000;

/**
 * How many table units one unit of the caller's measurement is: 1000 for
 * weight (kg in, g in the table), 1 for length and head circumference (cm).
 * @internal
 */
export function tableUnitsPer(measure: VelocityMeasure): number {
  return measure === "weight" ? GRAMS_PER_KG : 1;
}

/**
 * WHO's velocity table for a measure, interval length and normalised sex
 * (1/2), or undefined when there is none (no such table, or sex not 1/2).
 * @internal
 */
export function velocityTableOf(measure: VelocityMeasure, months: VelocityMonths, sex: number): VelocityTable | undefined {
  if (sex !== 1 && sex !== 2) return undefined;
  for (const t of whovelocity().tables) {
    if (t.measure === measure && t.months === months && t.sex === sex) return t;
  }
  return undefined;
}
