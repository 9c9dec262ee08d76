/**
 * `tumbuh chart --velocity V`: a WHO growth velocity chart (the library's
 * `velocityChartSvg`) with the increments of the children of a CSV file,
 * as SVG or PNG. Each child's measurements (one line per child with --id)
 * are paired as WHO's intervals need; rows that cannot be used are named on
 * stderr, never dropped silently.
 */
import { velocityChartSvg, type Indicator, type VelocityChartChild, type VelocityChartPoint } from "../../../index.js";
import type { CommandIo, ScoreTuning } from "../../io/command-io.js";
import { dataError, usageError } from "../../io/errors.js";
import type { ArgsOf } from "../../options/option.js";
import type { CHART_OPTIONS } from "./options.js";
import { findChromium } from "./png.js";
import { chartSex, readRows, selected, writeChart } from "./run.js";
import { VELOCITY_CHARTS, type VelocityChartName } from "./velocity-options.js";

/** Where each velocity chart's measurements come from: what the attained-growth chart of the same measure plots. */
const MEASURED: Readonly<Record<VelocityChartName, Indicator>> = { weight: "wei", "weight-2mo": "wei", length: "len", head: "hc" };

/** The arguments of a velocity chart, checked. */
export function velocityChartArgs(args: ArgsOf<typeof CHART_OPTIONS> & { readonly velocity: VelocityChartName }) {
  if (args.indicator !== undefined) throw usageError("--indicator and --velocity each choose the chart: give one");
  if (args.kbm) throw usageError("--kbm marks the weight-for-age chart (--indicator wei), not a velocity chart");
  if (args.from !== undefined || args.to !== undefined) throw usageError("--from/--to set an age range; a velocity chart shows all of WHO's intervals");
  const format = args.output === undefined ? "svg" : /\.png$/i.test(args.output) ? "png" : /\.svg$/i.test(args.output) ? "svg" : undefined;
  if (format === undefined) throw usageError(`-o ${args.output}: the file name must end in .svg or .png`);
  return { ...args, velocity: args.velocity, progress: args.progress === true, hasChildren: args.input !== undefined, format: format as "svg" | "png" };
}

export type VelocityChartArgs = ReturnType<typeof velocityChartArgs>;

const MAX_NOTES = 20;

/**
 * Runs `tumbuh chart --velocity`.
 * @throws CliError for usage, file and data errors
 */
export async function runVelocityChart(args: VelocityChartArgs, io: CommandIo, tuning: ScoreTuning = {}): Promise<void> {
  const browser = args.format === "png" ? findChromium() : undefined;
  if (args.format === "png" && browser === undefined) {
    throw dataError("no Chromium or Chrome found to render a PNG; write an .svg file (-o chart.svg), or set TUMBUH_CHROMIUM to the browser's path");
  }
  const { measure, months } = VELOCITY_CHARTS[args.velocity];
  const read = args.hasChildren ? await readRows(args, MEASURED[args.velocity], io, tuning) : undefined;
  const rows = read === undefined ? [] : selected(args, read.rows, io);
  const sex = chartSex(args, rows);
  const series = new Map<string, { points: VelocityChartPoint[]; rows: number[] }>();
  const notes: string[] = [];
  for (const r of rows) {
    const who = `row ${r.row}${r.id === "" ? "" : ` (${args.id} ${r.id})`}`;
    if (args.id !== undefined && r.id === "") notes.push(`${who}: not used: no ${args.id}`);
    else if (r.sex !== 0 && r.sex !== sex) notes.push(`${who}: not used: a ${r.sex === 1 ? "boy" : "girl"} on the ${sex === 1 ? "boys" : "girls"}' chart (--sex)`);
    else if (r.skip !== undefined) notes.push(`${who}: not used: ${r.skip}`);
    else {
      let s = series.get(r.id);
      if (s === undefined) series.set(r.id, (s = { points: [], rows: [] }));
      s.points.push(r.point);
      s.rows.push(r.row);
    }
  }
  const entries = [...series.entries()];
  const children: VelocityChartChild[] = entries.map(([id, s]) => (args.id === undefined ? { points: s.points } : { name: id, points: s.points }));
  let unpaired = 0;
  const svg = velocityChartSvg({
    measure, months, sex, children, lang: args.lang,
    ...(args.width === undefined ? {} : { width: args.width }),
    ...(args.height === undefined ? {} : { height: args.height }),
    ...(args.title === undefined ? {} : { title: args.title }),
    onSkip: (skip) => {
      const row = entries[skip.child]?.[1].rows[skip.point];
      if (skip.reason === "no-pair") unpaired++;
      else if (row !== undefined) notes.push(`row ${row}: not used: ${skip.reason === "invalid-x" ? "no usable age" : "no usable measurement"}`);
    },
  });
  for (const n of notes.slice(0, MAX_NOTES)) io.stderr.write(`tumbuh: note: ${n}\n`);
  if (notes.length > MAX_NOTES) io.stderr.write(`tumbuh: note: … and ${notes.length - MAX_NOTES} more rows not used\n`);
  if (args.hasChildren) {
    const increments = rows.length - notes.length - unpaired;
    io.stderr.write(`tumbuh: chart: ${increments} increments of ${rows.length} rows (${unpaired} measurements have no earlier one a WHO interval before: a first measurement, or visits not one or two months apart)\n`);
  }
  await writeChart(args, io, svg, browser);
  read?.run.end?.();
}
