/**
 * The benchmark runner: `npm run bench` (tsx bench/run.ts; it restarts
 * itself with node's --expose-gc if that is not given).
 *
 *   tsx bench/run.ts [--sections score,parallel] [--sizes 10000,100000,1000000,10000000]
 *                    [--quick] [--out bench/results/name.json] [--no-save]
 *
 * Runs the sections of bench/sections/index.ts, prints their tables, and
 * writes the machine description and every section's numbers as JSON to
 * bench/results/ (one file per run, named by date and CPU).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeMachine } from "./lib/machine.js";
import type { BenchContext } from "./lib/section.js";
import { SECTIONS } from "./sections/index.js";

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000, 10_000_000];
const QUICK_SIZES = [10_000, 100_000, 1_000_000];

function parseArgs(argv: readonly string[]) {
  const args = { sections: undefined as string[] | undefined, sizes: undefined as number[] | undefined, quick: false, out: undefined as string | undefined, save: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (v === undefined) throw new Error(`bench: ${a} needs a value`);
      return v;
    };
    if (a === "--quick") args.quick = true;
    else if (a === "--no-save") args.save = false;
    else if (a.startsWith("--sections")) args.sections = value().split(",").filter(Boolean);
    else if (a.startsWith("--sizes")) args.sizes = value().split(",").map((s) => Number(s.replace(/_/g, "")));
    else if (a.startsWith("--out")) args.out = value();
    else throw new Error(`bench: unknown argument ${a}`);
  }
  return args;
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const sections = args.sections ? SECTIONS.filter((s) => args.sections!.includes(s.name)) : SECTIONS;
  if (args.sections) {
    const unknown = args.sections.filter((n) => !SECTIONS.some((s) => s.name === n));
    if (unknown.length > 0) throw new Error(`bench: unknown section(s) ${unknown.join(", ")}; have ${SECTIONS.map((s) => s.name).join(", ")}`);
  }
  const sizes = args.sizes ?? (args.quick ? QUICK_SIZES : DEFAULT_SIZES);
  if (sizes.some((n) => !(Number.isInteger(n) && n > 0))) throw new Error("bench: --sizes must be positive integers");
  const machine = describeMachine();
  const ctx: BenchContext = {
    sizes,
    quick: args.quick,
    machine,
    log: (line) => console.log(line),
    table: (title, header, rows) => {
      const text = [header, ...rows.map((r) => r.map(String))];
      const widths = header.map((_, i) => Math.max(...text.map((r) => (r[i] ?? "").length)));
      console.log(`\n${title}\n${pad(header, widths)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
      for (const r of text.slice(1)) console.log(pad(r, widths));
      console.log("");
    },
  };
  console.log(`tumbuh benchmarks on ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}` +
    `${machine.hypervisor ? ` (virtual machine: ${machine.hypervisor})` : ""}; load average ${machine.loadAverage1m}`);
  const started = new Date();
  const results: Record<string, unknown> = {};
  /** Per section: how long it took, and the load average when it ended (other work skews timings). */
  const sectionRuns: Record<string, { seconds: number; loadAverage1mAfter: number }> = {};
  for (const section of sections) {
    console.log(`\n== ${section.name}: ${section.description}`);
    const t0 = performance.now();
    results[section.name] = await section.run(ctx);
    const seconds = Math.round((performance.now() - t0) / 100) / 10;
    const load = Math.round(os.loadavg()[0]! * 100) / 100;
    sectionRuns[section.name] = { seconds, loadAverage1mAfter: load };
    console.log(`(${section.name}: ${seconds} s; load average ${load})`);
  }
  if (args.save) {
    const here = dirname(fileURLToPath(import.meta.url));
    const stamp = started.toISOString().replace(/[:]/g, "").replace(/\..*$/, "Z");
    const cpu = machine.cpuModel.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    const file = args.out ?? join(here, "results", `${stamp}-${cpu}${args.quick ? "-quick" : ""}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ started: started.toISOString(), args: { sizes, quick: args.quick, sections: sections.map((s) => s.name) }, machine, sectionRuns, results }, null, 2)}\n`);
    console.log(`results: ${file}`);
  }
}

if (typeof (globalThis as { gc?: unknown }).gc !== "function") {
  // The harness collects garbage between runs (untimed): without it, shared
  // memory from earlier runs piles up (V8 does not count it when deciding to
  // collect) and timings include collections. Run again with --expose-gc.
  const child = spawnSync(process.execPath, [...process.execArgv, "--expose-gc", ...process.argv.slice(1)], { stdio: "inherit" });
  process.exitCode = child.status ?? 1;
} else {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
