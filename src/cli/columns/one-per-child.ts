/**
 * `--id COL` and `--month YYYY-MM` for the commands that count children
 * (`prevalence`, `quality`): with `--id`, the rows are a register of visits
 * and each child counts once, by its last visit (of the month with
 * `--month`; on the same date the later row), as the library's
 * `latestPerChild` chooses; without it every row counts, and a column named
 * like a child id that repeats a value gets a warning naming the options.
 * Both commands read their file through {@link readChildRows}, which hands
 * each batch of rows to {@link OnePerChild.add}; the command analyses what
 * comes out of it, as the file streams past or, for a register, once the
 * file is read.
 */
import { formatMonth, parseMonth } from "../../dates/calendar.js";
import type { Batch } from "./batch.js";
import { MeasureReader, measureLayout, type MeasureLayout, type MeasureRows } from "./measure-rows.js";
import type { NamedColumn } from "./named-columns.js";
import { readBatches, type HeaderInfo } from "./read-batches.js";
import type { Target } from "./targets.js";
import type { Run } from "../io/command-io.js";
import type { InputArgs } from "../options/input.js";
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
   * register, to `run.warn`.
   * @returns the rows analysed
   */
  finish(take: (rows: MeasureRows) => void, run: Pick<Run, "warn" | "messages">, rowsRead: number): number {
    const { warn, messages } = run;
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

/** What a command that counts children reads, and what it does with the rows. */
export interface ChildRowsPlan {
  readonly args: InputArgs & RegisterArgs;
  /** The columns the command reads. */
  readonly targets: readonly Target[];
  /** Further columns by header name (`--by`, the design), before the child id. */
  readonly named: readonly NamedColumn[];
  readonly batchSize: number;
  /** At the header, where the measurements are. */
  header(h: HeaderInfo, layout: MeasureLayout): void;
  /** Rows to analyse: each batch as the file streams past, or, for a register, the chosen rows once it is read. */
  rows(rows: MeasureRows): void;
}

/**
 * Reads the file of a command that counts children (`prevalence`,
 * `quality`): the measurements and the named columns of each batch, one
 * measurement per child with `--id` ({@link OnePerChild}), said on stderr
 * at the end.
 * @returns the rows read, the rows analysed, the output's decimal mark, and
 *   the file's rows of none (for a command that must analyse something)
 */
export async function readChildRows(run: Run, plan: ChildRowsPlan): Promise<{ rows: number; analysed: number; decimalComma: boolean; none(): MeasureRows }> {
  const { args } = plan;
  const perChild = new OnePerChild(args, plan.named);
  let reader: MeasureReader | undefined;
  const summary = await readBatches(
    run,
    { args, needs: { targets: plan.targets, dates: "age", visitDate: perChild.visitDate }, named: perChild.named, keepRaw: false, batchSize: plan.batchSize },
    {
      header: (h) => {
        const layout = measureLayout(h.map);
        reader = new MeasureReader(layout, perChild.named.map((c) => c.kind));
        perChild.header(h, layout);
        plan.header(h, layout);
      },
      batch: (batch) => perChild.add(batch, reader!.read(batch), (r) => plan.rows(r)),
    },
  );
  const analysed = perChild.finish((r) => plan.rows(r), run, summary.rows);
  return { rows: summary.rows, analysed, decimalComma: summary.decimalComma, none: () => reader!.empty() };
}
