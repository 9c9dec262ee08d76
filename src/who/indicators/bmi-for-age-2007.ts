import { bfawho2007 } from "../../tables/generated/bfawho2007.js";
import type { IndicatorSpec } from "./indicator.js";

/**
 * BMI-for-age (WHO Growth Reference 2007, 5–19 years): WHO's restricted LMS beyond ±3 SD;
 * L, M and S interpolated linearly between whole months; age from 60 to
 * 228 months inclusive; flagged when |z| > 5.
 * @internal
 */
export const bfaSpec: IndicatorSpec = {
  name: "bfa",
  table: bfawho2007,
  restricted: true,
  flagBelow: -5,
  flagAbove: 5,
  xMin: 60,
  xMax: 228,
  unit: "kg/m²",
  xUnit: "months",
};
