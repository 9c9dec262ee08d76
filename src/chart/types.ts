/**
 * The public types of the growth chart: its options, children and points,
 * and the points it skips.
 */
import type { Indicator } from "../who/indicators.js";
import type { ChartLanguage } from "./chart-labels.js";
import type { ChartPaletteName } from "./palette.js";

/**
 * One measurement of a child to plot on a growth chart: where it goes on the
 * x axis (age in days or months for age-based charts, length/height in cm
 * for `wfl`/`wfh`) and the measured `value` in the chart's unit (kg, cm,
 * kg/m² or mm). For an age-based chart `ageDays` is used when it is a
 * number, otherwise `ageMonths` (1 month = 30.4375 days).
 * @category Charts
 */
export interface GrowthChartPoint {
  /** Age in days (age-based charts; on the preterm charts the age since birth, added to the child's gestational age). */
  readonly ageDays?: number;
  /** Age in months (age-based charts), used when `ageDays` is absent. */
  readonly ageMonths?: number;
  /** Length or height in cm (`wfl`/`wfh` charts), plotted as given (no ±0.7 cm conversion). */
  readonly lenheiCm?: number;
  /** Gestational age at birth in days (newborn charts; else the child's `gaDays`/`gaWeeks`). */
  readonly gaDays?: number;
  /** Gestational age at birth in weeks (newborn charts), used when `gaDays` is absent. */
  readonly gaWeeks?: number;
  /** Postmenstrual age in days (preterm charts; else the child's gestational age + `ageDays`/`ageMonths`). */
  readonly pmaDays?: number;
  /** Postmenstrual age in weeks (preterm charts), used when `pmaDays` is absent. */
  readonly pmaWeeks?: number;
  /** The measurement: kg, cm, kg/m² or mm, as the indicator's curves. */
  readonly value: number;
  /**
   * The KMS verdict on the weighing, drawn as a small N or T above the point
   * (on a weight-for-age chart): `"N"` *naik* (gained at least the KBM since
   * last month's weighing), `"T"` *tidak naik* — as
   * {@link growthTrajectories} gives it (`kbm` 1 or 2). Anything else draws
   * no mark.
   */
  readonly kbm?: "N" | "T";
}

/**
 * A child's measurements, drawn as points joined by a line (in x order).
 * @category Charts
 */
export interface GrowthChartChild {
  /** Shown in the legend and in each point's tooltip; any text (it is escaped). */
  readonly name?: string;
  /**
   * A CSS colour (`#rgb`, `#rrggbb`, a keyword, `rgb(…)`/`hsl(…)`) for the
   * line and points; anything else falls back to the default colours.
   */
  readonly color?: string;
  /** The measurements, in any order. */
  readonly points: readonly GrowthChartPoint[];
  /**
   * Gestational age at birth in days. On the WHO age-based charts a child
   * born before 37+0 weeks is plotted at corrected age (as {@link score}
   * scores it, until `correctUntilMonths`), with hollow markers; points
   * before the term date are left out (`before-term`). On the preterm
   * charts, postmenstrual age = gestational age + age.
   */
  readonly gaDays?: number;
  /** Gestational age at birth in weeks, used when `gaDays` is absent. */
  readonly gaWeeks?: number;
}

/**
 * Why a child's point was left off the chart:
 * - `invalid-child`: the child entry is not an object with a `points` array
 *   (`point` is −1), or `children` is not an array (`child` is −1 too);
 * - `invalid-x`: no usable x for this chart (age for age-based charts,
 *   `lenheiCm` for `wfl`/`wfh`): missing, not a finite number, or negative;
 * - `invalid-value`: the value is missing, not a finite number, or ≤ 0;
 * - `outside-range`: the x is outside the chart's `range`;
 * - `implausible`: the value's z-score is beyond WHO's flag limits for the
 *   indicator (for example below −6 or above +5 for weight-for-age), which
 *   WHO treats as a measurement error; on the INTERGROWTH-21st charts, beyond
 *   ±6 (a unit error, such as grams for kg);
 * - `before-term`: on a WHO age-based chart, a child born preterm before its
 *   term date (corrected age below 0), where the WHO standards do not start:
 *   plot it on a preterm chart.
 * @category Charts
 */
export type GrowthChartSkipReason = "invalid-child" | "invalid-x" | "invalid-value" | "outside-range" | "implausible" | "before-term";

/**
 * The INTERGROWTH-21st charts: birth weight, length and head circumference
 * for gestational age (`newborn-wei`, `newborn-len`, `newborn-hc`; 24+0 to
 * 42+6 weeks) and the postnatal growth of preterm infants for postmenstrual
 * age (`preterm-wei`, `preterm-len`, `preterm-hc`; 27+0 to 64+0 weeks),
 * drawn as INTERGROWTH-21st prints them: the 3rd, 10th, 50th, 90th and 97th
 * centiles.
 * @category Charts
 */
export type IntergrowthChartIndicator = "newborn-wei" | "newborn-len" | "newborn-hc" | "preterm-wei" | "preterm-len" | "preterm-hc";

/**
 * Any chart {@link growthChartSvg} draws: a WHO indicator or an INTERGROWTH-21st chart.
 * @category Charts
 */
export type ChartIndicator = Indicator | IntergrowthChartIndicator;

/**
 * A point that was not drawn: indexes into `children` and into that child's `points`.
 * @category Charts
 */
export interface GrowthChartSkip {
  /** Index in `children` (−1 when `children` is not an array). */
  readonly child: number;
  /** Index in that child's `points` (−1 when the whole child was skipped). */
  readonly point: number;
  /** Why it was skipped. */
  readonly reason: GrowthChartSkipReason;
}

/**
 * Space in px between the edges of the image and the plotting area.
 * @category Charts
 */
export interface GrowthChartMargin {
  /** Above the plot: title band, legend and the gap over the plot. */
  readonly top?: number;
  /** Right of the plot: the curves' z labels. */
  readonly right?: number;
  /** Below the plot: tick labels, the x-axis title and the source. */
  readonly bottom?: number;
  /** Left of the plot: the y-axis title and tick labels. */
  readonly left?: number;
}

/**
 * Options of {@link growthChartSvg}. Only `indicator` and `sex` are required.
 * @category Charts
 */
export interface GrowthChartOptions {
  /**
   * The indicator: `wei`, `len`, `bmi`, `hc`, `ac`, `ts`, `ss` (WHO 2006,
   * age 0–5 years), `wfl`, `wfh` (by length/height) or `hfa`, `wfa`, `bfa`
   * (WHO 2007, 5–19 years); or an INTERGROWTH-21st chart (see
   * {@link IntergrowthChartIndicator}).
   */
  readonly indicator: ChartIndicator;
  /** 1 or 2, or any code {@link sexCode} accepts (`"M"`, `"F"`, `"L"`, `"P"`, …). */
  readonly sex: number | string;
  /**
   * The x range `[from, to]`: age in months for age-based charts (WHO 2006
   * and 2007 alike), length/height in cm for `wfl`/`wfh`, weeks for the
   * INTERGROWTH-21st charts (24–300/7 newborn, 27–64 preterm, the
   * defaults). Defaults: 0–24
   * months (`wei`, `len`, `bmi`, `hc`), 3–60 months (`ac`, `ts`, `ss`),
   * 45–110 cm (`wfl`), 65–120 cm (`wfh`), 60–228 months (`hfa`, `bfa`),
   * 60–120 months (`wfa`). It must lie within the indicator's table.
   */
  readonly range?: readonly [number, number];
  /** Children's measurements to plot. Bad points are skipped, never thrown on (see `onSkip`). */
  readonly children?: readonly GrowthChartChild[];
  /** Language of the text: `"en"` (default) or `"id"` (Bahasa Indonesia, with decimal commas). */
  readonly lang?: ChartLanguage;
  /**
   * Colours: `"who"` (default; WHO's blue charts for boys and pink for
   * girls) or `"kms"` (Indonesia's KMS / Buku KIA bands: red beyond ±3 SD,
   * yellow 2–3 SD, light green 1–2 SD, dark green within ±1 SD, red line at −3 SD).
   */
  readonly palette?: ChartPaletteName;
  /** Image width in px (default 800, at least 240). */
  readonly width?: number;
  /** Image height in px (default 560, at least 200). */
  readonly height?: number;
  /** Override any of the computed margins around the plotting area, in px. */
  readonly margin?: GrowthChartMargin;
  /** CSS font-family list (default a system sans-serif stack). */
  readonly fontFamily?: string;
  /** Base font size in px (default 12, from 6 to 40). */
  readonly fontSize?: number;
  /** Replaces the generated title ("Weight-for-age, girls, 0–24 months"). */
  readonly title?: string;
  /**
   * On the WHO age-based charts, children born preterm (`gaDays`/`gaWeeks`)
   * are plotted at corrected age until it reaches this many months, as
   * {@link score} scores them; `0` never corrects. At most 60.
   * @defaultValue 24
   */
  readonly correctUntilMonths?: number;
  /** Called once for every point (or child) left off the chart, in input order. */
  readonly onSkip?: (skip: GrowthChartSkip) => void;
}
