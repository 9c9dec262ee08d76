/**
 * `tumbuh quality`: the data quality report (WHO–UNICEF 2019 checks) of a
 * CSV file, by the library's `qualityReport` counters and
 * `formatQualityReport`. Each batch is added to the counters as the file
 * streams past (per group: counts, histograms, running moments of the
 * z-scores), so memory does not grow with the file.
 */
import { formatQualityReport } from "../../../index.js";
import { QualityAccumulator } from "../../../aggregate/quality/quality-report.js";
import type { MeasureRows } from "../../columns/measure-rows.js";
import { readChildRows } from "../../columns/one-per-child.js";
import { SCORE_TARGETS } from "../../columns/targets.js";
import { DEFAULT_BATCH_SIZE, openRun, withOutput, type CommandIo, type ScoreTuning } from "../../io/command-io.js";
import type { QualityArgs } from "./options.js";

/**
 * Adds rows of measurements to the report's counters: the first `groups`
 * named columns are the grouping columns, the next one the clusters when
 * `clustered`.
 */
export function addQualityRows(acc: QualityAccumulator, rows: MeasureRows, groups = rows.named.length, clustered = false): void {
  acc.add(
    {
      length: rows.n,
      sex: rows.sex,
      ageDays: rows.ageDays,
      ageMonths: rows.ageMonths,
      weightKg: rows.weightKg,
      lenheiCm: rows.lenheiCm,
      measure: rows.measure,
      oedema: rows.oedema,
      dob: rows.dob,
      visit: rows.visit,
    },
    rows.named.slice(0, groups),
    clustered ? rows.named[groups] : undefined,
  );
}

/**
 * Runs `tumbuh quality`.
 * @throws CliError for usage, file and data errors (the caller prints them)
 */
export async function runQuality(args: QualityArgs, io: CommandIo, tuning: ScoreTuning = {}): Promise<void> {
  const run = await openRun(args, io);
  let rows = 0;
  await withOutput(args.output, io, run, async (output) => {
    let acc: QualityAccumulator | undefined;
    const named = [
      ...args.by.map((name) => ({ option: "--by", name, kind: "text" as const })),
      ...(args.cluster === undefined ? [] : [{ option: "--cluster", name: args.cluster, kind: "text" as const }]),
    ];
    const summary = await readChildRows(run, {
      args, targets: SCORE_TARGETS, named, batchSize: tuning.batchSize ?? DEFAULT_BATCH_SIZE,
      header: (_h, layout) => {
        const has = (f: string) => layout.numbers.includes(f as never) || layout.codes.includes(f as never);
        acc = new QualityAccumulator(
          { dob: layout.dates, visit: layout.dates, weightKg: has("weightKg"), lenheiCm: has("lenheiCm"), measure: has("measure") },
          args.by,
          undefined,
          args.cluster !== undefined,
        );
      },
      rows: (r) => addQualityRows(acc!, r, args.by.length, args.cluster !== undefined),
    });
    rows = summary.rows;
    const report = acc!.report();
    const text = args.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : withNewline(formatQualityReport(report, { lang: args.lang }));
    await output.write(text);
  });
  run.progress?.done(rows, args.output ?? "stdout", "checked");
}

function withNewline(s: string): string {
  return s.endsWith("\n") ? s : `${s}\n`;
}
