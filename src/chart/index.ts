/**
 * Growth charts as dependency-free SVG strings.
 * @packageDocumentation
 */
export { growthChartSvg } from "./growth-chart.js";
export type {
  GrowthChartOptions,
  GrowthChartChild,
  GrowthChartPoint,
  GrowthChartSkip,
  GrowthChartSkipReason,
  GrowthChartMargin,
  ChartIndicator,
  IntergrowthChartIndicator,
} from "./types.js";
export type { ChartLanguage } from "./chart-labels.js";
export type { ChartPaletteName } from "./palette.js";
export { velocityChartSvg, type VelocityChartOptions, type VelocityChartChild, type VelocityChartPoint, type VelocityChartSkip, type VelocityChartSkipReason } from "./velocity-chart.js";
