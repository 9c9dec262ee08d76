/** A description of the machine a benchmark ran on, for the JSON results. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";

export interface Machine {
  readonly cpuModel: string;
  /** Logical CPUs the process may use (os.availableParallelism()). */
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly v8: string;
  readonly os: string;
  readonly arch: string;
  /** Hypervisor vendor when /proc/cpuinfo says the CPU is virtual. */
  readonly hypervisor: string | null;
  /** 1-minute load average when the run started: other work on the machine skews timings. */
  readonly loadAverage1m: number;
  readonly gitCommit: string | null;
}

function cpuinfo(): string {
  try {
    return readFileSync("/proc/cpuinfo", "utf8");
  } catch {
    return "";
  }
}

export function describeMachine(): Machine {
  const info = cpuinfo();
  const model = /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown";
  const flags = /^flags\s*:\s*(.+)$/m.exec(info)?.[1] ?? "";
  let hypervisor: string | null = null;
  if (/\bhypervisor\b/.test(flags)) {
    try {
      hypervisor = /Hypervisor vendor:\s*(.+)/.exec(execFileSync("lscpu", { encoding: "utf8" }))?.[1]?.trim() ?? "yes";
    } catch {
      hypervisor = "yes";
    }
  }
  let gitCommit: string | null = null;
  try {
    gitCommit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    gitCommit = null;
  }
  const available = (os as { availableParallelism?: () => number }).availableParallelism;
  return {
    cpuModel: model,
    cores: typeof available === "function" ? available() : os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    v8: process.versions.v8,
    os: `${os.type()} ${os.release()}`,
    arch: os.arch(),
    hypervisor,
    loadAverage1m: Math.round(os.loadavg()[0]! * 100) / 100,
    gitCommit,
  };
}
