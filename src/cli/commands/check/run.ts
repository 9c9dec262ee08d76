/**
 * `tumbuh check`: reads the file in batches, scores each batch as `tumbuh
 * score` does, and adds it to the audit's counters (`AuditAccumulator`),
 * writing the disagreeing rows to `--rows` as it goes; then writes the
 * report. Memory does not grow with the file.
 */
import { AuditAccumulator } from "../../../audit/audit-accumulator.js";
import type { AuditField } from "../../../audit/types.js";
import { BatchScorer } from "../../columns/batch-scorer.js";
import type { NamedColumn } from "../../columns/named-columns.js";
import { readBatches } from "../../columns/read-batches.js";
import { SCORE_TARGETS } from "../../columns/targets.js";
import { CsvTable } from "../../csv/table.js";
import { DEFAULT_BATCH_SIZE, openRun, withOutput, type CommandIo, type ScoreTuning } from "../../io/command-io.js";
import type { Output } from "../../io/output.js";
import { checkCsv, checkJson, checkText, misclassifiedTotal } from "./format.js";
import type { CheckArgs } from "./options.js";
import { DisagreementRows } from "./rows.js";

/**
 * Runs `tumbuh check`.
 * @returns the exit status: 1 when some value is misclassified, else 0
 * @throws CliError for usage, file and data errors (the caller prints them)
 */
export async function runCheck(args: CheckArgs, io: CommandIo, tuning: ScoreTuning = {}): Promise<number> {
  const fields = [...args.compare.keys()];
  const named: NamedColumn[] = [
    ...fields.map((f) => ({ option: "--compare", name: args.compare.get(f)!, kind: "text" as const })),
    ...(args.id === undefined ? [] : [{ option: "--id", name: args.id, kind: "text" as const }]),
  ];
  const run = await openRun(args, io);
  const audit = new AuditAccumulator(fields, args.categories, "tumbuh check");
  const scorer = new BatchScorer("who");
  let records = 0;
  let exit = 0;
  await withOutput(args.output, io, run, async (output) => {
    const withRows = (work: (rows: Output | undefined) => Promise<void>) =>
      args.rows === undefined ? work(undefined) : withOutput(args.rows === "-" ? undefined : args.rows, io, run, work);
    await withRows(async (rowsOut) => {
      let rows: DisagreementRows | undefined;
      let offset = 0;
      const summary = await readBatches(
        run,
        { args, needs: { targets: SCORE_TARGETS, dates: "age" }, named, keepRaw: false, batchSize: tuning.batchSize ?? DEFAULT_BATCH_SIZE },
        {
          header: async (h) => {
            if (rowsOut === undefined) return;
            rows = new DisagreementRows(h, args.compare, args.id === undefined ? -1 : fields.length);
            await rowsOut.write(rows.take());
          },
          batch: async (batch) => {
            const scores = scorer.score(batch);
            const external = Object.fromEntries(fields.map((f, k) => [f, batch.named(k)])) as Partial<Record<AuditField, readonly string[]>>;
            audit.add(batch.columns(), scores, batch.n, external, rows?.sink(batch, scores, offset));
            offset += batch.n;
            if (rows !== undefined) await rowsOut!.write(rows.take());
          },
        },
      );
      records = summary.rows;
    });
    const report = audit.report();
    for (const f of fields) {
      if (report.indicators[f]!.compared === 0) run.warn(`${f}: no row has both a value in "${args.compare.get(f)}" and a WHO value; nothing was compared`);
    }
    if (args.format === "json") await output.write(checkJson(report, args.compare));
    else if (args.format === "csv") {
      const table = new CsvTable();
      checkCsv(report, args.compare, table);
      await output.write(table.take());
    } else await output.write(checkText(report, args.compare));
    exit = misclassifiedTotal(report) > 0 ? 1 : 0;
  });
  run.progress?.done(records, args.output ?? "stdout", "checked");
  return exit;
}
