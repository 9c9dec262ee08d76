import { bmianthro } from "../../tables/generated/bmianthro.js";
import type { IndicatorSpec } from "./indicator.js";

/**
 * BMI-for-age (WHO Child Growth Standards 2006): WHO's restricted LMS beyond ±3 SD;
 * x from 0 to 1856 days; flagged when |z| > 5.
 * @internal
 */
export const bmiSpec: IndicatorSpec = {
  name: "bmi",
  table: bmianthro,
  restricted: true,
  flagBelow: -5,
  flagAbove: 5,
  xMin: 0,
  xMax: 1856,
  unit: "kg/m²",
  xUnit: "days",
};
