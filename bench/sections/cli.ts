/**
 * The command line on generated files: `tumbuh score file.csv -o out.csv
 * --quiet` run as a child process (the built `dist/cli.js`, copied into a
 * temporary directory so that a rebuild during the run cannot change it) on
 * a seeded CSV of 1 M rows and, in the full run, 5 M rows. Measures wall
 * time, rows per second and the child's peak resident memory (`/usr/bin/time
 * -f %M` when present, else the child's VmHWM polled from /proc), and
 * samples its resident memory (VmRSS) every 100 ms to show that it stays
 * flat while the file streams. The files are removed afterwards. (The
 * `trends` section runs `tumbuh trends` with the same probe.)
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { round, summarise, type Timing } from "../lib/timing.js";
import { count, si, type BenchContext, type Section } from "../lib/section.js";
import { prng, syntheticColumns } from "../lib/synthetic.js";

const HEADER = "id,posyandu,sex,age_days,weight,lenhei,measure,oedema\n";
const MEASURE_TEXT = ["", "l", "h"];
const POSYANDU = Array.from({ length: 60 }, (_, i) => `Posyandu ${["Mawar", "Melati", "Anggrek", "Kenanga", "Dahlia", "Flamboyan"][i % 6]} ${Math.floor(i / 6) + 1}`);

/** Writes `rows` seeded synthetic records as CSV (in chunks: memory stays small); returns the file size in bytes. */
function writeCsv(path: string, rows: number): number {
  const fd = openSync(path, "w");
  let bytes = 0;
  try {
    bytes += writeSync(fd, HEADER);
    const chunk = 100_000;
    const rand = prng(99);
    for (let start = 0; start < rows; start += chunk) {
      const n = Math.min(chunk, rows - start);
      const c = syntheticColumns(n, 20240601 + start);
      const lines: string[] = [];
      for (let i = 0; i < n; i++) {
        const w = c.weightKg[i]!;
        const l = c.lenheiCm[i]!;
        const u = rand();
        lines.push(`${start + i + 1},${POSYANDU[(start + i) % POSYANDU.length]},${c.sex[i]},${c.ageDays[i]},${Number.isNaN(w) ? "" : w},${Number.isNaN(l) ? "" : l},${MEASURE_TEXT[c.measure[i]!]},${u < 0.01 ? "y" : u < 0.2 ? "" : "n"}\n`);
      }
      bytes += writeSync(fd, lines.join(""));
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** Number of lines of a file, read in 4 MiB blocks. */
export function countLines(path: string): number {
  const fd = openSync(path, "r");
  const buf = Buffer.allocUnsafe(4 << 20);
  let lines = 0;
  try {
    for (;;) {
      const got = readSync(fd, buf, 0, buf.length, null);
      if (got === 0) break;
      for (let i = buf.indexOf(10); i !== -1 && i < got; i = buf.indexOf(10, i + 1)) lines++;
    }
  } finally {
    closeSync(fd);
  }
  return lines;
}

function statusKiB(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** The first child of `pid` (the node process under /usr/bin/time). */
function childOf(pid: number): number | null {
  try {
    const first = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/)[0];
    return first ? Number(first) : null;
  } catch {
    return null;
  }
}

export interface CliRun {
  readonly wallMs: number;
  readonly peakRssMiB: number;
  /** Resident memory (MiB) sampled every 100 ms while the command ran. */
  readonly rssSamplesMiB: number[];
}

export const TIME = "/usr/bin/time";

/** Runs `node cli.mjs COMMAND in -o out --quiet …` (`score` by default), timing it and measuring its memory. */
export async function runCli(cli: string, input: string, output: string, command: readonly string[] = ["score"]): Promise<CliRun> {
  const args = [cli, ...command, input, "-o", output, "--quiet"];
  const useTime = existsSync(TIME);
  const t0 = performance.now();
  const child = useTime
    ? spawn(TIME, ["-f", "maxrss_kib=%M", process.execPath, ...args], { stdio: ["ignore", "inherit", "pipe"] })
    : spawn(process.execPath, args, { stdio: ["ignore", "inherit", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const samples: number[] = [];
  let polledHwm = 0;
  const timer = setInterval(() => {
    const pid = useTime ? childOf(child.pid!) : child.pid!;
    if (pid === null) return;
    const rss = statusKiB(pid, "VmRSS");
    if (rss !== null) samples.push(round(rss / 1024, 1));
    polledHwm = Math.max(polledHwm, statusKiB(pid, "VmHWM") ?? 0);
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const wallMs = performance.now() - t0;
  clearInterval(timer);
  if (code !== 0) throw new Error(`bench cli: tumbuh ${command.join(" ")} exited with ${code}: ${stderr.trim()}`);
  const timed = /maxrss_kib=(\d+)/.exec(stderr);
  const peakKiB = timed ? Number(timed[1]) : polledHwm;
  return { wallMs, peakRssMiB: round(peakKiB / 1024, 1), rssSamplesMiB: samples };
}

interface FileResult {
  readonly rows: number;
  readonly inputMiB: number;
  readonly outputMiB: number;
  readonly timing: Timing;
  /** Rows per second at the median run. */
  readonly rowsPerSecond: number;
  /** Peak resident memory of the child, per run, and the largest. */
  readonly peakRssMiBPerRun: number[];
  readonly peakRssMiB: number;
  /** VmRSS samples (MiB, every 100 ms) of the median run: min, max, and the samples at 25/50/75 % of the run. */
  readonly rssProfileMiB: { readonly min: number; readonly max: number; readonly at25: number; readonly at50: number; readonly at75: number; readonly samples: number };
}

export function ensureBuilt(ctx: BenchContext, root: string): string {
  const cli = join(root, "dist", "cli.js");
  if (!existsSync(cli)) {
    ctx.log("cli: dist/cli.js missing, running npm run build …");
    const r = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
    if (r.status !== 0 || !existsSync(cli)) throw new Error("bench cli: npm run build failed");
  }
  return cli;
}

async function run(ctx: BenchContext): Promise<unknown> {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const built = ensureBuilt(ctx, root);
  const dir = mkdtempSync(join(os.tmpdir(), "tumbuh-bench-cli-"));
  const rowsList = ctx.quick ? [1_000_000] : [1_000_000, 5_000_000];
  const results: FileResult[] = [];
  try {
    const cli = join(dir, "cli.mjs");
    copyFileSync(built, cli); // one self-contained file: a rebuild of dist/ during the run does not touch it
    for (const rows of rowsList) {
      const input = join(dir, `in-${rows}.csv`);
      const output = join(dir, `out-${rows}.csv`);
      ctx.log(`cli: writing ${count(rows)} rows …`);
      const inputBytes = writeCsv(input, rows);
      const runs = ctx.quick ? 1 : rows >= 5_000_000 ? 2 : 3;
      ctx.log(`cli: tumbuh score on ${count(rows)} rows (${round(inputBytes / 2 ** 20, 0)} MiB), ${runs} run(s) …`);
      const done: CliRun[] = [];
      let outputBytes = 0;
      for (let r = 0; r < runs; r++) {
        rmSync(output, { force: true });
        done.push(await runCli(cli, input, output));
        outputBytes = statSync(output).size;
      }
      const lines = countLines(output);
      if (lines !== rows + 1) throw new Error(`bench cli: ${output} has ${lines} lines, expected ${rows + 1}`);
      rmSync(output, { force: true });
      rmSync(input, { force: true });
      const timing = summarise(rows, done.map((d) => d.wallMs));
      const median = [...done].sort((a, b) => a.wallMs - b.wallMs)[(done.length - 1) >> 1]!;
      const s = median.rssSamplesMiB;
      const at = (f: number) => s[Math.min(s.length - 1, Math.floor(f * s.length))] ?? NaN;
      results.push({
        rows,
        inputMiB: round(inputBytes / 2 ** 20, 1),
        outputMiB: round(outputBytes / 2 ** 20, 1),
        timing,
        rowsPerSecond: timing.recordsPerSecond,
        peakRssMiBPerRun: done.map((d) => d.peakRssMiB),
        peakRssMiB: Math.max(...done.map((d) => d.peakRssMiB)),
        rssProfileMiB: { min: Math.min(...s), max: Math.max(...s), at25: at(0.25), at50: at(0.5), at75: at(0.75), samples: s.length },
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  ctx.table(
    "tumbuh score IN.csv -o OUT.csv --quiet (child process, wall time incl. Node start-up): median run",
    ["rows", "input MiB", "output MiB", "runs", "s", "rows/s", "peak RSS MiB", "RSS at 25/50/75 % of the run MiB"],
    results.map((r) => [
      count(r.rows),
      r.inputMiB,
      r.outputMiB,
      r.timing.runs,
      round(r.timing.medianMs / 1000, 2),
      si(r.rowsPerSecond),
      r.peakRssMiB,
      `${r.rssProfileMiB.at25} / ${r.rssProfileMiB.at50} / ${r.rssProfileMiB.at75}`,
    ]),
  );
  if (results.length > 1) {
    const a = results[0]!;
    const b = results[results.length - 1]!;
    ctx.log(`Peak memory ${count(b.rows)} rows / ${count(a.rows)} rows: ${round(b.peakRssMiB / a.peakRssMiB, 2)}× for ${b.rows / a.rows}× the rows (flat: memory does not grow with the file).`);
  }
  return { command: "tumbuh score IN.csv -o OUT.csv --quiet", columns: HEADER.trim(), peakMemoryBy: existsSync(TIME) ? "/usr/bin/time %M" : "/proc VmHWM polled", files: results };
}

export const cliSection: Section = {
  name: "cli",
  description: "tumbuh score on a generated CSV of 1 M rows (and 5 M in the full run): time, rows/s, peak memory",
  run,
};
