/**
 * `tumbuh trends IN.csv --id child_id -o OUT.csv --quiet` as a child process
 * (the built `dist/cli.js`, copied into a temporary directory; the `cli`
 * section's probe: wall time, peak resident memory) on generated registers
 * of 50,000 children weighed monthly (`lib/register.ts`): 1 M rows in date
 * order (one pass); in the full run also 5 M rows of the same children in
 * date order (the peak memory should stay: it grows with the children, not
 * the rows) and the 1 M rows shuffled (the file is read twice, with every
 * row's data in memory). The files are removed afterwards.
 */
import { copyFileSync, mkdtempSync, renameSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REGISTER_HEADER, shuffleFile, writeRegister } from "../lib/register.js";
import { count, si, type BenchContext, type Section } from "../lib/section.js";
import { round, summarise } from "../lib/timing.js";
import { countLines, ensureBuilt, runCli, type CliRun } from "./cli.js";

/** Children in the register: each weighed monthly, so rows / children weighings each. */
const CHILDREN = 50_000;

type Order = "date" | "shuffled";

interface TrendsResult {
  readonly rows: number;
  /** "date": appended month by month (streams in one pass); "shuffled": random order (read twice). */
  readonly order: Order;
  readonly inputMiB: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly fastestMs: number;
  readonly rowsPerSecond: number;
  readonly peakRssMiBPerRun: number[];
  readonly peakRssMiB: number;
}

async function run(ctx: BenchContext): Promise<unknown> {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const built = ensureBuilt(ctx, root);
  const dir = mkdtempSync(join(os.tmpdir(), "tumbuh-bench-trends-"));
  const plans: { rows: number; order: Order }[] = ctx.quick
    ? [{ rows: 1_000_000, order: "date" }]
    : [{ rows: 1_000_000, order: "date" }, { rows: 5_000_000, order: "date" }, { rows: 1_000_000, order: "shuffled" }];
  const results: TrendsResult[] = [];
  try {
    const cli = join(dir, "cli.mjs");
    copyFileSync(built, cli);
    for (const { rows, order } of plans) {
      const input = join(dir, `register-${rows}-${order}.csv`);
      const output = join(dir, `trends-${rows}.csv`);
      ctx.log(`trends: writing a register of ${count(rows)} rows (${order} order) …`);
      writeRegister(input, rows, CHILDREN);
      if (order === "shuffled") {
        const sorted = `${input}.sorted`;
        renameSync(input, sorted);
        shuffleFile(sorted, input);
        rmSync(sorted);
      }
      const inputBytes = statSync(input).size;
      const runs = ctx.quick ? 1 : rows >= 5_000_000 ? 2 : 3;
      ctx.log(`trends: tumbuh trends on ${count(rows)} rows (${order} order), ${runs} run(s) …`);
      const done: CliRun[] = [];
      for (let r = 0; r < runs; r++) {
        rmSync(output, { force: true });
        done.push(await runCli(cli, input, output, ["trends", "--id", "child_id"]));
      }
      const lines = countLines(output);
      if (lines !== rows + 1) throw new Error(`bench trends: ${output} has ${lines} lines, expected ${rows + 1}`);
      rmSync(output, { force: true });
      rmSync(input, { force: true });
      const timing = summarise(rows, done.map((d) => d.wallMs));
      results.push({
        rows,
        order,
        inputMiB: round(inputBytes / 2 ** 20, 1),
        runs,
        medianMs: timing.medianMs,
        fastestMs: timing.minMs,
        rowsPerSecond: timing.recordsPerSecond,
        peakRssMiBPerRun: done.map((d) => d.peakRssMiB),
        peakRssMiB: Math.max(...done.map((d) => d.peakRssMiB)),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  ctx.table(
    `tumbuh trends IN.csv --id child_id -o OUT.csv --quiet, ${count(CHILDREN)} children (child process, wall time incl. Node start-up): median run`,
    ["rows", "order", "input MiB", "runs", "s", "rows/s", "peak RSS MiB"],
    results.map((t) => [count(t.rows), t.order, t.inputMiB, t.runs, round(t.medianMs / 1000, 2), si(t.rowsPerSecond), t.peakRssMiB]),
  );
  return { command: "tumbuh trends IN.csv --id child_id -o OUT.csv --quiet", columns: REGISTER_HEADER, children: CHILDREN, files: results };
}

export const trendsSection: Section = {
  name: "trends",
  description: "tumbuh trends on a generated register of 50 k children: 1 M rows (and 5 M, and 1 M shuffled, in the full run): time, rows/s, peak memory",
  run,
};
