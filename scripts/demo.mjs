#!/usr/bin/env node
// `npm run demo`: an analyst's first look at a year of posyandu weighings.
// The bundled sample (examples/bontang-posyandu-2025.csv, synthetic) holds
// every weighing of 2025 in the six puskesmas of Bontang; the report is the
// November round (Operasi Timbang): stunting, wasting, underweight and
// overweight per puskesmas, D/S and data quality, with the children counted
// once each. Runs the built command line (dist/cli.js).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sample = "examples/bontang-posyandu-2025.csv";
const rows = readFileSync(join(root, sample), "utf8").trimEnd().split("\n").slice(1);
const children = new Set(rows.map((line) => line.slice(0, line.indexOf(",")))).size;
const args = ["report", sample, "--id", "child_id", "--by", "puskesmas", "--month", "2025-11"];

console.log(`tumbuh demo: ${rows.length.toLocaleString("en-US")} weighings of ${children.toLocaleString("en-US")} children in 2025, in ${sample}`);
console.log("(synthetic: every weighing of a year in the six puskesmas of Bontang, one row per weighing).");
console.log("The November round, one measurement per child, per puskesmas:\n");
console.log(`$ tumbuh ${args.join(" ")}\n`);
const run = spawnSync(process.execPath, [join(root, "dist", "cli.js"), ...args], { cwd: root, stdio: "inherit" });
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(`
Next (from this clone, node dist/cli.js stands for tumbuh; see docs/cli.md):
  the same in Bahasa Indonesia:     add --lang id
  every weighing with its z-scores: tumbuh score ${sample} -o scored.csv
  every data quality check:         tumbuh quality ${sample} --by puskesmas`);
