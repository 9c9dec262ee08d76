import { wflanthro } from "../../tables/generated/wflanthro.js";
import type { IndicatorSpec } from "./indicator.js";

/**
 * Weight-for-length (WHO Child Growth Standards 2006): WHO's restricted LMS beyond ±3 SD;
 * x from 45 to 110 cm; flagged when |z| > 5.
 * @internal
 */
export const wflSpec: IndicatorSpec = {
  name: "wfl",
  table: wflanthro,
  restricted: true,
  flagBelow: -5,
  flagAbove: 5,
  xMin: 45,
  xMax: 110,
  unit: "kg",
  xUnit: "cm",
};
