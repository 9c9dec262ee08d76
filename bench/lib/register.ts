/**
 * A synthetic posyandu register written to a file: `children` children
 * weighed monthly, the rows appended month by month (each child's rows in
 * date order, children interleaved, as a register exported month after
 * month), until `rows` rows. Weights follow a growth line with noise; every
 * sixth month has a length. Every date lies in the past: the last month's
 * weighings end on 2025-11-15, however many months the rows need. Written in
 * chunks: memory stays small.
 */
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";

export const REGISTER_HEADER = "child_id,posyandu,sex,dob,visit_date,weight,lenhei";

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Writes the register; returns its size in bytes. */
export function writeRegister(path: string, rows: number, children: number, seed = 12345): number {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const months = Math.ceil(rows / children);
  const shift = (months - 1) * 30;
  const born = Array.from({ length: children }, () => 19_700 - shift + Math.floor(rnd() * 700));
  const start = Array.from({ length: children }, () => 3 + rnd());
  const fd = openSync(path, "w");
  let bytes = writeSync(fd, `${REGISTER_HEADER}\n`);
  let lines: string[] = [];
  try {
    let n = 0;
    for (let month = 0; n < rows; month++) {
      for (let c = 0; c < children && n < rows; c++, n++) {
        const visit = 20_400 - shift + month * 30 + (c % 7);
        const age = visit - born[c]!;
        const kg = (start[c]! + (age / 300) * (0.9 + 0.2 * rnd())).toFixed(1);
        const cm = month % 6 === 0 ? (50 + age / 20).toFixed(1) : "";
        lines.push(`K${c},Posyandu ${c % 50},${1 + (c % 2)},${iso(born[c]!)},${iso(visit)},${kg},${cm}\n`);
        if (lines.length === 10_000) {
          bytes += writeSync(fd, lines.join(""));
          lines = [];
        }
      }
    }
    bytes += writeSync(fd, lines.join(""));
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** Writes the data rows of `src` to `dst` in a seeded random order (the header first); holds the file's lines in memory. */
export function shuffleFile(src: string, dst: string, seed = 777): void {
  const [header, ...lines] = readFileSync(src, "utf8").replace(/\n$/, "").split("\n");
  let s = seed;
  for (let i = lines.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    const t = lines[i]!;
    lines[i] = lines[j]!;
    lines[j] = t;
  }
  const fd = openSync(dst, "w");
  try {
    writeSync(fd, `${header}\n`);
    for (let i = 0; i < lines.length; i += 10_000) writeSync(fd, `${lines.slice(i, i + 10_000).join("\n")}\n`);
  } finally {
    closeSync(fd);
  }
}
