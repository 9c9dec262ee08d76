import { wfhanthro } from "../../tables/generated/wfhanthro.js";
import type { IndicatorSpec } from "./indicator.js";

/**
 * Weight-for-height (WHO Child Growth Standards 2006): WHO's restricted LMS beyond ±3 SD;
 * x from 65 to 120 cm; flagged when |z| > 5.
 * @internal
 */
export const wfhSpec: IndicatorSpec = {
  name: "wfh",
  table: wfhanthro,
  restricted: true,
  flagBelow: -5,
  flagAbove: 5,
  xMin: 65,
  xMax: 120,
  unit: "kg",
  xUnit: "cm",
};
