/**
 * `tumbuh trends` on a file whose rows are not in visit-date order within
 * each child: read twice. The first read keeps what the rules need of every
 * row in typed columns (child, date, age, sex, weight, WAZ, LAZ); the visits
 * go through the rules child by child in date order (rows of one day in
 * file order), their results kept per row; the second read writes every
 * row, in the file's order, with its results. Memory grows with the rows
 * ({@link BYTES_PER_ROW}), unlike the one-pass stream.
 */
import type { CommandIo, ScoreTuning } from "../../io/command-io.js";
import { openRun, withOutput } from "../../io/command-io.js";
import { codeColumn, floatColumn, Growable } from "../../columns/growable.js";
import { dataError } from "../../io/errors.js";
import type { TrendsArgs } from "./options.js";
import { readPlan, type TrendsState } from "./stream.js";
import { TrendRows } from "./trend-rows.js";
import { BatchVisits } from "./visits.js";
import { TrendWriter } from "./writer.js";
import { readBatches } from "../../columns/read-batches.js";
import { visitOrder } from "../../../velocity/visit-order.js";

/** Bytes a row takes while a file is read twice: the first read's columns, the row order, and the results. */
export const BYTES_PER_ROW = 4 + 8 * 5 + 1 + 2 + 4 + TrendRows.BYTES_PER_ROW;

/** What the first read keeps of every row. */
class RowColumns {
  readonly child = new Growable((n) => new Int32Array(n));
  readonly day = floatColumn();
  readonly ageDays = floatColumn();
  readonly sex = codeColumn();
  readonly weightKg = floatColumn();
  readonly waz = floatColumn();
  readonly laz = floatColumn();
  readonly notes = new Growable((n) => new Uint16Array(n));

  add(v: BatchVisits): void {
    const n = v.n;
    this.child.append(v.child, n);
    this.day.append(v.day, n);
    this.ageDays.append(v.ageDays, n);
    this.sex.append(v.sex, n);
    this.weightKg.append(v.weightKg, n);
    this.waz.append(v.waz, n);
    this.laz.append(v.laz, n);
    this.notes.append(v.notes, n);
  }
}

/**
 * Reads the file twice (see the module's description) and writes every row.
 * @returns the rows read
 * @throws CliError when the file changed between the two reads
 */
export async function rereadTrends(args: TrendsArgs, io: CommandIo, tuning: ScoreTuning, state: TrendsState): Promise<number> {
  const { children, engine, tracker } = state;
  // First read: the visits.
  const cols = new RowColumns();
  const visits = new BatchVisits(children, 0);
  const first = await openRun(args, io);
  try {
    await readBatches(first, readPlan(args, false, tuning), {
      header: () => undefined,
      batch: (batch) => {
        visits.read(batch);
        cols.add(visits);
      },
    });
  } finally {
    first.progress?.clear();
    first.input.close();
  }

  // The rules, child by child in date order.
  const child = cols.child.values();
  const day = cols.day.values();
  const n = child.length;
  const order = visitOrder(child, day);
  const results = new TrendRows(n);
  const [age, sex, weight, waz, laz, notes] = [cols.ageDays.values(), cols.sex.values(), cols.weightKg.values(), cols.waz.values(), cols.laz.values(), cols.notes.values()];
  for (let r = 0; r < n; r++) if (child[r]! < 0) results.setNoVisit(r, notes[r]!, waz[r]!, laz[r]!);
  for (const r of order) {
    const c = child[r]!;
    const v = engine.visit(c, r, day[r]!, age[r]!, sex[r]!, weight[r]!, waz[r]!, laz[r]!);
    results.set(r, v, weight[r]!, age[r]!, waz[r]!, laz[r]!);
    tracker?.offer(c, r, day[r]!, v.flags);
  }

  // Second read: every row with its results, in the file's order.
  const second = await openRun(args, io);
  let rows = 0;
  await withOutput(args.output, io, second, async (output) => {
    let writer: TrendWriter | undefined;
    const summary = await readBatches(second, readPlan(args, true, tuning), {
      header: async (h) => {
        const start = state.start(h);
        writer = start.writer;
        await output.write(start.line);
      },
      batch: async (batch) => {
        const offset = batch.firstRow;
        if (offset + batch.n > n) throw dataError(`${second.input.name} changed while it was read: it has more rows than the first time`);
        for (let i = 0; i < batch.n; i++) {
          const c = child[offset + i]!;
          if (c >= 0 && tracker?.wants(c, offset + i)) tracker.setLine(c, writer!.line(batch, i, results, offset + i));
        }
        await output.write(writer!.rows(batch, results, offset));
      },
    });
    rows = summary.rows;
    if (rows !== n) throw dataError(`${second.input.name} changed while it was read: ${rows} rows, ${n} the first time`);
  });
  second.progress?.done(rows, args.output ?? "stdout", "followed");
  return rows;
}
