/**
 * `tumbuh score --smart-flags`: SMART's flags as columns beside WHO's. A
 * SMART flag needs the survey's mean of each indicator first, so the file
 * is read twice: once for the means of the z-scores WHO does not flag
 * (scoring every batch, keeping two numbers per indicator), then again to
 * write the rows with their flags. Memory stays flat; stdin cannot be read
 * twice.
 */
import { isSmartFlagged } from "../../../aggregate/smart/smart-flags.js";
import type { ScoreColumnsResult } from "../../../index.js";
import { BatchScorer } from "../../columns/batch-scorer.js";
import { readBatches } from "../../columns/read-batches.js";
import { SCORE_TARGETS } from "../../columns/targets.js";
import { openRun, type CommandIo } from "../../io/command-io.js";
import { usageError } from "../../io/errors.js";
import type { ScoreArgs } from "./options.js";

/** The indicators flagged, each with its WHO flag and its SMART flag column. */
export const SMART_FLAG_FIELDS = [
  ["zlen", "flen", "flen_smart"],
  ["zwei", "fwei", "fwei_smart"],
  ["zwfl", "fwfl", "fwfl_smart"],
  ["zbmi", "fbmi", "fbmi_smart"],
] as const;

/** The SMART flag columns, in order. */
export const SMART_FLAG_COLUMNS: readonly string[] = SMART_FLAG_FIELDS.map(([, , name]) => name);

/**
 * The first reading: each indicator's mean of the z-scores WHO does not
 * flag, over the whole file (NaN when it has none).
 * @throws CliError (exit 2) for stdin; whatever reading the file throws
 */
export async function smartMeans(args: ScoreArgs, io: CommandIo, batchSize: number): Promise<Float64Array> {
  if (args.input === undefined || args.input === "-") {
    throw usageError("--smart-flags reads the input twice (first for the survey's means): give the file name, not stdin");
  }
  const opened = await openRun({ ...args, progress: false }, io);
  if (opened.input.size === undefined) {
    opened.input.close();
    throw usageError(`--smart-flags reads the input twice: ${opened.input.name} is not a regular file`);
  }
  const scorer = new BatchScorer(args.precision);
  const sums = new Float64Array(SMART_FLAG_FIELDS.length);
  const counts = new Float64Array(SMART_FLAG_FIELDS.length);
  await readBatches(
    { ...opened, warn: () => undefined }, // the second reading warns
    { args, needs: { targets: SCORE_TARGETS, dates: "age" }, keepRaw: false, batchSize },
    {
      header: () => undefined,
      batch: (batch) => {
        const s = scorer.score(batch);
        SMART_FLAG_FIELDS.forEach(([zf, ff], k) => {
          const z = s[zf];
          const f = s[ff];
          for (let i = 0; i < batch.n; i++) {
            if (Number.isFinite(z[i]!) && f[i] !== 1) {
              sums[k] = sums[k]! + z[i]!;
              counts[k] = counts[k]! + 1;
            }
          }
        });
      },
    },
  );
  return sums.map((sum, k) => (counts[k]! > 0 ? sum / counts[k]! : Number.NaN));
}

/** The SMART flag cells of a scored batch ("1", "0", or empty where the z-score is missing), one array per column. */
export function smartFlagCells(scores: ScoreColumnsResult, n: number, means: Float64Array): string[][] {
  return SMART_FLAG_FIELDS.map(([zf, ff], k) => {
    const z = scores[zf];
    const f = scores[ff];
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = z[i] !== z[i] ? "" : isSmartFlagged(z[i]!, f[i]!, means[k]!) ? "1" : "0";
    return out;
  });
}
