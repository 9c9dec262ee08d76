/**
 * `tumbuh skdn`: posyandu monthly indicators (S, K, D, N, T, O, B, 2T, BGM
 * and their ratios) by the library's `skdn`, as a CSV or JSON table, and
 * the case list of every child and month weighed (`--cases`). SKDN follows
 * each child from month to month, so the columns it reads are kept while the
 * file streams past ({@link SkdnCollector}).
 */
import { KBM_GRAMS, type SkdnRegister } from "../../../index.js";
import { monthOption, SkdnAccumulator, type SkdnTables } from "../../../aggregate/skdn/skdn-accumulator.js";
import { dsTarget } from "../../../aggregate/skdn/skdn.js";
import { readRegister } from "../../../aggregate/skdn/register.js";
import { todayDays } from "../../../dates/parse-date.js";
import { DEFAULT_BATCH_SIZE, openRun, withOutput, type CommandIo, type ScoreTuning } from "../../io/command-io.js";
import { CsvTable } from "../../csv/table.js";
import { openOutput, type Output } from "../../io/output.js";
import { sameFile } from "../../io/paths.js";
import { usageError } from "../../io/errors.js";
import type { NamedColumn } from "../../columns/named-columns.js";
import { readBatches } from "../../columns/read-batches.js";
import type { SkdnArgs } from "./options.js";
import { SkdnFeeder } from "./collector.js";
import { skdnIssueWarnings } from "./issues.js";
import { readRegisterFile } from "./register.js";
import { caseCells, caseColumns, skdnJson, skdnTable } from "./tables.js";
import { SKDN_TARGETS } from "../../columns/targets.js";

const WRITE_EVERY = 1024;

/**
 * Runs `tumbuh skdn`.
 * @throws CliError for usage, file and data errors (the caller prints them)
 */
export async function runSkdn(args: SkdnArgs, io: CommandIo, tuning: ScoreTuning = {}): Promise<void> {
  if (args.cases !== undefined && (await sameFile(args.cases, args.output ?? "-"))) {
    throw usageError(`--cases ${args.cases} and ${args.output === undefined ? "the table (stdout)" : `-o ${args.output}`} are the same file; give the case list its own file`);
  }
  const register = args.register === undefined ? undefined : await readRegisterFile(args.register, args.by);
  const run = await openRun(args, io);
  let rows = 0;
  await withOutput(args.output, io, run, async (output) => {
    // opened before the input is read, so that a bad path fails at once
    const casesOut = args.cases === undefined ? undefined : await openOutput(args.cases === "-" ? undefined : args.cases, io.stdout, io.stderr);
    try {
      const named: NamedColumn[] = [
        { option: "--id", name: args.id, kind: "text" },
        ...args.by.map((name) => ({ option: "--by", name, kind: "text" as const })),
      ];
      const acc = new SkdnAccumulator([args.by], KBM_GRAMS, todayDays());
      let feeder: SkdnFeeder | undefined;
      let format: { delimiter: string; eol: "\n" | "\r\n" } | undefined;
      const summary = await readBatches(
        run,
        { args, needs: { targets: SKDN_TARGETS, dates: "required", required: ["weight"] }, named, keepRaw: false, batchSize: tuning.batchSize ?? DEFAULT_BATCH_SIZE },
        {
          header: (h) => {
            feeder = new SkdnFeeder(acc, h.map.index.has("kia_book"), [args.by.map((_, k) => k + 1)]);
            format = { delimiter: h.delimiter, eol: h.eol };
          },
          batch: (batch) => feeder!.add(batch),
        },
      );
      rows = summary.rows;
      const table = new CsvTable(format!.delimiter, format!.eol, summary.decimalComma);
      const t = skdnTables(acc, args, register, feeder!.hasBook);
      for (const w of skdnIssueWarnings(t.issues)) run.warn(w);
      if (args.format === "json") await output.write(skdnJson(t));
      else {
        skdnTable(t, args.by, table);
        await output.write(table.take());
      }
      if (casesOut !== undefined) await writeCases(casesOut, t, args, table);
    } catch (e) {
      await casesOut?.abort();
      throw e;
    }
  });
  run.progress?.done(rows, args.output ?? "stdout", "read");
}

/** The tables of the weighings read, as `skdn()` makes them. */
function skdnTables(acc: SkdnAccumulator, args: SkdnArgs, register: SkdnRegister | undefined, hasBook: boolean): SkdnTables {
  const caller = "skdn";
  return acc.tables(0, {
    caller,
    from: monthOption(args.from, "from", caller),
    to: monthOption(args.to, "to", caller),
    dsTargetPct: dsTarget(undefined, caller),
    register: register === undefined ? undefined : readRegister(register, args.by, caller),
    hasBook,
  });
}

/** Writes the case list, a few thousand lines at a time (made as they are written). */
async function writeCases(out: Output, t: SkdnTables, args: SkdnArgs, table: CsvTable): Promise<void> {
  table.row([...args.by, ...caseColumns(args.id)]);
  for (let q = 0; q < t.caseCount; q += WRITE_EVERY) {
    t.forEachCase((c) => table.row(caseCells(c, args.by)), q, q + WRITE_EVERY);
    await out.write(table.take());
  }
  await out.write(table.take());
  await out.finish();
}
