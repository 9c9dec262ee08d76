import { hfawho2007 } from "../../tables/generated/hfawho2007.js";
import type { IndicatorSpec } from "./indicator.js";

/**
 * Height-for-age (WHO Growth Reference 2007, 5–19 years): plain LMS (no tail restriction);
 * L, M and S interpolated linearly between whole months; age from 60 to
 * 228 months inclusive; flagged when |z| > 6.
 * @internal
 */
export const hfaSpec: IndicatorSpec = {
  name: "hfa",
  table: hfawho2007,
  restricted: false,
  flagBelow: -6,
  flagAbove: 6,
  xMin: 60,
  xMax: 228,
  unit: "cm",
  xUnit: "months",
};
