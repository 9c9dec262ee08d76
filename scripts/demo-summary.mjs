#!/usr/bin/env node
// Prints a short summary of a CSV scored by `tumbuh score`: how many z-scores
// each indicator got, how many were flagged, their mean, and the share below
// −2 SD among the unflagged. Used by `npm run demo`.
import { readFileSync } from "node:fs";

const file = process.argv[2];
if (!file) {
  console.error("usage: node scripts/demo-summary.mjs SCORED.csv");
  process.exit(2);
}
const lines = readFileSync(file, "utf8").split(/\r?\n/).filter(Boolean);
const split = (line) => {
  const cells = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { cells.push(cell); cell = ""; }
    else cell += c;
  }
  cells.push(cell);
  return cells;
};
const header = split(lines[0]);
const rows = lines.slice(1).map(split);
const at = (name) => header.indexOf(name);
const names = { zlen: "length/height-for-age", zwei: "weight-for-age", zwfl: "weight-for-length/height", zbmi: "BMI-for-age", zac: "arm circumference-for-age" };
console.log(`\n${rows.length} weighings scored (${file})\n`);
console.log("indicator                      z-scores  flagged   mean z   < -2 SD");
for (const [z, label] of Object.entries(names)) {
  const iz = at(z);
  const iflag = at("f" + z.slice(1));
  if (iz < 0) continue;
  let n = 0, flagged = 0, sum = 0, below = 0;
  for (const r of rows) {
    if (r[iz] === "") continue;
    if (r[iflag] === "1") { flagged++; continue; }
    const v = Number(r[iz]);
    n++; sum += v; if (v < -2) below++;
  }
  console.log(`${label.padEnd(30)} ${String(n).padStart(8)} ${String(flagged).padStart(8)} ${(sum / n).toFixed(2).padStart(8)} ${((100 * below) / n).toFixed(1).padStart(8)} %`);
}
const notes = at("notes");
if (notes >= 0) {
  const counts = new Map();
  for (const r of rows) for (const code of r[notes].split(";").filter(Boolean)) counts.set(code, (counts.get(code) ?? 0) + 1);
  const interesting = [...counts].filter(([c]) => !c.endsWith("-missing")).sort((a, b) => b[1] - a[1]);
  if (interesting.length) {
    console.log("\nrecords needing a look (notes column):");
    for (const [code, n] of interesting) console.log(`  ${code.padEnd(34)} ${n}`);
  }
}
console.log("");
