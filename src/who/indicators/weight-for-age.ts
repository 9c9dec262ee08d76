import { weianthro } from "../../tables/generated/weianthro.js";
import type { IndicatorSpec } from "./indicator.js";

/**
 * Weight-for-age (WHO Child Growth Standards 2006): WHO's restricted LMS beyond ±3 SD;
 * x from 0 to 1856 days; flagged when z < -6 or z > 5.
 * @internal
 */
export const weiSpec: IndicatorSpec = {
  name: "wei",
  table: weianthro,
  restricted: true,
  flagBelow: -6,
  flagAbove: 5,
  xMin: 0,
  xMax: 1856,
  unit: "kg",
  xUnit: "days",
};
