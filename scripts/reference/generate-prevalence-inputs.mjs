#!/usr/bin/env node
// Generates the synthetic *inputs* of the survey-prevalence reference fixtures
// in test/fixtures/who-anthro-prevalence/:
//
//   survey-0to5.csv    children 0-5 years for anthro::anthro_prevalence
//   survey-5to19.csv   children 5-19 years for anthroplus::anthroplus_prevalence
//   tiny-0to5.csv      a small survey with exact 1 % and 100 % prevalences
//
// The outputs are produced by WHO's R packages (see the README next to the
// fixtures); this script only decides what to ask them.
//
// Deterministic: a seeded mulberry32 PRNG, no dependencies, no clock. Every
// number is written with at most 5 significant digits, so R's CSV reader and
// JavaScript's Number() read the same double.
//
// Usage: node scripts/reference/generate-prevalence-inputs.mjs [--seed N] [--out DIR]

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
function arg(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}
const SEED = Number(arg("--seed", "20251122"));
const OUT = arg("--out", join(repo, "test", "fixtures", "who-anthro-prevalence"));

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const unif = (a, b) => a + (b - a) * rand();
const int = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
function normal() {
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
const fix = (x, d) => (Number.isFinite(x) ? x.toFixed(d) : "NA");

// Rough WHO medians (boys; girls a little smaller) by age in months, to aim
// the measurements at plausible z-scores. Precision does not matter: WHO's
// software scores whatever comes out.
const AGE = [0, 6, 12, 24, 36, 48, 60, 120, 180, 228];
const LEN = [49.9, 67.6, 75.7, 87.8, 96.1, 103.3, 110.0, 138.0, 170.0, 176.0];
const WEI = [3.3, 7.9, 9.6, 12.2, 14.3, 16.3, 18.3, 31.0, 56.0, 66.0];
function interp(table, months) {
  for (let k = 1; k < AGE.length; k++) {
    if (months <= AGE[k]) {
      const f = (months - AGE[k - 1]) / (AGE[k] - AGE[k - 1]);
      return table[k - 1] + f * (table[k] - table[k - 1]);
    }
  }
  return table[table.length - 1];
}

function write(name, header, rows) {
  mkdirSync(OUT, { recursive: true });
  const text = [header.join(","), ...rows.map((r) => r.join(","))].join("\n") + "\n";
  writeFileSync(join(OUT, name), text);
  console.log(`${name}: ${rows.length} rows`);
}

// ------------------------------------------------------------ 0-5 years
// 24 clusters in 5 strata; stratum 5 has a single cluster (a lonely PSU).
const CLUSTERS = [
  [1, 1], [2, 1], [3, 1], [4, 1], [5, 1],
  [6, 2], [7, 2], [8, 2], [9, 2], [10, 2], [11, 2],
  [12, 3], [13, 3], [14, 3], [15, 3],
  [16, 4], [17, 4], [18, 4], [19, 4], [20, 4], [21, 4], [22, 4], [23, 4],
  [24, 5],
];
const REGIONS = ["Bontang Barat", "Bontang Selatan", "Bontang Utara", "Loktuan"];

function child0to5(i) {
  const [cluster, stratum] = CLUSTERS[i % CLUSTERS.length];
  const sex = rand() < 0.015 ? "NA" : String(int(1, 2));
  let days = int(0, 1856);
  // boundaries: 1826 is kept, 1826.4 rounds to 1826 (kept, no age group), 1827 is dropped
  const edge = rand();
  let age;
  if (edge < 0.01) age = "NA";
  else if (edge < 0.015) age = pick(["1826", "1826.4", "1826.5", "1827", "1825.9"]);
  else age = String(days);
  const months = age === "NA" ? int(0, 59) : Number(age) / 30.4375;
  const female = sex === "2";
  const zl = -1.1 + 1.15 * normal();
  const zw = 0.55 * zl + 0.85 * normal() - 0.3;
  let lenhei = interp(LEN, months) * (1 + 0.037 * zl) * (female ? 0.985 : 1);
  let weight = interp(WEI, months) * (1 + 0.11 * zw) * (female ? 0.96 : 1);
  const f = rand();
  if (f < 0.006) lenhei *= 0.72; // flagged length
  else if (f < 0.012) weight *= 2.6; // flagged weight
  else if (f < 0.016) lenhei = Number.NaN;
  else if (f < 0.02) weight = Number.NaN;
  weight = Math.max(weight, 1.2);
  let measure = months < 24 ? "l" : "h";
  const m = rand();
  if (m < 0.03) measure = "NA";
  else if (m < 0.05) measure = measure === "l" ? "h" : "l";
  const oedema = rand() < 0.02 ? "y" : "n";
  const sw = rand() < 0.01 ? "NA" : fix(0.4 + 2.2 * rand() * rand() + (stratum === 4 ? 0.8 : 0), 3);
  const clusterCell = rand() < 0.008 ? "NA" : String(cluster);
  const strataCell = rand() < 0.005 ? "NA" : String(stratum);
  const r = rand();
  const region = r < 0.02 ? "NA" : REGIONS[(cluster + (r < 0.3 ? 1 : 0)) % REGIONS.length];
  const w = rand();
  const wealthq = w < 0.03 ? "NA" : w < 0.04 ? "6" : w < 0.2 ? `Q${int(1, 5)}` : String(int(1, 5));
  return [
    i + 1, sex, age, fix(weight, 2), fix(lenhei, 1), measure, oedema, sw,
    clusterCell, strataCell, region, wealthq,
  ];
}

const HEADER_0to5 = ["id", "sex", "age_days", "weight", "lenhei", "measure", "oedema", "sw", "cluster", "strata", "region", "wealthq"];
const rows0to5 = [];
for (let i = 0; i < 4000; i++) rows0to5.push(child0to5(i));
// a tiny region whose 3 children are all severely stunted (100 % prevalence)
for (let k = 0; k < 3; k++) {
  rows0to5.push([rows0to5.length + 1, String(1 + k % 2), String(700 + 30 * k), "9.8", "73.5", "h", "n", "1.000", "3", "1", "Tanjung Laut", "3"]);
}
write("survey-0to5.csv", HEADER_0to5, rows0to5);

// ------------------------------------------------------------ tiny survey
// 200 children of 24 months, all with the same measurements except two who
// are severely wasted: every weight-for-height prevalence is 0 %, 1 % or 99 %,
// and in the 100-child "Pulau" region 2 %. Used to show the 1 % CI defect.
const tinyRows = [];
for (let i = 0; i < 200; i++) {
  const wasted = i === 17 || i === 160;
  tinyRows.push([
    i + 1, String(1 + (i % 2)), "731", wasted ? "8.1" : "12.2", "87.0", "h", "n",
    "1.000", String(1 + (i % 10)), String(1 + (i % 2)), i < 100 ? "Daratan" : "Pulau", "NA",
  ]);
}
write("tiny-0to5.csv", HEADER_0to5, tinyRows);

// ------------------------------------------------------------ 5-19 years
const rows5to19 = [];
for (let i = 0; i < 3000; i++) {
  const cluster = 1 + (i % 18);
  const stratum = cluster <= 6 ? 1 : cluster <= 12 ? 2 : cluster <= 17 ? 3 : 4; // stratum 4: one cluster
  const sex = rand() < 0.01 ? "NA" : String(int(1, 2));
  const e = rand();
  let months;
  if (e < 0.01) months = "NA";
  else if (e < 0.03) months = pick(["59.99", "60", "120", "120.01", "228", "228.01", "230"]);
  else months = fix(unif(60, 228.9), 2);
  const mo = months === "NA" ? 100 : Number(months);
  const zh = -0.7 + 1.1 * normal();
  const zb = 0.2 + 1.2 * normal();
  let height = interp(LEN, mo) * (1 + 0.045 * zh) * (sex === "2" && mo > 150 ? 0.95 : 1);
  const bmiMedian = 15.3 + Math.max(0, mo - 72) * 0.045;
  let weight = bmiMedian * (1 + 0.13 * zb) * (height / 100) ** 2;
  const f = rand();
  if (f < 0.006) height *= 0.7;
  else if (f < 0.012) weight *= 3;
  else if (f < 0.016) height = Number.NaN;
  const oedema = rand() < 0.02 ? "y" : "n";
  const sw = rand() < 0.01 ? "NA" : fix(0.5 + 2 * rand(), 3);
  rows5to19.push([i + 1, sex, months, fix(weight, 1), fix(height, 1), oedema, sw, String(cluster), String(stratum)]);
}
write("survey-5to19.csv", ["id", "sex", "age_months", "weight", "height", "oedema", "sw", "cluster", "strata"], rows5to19);
console.log(`seed ${SEED}`);
