/** Timing helpers shared by the benchmark sections. */

/** One measured case: how long `records` records took, over several runs. */
export interface Timing {
  readonly records: number;
  readonly runs: number;
  /** Milliseconds per run: fastest and median. */
  readonly minMs: number;
  readonly medianMs: number;
  /** Records per second at the median and at the fastest run. */
  readonly recordsPerSecond: number;
  readonly bestRecordsPerSecond: number;
  /** Nanoseconds per record at the median. */
  readonly nsPerRecord: number;
}

export interface MeasureOptions {
  /** Untimed runs first (JIT warm-up): at least this many… */
  readonly warmup?: number;
  /** …and, if `warmup` > 0, until this much time has passed (default 300 ms). */
  readonly warmupMs?: number;
  /** Timed runs: at least `minRuns`, and more until `minTotalMs` has passed (at most `maxRuns`). */
  readonly minRuns?: number;
  readonly maxRuns?: number;
  readonly minTotalMs?: number;
}

/**
 * Runs `fn` (which processes `records` records) `warmup` times untimed, then
 * times it, and summarises. `fn` may be async.
 */
export async function measure(records: number, fn: () => unknown, options: MeasureOptions = {}): Promise<Timing> {
  const warmup = options.warmup ?? 1;
  const minRuns = options.minRuns ?? 3;
  const maxRuns = options.maxRuns ?? 50;
  const minTotalMs = options.minTotalMs ?? 500;
  const warmupMs = options.warmupMs ?? 300;
  const warmupStart = performance.now();
  for (let i = 0; i < warmup || (warmup > 0 && performance.now() - warmupStart < warmupMs && i < 1000); i++) await fn();
  const times: number[] = [];
  let total = 0;
  while (times.length < minRuns || (total < minTotalMs && times.length < maxRuns)) {
    // Free the previous run's results first (with --expose-gc): untimed, and
    // needed for SharedArrayBuffers, which V8 does not count when deciding to
    // collect.
    collectGarbage();
    const t0 = performance.now();
    await fn();
    const dt = performance.now() - t0;
    times.push(dt);
    total += dt;
  }
  return summarise(records, times);
}

export function summarise(records: number, times: readonly number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const min = sorted[0]!;
  return {
    records,
    runs: times.length,
    minMs: round(min, 3),
    medianMs: round(median, 3),
    recordsPerSecond: Math.round((records / median) * 1000),
    bestRecordsPerSecond: Math.round((records / min) * 1000),
    nsPerRecord: round((median * 1e6) / records, 1),
  };
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Runs the garbage collector if node was started with --expose-gc. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
