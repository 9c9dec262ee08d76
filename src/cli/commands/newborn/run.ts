/**
 * `tumbuh newborn`: reads birth records in batches, gives each its
 * INTERGROWTH-21st size at birth with `newbornSize`, and writes the batch
 * before reading on, so memory stays flat for any file size (as `tumbuh
 * score` does).
 */
import type { NewbornArgs } from "./options.js";
import { DEFAULT_BATCH_SIZE, openRun, withOutput, type CommandIo, type ScoreTuning } from "../../io/command-io.js";
import { readBatches } from "../../columns/read-batches.js";
import { hasGestationalAge } from "../../columns/targets.js";
import { NOTES_COLUMN } from "../score/output-fields.js";
import { NEWBORN_TARGETS } from "./targets.js";
import { absentColumnCodes, NEWBORN_COLUMNS, NewbornWriter } from "./writer.js";

/**
 * Runs `tumbuh newborn`.
 * @throws CliError for usage, file and data errors (the caller prints them)
 */
export async function runNewborn(args: NewbornArgs, io: CommandIo, tuning: ScoreTuning = {}): Promise<void> {
  const run = await openRun(args, io);
  let rows = 0;
  await withOutput(args.output, io, run, async (output) => {
    let writer: NewbornWriter | undefined;
    const summary = await readBatches(
      run,
      {
        args,
        needs: { targets: NEWBORN_TARGETS, dates: "none", outputNames: [...NEWBORN_COLUMNS, NOTES_COLUMN] },
        keepRaw: true,
        batchSize: tuning.batchSize ?? DEFAULT_BATCH_SIZE,
      },
      {
        header: async (h) => {
          if (!hasGestationalAge(h.map)) {
            run.warn("no gestational age column (ga_days, ga_weeks, Usia Kehamilan or UK): only the birth weight category (lbw) can be given; map one with --col ga_weeks=HEADER");
          }
          writer = new NewbornWriter(h.delimiter, h.eol, args.precision === "full", absentColumnCodes(h.map));
          await output.write((h.bom ? "\uFEFF" : "") + writer.header(h.rawHeader));
        },
        batch: async (batch) => {
          await output.write(writer!.rows(batch));
        },
      },
    );
    rows = summary.rows;
  });
  run.progress?.done(rows, args.output ?? "stdout");
}
