/**
 * `tumbuh chart`: a WHO growth chart (the library's `growthChartSvg`) with
 * the children of a CSV file plotted on it, as SVG, or as PNG rendered by a
 * headless Chromium found on the machine. Rows that cannot be plotted are
 * named on stderr with the reason, never dropped silently.
 */
import { printable } from "../../../util/printable.js";
import { DEFAULT_RANGES } from "../../../chart/geometry.js";
import { intergrowthRange, isIntergrowthChart } from "../../../chart/intergrowth-chart.js";
import { growthChartSvg, type GrowthChartChild, type GrowthChartOptions, type GrowthChartPoint } from "../../../index.js";
import { WHO2007_MIN_MONTHS } from "../../../who/constants.js";
import { INDICATOR_SPECS } from "../../../who/registry.js";
import { DAYS_PER_MONTH } from "../../../who/rules.js";
import { readBatches } from "../../columns/read-batches.js";
import { SCORE_TARGETS } from "../../columns/targets.js";
import { NEWBORN_TARGETS } from "../newborn/targets.js";
import { DEFAULT_BATCH_SIZE, openRun, type CommandIo, type Run, type ScoreTuning } from "../../io/command-io.js";
import { dataError, usageError } from "../../io/errors.js";
import { openOutput } from "../../io/output.js";
import type { ChartArgs } from "./options.js";
import type { Batch } from "../../columns/batch.js";
import type { InputArgs } from "../../options/input.js";
import type { ChartIndicator } from "../../../index.js";
import { KbmCollector } from "./kbm.js";
import { ChartRowCollector, describeSkip, type ChartRow } from "./points.js";
import { DEFAULT_SIZE_PX, findChromium, renderPng } from "./png.js";

/** Notes printed one by one; the rest are counted. */
const MAX_NOTES = 20;
const SEX_WORD = { 1: "boys", 2: "girls" } as const;

/**
 * Runs `tumbuh chart`.
 * @throws CliError for usage, file and data errors (the caller prints them)
 */
export async function runChart(args: ChartArgs, io: CommandIo, tuning: ScoreTuning = {}): Promise<void> {
  // Fail before reading anything when a PNG cannot be made.
  const browser = args.format === "png" ? findChromium() : undefined;
  if (args.format === "png" && browser === undefined) {
    throw dataError("no Chromium or Chrome found to render a PNG; write an .svg file (-o chart.svg), or set TUMBUH_CHROMIUM to the browser's path");
  }
  const kbm = args.kbm ? new KbmCollector(0) : undefined;
  const read = args.hasChildren ? await readRows(args, args.indicator, io, tuning, kbm && ((b) => kbm.add(b))) : undefined;
  const rows = read === undefined ? [] : selected(args, read.rows, io);
  const verdicts = kbm?.verdicts();
  const sex = chartSex(args, rows);
  const notes: { readonly row: number; readonly text: string }[] = [];
  const note = (r: ChartRow, text: string) => notes.push({ row: r.row, text: `row ${r.row}${r.id === "" ? "" : ` (${args.id} ${r.id})`}: not plotted: ${text}` });

  // One series per child, in the order they first appear, with the gestational age its rows give.
  const series = new Map<string, { points: GrowthChartPoint[]; rows: ChartRow[]; ga: Set<number> }>();
  for (const r of rows) {
    if (args.id !== undefined && r.id === "") note(r, `no ${args.id}`);
    else if (r.sex !== 0 && r.sex !== sex) note(r, `a ${r.sex === 1 ? "boy" : "girl"} on the ${SEX_WORD[sex]}' chart (--sex)`);
    else if (r.skip !== undefined) note(r, r.skip);
    else {
      let s = series.get(r.id);
      if (s === undefined) series.set(r.id, (s = { points: [], rows: [], ga: new Set() }));
      s.points.push(verdicts?.has(r.row) ? { ...r.point, kbm: verdicts.get(r.row)! } : r.point);
      s.rows.push(r);
      if (!Number.isNaN(r.gaDays)) s.ga.add(r.gaDays);
    }
  }
  const entries = [...series.entries()];
  const children: GrowthChartChild[] = entries.map(([id, s]) => ({
    ...(args.id === undefined ? {} : { name: id }),
    points: s.points,
    ...childGestationalAge(args, id, s.ga, io),
  }));
  const range = chartRange(args, rows);
  const skippedPoints = entries.map(() => 0);
  const options: GrowthChartOptions = {
    indicator: args.indicator, sex, range, children, palette: args.palette, lang: args.lang,
    ...(args.width === undefined ? {} : { width: args.width }),
    ...(args.height === undefined ? {} : { height: args.height }),
    ...(args.title === undefined ? {} : { title: args.title }),
    onSkip: (skip) => {
      const r = entries[skip.child]?.[1].rows[skip.point];
      if (r === undefined) return;
      note(r, describeSkip(args.indicator, skip.reason, r.codes, range, xOf(r.point)));
      skippedPoints[skip.child]!++;
    },
  };
  let svg: string;
  try {
    svg = growthChartSvg(options);
  } catch (e) {
    if (e instanceof RangeError) {
      throw usageError(e.message.replace(/^growthChartSvg: (range|width|height|\w+)/, (_, k: string) => (k === "range" ? "--from/--to: the range" : `--${k}`)));
    }
    throw e;
  }

  notes.sort((a, b) => a.row - b.row);
  for (const n of notes.slice(0, MAX_NOTES)) io.stderr.write(`tumbuh: note: ${printable(n.text)}\n`);
  if (notes.length > MAX_NOTES) io.stderr.write(`tumbuh: note: … and ${notes.length - MAX_NOTES} more rows not plotted\n`);
  if (args.hasChildren) {
    const plotted = rows.length - notes.length;
    const shown = entries.filter(([, e], k) => e.points.length > skippedPoints[k]!).length;
    io.stderr.write(`tumbuh: chart: ${plotted} of ${rows.length} rows plotted${args.id === undefined ? "" : `, ${shown} ${shown === 1 ? "child" : "children"}`}\n`);
  }

  await writeChart(args, io, svg, browser);
  read?.run.end?.();
}

/** Writes the chart: SVG, or PNG rendered by `browser`. */
export async function writeChart(args: { readonly output: string | undefined; readonly format: "svg" | "png"; readonly scale: number }, io: CommandIo, svg: string, browser: string | undefined): Promise<void> {
  const output = await openOutput(args.output, io.stdout, io.stderr);
  try {
    if (args.format === "png") {
      const [w, h] = svgSize(svg);
      await output.write(await renderPng(browser!, svg, w, h, args.scale));
    } else await output.write(svg.endsWith("\n") ? svg : `${svg}\n`);
    await output.finish();
  } catch (e) {
    await output.abort();
    throw e;
  }
}

/**
 * The gestational age of a child for the chart (corrected age on the WHO
 * charts): the one its rows give. None on the newborn charts, where each
 * row is a birth with its own; none, with a warning, when the rows differ.
 */
function childGestationalAge(args: ChartArgs, id: string, ga: ReadonlySet<number>, io: CommandIo): { gaDays?: number } {
  if (ga.size === 0 || args.indicator.startsWith("newborn")) return {};
  if (ga.size === 1) return { gaDays: [...ga][0]! };
  const who = args.id === undefined ? "the file's rows (one series without --id)" : `${args.id} ${id}`;
  io.stderr.write(`tumbuh: warning: ${who}: the rows give different gestational ages (${[...ga].join(", ")} days); the ages are not corrected\n`);
  return {};
}

/** What reading the measurements needs: the input options and the id column. */
export type ChartInput = InputArgs & { readonly id: string | undefined; readonly only?: readonly string[] };

/**
 * Reads the rows of the measurements file (`also` sees every batch too, and
 * makes the dates required). The run says what it read (`run.end`) once the
 * chart is written.
 */
export async function readRows(
  args: ChartInput, indicator: ChartIndicator, io: CommandIo, tuning: ScoreTuning, also?: (batch: Batch) => void,
): Promise<{ readonly rows: ChartRow[]; readonly run: Run }> {
  const run = await openRun(args, io);
  const only = args.only ?? [];
  const collector = new ChartRowCollector(indicator, args.id === undefined ? undefined : 0, only.length > 0 ? new Set(only) : undefined);
  try {
    await readBatches(
      run,
      {
        args,
        // a newborn chart reads birth records as tumbuh newborn does (BB Lahir, PB Lahir, LK Lahir), without an age
        needs: indicator.startsWith("newborn")
          ? { targets: NEWBORN_TARGETS, dates: "none" }
          : { targets: SCORE_TARGETS, dates: also === undefined ? "age" : "required" },
        named: args.id === undefined ? [] : [{ option: "--id", name: args.id, kind: "text" }],
        keepRaw: false,
        batchSize: tuning.batchSize ?? DEFAULT_BATCH_SIZE,
      },
      {
        header: () => undefined,
        batch: (b) => {
          collector.add(b);
          also?.(b);
        },
      },
    );
  } finally {
    run.progress?.clear();
    run.input.close();
  }
  return { rows: collector.rows, run };
}

/** The rows read (only those of the children asked for with --only, which the collector kept); a warning for an id with no rows. */
export function selected(args: { readonly only: readonly string[]; readonly id: string | undefined }, rows: ChartRow[], io: CommandIo): ChartRow[] {
  if (args.only.length === 0) return rows;
  const found = new Set(rows.map((r) => r.id));
  for (const id of args.only) if (!found.has(id)) io.stderr.write(`tumbuh: warning: ${printable(`--only ${id}: no row has ${args.id} ${id}`)}\n`);
  return rows;
}

/** The chart's sex: --sex, or the one sex of the file's rows. */
export function chartSex(args: { readonly sex: 1 | 2 | undefined }, rows: readonly ChartRow[]): 1 | 2 {
  if (args.sex !== undefined) return args.sex;
  const seen = new Set(rows.map((r) => r.sex).filter((s) => s !== 0));
  if (seen.size === 1) return [...seen][0] as 1 | 2;
  if (seen.size === 2) throw usageError("the file has boys and girls: give --sex m or --sex f (the rows of the other sex are left out)");
  throw usageError("--sex is required (m/f, L/P, 1/2): the charts of boys and girls differ");
}

/** x of a point in the chart's units: months, cm for wfl/wfh, weeks for the INTERGROWTH-21st charts. */
function xOf(p: GrowthChartPoint): number {
  if (p.lenheiCm !== undefined) return p.lenheiCm;
  if (p.gaDays !== undefined || p.pmaDays !== undefined) return (p.gaDays ?? p.pmaDays!) / 7;
  return p.ageDays !== undefined ? p.ageDays / DAYS_PER_MONTH : p.ageMonths ?? Number.NaN;
}

/**
 * The x range: --from/--to, each end defaulting to one of WHO's printed
 * charts. For weight, length/height, BMI and head circumference that is
 * birth to 2 years; 2 to 5 years when every child (within the table's ages)
 * was measured after 2 years; birth to 5 years when the measurements span
 * both.
 */
function chartRange(args: ChartArgs, rows: readonly ChartRow[]): [number, number] {
  if (isIntergrowthChart(args.indicator)) {
    const [from, to] = intergrowthRange(args.indicator);
    return [args.from ?? from, args.to ?? to];
  }
  let [from, to] = DEFAULT_RANGES[args.indicator];
  const spec = INDICATOR_SPECS[args.indicator];
  if (spec.xUnit === "days" && to < WHO2007_MIN_MONTHS) {
    const tableEnd = spec.xMax / DAYS_PER_MONTH;
    const ages = rows.map((r) => xOf(r.point)).filter((x) => x >= 0 && x <= tableEnd);
    if (ages.some((x) => x > to)) [from, to] = ages.every((x) => x >= to) ? [to, WHO2007_MIN_MONTHS] : [from, WHO2007_MIN_MONTHS];
  }
  return [args.from ?? from, args.to ?? to];
}

/** The pixel size of a chart, from its root element. */
function svgSize(svg: string): [number, number] {
  const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  return m === null ? [...DEFAULT_SIZE_PX] : [Number(m[1]), Number(m[2])];
}
