#!/usr/bin/env node
// Sanity checks for the WHO-software reference fixtures, and the numbers the
// fixture READMEs quote.
//
//   node scripts/reference/verify-fixtures.mjs [--echo-dir DIR]
//
// For every input/output pair: same number of rows, same ids in the same order.
// With --echo-dir: DIR/<input file name> must hold the input exactly as R read
// it (every number printed with sprintf("%.17g")); each field is compared with
// JavaScript's reading of the committed input, so any number R read as a
// different double is reported (there must be none).
// Prints row counts, sha256 and per-column counts (non-empty values, flags).

import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const echoIdx = args.indexOf("--echo-dir");
const echoDir = echoIdx >= 0 ? args[echoIdx + 1] : null;

const A = join(repo, "test", "fixtures", "who-anthro");
const P = join(repo, "test", "fixtures", "who-anthroplus");
const PAIRS = [
  [join(A, "random-days-input.csv"), join(A, "random-days-output.csv")],
  [join(A, "random-months-input.csv"), join(A, "random-months-output.csv")],
  [join(P, "random-input.csv"), join(P, "random-output.csv")],
];
const OTHERS = [
  join(A, "mysurvey-anthro-1.1.0-output.csv"),
  join(A, "r-round-probe.csv"),
  join(P, "survey-who2007-anthroplus-1.0.0-output.csv"),
];

function readCsv(file) {
  const text = readFileSync(file, "utf8");
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  const header = lines[0].split(",");
  const rows = lines.slice(1).map((l) => l.split(","));
  for (const r of rows) {
    if (r.length !== header.length) throw new Error(`${file}: row with ${r.length} fields: ${r.join(",")}`);
  }
  return { header, rows, text };
}

let failures = 0;
function fail(msg) {
  failures++;
  console.log(`FAIL ${msg}`);
}

function describe(file) {
  const { header, rows, text } = readCsv(file);
  const sha = createHash("sha256").update(text).digest("hex");
  console.log(`\n${basename(file)}: ${rows.length} rows, ${Buffer.byteLength(text)} bytes, sha256 ${sha}`);
  const parts = [];
  header.forEach((h, j) => {
    if (h === "id") return;
    const vals = rows.map((r) => r[j]);
    const nonEmpty = vals.filter((v) => v !== "").length;
    let extra = "";
    if (/^f/.test(h) && vals.every((v) => v === "" || v === "0" || v === "1")) {
      extra = ` flagged=${vals.filter((v) => v === "1").length}`;
    }
    const special = vals.filter((v) => /inf|nan/i.test(v)).length;
    if (special) extra += ` inf/nan=${special}`;
    parts.push(`${h}:${nonEmpty}${extra}`);
  });
  console.log(`  non-empty per column: ${parts.join(", ")}`);
  return { header, rows };
}

function checkEcho(inputFile, input) {
  const echoFile = join(echoDir, basename(inputFile));
  if (!existsSync(echoFile)) return fail(`missing echo ${echoFile}`);
  const echo = readCsv(echoFile);
  if (echo.rows.length !== input.rows.length) return fail(`${echoFile}: row count`);
  let compared = 0;
  let bad = 0;
  input.header.forEach((h, j) => {
    const k = echo.header.indexOf(h);
    if (k < 0) return fail(`${echoFile}: no column ${h}`);
    input.rows.forEach((r, i) => {
      const a = r[j];
      const b = echo.rows[i][k];
      if (a === "" || b === "") {
        if (a !== b) {
          bad++;
          fail(`${basename(inputFile)} row ${i + 1} ${h}: input "${a}" echo "${b}"`);
        }
        return;
      }
      const numeric = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(a);
      compared++;
      if (numeric ? !Object.is(Number(a), Number(b)) : a !== b) {
        bad++;
        if (bad < 20) fail(`${basename(inputFile)} row ${i + 1} ${h}: input "${a}" R read "${b}"`);
      }
    });
  });
  console.log(`  echo: ${compared} fields compared with what R read, ${bad} differ`);
  if (bad) failures++;
}

for (const [inp, out] of PAIRS) {
  if (!existsSync(inp) || !existsSync(out)) {
    fail(`missing ${existsSync(inp) ? out : inp}`);
    continue;
  }
  const i = describe(inp);
  const o = describe(out);
  if (i.rows.length !== o.rows.length) fail(`${basename(out)}: ${o.rows.length} rows vs ${i.rows.length} inputs`);
  const ii = i.header.indexOf("id");
  const oi = o.header.indexOf("id");
  const n = Math.min(i.rows.length, o.rows.length);
  for (let r = 0; r < n; r++) {
    if (i.rows[r][ii] !== o.rows[r][oi]) {
      fail(`${basename(out)} row ${r + 1}: id ${o.rows[r][oi]} vs input id ${i.rows[r][ii]}`);
      break;
    }
  }
  if (echoDir) checkEcho(inp, i);
}
for (const f of OTHERS) {
  if (existsSync(f)) describe(f);
  else fail(`missing ${f}`);
}
console.log(failures ? `\n${failures} problem(s)` : "\nall checks passed");
process.exitCode = failures ? 1 : 0;
