/**
 * The INTERGROWTH-21st charts of `growthChartSvg`: size at birth for
 * gestational age (`newborn-*`, 24+0 to 42+6 weeks) and the postnatal
 * growth of preterm infants for postmenstrual age (`preterm-*`, 27+0 to
 * 64+0 weeks), with the 3rd, 10th, 50th, 90th and 97th centile curves as
 * INTERGROWTH-21st prints them, from `newbornSizeValueAtCentile` and
 * `pretermGrowthValueAtCentile`, sampled at every day of age.
 * @internal
 */
import { checkFunction, checkObject } from "../util/checks.js";
import { ageDaysOf } from "../who/rules.js";
import { NEWBORN_MAX_DAYS, NEWBORN_MIN_DAYS, POSTNATAL_MAX_WEEKS, POSTNATAL_MIN_WEEKS, DAYS_PER_WEEK } from "../intergrowth/constants.js";
import type { IntergrowthMeasure } from "../intergrowth/measures.js";
import { newbornSize } from "../intergrowth/newborn-size.js";
import { newbornSizeValueAtCentile } from "../intergrowth/newborn-size-value.js";
import { pretermGrowth } from "../intergrowth/preterm-growth.js";
import { pretermGrowthValueAtCentile } from "../intergrowth/preterm-growth-value.js";
import { gaWeeksToDays } from "../intergrowth/ga-days.js";
import { zOfTails } from "../intergrowth/normal-tails.js";
import { type ChartLanguage, WORDS } from "./chart-labels.js";
import type { ChartPalette } from "./palette.js";
import { type ChartGeometry, type Curve, type ResolvedPoint, chartOf, layoutChart, readCommonOptions, readMargin, resolveChildren, sampledCurve } from "./layout.js";
import { formatTrimmed, textWidth } from "./svg-text.js";
import { xTicks } from "./ticks.js";
import type { GrowthChartChild, GrowthChartOptions, GrowthChartSkip, GrowthChartSkipReason, IntergrowthChartIndicator } from "./types.js";

const FN = "growthChartSvg";

/** The centiles of the curves, as INTERGROWTH-21st prints them. @internal */
export const CHART_CENTILES = [3, 10, 50, 90, 97] as const;

/**
 * INTERGROWTH-21st sets no plausibility limits; a chart leaves out a point
 * beyond ±6 z, surely a unit error (a birth weight in grams), which would
 * otherwise squash the curves.
 */
const PLAUSIBLE_Z = 6;

interface Kind {
  readonly standard: "newborn" | "preterm";
  readonly measure: IntergrowthMeasure;
  /** The standard's days. */
  readonly minDays: number;
  readonly maxDays: number;
}

const KINDS: Readonly<Record<IntergrowthChartIndicator, Kind>> = {
  "newborn-wei": { standard: "newborn", measure: "wei", minDays: NEWBORN_MIN_DAYS, maxDays: NEWBORN_MAX_DAYS },
  "newborn-len": { standard: "newborn", measure: "len", minDays: NEWBORN_MIN_DAYS, maxDays: NEWBORN_MAX_DAYS },
  "newborn-hc": { standard: "newborn", measure: "hc", minDays: NEWBORN_MIN_DAYS, maxDays: NEWBORN_MAX_DAYS },
  "preterm-wei": { standard: "preterm", measure: "wei", minDays: POSTNATAL_MIN_WEEKS * DAYS_PER_WEEK, maxDays: POSTNATAL_MAX_WEEKS * DAYS_PER_WEEK },
  "preterm-len": { standard: "preterm", measure: "len", minDays: POSTNATAL_MIN_WEEKS * DAYS_PER_WEEK, maxDays: POSTNATAL_MAX_WEEKS * DAYS_PER_WEEK },
  "preterm-hc": { standard: "preterm", measure: "hc", minDays: POSTNATAL_MIN_WEEKS * DAYS_PER_WEEK, maxDays: POSTNATAL_MAX_WEEKS * DAYS_PER_WEEK },
};

const TEXT: Readonly<Record<ChartLanguage, {
  readonly titles: Readonly<Record<IntergrowthChartIndicator, string>>;
  readonly yAxis: Readonly<Record<IntergrowthMeasure, string>>;
  readonly xAxis: Readonly<Record<Kind["standard"], string>>;
  readonly source: Readonly<Record<Kind["standard"], string>>;
  readonly curves: string;
  readonly label: (centile: number) => string;
}>> = {
  en: {
    titles: {
      "newborn-wei": "Birth weight for gestational age",
      "newborn-len": "Birth length for gestational age",
      "newborn-hc": "Head circumference at birth for gestational age",
      "preterm-wei": "Weight of preterm infants",
      "preterm-len": "Length of preterm infants",
      "preterm-hc": "Head circumference of preterm infants",
    },
    yAxis: { wei: "Weight (kg)", len: "Length (cm)", hc: "Head circumference (cm)" },
    xAxis: { newborn: "Gestational age (weeks)", preterm: "Postmenstrual age (weeks)" },
    source: {
      newborn: "INTERGROWTH-21st Newborn Size Standards (Villar et al., Lancet 2014; very preterm: Lancet 2016)",
      preterm: "INTERGROWTH-21st Postnatal Growth Standards for Preterm Infants (Villar et al., Lancet Glob Health 2015)",
    },
    curves: "centile curves 3rd, 10th, 50th, 90th, 97th",
    label: (c) => `${c}${c === 3 ? "rd" : "th"}`,
  },
  id: {
    titles: {
      "newborn-wei": "Berat lahir menurut usia kehamilan",
      "newborn-len": "Panjang lahir menurut usia kehamilan",
      "newborn-hc": "Lingkar kepala lahir menurut usia kehamilan",
      "preterm-wei": "Berat badan bayi prematur",
      "preterm-len": "Panjang badan bayi prematur",
      "preterm-hc": "Lingkar kepala bayi prematur",
    },
    yAxis: { wei: "Berat badan (kg)", len: "Panjang badan (cm)", hc: "Lingkar kepala (cm)" },
    xAxis: { newborn: "Usia kehamilan (minggu)", preterm: "Usia pascamenstruasi (minggu)" },
    source: {
      newborn: "Standar Ukuran Bayi Baru Lahir INTERGROWTH-21st (Villar dkk., Lancet 2014; sangat prematur: Lancet 2016)",
      preterm: "Standar Pertumbuhan Pascanatal Bayi Prematur INTERGROWTH-21st (Villar dkk., Lancet Glob Health 2015)",
    },
    curves: "kurva persentil 3, 10, 50, 90, 97",
    label: (c) => `P${c}`,
  },
};

/** The title of an INTERGROWTH-21st chart ("Birth weight for gestational age"). @internal */
export function intergrowthChartTitle(indicator: IntergrowthChartIndicator, lang: ChartLanguage): string {
  return TEXT[lang].titles[indicator];
}

/** The INTERGROWTH-21st charts, in the order the help lists them. @internal */
export const INTERGROWTH_CHARTS = Object.keys(KINDS) as readonly IntergrowthChartIndicator[];

/** Whether `indicator` names an INTERGROWTH-21st chart. @internal */
export function isIntergrowthChart(indicator: unknown): indicator is IntergrowthChartIndicator {
  return typeof indicator === "string" && Object.prototype.hasOwnProperty.call(KINDS, indicator);
}

/** The default x range of an INTERGROWTH-21st chart, in weeks: the whole standard. @internal */
export function intergrowthRange(indicator: IntergrowthChartIndicator): readonly [number, number] {
  const k = KINDS[indicator];
  return [k.minDays / DAYS_PER_WEEK, k.maxDays / DAYS_PER_WEEK];
}

/** Weeks as INTERGROWTH-21st writes gestational ages: 33+4 (a fraction that is not a whole day: 33.45). */
function weeksText(weeks: number, lang: ChartLanguage): string {
  const days = weeks * DAYS_PER_WEEK;
  const whole = Math.round(days);
  if (Math.abs(days - whole) > 1e-9) return formatTrimmed(weeks, 2, lang);
  return `${Math.floor(whole / DAYS_PER_WEEK)}+${whole % DAYS_PER_WEEK}`;
}

/** The centile curves' colours: those of the z = −2, −1, 0, +1 and +2 curves, with the bands between them. */
function centilePalette(p: ChartPalette): ChartPalette {
  return { ...p, bands: p.bands.slice(1, 7), curves: p.curves.slice(1, 6) };
}

const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : Number.NaN);

/** The age in days (gestational for newborn charts, postmenstrual for preterm charts) of a point, NaN when none is usable. */
function pointDays(kind: Kind, child: GrowthChartChild, p: Readonly<Record<string, unknown>>): number {
  const ga = (days: unknown, weeks: unknown) => {
    const d = num(days);
    return d === d ? d : gaWeeksToDays(num(weeks));
  };
  if (kind.standard === "newborn") {
    const own = ga(p.gaDays, p.gaWeeks);
    return own === own ? own : ga(child.gaDays, child.gaWeeks);
  }
  const pma = ga(p.pmaDays, p.pmaWeeks);
  if (pma === pma) return pma;
  const age = ageDaysOf(num(p.ageDays), num(p.ageMonths));
  return age >= 0 ? ga(child.gaDays, child.gaWeeks) + age : Number.NaN;
}

/** The z-score of a child's value on the chart's standard. */
function pointZ(kind: Kind, sex: 1 | 2, days: number, y: number): number {
  const m = { wei: "weightKg", len: "lengthCm", hc: "headCm" }[kind.measure];
  const z = { wei: "zwei", len: "zlen", hc: "zhc" }[kind.measure] as "zwei" | "zlen" | "zhc";
  return kind.standard === "newborn" ? newbornSize({ sex, gaDays: days, [m]: y })[z] : pretermGrowth({ sex, pmaDays: days, [m]: y })[z];
}

/** A child's point on an INTERGROWTH-21st chart: x in weeks and value; or why it is left off. */
function intergrowthPoint(p: Readonly<Record<string, unknown>>, child: GrowthChartChild, kind: Kind, sex: 1 | 2, fromDays: number, toDays: number): ResolvedPoint | GrowthChartSkipReason {
  const days = pointDays(kind, child, p);
  if (!(days >= 0)) return "invalid-x";
  const y = num(p.value);
  if (!(y > 0)) return "invalid-value";
  if (days < fromDays - 1e-9 || days > toDays + 1e-9) return "outside-range";
  if (!(Math.abs(pointZ(kind, sex, days, y)) <= PLAUSIBLE_Z)) return "implausible";
  return { x: days / DAYS_PER_WEEK, y, index: 0 };
}

/**
 * Validates `options` of an INTERGROWTH-21st chart and lays it out (see
 * `chartGeometry` for the WHO charts). Throws RangeError (naming
 * growthChartSvg and the option) for a bad option; never for children's
 * data.
 * @internal
 */
export function intergrowthChartGeometry(options: GrowthChartOptions): ChartGeometry {
  checkObject(options, null, FN, "options");
  const o = options;
  const indicator = o.indicator as IntergrowthChartIndicator;
  const kind = KINDS[indicator];
  const common = readCommonOptions(o);
  const { sex, lang, fontSize: fs } = common;
  const [tMin, tMax] = intergrowthRange(indicator);
  const range = o.range ?? [tMin, tMax];
  const from = Array.isArray(range) ? num(range[0]) : Number.NaN;
  const to = Array.isArray(range) ? num(range[1]) : Number.NaN;
  if (!Array.isArray(range) || range.length !== 2 || !(from < to)) {
    throw new RangeError(`${FN}: range must be [from, to] in weeks with from < to; got ${JSON.stringify(range)}`);
  }
  if (from < tMin - 1e-9 || to > tMax + 1e-9) {
    throw new RangeError(`${FN}: range [${from}, ${to}] is outside the ${indicator} standard, which covers ${weeksText(tMin, "en")} to ${weeksText(tMax, "en")} weeks`);
  }
  const margin = readMargin(o);
  const T = TEXT[lang];
  const title = o.title ?? `${T.titles[indicator]}, ${sex === 1 ? WORDS[lang].boys : WORDS[lang].girls}, ${weeksText(from, lang)}\u2013${weeksText(to, lang)} ${WORDS[lang].weeks}`;

  const fromDays = from * DAYS_PER_WEEK;
  const toDays = to * DAYS_PER_WEEK;
  const skipped: GrowthChartSkip[] = [];
  const resolved = resolveChildren(o, skipped, (p, child) => intergrowthPoint(p, child, kind, sex, fromDays, toDays));

  // every day of age, both ends exact
  const days = [fromDays];
  for (let d = Math.floor(fromDays + 1e-9) + 1; d < toDays - 1e-9; d++) days.push(d);
  days.push(toDays);
  const value = (centile: number) => (d: number) =>
    kind.standard === "newborn" ? newbornSizeValueAtCentile(kind.measure, sex, d, centile) : pretermGrowthValueAtCentile(kind.measure, sex, d, centile);
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of days) {
    lo = Math.min(lo, value(CHART_CENTILES[0])(d));
    hi = Math.max(hi, value(CHART_CENTILES[4])(d));
  }
  const layout = layoutChart(common, margin, [from, to], [lo, hi], resolved);
  const chartX = (d: number) => (d === fromDays ? from : d === toDays ? to : d / DAYS_PER_WEEK);
  const curves: Curve[] = CHART_CENTILES.map((c) => ({ z: zOfTails(c / 100, 1 - c / 100), label: T.label(c), points: sampledCurve(days, value(c), chartX, layout) }));

  const onSkip = checkFunction(o.onSkip, FN, "options.onSkip") as ((skip: (typeof skipped)[number]) => void) | undefined;
  if (onSkip !== undefined) for (const s of skipped) onSkip(s);

  return chartOf(common, layout, {
    indicator,
    palette: centilePalette(common.palette),
    xKind: "weeks",
    from,
    to,
    title,
    source: `${WORDS[lang].source}: ${T.source[kind.standard]}`,
    unit: kind.measure === "wei" ? "kg" : "cm",
    curvesText: T.curves,
    curveHeader: "",
    xAxis: { title: T.xAxis[kind.standard], ticks: xTicks("weeks", from, to, layout.plotWidth, Math.max(fs * 2.4, textWidth("00", fs) + fs)) },
    yTitle: T.yAxis[kind.measure],
    curves,
  });
}
