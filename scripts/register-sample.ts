/**
 * A large posyandu register for memory and speed checks: the bundled sample
 * (examples/bontang-posyandu-2025.csv, 24,817 weighings of 2,870 children)
 * written `copies` times, each copy with other child ids (`C007-BTG-00048`),
 * so that the file has `copies` times the children, each with the sample's
 * visits. 121 copies give 3,002,857 rows (a province's register for a year);
 * the benchmark (bench/sections/cli.ts) uses it for every command.
 *
 *   npx tsx scripts/register-sample.ts OUT.csv [COPIES=121]
 *   npx tsx scripts/register-sample.ts OUT.csv --rows 1000000
 */
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SAMPLE = fileURLToPath(new URL("../examples/bontang-posyandu-2025.csv", import.meta.url));

/**
 * Writes the register to `path`: whole copies of the sample until `rows`
 * data rows (the last copy cut short). Returns the rows and bytes written.
 */
export function writeRegister(path: string, rows: number): { rows: number; bytes: number } {
  const lines = readFileSync(SAMPLE, "utf8").split("\n").filter((l) => l !== "");
  const header = lines[0]!;
  if (!header.startsWith("child_id,")) throw new Error(`register-sample: ${SAMPLE} does not start with child_id`);
  const body = lines.slice(1);
  const fd = openSync(path, "w");
  let bytes = 0;
  let written = 0;
  try {
    bytes += writeSync(fd, `${header}\n`);
    for (let copy = 0; written < rows; copy++) {
      const prefix = `C${String(copy).padStart(3, "0")}-`;
      const n = Math.min(body.length, rows - written);
      const chunk: string[] = new Array(n);
      for (let i = 0; i < n; i++) chunk[i] = prefix + body[i]!;
      bytes += writeSync(fd, `${chunk.join("\n")}\n`);
      written += n;
    }
  } finally {
    closeSync(fd);
  }
  return { rows: written, bytes };
}

/** Data rows of the sample (one copy). */
export function sampleRows(): number {
  return readFileSync(SAMPLE, "utf8").split("\n").filter((l) => l !== "").length - 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [out, a, b] = process.argv.slice(2);
  if (out === undefined) {
    console.error("usage: npx tsx scripts/register-sample.ts OUT.csv [COPIES=121 | --rows N]");
    process.exit(2);
  }
  const rows = a === "--rows" ? Number(b) : Number(a ?? 121) * sampleRows();
  if (!(Number.isInteger(rows) && rows > 0)) {
    console.error("register-sample: COPIES and --rows must be positive integers");
    process.exit(2);
  }
  const r = writeRegister(out, rows);
  console.log(`${out}: ${r.rows.toLocaleString("en-US")} rows, ${(r.bytes / 2 ** 20).toFixed(1)} MiB`);
}
