/**
 * `tumbuh report`: a month of posyandu weighings (the Operasi Timbang month
 * by default) in one report — prevalence of stunting, wasting, underweight
 * and overweight with 95 % CIs, D/S and the other SKDN indicators, and the
 * data quality checks, for the whole file and by each `--by` column. The
 * register is read once ({@link ReportCollector}); the numbers come from the
 * library's `prevalence`, `prevalenceSignificance`, `skdn` and
 * `qualityReport` ({@link buildReport}).
 */
import { DEFAULT_BATCH_SIZE, openRun, withOutput, type CommandIo, type ScoreTuning } from "../../io/command-io.js";
import { VERSION } from "../../version.js";
import { designColumns, type NamedColumn } from "../../columns/named-columns.js";
import { readBatches } from "../../columns/read-batches.js";
import type { ReportArgs } from "./options.js";
import { TARGETS } from "../../columns/targets.js";
import { buildReport } from "./build.js";
import { BirthOutcomes, withBirths } from "../../columns/birth-outcomes.js";
import { ReportCollector, type NamedRole } from "./collector.js";
import { formatReport } from "./format.js";
import { selectRows } from "./select.js";
import { skdnIssueWarnings } from "../skdn/issues.js";

/** The named columns with their roles: the id, each --by, then the design. */
function namedColumns(args: ReportArgs): (NamedColumn & { role: NamedRole })[] {
  const out: (NamedColumn & { role: NamedRole })[] = [{ role: "id", option: "--id", name: args.id, kind: "text" }];
  for (const name of args.by) out.push({ role: "by", option: "--by", name, kind: "text" });
  return [...out, ...designColumns(args)];
}

/**
 * Runs `tumbuh report`.
 * @throws CliError for usage, file and data errors (the caller prints them)
 */
export async function runReport(args: ReportArgs, io: CommandIo, tuning: ScoreTuning = {}): Promise<void> {
  const named = namedColumns(args);
  const run = await openRun(args, io);
  let rows = 0;
  await withOutput(args.output, io, run, async (output) => {
    const collected = new ReportCollector(named.map((c) => c.role), named, run.warn);
    const births = new BirthOutcomes();
    const summary = await readBatches(
      run,
      {
        args,
        needs: { targets: TARGETS, dates: "required", required: ["weight"] },
        named,
        keepRaw: false,
        batchSize: tuning.batchSize ?? DEFAULT_BATCH_SIZE,
      },
      withBirths(collected, births),
    );
    rows = summary.rows;
    const data = collected.columns();
    const selection = selectRows(data, args.month);
    const report = buildReport(data, selection, args, run.input.name, VERSION, births.active ? births : undefined);
    for (const w of skdnIssueWarnings(report.skdn.issues)) run.warn(`D/S (skdn): ${w}`);
    const text = args.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, { lang: args.lang ?? "en", format: args.format });
    await output.write(text);
  });
  run.progress?.done(rows, args.output ?? "stdout", "reported");
}
