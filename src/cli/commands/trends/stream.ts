/**
 * `tumbuh trends` in one pass: each batch of rows goes through the
 * trajectory rules and is written out before the next is read, so memory
 * grows with the number of children (one record each), not with the rows.
 * This needs each child's rows in visit-date order (children may be
 * interleaved: a register sorted by child and date, or appended month by
 * month); a row dated before an earlier row of its child stops the pass
 * ({@link OutOfOrder}).
 */
import { TrajectoryEngine } from "../../../velocity/trajectory-engine.js";
import { formatDay } from "../../../dates/calendar.js";
import { KBM_GRAMS } from "../../../index.js";
import type { Batch } from "../../columns/batch.js";
import type { NamedColumn } from "../../columns/named-columns.js";
import { readBatches, type HeaderInfo } from "../../columns/read-batches.js";
import { TRENDS_TARGETS } from "../../columns/targets.js";
import { DEFAULT_BATCH_SIZE, type Run, type ScoreTuning } from "../../io/command-io.js";
import type { Output } from "../../io/output.js";
import type { TrendsArgs } from "./options.js";
import type { ReferralTracker } from "./referrals.js";
import { TrendRows } from "./trend-rows.js";
import { BatchVisits, ChildCodes } from "./visits.js";
import { TREND_COLUMNS, TrendWriter } from "./writer.js";

/** A child's row dated before an earlier row of the same child. */
export class OutOfOrder extends Error {
  constructor(
    /** 1-based data row (the header not counted). */
    readonly row: number,
    /** The id column and the child's id. */
    readonly idColumn: string,
    readonly childId: string,
    readonly date: string,
    readonly latest: string,
    /** Output was already written to a stream that cannot take it back (stdout). */
    readonly written: boolean,
  ) {
    super(`row ${row} (${idColumn} ${childId}) is dated ${date}, before an earlier row of the same child (${latest})`);
    this.name = "OutOfOrder";
  }
}

/** The input's header record and format, for the files written. */
export interface HeaderLine {
  readonly raw: string;
  readonly delimiter: string;
  readonly eol: string;
  readonly bom: boolean;
}

/** What the trajectory passes share: the children, the rules' state and the referrals. */
export class TrendsState {
  readonly children = new ChildCodes();
  readonly engine = new TrajectoryEngine(KBM_GRAMS, true);
  /** Set when the header is read. */
  header: HeaderLine | undefined;

  constructor(readonly tracker: ReferralTracker | undefined) {}

  /** Notes the header, and gives the writer of its format with the header line to write. */
  start(h: HeaderInfo): { writer: TrendWriter; line: string } {
    this.header = { raw: h.rawHeader, delimiter: h.delimiter, eol: h.eol, bom: h.bom };
    const writer = new TrendWriter(h.delimiter, h.eol);
    return { writer, line: (h.bom ? "\uFEFF" : "") + writer.header(h.rawHeader) };
  }
}

/** How a pass reads the input: the id column, the columns trends reads, the batch size. */
export function readPlan(args: TrendsArgs, keepRaw: boolean, tuning: ScoreTuning) {
  const named: NamedColumn[] = [{ option: "--id", name: args.id, kind: "text" }];
  return {
    args,
    needs: { targets: TRENDS_TARGETS, dates: "required" as const, required: ["weight"], outputNames: TREND_COLUMNS },
    named,
    keepRaw,
    batchSize: tuning.batchSize ?? DEFAULT_BATCH_SIZE,
  };
}

/**
 * Reads the input once, writing each row with its trajectory columns.
 * @returns the rows read
 * @throws OutOfOrder at the first row dated before an earlier row of its child
 */
export async function streamTrends(run: Run, output: Output, args: TrendsArgs, tuning: ScoreTuning, state: TrendsState, toStdout: boolean): Promise<number> {
  const { children, engine, tracker } = state;
  const visits = new BatchVisits(children, 0);
  let writer: TrendWriter | undefined;
  let header = "";
  let written = false;
  let rows: TrendRows | undefined;
  const summary = await readBatches(run, readPlan(args, true, tuning), {
    header: (h) => {
      ({ writer, line: header } = state.start(h));
    },
    batch: async (batch: Batch) => {
      if (rows === undefined) rows = new TrendRows(batch.capacity);
      visits.read(batch);
      const first = batch.firstRow;
      for (let i = 0; i < batch.n; i++) {
        const c = visits.child[i]!;
        const waz = visits.waz[i]!;
        const laz = visits.laz[i]!;
        if (c < 0) {
          rows.setNoVisit(i, visits.notes[i]!, waz, laz);
          continue;
        }
        const day = visits.day[i]!;
        const weight = visits.weightKg[i]!;
        const age = visits.ageDays[i]!;
        const v = engine.visit(c, first + i, day, age, visits.sex[i]!, weight, waz, laz);
        if (v.outOfOrder) throw new OutOfOrder(first + i + 1, args.id, children.ids[c]!, formatDay(day), formatDay(engine.latestKey(c)), toStdout && written);
        rows.set(i, v, weight, age, waz, laz);
        if (tracker?.offer(c, first + i, day, v.flags)) tracker.setLine(c, writer!.line(batch, i, rows, i));
      }
      // Nothing is written before the first batch has gone through the rules: a file out of order from the start can still be read again.
      if (!written) await output.write(header);
      written = true;
      await output.write(writer!.rows(batch, rows, 0));
    },
  });
  if (!written) await output.write(header);
  return summary.rows;
}
