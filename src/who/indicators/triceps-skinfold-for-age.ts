import { tsanthro } from "../../tables/generated/tsanthro.js";
import type { IndicatorSpec } from "./indicator.js";

/**
 * Triceps skinfold-for-age (WHO Child Growth Standards 2006): WHO's restricted LMS beyond ±3 SD;
 * x from 91 to 1856 days; flagged when |z| > 5.
 * @internal
 */
export const tsSpec: IndicatorSpec = {
  name: "ts",
  table: tsanthro,
  restricted: true,
  flagBelow: -5,
  flagAbove: 5,
  xMin: 91,
  xMax: 1856,
  unit: "mm",
  xUnit: "days",
};
