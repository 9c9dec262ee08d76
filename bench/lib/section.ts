/**
 * What a benchmark section is. `bench/run.ts` runs the sections listed in
 * `bench/sections/index.ts` in order; each prints its own tables and returns
 * a JSON-serialisable result, stored under its name in the results file.
 *
 * To add a section (prevalence, CLI, other libraries, …): write
 * `bench/sections/<name>.ts` exporting a `Section`, and add it to the list
 * in `bench/sections/index.ts`.
 */
import type { Machine } from "./machine.js";

export interface BenchContext {
  /** Record counts to measure (from --sizes, or the defaults). */
  readonly sizes: readonly number[];
  /** --quick: fewer runs, for a smoke check of the harness. */
  readonly quick: boolean;
  readonly machine: Machine;
  /** Prints a line. */
  log(line: string): void;
  /** Prints an aligned table. */
  table(title: string, header: readonly string[], rows: readonly (readonly (string | number)[])[]): void;
}

export interface Section {
  /** Key of the section in the results file and in --sections. */
  readonly name: string;
  /** One line: what it measures. */
  readonly description: string;
  run(ctx: BenchContext): Promise<unknown>;
}

/** 1234567 → "1.23 M", 12345 → "12.3 k". */
export function si(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x >= 1e6) return `${(x / 1e6).toPrecision(3)} M`;
  if (x >= 1e3) return `${(x / 1e3).toPrecision(3)} k`;
  return x.toPrecision(3);
}

/** 10000 → "10 k", 10000000 → "10 M". */
export function count(n: number): string {
  if (n >= 1e6 && n % 1e6 === 0) return `${n / 1e6} M`;
  if (n >= 1e3 && n % 1e3 === 0) return `${n / 1e3} k`;
  return String(n);
}
