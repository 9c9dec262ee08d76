import { wfawho2007 } from "../../tables/generated/wfawho2007.js";
import type { IndicatorSpec } from "./indicator.js";

/**
 * Weight-for-age (WHO Growth Reference 2007, 5–19 years): WHO's restricted LMS beyond ±3 SD;
 * L, M and S interpolated linearly between whole months; age from 60 to
 * 120 months inclusive; flagged when z < -6 or z > 5.
 * @internal
 */
export const wfaSpec: IndicatorSpec = {
  name: "wfa",
  table: wfawho2007,
  restricted: true,
  flagBelow: -6,
  flagAbove: 5,
  xMin: 60,
  xMax: 120,
  unit: "kg",
  xUnit: "months",
};
