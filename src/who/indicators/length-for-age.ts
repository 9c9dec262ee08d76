import { lenanthro } from "../../tables/generated/lenanthro.js";
import type { IndicatorSpec } from "./indicator.js";

/**
 * Length/height-for-age (WHO Child Growth Standards 2006): plain LMS (no tail restriction);
 * x from 0 to 1856 days; flagged when |z| > 6.
 * @internal
 */
export const lenSpec: IndicatorSpec = {
  name: "len",
  table: lenanthro,
  restricted: false,
  flagBelow: -6,
  flagAbove: 6,
  xMin: 0,
  xMax: 1856,
  unit: "cm",
  xUnit: "days",
};
