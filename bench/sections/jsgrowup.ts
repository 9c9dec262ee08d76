/**
 * tumbuh against jsgrowup 0.8.0 (npm; a translation of Python's pygrowup),
 * a JavaScript package for WHO z-scores: speed and accuracy on
 * the same records, for the four indicators both compute (weight-for-age,
 * length/height-for-age, weight-for-length/height, BMI-for-age).
 *
 * jsgrowup is called as its README and demo show: `new Calculator(false,
 * false, tables)` (its defaults), `zscoreForMeasurement(indicator,
 * measurement, ageInMonths, "M" | "F", height)` once per indicator, age in
 * months = days / 30.4375, BMI = weight / (length in m)², the
 * weight-for-length table under 731 days and weight-for-height from 731
 * days (WHO's choice), the length as measured. A call that throws (jsgrowup
 * throws for bad or unsupported input) or returns a non-number counts as
 * "no z-score".
 *
 * Accuracy: jsgrowup's z (2 decimals) against WHO's (tumbuh's, which are
 * WHO anthro's: test/reference) on (1) the benchmark's synthetic records,
 * (2) WHO anthro 1.1.0's own outputs for 25,000 edge-heavy records
 * (test/fixtures/who-anthro/random-days-*.csv), both as jsgrowup is
 * documented and with the corrections a caller can make (WHO's ±0.7 cm
 * adjusted length passed in, `adjustWeightScores` on), and (3) a control
 * grid where every identified cause is absent (whole-month ages, lengths on
 * 0.5 cm, no position conversion, |z| < 3; the whole months 16, 32 and 48
 * are also whole days). Every differing z-score is attributed to the first
 * of the causes below that applies to its record.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { score, scoreColumns } from "../../src/index.js";
import { INDICATOR_SPECS } from "../../src/who/registry.js";
import { measure, round, type Timing } from "../lib/timing.js";
import { count, si, type BenchContext, type Section } from "../lib/section.js";
import { syntheticColumns } from "../lib/synthetic.js";

interface JsgCalculator {
  zscoreForMeasurement(indicator: string, measurement: number, ageInMonths: number, sex: string, height?: number | null): number;
}
interface Jsgrowup {
  buildTablesObject(): Promise<unknown>;
  Calculator: new (adjustHeightData: boolean, adjustWeightScores: boolean, tables: unknown) => JsgCalculator;
}

const require = createRequire(import.meta.url);
const jsgrowup = require("jsgrowup") as Jsgrowup;
const jsgrowupVersion = (require("jsgrowup/package.json") as { version: string }).version;

const INDICATORS = ["wfa", "lhfa", "wflh", "bmi"] as const;
type Indicator = (typeof INDICATORS)[number];
const WHO_FIELD = { wfa: "zwei", lhfa: "zlen", wflh: "zwfl", bmi: "zbmi" } as const;
const WEIGHT_BASED: ReadonlySet<Indicator> = new Set(["wfa", "wflh", "bmi"]);
const LENGTH_BASED: ReadonlySet<Indicator> = new Set(["lhfa", "wflh", "bmi"]);
const NONE: ReadonlySet<Indicator> = new Set();
/** With adjustWeightScores = true, jsgrowup restricts the tails of weight-for-age and weight-for-length/height only (not BMI). */
const JSGROWUP_RESTRICTS: ReadonlySet<Indicator> = new Set(["wfa", "wflh"]);

/** The causes of a difference, in the order they are tried. */
const CAUSES = {
  tails: "beyond ±3 SD: no restricted tails (weight, BMI, weight-for-length)",
  conversion: "length not converted ±0.7 cm for the position (WHO: lying under 2 years, standing from 2 years)",
  table: "other weight-for-length/height table (jsgrowup switches at 86 cm lying / 65 cm standing)",
  grid: "age as whole months (floor; weeks to 13 weeks) or length to the nearest 0.5 cm; WHO: by day, by 0.1 cm",
  halfDay: "on a whole month, but 30.4375 × month is not a whole day: jsgrowup's monthly row is for that exact age, WHO's daily row for the age rounded to a day",
  other: "none of the above (rounding, table values)",
} as const;
type Cause = keyof typeof CAUSES;

/** One child as both libraries get it, with WHO's outputs. */
interface Rec {
  sex: number; // 1 male, 2 female, else missing
  ageDays: number; // NaN missing
  weightKg: number;
  lenheiCm: number;
  measure: number; // 1 lying, 2 standing, 0 missing
  /** WHO's results: length after the ±0.7 cm conversion, and the z-scores (NaN = none). */
  clenhei: number;
  who: Record<Indicator, number>;
}

type Scores = Record<Indicator, number>;

/** Scores one record with jsgrowup, the four indicators; `lengthCm` is the length it is given. */
function jsgScore(calc: JsgCalculator, r: Rec, lengthCm: number): Scores {
  const sex = r.sex === 1 ? "M" : r.sex === 2 ? "F" : "";
  const months = r.ageDays / 30.4375;
  const call = (indicator: string, measurement: number, height: number | null = null): number => {
    try {
      const z = calc.zscoreForMeasurement(indicator, measurement, months, sex, height);
      return typeof z === "number" && Number.isFinite(z) ? z : NaN;
    } catch {
      return NaN;
    }
  };
  const lying = whoUsesLength(r, lengthCm);
  return {
    wfa: call("wfa", r.weightKg),
    lhfa: call("lhfa", lengthCm),
    wflh: call(lying ? "wfl" : "wfh", r.weightKg, lengthCm),
    bmi: call("bmifa", r.weightKg / (lengthCm / 100) ** 2),
  };
}

/**
 * WHO's choice of table for weight-for-length/height: length under 731 days
 * (age in days rounded half up), height from 731 days; without an age, by
 * the position, or length < 87 cm when that is missing too.
 */
function whoUsesLength(r: Rec, lengthCm: number): boolean {
  return r.ageDays === r.ageDays ? Math.floor(r.ageDays + 0.5) < 731 : r.measure === 1 ? true : r.measure === 2 ? false : lengthCm < 87;
}

/** Why jsgrowup gives no z-score where WHO gives one (the first that applies). */
const MISSING_CAUSES = {
  under1Month: "age under 1 month (jsgrowup: 'Invalid age' when the whole months are 0)",
  noAge: "no age (jsgrowup needs one for weight-for-length/height; WHO does not)",
  under1Kg: "weight under 1 kg ('Invalid measurement' when the whole kilograms are 0)",
  lengthRange: "length outside jsgrowup's 45–120 cm, or outside its table",
  other: "other",
} as const;
type MissingCause = keyof typeof MISSING_CAUSES;

function missingCauseOf(ind: Indicator, r: Rec, lengthGiven: number): MissingCause {
  if (!(r.ageDays === r.ageDays)) return "noAge";
  if (Math.trunc(r.ageDays / 30.4375) === 0) return "under1Month";
  if ((ind === "wfa" || ind === "wflh") && Math.trunc(r.weightKg) === 0) return "under1Kg";
  if (ind === "wflh") return "lengthRange";
  return "other";
}

/** Runs `fn` with console.log silenced (jsgrowup logs every z beyond ±3 when adjustWeightScores is on). */
function quietly<T>(fn: () => T): T {
  const log = console.log;
  console.log = () => {};
  try {
    return fn();
  } finally {
    console.log = log;
  }
}

function causeOf(ind: Indicator, r: Rec, lengthGiven: number, restricted: ReadonlySet<Indicator>): Cause {
  const zWho = r.who[ind];
  if (!restricted.has(ind) && WEIGHT_BASED.has(ind) && Math.abs(zWho) > 3) return "tails";
  if (LENGTH_BASED.has(ind) && lengthGiven !== r.clenhei) return "conversion";
  if (ind === "wflh") {
    const whoLying = whoUsesLength(r, r.clenhei);
    const jsgLying = whoLying ? !(lengthGiven > 86) : lengthGiven < 65;
    if (whoLying !== jsgLying) return "table";
    if (!Number.isInteger(lengthGiven * 2)) return "grid";
    return "other";
  }
  const months = r.ageDays / 30.4375;
  const weeks = (months * 30.4374) / 7; // sic: jsgrowup's constant
  const onPoint = weeks <= 13 ? Number.isInteger(weeks) : Number.isInteger(months);
  if (!onPoint) return "grid";
  return weeks > 13 && !Number.isInteger(r.ageDays) ? "halfDay" : "other";
}

interface IndicatorAccuracy {
  /** Records WHO scores. */
  readonly whoScored: number;
  /** …of which jsgrowup gives no z-score. */
  readonly jsgMissing: number;
  /** …by cause. */
  readonly jsgMissingCauses: Partial<Record<MissingCause, number>>;
  /** Records jsgrowup scores and WHO does not… */
  readonly jsgExtra: number;
  /** …of which weight-for-length/height outside WHO's window for the child's table (lying over 110 cm, standing under 65 cm), which jsgrowup scores from the other table. */
  readonly jsgExtraOutsideWhoWindow: number;
  /** Both score: how many, how many differ at 2 decimals (and %), max and mean |difference| over those. */
  readonly both: number;
  readonly differ: number;
  readonly differPercent: number;
  readonly maxAbsDiff: number;
  readonly meanAbsDiff: number;
  /** Differing records by cause: how many, and the largest |difference|. */
  readonly causes: Partial<Record<Cause, { readonly n: number; readonly maxAbsDiff: number }>>;
}

/**
 * Compares jsgrowup's z-scores with WHO's; `restricted`: the indicators for
 * which jsgrowup was asked to apply WHO's restricted tails.
 */
function compare(recs: readonly Rec[], jsg: readonly Scores[], lengthOf: (r: Rec) => number, restricted: ReadonlySet<Indicator>): Record<Indicator, IndicatorAccuracy> {
  const out = {} as Record<Indicator, IndicatorAccuracy>;
  for (const ind of INDICATORS) {
    let whoScored = 0;
    let jsgMissing = 0;
    let jsgExtra = 0;
    let extraOutside = 0;
    let both = 0;
    let differ = 0;
    let maxAbs = 0;
    let sumAbs = 0;
    const causes: Partial<Record<Cause, { n: number; maxAbsDiff: number }>> = {};
    const missingCauses: Partial<Record<MissingCause, number>> = {};
    for (let i = 0; i < recs.length; i++) {
      const w = recs[i]!.who[ind];
      const j = jsg[i]![ind];
      const hasW = Number.isFinite(w);
      const hasJ = Number.isFinite(j);
      if (hasW) whoScored++;
      if (hasW && !hasJ) {
        jsgMissing++;
        const c = missingCauseOf(ind, recs[i]!, lengthOf(recs[i]!));
        missingCauses[c] = (missingCauses[c] ?? 0) + 1;
      }
      if (!hasW && hasJ) {
        jsgExtra++;
        const r = recs[i]!;
        const len = lengthOf(r);
        if (ind === "wflh" && (whoUsesLength(r, r.clenhei) ? r.clenhei > 110 : r.clenhei < 65) && len >= 45 && len <= 120) extraOutside++;
      }
      if (!(hasW && hasJ)) continue;
      both++;
      const d = Math.abs(j - w);
      if (d < 0.001) continue; // both are rounded to 2 decimals
      differ++;
      maxAbs = Math.max(maxAbs, d);
      sumAbs += d;
      const c = causeOf(ind, recs[i]!, lengthOf(recs[i]!), restricted);
      const e = (causes[c] ??= { n: 0, maxAbsDiff: 0 });
      e.n++;
      e.maxAbsDiff = Math.max(e.maxAbsDiff, round(d, 2));
    }
    out[ind] = {
      whoScored, jsgMissing, jsgMissingCauses: missingCauses, jsgExtra, jsgExtraOutsideWhoWindow: extraOutside, both, differ,
      differPercent: both ? round((100 * differ) / both, 1) : NaN,
      maxAbsDiff: round(maxAbs, 2),
      meanAbsDiff: differ ? round(sumAbs / differ, 3) : 0,
      causes,
    };
  }
  return out;
}

function printAccuracy(ctx: BenchContext, title: string, acc: Record<Indicator, IndicatorAccuracy>): void {
  const causeKeys = Object.keys(CAUSES) as Cause[];
  ctx.table(
    title,
    ["indicator", "WHO scores", "jsgrowup none", "… why", "jsgrowup extra", "… outside WHO's window", "both", "differ", "%", "max |Δz|", "mean |Δz|", ...causeKeys.map((c) => `${c}: n (max)`)],
    INDICATORS.map((ind) => {
      const a = acc[ind];
      return [
        ind, a.whoScored, a.jsgMissing, Object.entries(a.jsgMissingCauses).map(([k, v]) => `${k} ${v}`).join(", ") || "–", a.jsgExtra, a.jsgExtraOutsideWhoWindow, a.both, a.differ, a.differPercent, a.maxAbsDiff, a.meanAbsDiff,
        ...causeKeys.map((c) => (a.causes[c] ? `${a.causes[c]!.n} (${a.causes[c]!.maxAbsDiff})` : "–")),
      ];
    }),
  );
}

/** The benchmark's synthetic records with tumbuh's (= WHO anthro's) results. */
function syntheticRecords(n: number): Rec[] {
  const c = syntheticColumns(n);
  const s = scoreColumns(c);
  const recs: Rec[] = [];
  for (let i = 0; i < n; i++) {
    recs.push({
      sex: c.sex[i]!, ageDays: c.ageDays[i]!, weightKg: c.weightKg[i]!, lenheiCm: c.lenheiCm[i]!, measure: c.measure[i]!,
      clenhei: s.clenhei[i]!,
      who: { wfa: s.zwei[i]!, lhfa: s.zlen[i]!, wflh: s.zwfl[i]!, bmi: s.zbmi[i]! },
    });
  }
  return recs;
}

function readSimpleCsv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, "utf8").trimEnd().split("\n");
  const names = head!.split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    return Object.fromEntries(names.map((name, k) => [name, cells[k] ?? ""]));
  });
}

/**
 * WHO anthro 1.1.0's outputs for test/fixtures/who-anthro/random-days-*.csv.
 * Rows with oedema, a weight or length ≤ 0, or an age outside 0–60 months
 * are left out (WHO gives no z-score for oedema or from 60 months; jsgrowup
 * has neither rule; nonpositive measurements are data errors).
 */
function whoFixtureRecords(limit: number): { recs: Rec[]; skipped: number } {
  const dir = fileURLToPath(new URL("../../test/fixtures/who-anthro/", import.meta.url));
  const input = readSimpleCsv(`${dir}random-days-input.csv`);
  const output = readSimpleCsv(`${dir}random-days-output.csv`);
  const num = (s: string | undefined) => (s === undefined || s === "" ? NaN : Number(s));
  const recs: Rec[] = [];
  let skipped = 0;
  for (let i = 0; i < input.length && recs.length < limit; i++) {
    const a = input[i]!;
    const b = output[i]!;
    if (a.id !== b.id) throw new Error(`bench jsgrowup: fixture ids differ at row ${i + 1}`);
    const ageDays = num(a.age);
    const weightKg = num(a.weight);
    const lenheiCm = num(a.lenhei);
    if (a.oedema === "y" || weightKg <= 0 || lenheiCm <= 0 || ageDays < 0 || ageDays / 30.4375 >= 60) {
      skipped++;
      continue;
    }
    recs.push({
      sex: a.sex === "1" || a.sex === "m" ? 1 : a.sex === "2" || a.sex === "f" ? 2 : 0,
      ageDays, weightKg, lenheiCm,
      measure: a.measure === "l" ? 1 : a.measure === "h" ? 2 : 0,
      clenhei: num(b.clenhei),
      who: { wfa: num(b.zwei), lhfa: num(b.zlen), wflh: num(b.zwfl), bmi: num(b.zbmi) },
    });
  }
  return { recs, skipped };
}

/**
 * The control: every cause above absent. Whole months 3–59 (jsgrowup's
 * monthly rows), both sexes, weights at z −2.5 … +2.5 of weight-for-age
 * and lengths at z −2.5 … +2.5 of length-for-age, rounded to 0.5 cm (on
 * jsgrowup's weight-for-length rows) and 0.1 kg, measured lying under 2
 * years and standing from 2 years (no conversion). Only records whose WHO
 * z-scores are within ±3 are kept.
 */
function controlRecords(): Rec[] {
  const wei = INDICATOR_SPECS.wei.table();
  const len = INDICATOR_SPECS.len.table();
  const out: Rec[] = [];
  const zs = [-2.5, -1.5, -0.5, 0, 0.5, 1.5, 2.5];
  const raw: Omit<Rec, "clenhei" | "who">[] = [];
  for (let month = 3; month <= 59; month++) {
    const ageDays = month * 30.4375;
    const day = Math.round(ageDays);
    for (const sex of [1, 2]) {
      const k = (sex - 1) * wei.rowsPerSex + day;
      const kl = (sex - 1) * len.rowsPerSex + day;
      for (const wz of zs) {
        for (const lz of zs) {
          const L = wei.l[k]!;
          const w = wei.m[k]! * (1 + L * wei.s[k]! * wz) ** (1 / L);
          const l = len.m[kl]! * (1 + len.s[kl]! * lz);
          raw.push({ sex, ageDays, weightKg: Math.round(w * 10) / 10, lenheiCm: Math.round(l * 2) / 2, measure: day < 731 ? 1 : 2 });
        }
      }
    }
  }
  const s = scoreColumns({
    sex: raw.map((r) => r.sex), ageDays: raw.map((r) => r.ageDays), weightKg: raw.map((r) => r.weightKg),
    lenheiCm: raw.map((r) => r.lenheiCm), measure: raw.map((r) => r.measure),
  });
  raw.forEach((r, i) => {
    const who = { wfa: s.zwei[i]!, lhfa: s.zlen[i]!, wflh: s.zwfl[i]!, bmi: s.zbmi[i]! };
    if (Object.values(who).every((z) => Number.isFinite(z) && Math.abs(z) < 3)) out.push({ ...r, clenhei: s.clenhei[i]!, who });
  });
  return out;
}

async function run(ctx: BenchContext): Promise<unknown> {
  const tables = await jsgrowup.buildTablesObject();
  const plain = new jsgrowup.Calculator(false, false, tables);
  const withTails = new jsgrowup.Calculator(false, true, tables);
  const asMeasured = (r: Rec) => r.lenheiCm;
  const whoLength = (r: Rec) => r.clenhei;

  // Speed, on the synthetic records.
  const n = ctx.quick ? 2_000 : 10_000;
  ctx.log(`jsgrowup: ${count(n)} synthetic records …`);
  const recs = syntheticRecords(n);
  const cols = syntheticColumns(n);
  const measureCodes = [undefined, "l", "h"] as const;
  let jsgOut: Scores[] = [];
  const opts = ctx.quick ? { warmup: 0, minRuns: 1, maxRuns: 1, minTotalMs: 0 } : { warmup: 1, minRuns: 3, maxRuns: 5, minTotalMs: 1000 };
  const jsgTiming = await measure(n, () => {
    jsgOut = recs.map((r) => jsgScore(plain, r, r.lenheiCm));
  }, opts);
  let sink = 0;
  const perRecord = await measure(n, () => {
    for (let i = 0; i < n; i++) {
      sink += score({ sex: cols.sex[i], ageDays: cols.ageDays[i], weightKg: cols.weightKg[i], lenheiCm: cols.lenheiCm[i], measure: measureCodes[cols.measure[i]!] }).zwei || 0;
    }
  }, ctx.quick ? { warmup: 1, minRuns: 1, maxRuns: 3, minTotalMs: 100 } : { warmup: 1, minRuns: 5, maxRuns: 50, minTotalMs: 1000 });
  const bulk = await measure(n, () => scoreColumns(cols), ctx.quick ? { warmup: 1, minRuns: 1, maxRuns: 3, minTotalMs: 100 } : { warmup: 1, minRuns: 5, maxRuns: 200, minTotalMs: 1000 });
  const speed: { name: string; timing: Timing; what: string }[] = [
    { name: `jsgrowup ${jsgrowupVersion}`, timing: jsgTiming, what: "4 calls of zscoreForMeasurement per record (decimal.js arithmetic)" },
    { name: "tumbuh score", timing: perRecord, what: "one call per record, every indicator" },
    { name: "tumbuh scoreColumns", timing: bulk, what: "all records in one call" },
  ];
  ctx.table(
    `WFA, L/HFA, WFL/H, BMI-for-age on the same ${count(n)} synthetic records: records/s at the median run`,
    ["", "records/s", "µs/record", "× jsgrowup", "what"],
    speed.map((s) => [s.name, si(s.timing.recordsPerSecond), round(s.timing.nsPerRecord / 1000, 2), `${round(s.timing.recordsPerSecond / jsgTiming.recordsPerSecond, 0)}×`, s.what]),
  );

  // Accuracy.
  const synthetic = compare(recs, jsgOut, asMeasured, NONE);
  printAccuracy(ctx, `Accuracy on the ${count(n)} synthetic records: jsgrowup (as documented) vs WHO anthro (= tumbuh)`, synthetic);

  ctx.log("jsgrowup: WHO anthro 1.1.0 fixture records …");
  const fixture = whoFixtureRecords(ctx.quick ? 5_000 : Infinity);
  const fixturePlain = compare(fixture.recs, fixture.recs.map((r) => jsgScore(plain, r, r.lenheiCm)), asMeasured, NONE);
  printAccuracy(ctx, `Accuracy on ${fixture.recs.length} records scored by WHO anthro 1.1.0 (test/fixtures/who-anthro/random-days; ${fixture.skipped} with oedema, weight or length ≤ 0, or 60+ months left out): jsgrowup as documented`, fixturePlain);
  const fixtureCorrected = compare(fixture.recs, quietly(() => fixture.recs.map((r) => jsgScore(withTails, r, r.clenhei))), whoLength, JSGROWUP_RESTRICTS);
  printAccuracy(ctx, "The same records, jsgrowup given WHO's ±0.7 cm-adjusted length and adjustWeightScores = true (restricted tails for weight-for-age and weight-for-length/height; not BMI)", fixtureCorrected);

  const control = controlRecords();
  const controlAcc = compare(control, control.map((r) => jsgScore(plain, r, r.lenheiCm)), asMeasured, NONE);
  printAccuracy(ctx, `Control: ${control.length} records with none of the causes (whole months 3–59, lengths on 0.5 cm, no conversion, |z| < 3)`, controlAcc);

  if (sink === 0.5) ctx.log("");
  return {
    peer: { name: "jsgrowup", version: jsgrowupVersion, calculator: "new Calculator(false, false, tables) (its defaults); adjustWeightScores = true where stated" },
    records: n,
    speed: speed.map((s) => ({ name: s.name, what: s.what, ...s.timing })),
    causes: CAUSES,
    missingCauses: MISSING_CAUSES,
    accuracy: {
      synthetic,
      whoFixture: { records: fixture.recs.length, skipped: fixture.skipped, asDocumented: fixturePlain, withAdjustedLengthAndTails: fixtureCorrected },
      control: { records: control.length, asDocumented: controlAcc },
    },
  };
}

export const jsgrowupSection: Section = {
  name: "jsgrowup",
  description: "the npm package jsgrowup on the same records: speed, and how its z-scores differ from WHO's",
  run,
};
