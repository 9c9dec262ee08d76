/**
 * The progress line on stderr: rows done, rows per second and, when the
 * input is a file of known size, percent and time left. At most 10 updates
 * a second; the line is rewritten in place and ended by a summary.
 */
import type { OutputStream } from "./output.js";

const INTERVAL_MS = 100;

function grouped(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function duration(seconds: number): string {
  if (!(seconds < Infinity)) return "?";
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds - 60 * m);
  return `${m} min ${s} s`;
}

export class Progress {
  private readonly started: number;
  private last = -Infinity;
  private shown = false;

  constructor(
    private readonly stream: OutputStream,
    private readonly totalBytes: number | undefined,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** Shows the progress line if the last update is at least 100 ms old. */
  update(rows: number, bytes: number): void {
    const t = this.now();
    if (t - this.last < INTERVAL_MS) return;
    this.last = t;
    const seconds = (t - this.started) / 1000;
    let line = `tumbuh: ${grouped(rows)} rows`;
    if (seconds > 0) line += `, ${grouped(rows / seconds)} rows/s`;
    if (this.totalBytes !== undefined && this.totalBytes > 0) {
      const fraction = Math.min(1, bytes / this.totalBytes);
      line += `, ${(100 * fraction).toFixed(1)} %`;
      if (fraction > 0 && seconds > 0) line += `, ${duration((seconds * (1 - fraction)) / fraction)} left`;
    }
    this.stream.write(`\r${line}\x1b[K`);
    this.shown = true;
  }

  /** Ends the progress line with a summary: "tumbuh: scored 1,000 rows in 0.2 s, … → out.csv". */
  done(rows: number, output: string, verb = "scored"): void {
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? `, ${grouped(rows / seconds)} rows/s` : "";
    this.stream.write(`${this.shown ? "\r" : ""}tumbuh: ${verb} ${grouped(rows)} rows in ${seconds.toFixed(1)} s${rate} → ${output}\x1b[K\n`);
  }

  /** Clears the progress line (before an error or warning). */
  clear(): void {
    if (this.shown) this.stream.write("\r\x1b[K");
    this.shown = false;
  }
}
