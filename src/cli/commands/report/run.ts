/**
 * `tumbuh report`: a month of posyandu weighings (the Operasi Timbang month
 * by default) in one report — prevalence of stunting, wasting, underweight
 * and overweight with 95 % CIs, D/S and the other SKDN indicators, and the
 * data quality checks, for the whole file and by each `--by` column. The
 * file is read twice, keeping little of it: first to choose the month
 * ({@link MonthSelector}: one small record per child and month), then to
 * analyse it ({@link ReportAnalyser}: SKDN's compact child-months, and the
 * month's children streamed into the prevalence sums and the quality
 * counters). Stdin is copied to a private temporary file first. Every
 * number is computed as the library's `prevalence`, `skdn` and
 * `qualityReport` compute it ({@link buildReport}).
 */
import { DEFAULT_BATCH_SIZE, runOf, withOutput, type CommandIo, type Run, type ScoreTuning } from "../../io/command-io.js";
import { rereadableInput } from "../../io/spool.js";
import { VERSION } from "../../version.js";
import { designColumns, type NamedColumn } from "../../columns/named-columns.js";
import { readBatches, type ReadPlan } from "../../columns/read-batches.js";
import type { ReportArgs } from "./options.js";
import { TARGETS } from "../../columns/targets.js";
import { buildReport } from "./build.js";
import { ReportAnalyser, type NamedRole } from "./collector.js";
import { formatReport } from "./format.js";
import { MonthSelector } from "./select.js";
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
  const source = await rereadableInput(args.input, io.stdin);
  try {
    const plan: ReadPlan = {
      args,
      needs: { targets: TARGETS, dates: "required", required: ["weight"] },
      named,
      keepRaw: false,
      batchSize: tuning.batchSize ?? DEFAULT_BATCH_SIZE,
    };
    // first reading: the month
    const first = runOf(await source.open(), args, io);
    // let go once the month is chosen: its records are not needed on the second reading
    let selector: MonthSelector | undefined = new MonthSelector();
    let rows = 0;
    let second: Run | undefined;
    await withOutput(args.output, io, first, async (output) => {
      const summary = await readBatches(first, plan, {
        header: (h) => {
          if (h.map.index.has("age_days")) {
            first.warn(`the column "${h.cells[h.map.index.get("age_days")!]}" is not read: the report takes the age from the dates of birth and visit (age_months fills rows without them)`);
          }
        },
        batch: (b) => selector!.add(b),
      });
      rows = summary.rows;
      first.progress?.clear();
      const selection = selector!.select(args.month);
      selector = undefined;
      // second reading: SKDN and the month's children
      second = runOf(await source.open(), args, io, true);
      const analyser = new ReportAnalyser(named.map((c) => c.role), selection);
      try {
        await readBatches(second, plan, analyser);
      } finally {
        second.input.close();
      }
      const report = buildReport(selection, analyser.analysis(), rows, args, first.input.name, VERSION);
      for (const w of skdnIssueWarnings(report.skdn.issues)) first.warn(`D/S (skdn): ${w}`);
      const text = args.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, { lang: args.lang ?? "en", format: args.format });
      await output.write(text);
    });
    (second ?? first).progress?.done(rows, args.output ?? "stdout", "reported");
  } finally {
    await source.dispose();
  }
}
