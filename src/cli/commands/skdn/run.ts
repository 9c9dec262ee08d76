/**
 * `tumbuh skdn`: posyandu monthly indicators (S, K, D, N, T, O, B, 2T, BGM
 * and their ratios) by the library's `skdn`, as a CSV or JSON table, and
 * the case list of every child and month weighed (`--cases`). SKDN follows
 * each child from month to month, so the columns it reads are kept while the
 * file streams past ({@link SkdnCollector}).
 */
import { skdn, type SkdnCases, type SkdnOptions, type SkdnRegister } from "../../../index.js";
import { DEFAULT_BATCH_SIZE, openRun, withOutput, type CommandIo, type ScoreTuning } from "../../io/command-io.js";
import { CsvTable } from "../../csv/table.js";
import { openOutput, type Output } from "../../io/output.js";
import type { NamedColumn } from "../../columns/named-columns.js";
import { readBatches } from "../../columns/read-batches.js";
import type { SkdnArgs } from "./options.js";
import { SkdnCollector } from "./collector.js";
import { skdnIssueWarnings } from "./issues.js";
import { readRegisterFile } from "./register.js";
import { caseCells, caseColumns, skdnJson, skdnTable } from "./tables.js";
import { SKDN_TARGETS } from "../../columns/targets.js";

const WRITE_EVERY = 8192;

/**
 * Runs `tumbuh skdn`.
 * @throws CliError for usage, file and data errors (the caller prints them)
 */
export async function runSkdn(args: SkdnArgs, io: CommandIo, tuning: ScoreTuning = {}): Promise<void> {
  const register = args.register === undefined ? undefined : await readRegisterFile(args.register, args.by);
  const run = await openRun(args, io);
  let rows = 0;
  await withOutput(args.output, io, run, async (output) => {
    // opened before the input is read, so that a bad path fails at once
    const casesOut = args.cases === undefined ? undefined : await openOutput(args.cases === "-" ? undefined : args.cases, io.stdout);
    try {
      const named: NamedColumn[] = [
        { option: "--id", name: args.id, kind: "text" },
        ...args.by.map((name) => ({ option: "--by", name, kind: "text" as const })),
      ];
      const collected = new SkdnCollector(named);
      const summary = await readBatches(
        run,
        { args, needs: { targets: SKDN_TARGETS, dates: "required", required: ["weight"] }, named, keepRaw: false, batchSize: tuning.batchSize ?? DEFAULT_BATCH_SIZE },
        collected,
      );
      rows = summary.rows;
      const result = skdn(collected.columns(), skdnOptions(args, collected, register));
      for (const w of skdnIssueWarnings(result.issues)) run.warn(w);
      if (args.format === "json") await output.write(skdnJson(result));
      else {
        const table = new CsvTable(collected.delimiter, collected.eol, summary.decimalComma);
        skdnTable(result, args.by, table);
        await output.write(table.take());
      }
      if (casesOut !== undefined) await writeCases(casesOut, result.cases, args, new CsvTable(collected.delimiter, collected.eol, summary.decimalComma));
    } catch (e) {
      await casesOut?.abort();
      throw e;
    }
  });
  run.progress?.done(rows, args.output ?? "stdout", "read");
}

function skdnOptions(args: SkdnArgs, collected: SkdnCollector, register: SkdnRegister | undefined): SkdnOptions {
  return {
    ...(args.by.length > 0 ? { groupBy: Object.fromEntries(args.by.map((name, k) => [name, collected.group(k)])) } : {}),
    ...(register === undefined ? {} : { register }),
    ...(args.from === undefined ? {} : { from: args.from }),
    ...(args.to === undefined ? {} : { to: args.to }),
  };
}

async function writeCases(out: Output, cases: SkdnCases, args: SkdnArgs, table: CsvTable): Promise<void> {
  table.row([...args.by, ...caseColumns(args.id)]);
  for (let q = 0; q < cases.length; q++) {
    table.row(caseCells(cases, q, args.by));
    if (table.pending >= WRITE_EVERY) await out.write(table.take());
  }
  await out.write(table.take());
  await out.finish();
}
