/**
 * `tumbuh trends`: every visit of every child with the change since the
 * child's previous visit — the weight gain, KBM's *naik* or *tidak naik*, WHO's
 * weight velocity, the change in WAZ and LAZ, the faltering flags — by the
 * rules of the library's `growthTrajectories`, and with `--referrals` the
 * children to refer in a month, as `referrals()` picks them.
 *
 * A file whose rows are in visit-date order within each child streams
 * through in one pass ({@link streamTrends}). Otherwise the pass stops at
 * the first row out of order and, when the input is a file that can be read
 * again (and nothing has gone to stdout yet), the file is read twice
 * ({@link rereadTrends}), with a warning: rows are never reordered or left
 * out.
 */
import { parseMonth } from "../../../dates/calendar.js";
import { openRun, withOutput, type CommandIo, type ScoreTuning } from "../../io/command-io.js";
import { dataError } from "../../io/errors.js";
import { openOutput, type Output } from "../../io/output.js";
import { quoteCell } from "../../csv/cells.js";
import { DEFAULT_REFER_ON, type TrendsArgs } from "./options.js";
import { flagMask, REFERRAL_COLUMN, ReferralTracker } from "./referrals.js";
import { BYTES_PER_ROW, rereadTrends } from "./reread.js";
import { OutOfOrder, streamTrends, TrendsState } from "./stream.js";
import { TrendWriter } from "./writer.js";

/**
 * Runs `tumbuh trends`.
 * @throws CliError for usage, file and data errors (the caller prints them)
 */
export async function runTrends(args: TrendsArgs, io: CommandIo, tuning: ScoreTuning = {}): Promise<void> {
  const referOn = args.referOn ?? DEFAULT_REFER_ON;
  const newState = () => new TrendsState(args.referrals === undefined ? undefined : new ReferralTracker(args.month === undefined ? undefined : parseMonth(args.month), flagMask(referOn)));
  // Opened before the input is read, so that a bad path fails at once.
  const referralsOut = args.referrals === undefined ? undefined : await openOutput(args.referrals === "-" ? undefined : args.referrals, io.stdout);
  try {
    let state = newState();
    const run = await openRun(args, io);
    try {
      let rows = 0;
      await withOutput(args.output, io, run, async (output) => {
        rows = await streamTrends(run, output, args, tuning, state, args.output === undefined);
      });
      run.progress?.done(rows, args.output ?? "stdout", "followed");
    } catch (e) {
      if (!(e instanceof OutOfOrder)) throw e;
      run.input.close();
      const sortHint = "sort it by child and visit date to stream it in one pass";
      if (run.input.size === undefined) throw dataError(`${run.input.name}: ${e.message}: tumbuh trends reads a stream in one pass and needs each child's rows in visit-date order; ${sortHint}, or give it as a file`);
      if (e.written) throw dataError(`${run.input.name}: ${e.message}, and earlier rows are already written to stdout; write to a file (-o FILE) so that tumbuh can read the input twice, or ${sortHint}`);
      run.warn(`${run.input.name}: ${e.message}: the rows are not in visit-date order within each child, so the file is read twice, with about ${BYTES_PER_ROW} bytes a row in memory; ${sortHint}`);
      state = newState();
      await rereadTrends(args, io, tuning, state);
    }
    if (referralsOut !== undefined) await writeReferrals(referralsOut, state, args, io);
  } catch (e) {
    await referralsOut?.abort();
    throw e;
  }
}

/** Writes the referral list and says on stderr how many children it names. */
async function writeReferrals(out: Output, state: TrendsState, args: TrendsArgs, io: CommandIo): Promise<void> {
  const tracker = state.tracker!;
  const list = tracker.referrals(state.children.ids, args.lang ?? "en");
  const { raw, delimiter: d, eol, bom } = state.header!;
  await out.write((bom ? "\uFEFF" : "") + new TrendWriter(d, eol).header(raw, [REFERRAL_COLUMN]));
  for (const r of list) await out.write(`${r.line}${d}${quoteCell(r.reasons, d)}${eol}`);
  await out.finish();
  const month = tracker.monthText();
  const on = (args.referOn ?? DEFAULT_REFER_ON).join(", ");
  const where = args.referrals === "-" ? "stdout" : args.referrals;
  io.stderr.write(
    args.lang === "id"
      ? `tumbuh: trends: ${list.length} anak perlu dirujuk pada ${month === "" ? "bulan mana pun (tidak ada kunjungan)" : month} (${on}) → ${where}\n`
      : `tumbuh: trends: ${list.length} ${list.length === 1 ? "child" : "children"} to refer in ${month === "" ? "no month (no visits)" : month} (${on}) → ${where}\n`,
  );
}
