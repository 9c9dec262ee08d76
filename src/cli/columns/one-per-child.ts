/**
 * `--id COL` and `--month YYYY-MM` for the commands that count children
 * (`prevalence`, `quality`): with `--id`, the rows are a register of visits
 * and each child counts once, by its last visit (of the month with
 * `--month`; on the same date the later row), as the library's
 * `latestPerChild` chooses; without it every row counts, and a column named
 * like a child id that repeats a value gets a warning naming the options.
 * The command hands each batch of rows to {@link OnePerChild.add} and
 * analyses what comes out of it, as the file streams past or, for a
 * register, once the file is read.
 */
import { formatMonth, parseMonth } from "../../dates/calendar.js";
import type { Batch } from "./batch.js";
import type { MeasureLayout, MeasureRows } from "./measure-rows.js";
import type { NamedColumn } from "./named-columns.js";
import type { HeaderInfo } from "./read-batches.js";
import type { Messages } from "../io/messages.js";
import { ID_LIKE_HEADERS, RegisterRows, RepeatDetector } from "./register-rows.js";

/** The options that make a register one measurement per child. */
export interface RegisterArgs {
  readonly id: string | undefined;
  readonly month: string | undefined;
}

/** One measurement per child, or every row. */
export class OnePerChild {
  /** The named columns the command reads, the child id (or the column looked at for repeats) last. */
  readonly named: readonly NamedColumn[];
  private readonly idSlot: number;
  private register: RegisterRows | undefined;
  private readonly detector: RepeatDetector | undefined;
  private idHeader: string | undefined;

  constructor(
    private readonly args: RegisterArgs,
    named: readonly NamedColumn[],
  ) {
    this.idSlot = named.length;
    const idColumn: NamedColumn = args.id !== undefined
      ? { option: "--id", name: args.id, kind: "text" }
      : { option: "--id", name: ID_LIKE_HEADERS[0]!, alternatives: ID_LIKE_HEADERS.slice(1), optional: true, kind: "text" };
    this.named = [...named, idColumn];
    this.detector = args.id === undefined ? new RepeatDetector() : undefined;
  }

  /** Whether the visit date must be read. */
  get visitDate(): boolean {
    return this.args.id !== undefined;
  }

  /** At the header: where the rows' measurements are. */
  header(h: HeaderInfo, layout: MeasureLayout): void {
    const field = h.namedFields[this.idSlot]!;
    this.idHeader = field >= 0 ? h.cells[field]!.trim() : undefined;
    if (this.args.id !== undefined) {
      const month = this.args.month === undefined ? Number.NaN : parseMonth(this.args.month);
      this.register = new RegisterRows(layout, this.named.map((c) => c.kind), this.idSlot, month);
    }
  }

  /** A batch's rows: analysed at once (`take`), or kept for the end (a register). */
  add(batch: Batch, rows: MeasureRows, take: (rows: MeasureRows) => void): void {
    if (this.register !== undefined) this.register.add(rows, batch.visitDays()!);
    else {
      if (this.idHeader !== undefined) this.detector!.add(rows.named[this.idSlot] as readonly string[], rows.n);
      take(rows);
    }
  }

  /**
   * After the last batch: a register's kept rows, in row order, to `take`;
   * the summary of the selection, or the warning that the file looks like a
   * register, to `warn`.
   * @returns the rows analysed
   */
  finish(take: (rows: MeasureRows) => void, warn: (message: string) => void, rowsRead: number, messages: Messages): number {
    const reg = this.register;
    if (reg !== undefined) {
      reg.forEachBatch(take);
      warn(messages.registerSelection(this.args.id!, this.args.month === undefined ? undefined : formatMonth(parseMonth(this.args.month)), reg.children, reg.setAside));
      return reg.children;
    }
    const repeat = this.detector!.repeat;
    if (repeat !== undefined && this.idHeader !== undefined) {
      warn(messages.registerRepeat(this.idHeader, repeat.value, repeat.first, repeat.again));
    }
    return rowsRead;
  }
}
