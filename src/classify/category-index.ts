/**
 * The classification kernel shared by the scalar and columnar functions: one
 * z-score to one category index, without allocating.
 */
import { roundZ } from "../lms/round-z.js";
import { IMPLAUSIBLE, NOT_CLASSIFIED } from "./codes.js";
import type { FlagLimits } from "./flags.js";
import type { Bands } from "./schemes.js";

/**
 * The category index of `z`: NaN or a non-number → not classified; beyond the
 * flag limits → implausible; else the band. With `round`, z is first rounded
 * to 2 decimals as WHO reports it (R's `round(z, 2)`), and the flag limits and
 * cut-offs apply to the rounded value. `oedema` (bilateral pitting oedema, for
 * a weight-based indicator) gives the lowest band whatever z is, as WHO counts
 * it.
 * @internal
 */
export function categoryIndex(bands: Bands, flags: FlagLimits, z: unknown, round: boolean, oedema: boolean): number {
  if (oedema) return bands.codes[0]!;
  if (typeof z !== "number" || z !== z) return NOT_CLASSIFIED;
  const v = round ? roundZ(z) : z;
  if (v < flags.below || v > flags.above) return IMPLAUSIBLE;
  let band = 0;
  const { low, high } = bands;
  for (let j = 0; j < low.length; j++) if (v >= low[j]!) band++;
  for (let j = 0; j < high.length; j++) if (v > high[j]!) band++;
  return bands.codes[band]!;
}
