#!/usr/bin/env node
// Generates the *inputs* of the WHO-software reference fixtures:
//
//   test/fixtures/who-anthro/random-days-input.csv      (anthro, age in days)
//   test/fixtures/who-anthro/random-months-input.csv    (anthro, age in months)
//   test/fixtures/who-anthroplus/random-input.csv       (anthroplus, months)
//   <probe file> (default: $TMPDIR/tumbuh-reference/r-round-probe-x.csv)
//                                                        (x values for R's round(x, 2))
//
// The outputs are then produced by WHO's R packages (see the READMEs in the
// fixture folders); this script only decides *what* to ask them.
//
// Deterministic: a seeded mulberry32 PRNG, no dependencies, no clock.
// Measurements are aimed at target z-scores by inverting the WHO LMS model
// (y = M (1 + L S z)^(1/L), with WHO's linear extension beyond ±3 SD for the
// restricted indicators), read from the raw WHO tables, so that the far tails
// and the flag limits are well covered; many rows sit exactly on or next to
// age, length/height and measurement-position boundaries.
//
// Every number is written in a form that R's CSV reader and JavaScript's
// Number() turn into the same double (see r-strtod.mjs).
//
// Usage:
//   node scripts/reference/generate-inputs.mjs [--seed N] [--tables DIR]
//        [--probe FILE] [--anthro-dir DIR] [--anthroplus-dir DIR]
//   --tables DIR: folder holding who2006/*.txt and the 2007 tables with the
//   60-month row in who2007/anthroplus-60mo/*.txt or who2007/*.txt.
//   Default: <repo>/data, else /work/shared/who-growth. (The tables only steer
//   the aiming of measurements; the copies in data/ and shared/ are identical.)

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sameInRAndJs } from "./r-strtod.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

// ---------------------------------------------------------------- arguments
const args = process.argv.slice(2);
function arg(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}
const SEED = Number(arg("--seed", "20250901"));
const anthroDir = arg("--anthro-dir", join(repo, "test", "fixtures", "who-anthro"));
const anthroplusDir = arg("--anthroplus-dir", join(repo, "test", "fixtures", "who-anthroplus"));
const probeFile = arg("--probe", join(tmpdir(), "tumbuh-reference", "r-round-probe-x.csv"));

function resolveTables() {
  const given = arg("--tables", null);
  const candidates = given
    ? [
        [join(given, "who2006"), join(given, "who2007", "anthroplus-60mo")],
        [join(given, "who2006"), join(given, "who2007")],
      ]
    : [
        [join(repo, "data", "who2006"), join(repo, "data", "who2007")],
        ["/work/shared/who-growth/who2006", "/work/shared/who-growth/who2007/anthroplus-60mo"],
      ];
  for (const [d6, d7] of candidates) {
    if (existsSync(join(d6, "weianthro.txt")) && existsSync(join(d7, "hfawho2007.txt"))) return { d6, d7 };
  }
  throw new Error("WHO tables not found; pass --tables DIR");
}

// ---------------------------------------------------------------- PRNG
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRng(seed) {
  const next = mulberry32(seed);
  const r = {
    next,
    /** 53-bit uniform in [0, 1) */
    u53: () => (Math.floor(next() * 2 ** 26) * 2 ** 27 + Math.floor(next() * 2 ** 27)) / 2 ** 53,
    uni: (a, b) => a + (b - a) * next(),
    int: (a, b) => a + Math.floor(next() * (b - a + 1)),
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    /** weighted pick: [[weight, value], ...] */
    wpick: (pairs) => {
      const tot = pairs.reduce((s, p) => s + p[0], 0);
      let x = next() * tot;
      for (const [w, v] of pairs) {
        if ((x -= w) < 0) return v;
      }
      return pairs[pairs.length - 1][1];
    },
  };
  return r;
}

// ---------------------------------------------------------------- tables
function readTable(file) {
  const lines = readFileSync(file, "utf8").split(/\r?\n/).filter((l) => l.length > 0);
  const head = lines[0].split("\t");
  return lines.slice(1).map((line) => {
    const cells = line.split("\t");
    const o = {};
    head.forEach((h, i) => {
      o[h] = h === "loh" || h === "lorh" ? cells[i] : Number(cells[i]);
    });
    return o;
  });
}

function indexBy(rows, key) {
  const map = new Map();
  for (const row of rows) map.set(`${row.sex}:${Math.round(row[key] * 10)}`, row);
  return map;
}

function loadTables() {
  const { d6, d7 } = resolveTables();
  const t = {};
  for (const n of ["wei", "len", "bmi", "hc", "ac", "ts", "ss"]) {
    t[n] = indexBy(readTable(join(d6, `${n}anthro.txt`)), "age");
  }
  t.wfl = indexBy(readTable(join(d6, "wflanthro.txt")), "length");
  t.wfh = indexBy(readTable(join(d6, "wfhanthro.txt")), "height");
  for (const n of ["hfa", "wfa", "bfa"]) t[n] = indexBy(readTable(join(d7, `${n}who2007.txt`)), "age");
  return { t, d6, d7 };
}

// ---------------------------------------------------------------- LMS inverse
function lmsInv({ l, m, s }, z) {
  if (l === 0) return m * Math.exp(s * z);
  const base = 1 + l * s * z;
  if (base <= 0) return l > 0 ? 0 : Infinity;
  return m * base ** (1 / l);
}
/** inverse of WHO's restricted z (linear beyond ±3 SD) */
function lmsInvAdjusted(lms, z) {
  if (z > 3) {
    const sd3 = lmsInv(lms, 3);
    return sd3 + (z - 3) * (sd3 - lmsInv(lms, 2));
  }
  if (z < -3) {
    const sd3 = lmsInv(lms, -3);
    return sd3 + (z + 3) * (lmsInv(lms, -2) - sd3);
  }
  return lmsInv(lms, z);
}

const clamp = (x, a, b) => Math.min(b, Math.max(a, x));
const roundUp = (x) => Math.floor(x) + (x - Math.floor(x) >= 0.5 ? 1 : 0); // anthro's age rounding

// ---------------------------------------------------------------- number formatting
const ULP_NEXT = (x, dir) => {
  const b = new DataView(new ArrayBuffer(8));
  if (x === 0) return dir > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  b.setFloat64(0, x);
  let bits = b.getBigUint64(0);
  bits += (x > 0) === dir > 0 ? 1n : -1n;
  b.setBigUint64(0, bits);
  return b.getFloat64(0);
};

const stats = { written: 0, longForm: 0, nudged: 0 };
/** decimal text of x that R and JS both read as the same double */
function num(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return "";
  stats.written++;
  for (let tries = 0; ; tries++) {
    const s = String(x);
    if (Object.is(Number(s), x) && sameInRAndJs(s)) return s;
    for (const p of [17, 16, 18, 19]) {
      const t = x.toPrecision(p);
      if (Object.is(Number(t), x) && sameInRAndJs(t)) {
        stats.longForm++;
        return t.includes(".") && !/e/i.test(t) ? t.replace(/0+$/, "").replace(/\.$/, "") : t;
      }
    }
    // give up on this exact double: use its neighbour (never needed so far)
    stats.nudged++;
    x = ULP_NEXT(x, 1);
    if (tries > 10) throw new Error(`cannot write ${x}`);
  }
}

/** Shapes a measurement the way real data look. */
function styled(rng, x, styles) {
  const style = rng.wpick(styles);
  switch (style) {
    case "d0":
      return Math.round(x);
    case "d1":
      return Math.round(x * 10) / 10;
    case "d2":
      return Math.round(x * 100) / 100;
    case "d3":
      return Math.round(x * 1000) / 1000;
    case "d6":
      return Number(x.toFixed(6));
    case "f32": // float32 noise written with 15 significant digits (e.g. 10.3999996185303)
      return Number(Math.fround(Math.round(x * 10) / 10).toPrecision(15));
    case "full":
      return x;
    default:
      throw new Error(style);
  }
}
const MEAS_STYLES = [
  [35, "d1"],
  [20, "d2"],
  [8, "d3"],
  [10, "d6"],
  [12, "full"],
  [15, "f32"],
];

function zTarget(rng, lo, hi) {
  // half spread over the whole range (tails, flags), half in the usual range
  return rng.chance(0.5) ? rng.uni(lo, hi) : rng.uni(-4, 4);
}

// ---------------------------------------------------------------- anthro (0-5 y)
const DAY_BOUNDARIES = [
  0, 0.49, 0.5, 0.51, 1, 90, 90.49, 90.5, 91, 91.5, 273, 273.5, 273.9, 273.9375, 273.94, 274, 729.5, 730, 730.49, 730.5,
  731, 1825.5, 1826, 1826.2, 1826.24, 1826.2499, 1826.25, 1826.2501, 1826.3, 1826.5, 1827, 1855, 1856, 1856.5, 1857,
  1858,
];
const MONTH_BOUNDARIES = [
  0, 0.01, 0.02, 2.95, 2.97, 2.98, 2.99, 3, 3.01, 8.98, 8.99, 9, 9.01, 23.97, 23.98, 23.99, 24, 24.01, 24.02, 59.9, 59.98,
  59.99, 59.995, 59.999, 60, 60.001, 60.01, 60.5, 60.99, 61, 61.02,
];
const SMALL_OFFSETS = [1e-12, 1e-9, 1e-6, 0.001, 0.01];

function genAge(rng, inMonths) {
  const mode = rng.wpick([
    [3, "na"],
    [22, "boundary"],
    [inMonths ? 6 : 0, "halfday"],
    [inMonths ? 69 : 75, "random"],
  ]);
  if (mode === "na") return null;
  if (mode === "boundary") {
    let a = rng.pick(inMonths ? MONTH_BOUNDARIES : DAY_BOUNDARIES);
    if (rng.chance(0.25)) {
      const off = rng.pick(SMALL_OFFSETS) * (rng.chance(0.5) ? 1 : -1);
      if (a >= 1) a += off;
    }
    return a;
  }
  if (mode === "halfday") {
    // months whose day equivalent is (close to) k + 0.5: tests anthro's day rounding
    const d = rng.int(0, 1860) + 0.5;
    const m = d / 30.4375;
    return rng.chance(0.5) ? m : Number(m.toFixed(rng.int(2, 6)));
  }
  if (inMonths) {
    const a = rng.uni(0, 62.5);
    return styled(rng, a, [
      [15, "d0"],
      [15, "d1"],
      [50, "d2"],
      [10, "d3"],
      [10, "full"],
    ]);
  }
  const a = rng.uni(0, 1900);
  return styled(rng, a, [
    [50, "d0"],
    [15, "d1"],
    [15, "d2"],
    [20, "full"],
  ]);
}

const SEXES = [
  [34, "1"],
  [34, "2"],
  [13, "m"],
  [13, "f"],
  [4, null],
];
const OEDEMA = [
  [75, "n"],
  [5, "y"],
  [20, null],
];

function wflLms(t, sex, joinL, clen) {
  const tab = joinL ? t.wfl : t.wfh;
  const lo = joinL ? 45 : 65;
  const hi = joinL ? 110 : 120;
  const key = Math.round(clamp(clen, lo, hi) * 10);
  return tab.get(`${sex}:${key}`);
}

function anthroRecord(rng, t, id, inMonths) {
  const sex = rng.wpick(SEXES);
  const aimSex = sex === "1" || sex === "m" ? 1 : sex === "2" || sex === "f" ? 2 : rng.int(1, 2);
  const age = genAge(rng, inMonths);
  const ageMonths = age === null ? null : inMonths ? age : age / 30.4375;
  const ageDays = age === null ? null : roundUp(inMonths ? age * 30.4375 : age);
  const aimDays = ageDays === null ? rng.int(0, 1856) : clamp(ageDays, 0, 1856);
  const row = (name) => t[name].get(`${aimSex}:${aimDays * 10}`);

  // measurement position
  const measure = rng.wpick([
    [30, null],
    [35, "natural"],
    [35, "random"],
  ]);
  let m = measure;
  if (m === "natural") m = aimDays < 731 ? "l" : "h";
  else if (m === "random") m = rng.chance(0.5) ? "l" : "h";
  // anthro: standing under 9 months -> position dropped, no adjustment
  const cm = m === "h" && ageMonths !== null && ageMonths < 9 ? null : m;
  let adj = 0;
  if (ageDays !== null && ageDays < 731 && cm === "h") adj = 0.7;
  if (ageDays !== null && ageDays >= 731 && cm === "l") adj = -0.7;

  // length / height (raw = clenhei - adj)
  const lenMode = rng.wpick([
    [6, "na"],
    [0.4, "zero"],
    [0.15, "neg"],
    [age === null ? 30 : 3, "near87"],
    [14, "edge"],
    [10, "tenth"],
    [70, "real"],
  ]);
  let lenhei = null;
  let clen = null; // what the generator expects anthro's clenhei to be (for aiming)
  let joinL = ageDays !== null ? ageDays < 731 : cm !== null ? cm === "l" : null;
  switch (lenMode) {
    case "na":
      break;
    case "zero":
      lenhei = 0;
      break;
    case "neg":
      lenhei = -styled(rng, rng.uni(1, 90), [[1, "d1"]]);
      break;
    case "near87": {
      const target = 87 + rng.pick([0, 0, -0.1, 0.1, -0.05, 0.05, -0.01, 0.01, -1e-6, 1e-6, -0.001, 0.001, -1e-9]);
      const decimals = rng.pick([1, 2, 3, 6, 12]);
      lenhei = Number((target - adj).toFixed(decimals));
      break;
    }
    case "edge": {
      if (joinL === null) joinL = rng.chance(0.5);
      const edge = joinL ? rng.pick([45, 110]) : rng.pick([65, 120]);
      const off = rng.pick([0, 0, 0, 0.1, -0.1, 0.05, -0.05, 0.01, -0.01, 0.001, -0.001, 1e-6, -1e-6, 1e-9, -1e-9]);
      const target = edge + off;
      lenhei = rng.chance(0.7) ? Number((target - adj).toFixed(9)) : Number((target - adj).toPrecision(15));
      break;
    }
    case "tenth": {
      // exercises the 0.1 cm interpolation of weight-for-length/height
      const lo = joinL === false ? 65 : 45;
      const hi = joinL === false ? 120 : joinL === true ? 110 : 120;
      const k = rng.int(lo * 10, hi * 10 - 1);
      const kind = rng.pick(["x5", "x5-", "x5+", "f32", "d6", "exact"]);
      let v = k / 10;
      if (kind === "x5") v = (k * 10 + 5) / 100;
      else if (kind === "x5-") v = Number(((k * 10 + 5) / 100 - 1e-6).toFixed(6));
      else if (kind === "x5+") v = Number(((k * 10 + 5) / 100 + 1e-6).toFixed(6));
      else if (kind === "f32") v = Number(Math.fround(k / 10).toPrecision(15));
      else if (kind === "d6") v = Number((k / 10 + rng.uni(0, 0.1)).toFixed(6));
      lenhei = Number((v - adj).toPrecision(15));
      break;
    }
    default: {
      const z = zTarget(rng, -7, 7);
      const target = lmsInv(row("len"), z);
      lenhei = styled(rng, target - adj, MEAS_STYLES);
    }
  }
  if (lenhei !== null) clen = lenhei + adj;
  if (joinL === null && clen !== null) joinL = clen < 87;

  // weight
  const wMode = rng.wpick([
    [5, "na"],
    [0.6, "zero"],
    [0.3, "neg"],
    [55, "wei"],
    [25, "wfl"],
    [15, "bmi"],
  ]);
  let weight = null;
  switch (wMode) {
    case "na":
      break;
    case "zero":
      weight = 0;
      break;
    case "neg":
      weight = -styled(rng, rng.uni(0.1, 20), [[1, "d1"], [1, "d2"]]);
      break;
    default: {
      let w = null;
      if (wMode === "wfl" && clen !== null && clen > 0) {
        const lms = wflLms(t, aimSex, joinL, clen);
        w = lmsInvAdjusted(lms, zTarget(rng, -7, 7));
      } else if (wMode === "bmi" && clen !== null && clen > 0) {
        w = lmsInvAdjusted(row("bmi"), zTarget(rng, -7, 7)) * (clen / 100) ** 2;
      } else {
        w = lmsInvAdjusted(row("wei"), zTarget(rng, -8, 7));
      }
      if (!(w > 0.05) || !Number.isFinite(w)) w = 0.1;
      weight = styled(rng, w, MEAS_STYLES);
      if (weight === 0) weight = 0.1;
    }
  }

  // head, arm, skinfolds
  const other = (name, ageFrom) => {
    const mode = rng.wpick([
      [8, "na"],
      [0.3, "zero"],
      [91.7, "z"],
    ]);
    if (mode === "na") return null;
    if (mode === "zero") return 0;
    const lmsRow = t[name].get(`${aimSex}:${Math.max(aimDays, ageFrom) * 10}`);
    const z = zTarget(rng, -7, 7);
    const v = name === "hc" ? lmsInv(lmsRow, z) : lmsInvAdjusted(lmsRow, z);
    const out = styled(rng, v > 0.05 ? v : 0.1, MEAS_STYLES);
    return out > 0 ? out : 0.1;
  };
  const headc = other("hc", 0);
  const armc = other("ac", 91);
  const triskin = other("ts", 91);
  const subskin = other("ss", 91);
  const oedema = rng.wpick(OEDEMA);

  return [id, sex ?? "", num(age), num(weight), num(lenhei), m ?? "", num(headc), num(armc), num(triskin), num(subskin), oedema ?? ""];
}

// ---------------------------------------------------------------- anthroplus (5-19 y)
const PLUS_BOUNDARIES = [
  55, 59, 59.5, 59.99, 60, 60.01, 60.5, 61, 61.5, 119, 119.5, 119.99, 120, 120.001, 120.01, 120.5, 120.99, 121, 121.01,
  121.5, 122, 227, 227.5, 227.99, 228, 228.001, 228.01, 228.5, 228.99, 229, 229.01, 229.5, 230, 235,
];

function plusLms(t, name, sex, age) {
  // as anthroplus: linear interpolation of L, M, S between trunc(age) and trunc(age) + 1
  const top = name === "wfa" ? 120 : 228;
  const a = clamp(age, 60, top + 0.999);
  const lo = Math.trunc(a);
  const d = a - lo;
  const r0 = t[name].get(`${sex}:${lo * 10}`);
  const r1 = t[name].get(`${sex}:${(lo + 1) * 10}`);
  return { l: r0.l + d * (r1.l - r0.l), m: r0.m + d * (r1.m - r0.m), s: r0.s + d * (r1.s - r0.s) };
}

function anthroplusRecord(rng, t, id) {
  const sex = rng.wpick(SEXES);
  const aimSex = sex === "1" || sex === "m" ? 1 : sex === "2" || sex === "f" ? 2 : rng.int(1, 2);
  const ageMode = rng.wpick([
    [3, "na"],
    [22, "boundary"],
    [75, "random"],
  ]);
  let age = null;
  if (ageMode === "boundary") {
    age = rng.pick(PLUS_BOUNDARIES);
    if (rng.chance(0.25)) age += rng.pick(SMALL_OFFSETS) * (rng.chance(0.5) ? 1 : -1);
  } else if (ageMode === "random") {
    age = styled(rng, rng.uni(55, 235), [
      [15, "d0"],
      [10, "d1"],
      [50, "d2"],
      [10, "d3"],
      [15, "full"],
    ]);
  }
  const aimAge = age ?? rng.uni(60, 228);

  const hMode = rng.wpick([
    [4, "na"],
    [0.4, "zero"],
    [95.6, "z"],
  ]);
  let height = null;
  if (hMode === "zero") height = 0;
  else if (hMode === "z") {
    height = styled(rng, lmsInv(plusLms(t, "hfa", aimSex, aimAge), zTarget(rng, -8, 8)), MEAS_STYLES);
  }

  const wMode = rng.wpick([
    [4, "na"],
    [0.4, "zero"],
    [45, "wfa"],
    [50.6, "bfa"],
  ]);
  let weight = null;
  if (wMode === "zero") weight = 0;
  else if (wMode !== "na") {
    let w;
    if (wMode === "wfa" && aimAge <= 121.5) {
      w = lmsInvAdjusted(plusLms(t, "wfa", aimSex, aimAge), zTarget(rng, -8, 7));
    } else {
      const h = height > 0 ? height : plusLms(t, "hfa", aimSex, aimAge).m;
      w = lmsInvAdjusted(plusLms(t, "bfa", aimSex, aimAge), zTarget(rng, -7, 7)) * (h / 100) ** 2;
    }
    if (!(w > 0.5) || !Number.isFinite(w)) w = 1;
    weight = styled(rng, w, MEAS_STYLES);
    if (weight <= 0) weight = 1;
  }
  const oedema = rng.wpick(OEDEMA);
  return [id, sex ?? "", num(age), oedema ?? "", num(height), num(weight)];
}

// ---------------------------------------------------------------- R round() probe
function probeValues(rng) {
  const xs = [];
  // random doubles in -10..10
  for (let i = 0; i < 20000; i++) xs.push(rng.u53() * 20 - 10);
  // k/1000 + {-1e-15, 0, 1e-15}
  for (let i = 0; i < 15000; i++) xs.push(rng.int(-10000, 10000) / 1000 + rng.pick([-1e-15, 0, 1e-15]));
  // decimal "ties" x.xx5 and their 1- and 2-ulp neighbours
  for (let i = 0; i < 2000; i++) {
    const x = (rng.int(-1000, 999) * 10 + 5) / 1000;
    xs.push(x, ULP_NEXT(x, 1), ULP_NEXT(x, -1), ULP_NEXT(ULP_NEXT(x, 1), 1), ULP_NEXT(ULP_NEXT(x, -1), -1));
  }
  // exact binary ties of round(x, 2): the odd multiples of 1/8, and neighbours
  for (let j = -799; j <= 799; j += 2) {
    xs.push(j / 8);
    if (Math.abs(j) < 160) xs.push(ULP_NEXT(j / 8, 1), ULP_NEXT(j / 8, -1));
  }
  // named examples, signed zeros and values that round to -0
  xs.push(0.125, 2.675, 1.005, -0.125, 0.285, 1.115, 0.145, 8.345, 4.645, -2.675, -1.005, 0, -0.001, -0.004, -0.005, -0.0049999, 0.005, 5.015, 3.005, -3.005);
  // z-score-like values: two-decimal targets plus sub-ulp-to-1e-9 noise
  for (let i = 0; i < 6000; i++) {
    const base = rng.int(-800, 800) / 100;
    xs.push(base + rng.pick([0.005, -0.005, 0.0049999999, 0.0050000001]) + rng.pick([0, 1e-15, -1e-15, 1e-12, -1e-12]));
  }
  // wider magnitudes
  for (let i = 0; i < 4000; i++) xs.push((rng.u53() * 2 - 1) * 10 ** rng.int(1, 6));
  return xs;
}

// ---------------------------------------------------------------- main
function writeCsv(file, header, rows) {
  mkdirSync(dirname(file), { recursive: true });
  const text = [header.join(","), ...rows.map((r) => r.join(","))].join("\n") + "\n";
  writeFileSync(file, text);
  console.log(`${file}: ${rows.length} rows`);
}

const { t, d6, d7 } = loadTables();
console.log(`tables: ${d6}, ${d7}; seed ${SEED}`);

const ANTHRO_HEADER = ["id", "sex", "age", "weight", "lenhei", "measure", "headc", "armc", "triskin", "subskin", "oedema"];
{
  const rng = makeRng(SEED + 1);
  const rows = [];
  for (let i = 1; i <= 25000; i++) rows.push(anthroRecord(rng, t, i, false));
  writeCsv(join(anthroDir, "random-days-input.csv"), ANTHRO_HEADER, rows);
}
{
  const rng = makeRng(SEED + 2);
  const rows = [];
  for (let i = 1; i <= 15000; i++) rows.push(anthroRecord(rng, t, i, true));
  writeCsv(join(anthroDir, "random-months-input.csv"), ANTHRO_HEADER, rows);
}
{
  const rng = makeRng(SEED + 3);
  const rows = [];
  for (let i = 1; i <= 20000; i++) rows.push(anthroplusRecord(rng, t, i));
  writeCsv(join(anthroplusDir, "random-input.csv"), ["id", "sex", "age_in_months", "oedema", "height_in_cm", "weight_in_kg"], rows);
}
{
  const rng = makeRng(SEED + 4);
  const xs = probeValues(rng);
  writeCsv(probeFile, ["x"], xs.map((x) => [num(x)]));
}
console.log(`numbers written: ${stats.written}; in 16-19 digit form so R reads them exactly: ${stats.longForm}; nudged: ${stats.nudged}`);
