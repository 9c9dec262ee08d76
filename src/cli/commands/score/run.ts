/**
 * `tumbuh score`: reads a CSV in batches, scores each batch with
 * `scoreColumns` (and, with `--categories`, classifies it with
 * `categoryColumns`), and writes it out before reading on, so memory stays
 * flat for any file size.
 */
import type { ScoreArgs } from "./options.js";
import { BatchCategories } from "./categories.js";
import { BatchScorer } from "../../columns/batch-scorer.js";
import { DEFAULT_BATCH_SIZE, openRun, withOutput, type CommandIo, type ScoreTuning } from "../../io/command-io.js";
import { CsvWriter } from "./writer.js";
import { Notes } from "./notes.js";
import { NOTES_COLUMN, outputFields } from "./output-fields.js";
import { readBatches } from "../../columns/read-batches.js";
import { absentColumnBits } from "../../columns/row-notes.js";
import { hasGestationalAge, SCORE_TARGETS } from "../../columns/targets.js";
import { SMART_FLAG_COLUMNS, smartFlagCells, smartMeans } from "./smart-flags.js";

/**
 * Runs `tumbuh score`.
 * @throws CliError for usage, file and data errors (the caller prints them)
 */
export async function runScore(args: ScoreArgs, io: CommandIo, tuning: ScoreTuning = {}): Promise<void> {
  const batchSize = tuning.batchSize ?? DEFAULT_BATCH_SIZE;
  const means = args.smartFlags ? await smartMeans(args, io, batchSize) : undefined;
  const run = await openRun(args, io);
  const scorer = new BatchScorer(args.precision);
  const categories = args.categories === undefined ? undefined : new BatchCategories(args.categories, args.lang, args.precision);
  const extraNames = [...(categories?.names ?? []), ...(means === undefined ? [] : SMART_FLAG_COLUMNS)];
  const added = [...outputFields(true), NOTES_COLUMN, ...extraNames];
  let rows = 0;
  await withOutput(args.output, io, run, async (output) => {
    let writer: CsvWriter | undefined;
    const summary = await readBatches(
      run,
      {
        args,
        needs: { targets: SCORE_TARGETS, dates: "age", outputNames: added },
        keepRaw: true,
        batchSize,
      },
      {
        header: async (h) => {
          const notes = new Notes(h.delimiter, absentColumnBits(h.map));
          writer = new CsvWriter(h.delimiter, h.eol, notes, outputFields(hasGestationalAge(h.map)), extraNames);
          await output.write((h.bom ? "\uFEFF" : "") + writer.header(h.rawHeader));
        },
        batch: async (batch) => {
          const scores = scorer.score(batch);
          const extra = [...(categories?.columns(batch, scores) ?? []), ...(means === undefined ? [] : smartFlagCells(scores, batch.n, means))];
          await output.write(writer!.rows(batch, scores, extra));
          return scores;
        },
      },
    );
    rows = summary.rows;
  });
  run.progress?.done(rows, args.output ?? "stdout");
}
