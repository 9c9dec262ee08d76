/**
 * `tumbuh quality`: the data quality report (WHO–UNICEF 2019 checks) of a
 * CSV file, by the library's `qualityReport` and `formatQualityReport`. The
 * checks need every row at once (distributions), so the columns they read
 * are kept while the file streams past: typed arrays, about 40 bytes a row.
 */
import { formatQualityReport, qualityReport, type QualityColumns } from "../../../index.js";
import { NamedColumnCollector } from "../../columns/named-collector.js";
import { readBatches } from "../../columns/read-batches.js";
import { SCORE_TARGETS } from "../../columns/targets.js";
import { DEFAULT_BATCH_SIZE, openRun, withOutput, type CommandIo, type ScoreTuning } from "../../io/command-io.js";
import { MeasurementCollector } from "./collector.js";
import type { QualityArgs } from "./options.js";

/**
 * Runs `tumbuh quality`.
 * @throws CliError for usage, file and data errors (the caller prints them)
 */
export async function runQuality(args: QualityArgs, io: CommandIo, tuning: ScoreTuning = {}): Promise<void> {
  const run = await openRun(args, io);
  let rows = 0;
  await withOutput(args.output, io, run, async (output) => {
    let measurements: MeasurementCollector | undefined;
    const named = [
      ...args.by.map((name) => ({ option: "--by", name, kind: "text" as const })),
      ...(args.cluster === undefined ? [] : [{ option: "--cluster", name: args.cluster, kind: "text" as const }]),
    ];
    const groups = new NamedColumnCollector(named);
    const summary = await readBatches(
      run,
      { args, needs: { targets: SCORE_TARGETS, dates: "age" }, named, keepRaw: false, batchSize: tuning.batchSize ?? DEFAULT_BATCH_SIZE },
      {
        header: (h) => {
          measurements = new MeasurementCollector(h.map);
        },
        batch: (batch) => {
          measurements!.add(batch);
          groups.add(batch);
        },
      },
    );
    rows = summary.rows;
    const { length: _, ...columns } = measurements!.columns();
    const groupBy = Object.fromEntries(args.by.map((name, k) => [name, groups.text(k)]));
    const cluster = args.cluster === undefined ? {} : { cluster: groups.text(args.by.length) };
    const report = qualityReport(columns as QualityColumns, { ...(args.by.length > 0 ? { groupBy } : {}), ...cluster });
    const text = args.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : withNewline(formatQualityReport(report, { lang: args.lang }));
    await output.write(text);
  });
  run.progress?.done(rows, args.output ?? "stdout", "checked");
}

function withNewline(s: string): string {
  return s.endsWith("\n") ? s : `${s}\n`;
}
