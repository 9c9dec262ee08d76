/**
 * The aggregate commands on a posyandu register: `tumbuh prevalence`,
 * `quality`, `skdn`, `report` and `chart --only` as child processes (the
 * built `dist/cli.js`, copied into a temporary directory; the `cli`
 * section's probe: wall time and peak resident memory) on the bundled
 * sample repeated with other child ids (`scripts/register-sample.ts`:
 * 24,817 weighings of 2,870 children a copy, so the children grow with the
 * rows, as in a province's register): 1 M rows, and 5 M in the full run.
 * One run per command and size (a 5 M-row report takes minutes on a busy
 * machine). The files are removed afterwards.
 */
import { copyFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeRegister } from "../../scripts/register-sample.js";
import { count, si, type BenchContext, type Section } from "../lib/section.js";
import { round } from "../lib/timing.js";
import { ensureBuilt, runCli } from "./cli.js";

/** Each command as it is run: its arguments (the input, `-o OUT` and `--quiet` follow), and the output's extension. */
const COMMANDS: readonly { readonly name: string; readonly args: readonly string[]; readonly ext: string }[] = [
  { name: "prevalence", args: ["prevalence", "--by", "puskesmas"], ext: "csv" },
  { name: "quality", args: ["quality", "--by", "puskesmas"], ext: "txt" },
  { name: "skdn", args: ["skdn", "--id", "child_id", "--by", "puskesmas"], ext: "csv" },
  { name: "report", args: ["report", "--id", "child_id", "--by", "puskesmas"], ext: "md" },
  { name: "chart --only", args: ["chart", "--id", "child_id", "--only", "C001-BTG-00048", "--indicator", "wei", "--sex", "f"], ext: "svg" },
];

interface AggregateResult {
  readonly command: string;
  readonly rows: number;
  readonly inputMiB: number;
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly peakRssMiB: number;
}

async function run(ctx: BenchContext): Promise<unknown> {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const built = ensureBuilt(ctx, root);
  const dir = mkdtempSync(join(os.tmpdir(), "tumbuh-bench-aggregate-"));
  const sizes = ctx.quick ? [1_000_000] : [1_000_000, 5_000_000];
  const results: AggregateResult[] = [];
  try {
    const cli = join(dir, "cli.mjs");
    copyFileSync(built, cli);
    for (const rows of sizes) {
      const input = join(dir, `register-${rows}.csv`);
      ctx.log(`aggregate: writing a register of ${count(rows)} rows …`);
      writeRegister(input, rows);
      const inputMiB = round(statSync(input).size / 2 ** 20, 1);
      for (const c of COMMANDS) {
        const output = join(dir, `out.${c.ext}`);
        ctx.log(`aggregate: tumbuh ${c.args.join(" ")} on ${count(rows)} rows …`);
        const r = await runCli(cli, input, output, c.args);
        rmSync(output, { force: true });
        results.push({ command: c.name, rows, inputMiB, seconds: round(r.wallMs / 1000, 1), rowsPerSecond: rows / (r.wallMs / 1000), peakRssMiB: r.peakRssMiB });
      }
      rmSync(input, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  ctx.table(
    "the aggregate commands on the sample register repeated (child process, one run, wall time incl. Node start-up)",
    ["command", "rows", "input MiB", "s", "rows/s", "peak RSS MiB"],
    results.map((r) => [r.command, count(r.rows), r.inputMiB, r.seconds, si(r.rowsPerSecond), r.peakRssMiB]),
  );
  return { register: "examples/bontang-posyandu-2025.csv repeated with other child ids (scripts/register-sample.ts)", commands: COMMANDS.map((c) => c.args.join(" ")), results };
}

export const aggregateSection: Section = {
  name: "aggregate",
  description: "prevalence, quality, skdn, report and chart --only on a register of 1 M rows (and 5 M in the full run): time, peak memory",
  run,
};
