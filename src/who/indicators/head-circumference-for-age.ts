import { hcanthro } from "../../tables/generated/hcanthro.js";
import type { IndicatorSpec } from "./indicator.js";

/**
 * Head circumference-for-age (WHO Child Growth Standards 2006): plain LMS (no tail restriction);
 * x from 0 to 1856 days; flagged when |z| > 5.
 * @internal
 */
export const hcSpec: IndicatorSpec = {
  name: "hc",
  table: hcanthro,
  restricted: false,
  flagBelow: -5,
  flagAbove: 5,
  xMin: 0,
  xMax: 1856,
  unit: "cm",
  xUnit: "days",
};
