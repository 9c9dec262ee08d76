/**
 * The one-indicator functions (weightForAge, …) give exactly what `score`
 * gives in the matching fields, for any record: random good and garbage
 * input, seeded edge-heavy records across every boundary, both precisions.
 * Their reasons are those `score` gives for a record holding only the
 * indicator's own inputs (so that another measurement's reasons cannot leak
 * in), and `age-outside-standard` where the other standard applies.
 * (Where score leaves a field NA by design, and so gives no reasons for it,
 * the function's reasons must name the age and otherwise be among the
 * record's.)
 */
import fc from "fast-check";
import { runs } from "../support/runs.js";
import { describe, expect, it } from "vitest";
import {
  score, weightForAge, lengthHeightForAge, weightForLengthHeight, bmiForAge, headCircumferenceForAge,
  armCircumferenceForAge, tricepsSkinfoldForAge, subscapularSkinfoldForAge, heightForAge2007, weightForAge2007, bmiForAge2007,
  type IndicatorScore, type ScoreOptions, type ScoreRecord,
} from "../../src/index.js";
import { edgeColumns } from "../support/edge-records.js";

type Fn = (record: ScoreRecord, options?: ScoreOptions) => IndicatorScore;
type Key = keyof ScoreRecord;
const AGE: Key[] = ["sex", "ageDays", "ageMonths", "gaDays", "gaWeeks"];

/** Each function, the fields of `score` it must equal, and the record fields it reads. */
const CASES: readonly { fn: Fn; z: string; f: string; reads: Key[] }[] = [
  { fn: weightForAge, z: "zwei", f: "fwei", reads: [...AGE, "weightKg", "oedema"] },
  { fn: lengthHeightForAge, z: "zlen", f: "flen", reads: [...AGE, "lenheiCm", "measure"] },
  { fn: weightForLengthHeight, z: "zwfl", f: "fwfl", reads: [...AGE, "weightKg", "lenheiCm", "measure", "oedema"] },
  { fn: bmiForAge, z: "zbmi", f: "fbmi", reads: [...AGE, "weightKg", "lenheiCm", "measure", "oedema"] },
  { fn: headCircumferenceForAge, z: "zhc", f: "fhc", reads: [...AGE, "headCm"] },
  { fn: armCircumferenceForAge, z: "zac", f: "fac", reads: [...AGE, "muacCm"] },
  { fn: tricepsSkinfoldForAge, z: "zts", f: "fts", reads: [...AGE, "tricepsMm"] },
  { fn: subscapularSkinfoldForAge, z: "zss", f: "fss", reads: [...AGE, "subscapularMm"] },
  { fn: heightForAge2007, z: "zhfa", f: "fhfa", reads: [...AGE, "lenheiCm", "measure"] },
  { fn: weightForAge2007, z: "zwfa", f: "fwfa", reads: [...AGE, "weightKg", "oedema"] },
  { fn: bmiForAge2007, z: "zbfa", f: "fbfa", reads: [...AGE, "weightKg", "lenheiCm", "measure", "oedema"] },
];

const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

function only(record: ScoreRecord, keys: readonly Key[]): ScoreRecord {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in record) out[k] = record[k];
  return out as unknown as ScoreRecord;
}

/** Checks every function on one record, in one precision. */
function check(record: ScoreRecord, options?: ScoreOptions): void {
  const whole = score(record, options) as unknown as Record<string, number> & { naReasons: Record<string, string[]> };
  for (const c of CASES) {
    const got = c.fn(record, options);
    const where = `${c.z} of ${JSON.stringify(record)} ${JSON.stringify(options)}`;
    expect(same(got.z, whole[c.z]!), `${where}: ${got.z} vs ${whole[c.z]}`).toBe(true);
    expect(same(got.flag, whole[c.f]!), where).toBe(true);
    if (!Number.isNaN(got.z)) {
      expect(got.reasons, where).toEqual([]);
      continue;
    }
    const ownScore = score(only(record, c.reads), options) as unknown as { reasons: string[]; naReasons: Record<string, string[]> };
    const own = ownScore.naReasons[c.z];
    if (whole.naReasons[c.z] === undefined) {
      // score leaves the field NA by design: the other standard applies to
      // this age, or (WHO 2007 fields) there is no age to tell which.
      const age = got.reasons.filter((r) => r === "age-outside-standard" || r === "age-missing" || r === "age-invalid" || r === "age-before-term");
      expect(age.length, where).toBe(1);
      for (const r of got.reasons) if (r !== "age-outside-standard") expect(ownScore.reasons, where).toContain(r);
    } else {
      expect(got.reasons, where).toEqual(own);
      expect(got.reasons.length, where).toBeGreaterThan(0);
    }
  }
}

const garbage = fc.oneof(
  fc.constant(Number.NaN), fc.constant(Infinity), fc.constant(-Infinity), fc.constant(null), fc.constant(undefined),
  fc.string(), fc.boolean(), fc.constant({}),
  fc.double({ min: -1e6, max: -1e-9, noNaN: true }), fc.double({ min: 1e6, max: 1e300, noNaN: true }), fc.double({ noNaN: false }),
);
const value = (min: number, max: number) => fc.oneof({ weight: 6, arbitrary: fc.double({ min, max, noNaN: true }) }, { weight: 1, arbitrary: garbage });
const record = fc.record({
  sex: fc.oneof(fc.constantFrom(1, 2, "m", "f", "L", "P"), garbage),
  ageDays: fc.oneof(value(0, 7200), fc.constantFrom(0, 90.5, 91, 273.94, 730.5, 731, 1826.25, 3652.5, 6939.75, 6940)),
  ageMonths: value(0, 240),
  weightKg: value(0.5, 90),
  lenheiCm: fc.oneof(value(30, 190), fc.constantFrom(45, 65, 87, 110, 110.7, 120, 120.7, 0.7)),
  measure: fc.oneof(fc.constantFrom("l", "h", 1, 2, null), garbage),
  oedema: fc.oneof(fc.constantFrom("y", "n", 1, 2, true, false, null), garbage),
  headCm: value(25, 60),
  muacCm: value(5, 30),
  tricepsMm: value(1, 40),
  subscapularMm: value(1, 40),
  gaDays: fc.oneof(value(150, 320), fc.constantFrom(154, 153, 258, 259, 314, 315)),
  gaWeeks: value(20, 46),
}, { requiredKeys: ["sex"] }) as fc.Arbitrary<ScoreRecord>;

describe("one-indicator functions equal score's fields", () => {
  it("for random records of any age, good and garbage, in both precisions", () => {
    fc.assert(
      fc.property(record, fc.constantFrom<ScoreOptions | undefined>(undefined, { precision: "who" }, { precision: "full" }), (rec, options) => {
        check(rec, options);
      }),
      { numRuns: runs(3000) },
    );
  });

  it("for 20,000 seeded edge-heavy records (every boundary, overflow, every code)", () => {
    const cols = edgeColumns(20_000, 20261122) as unknown as Record<string, ArrayLike<number>>;
    const sexWord = (v: number) => (v === 1 ? "m" : v === 2 ? "P" : v === 0 ? null : "x");
    const measureWord = (v: number) => (v === 1 ? "l" : v === 2 ? "h" : v === 0 ? undefined : "?");
    const oedemaWord = (v: number) => (v === 1 ? "y" : v === 2 ? 2 : v === 0 ? "n" : "maybe");
    for (let i = 0; i < 20_000; i++) {
      const rec: Record<string, unknown> = { sex: sexWord(cols.sex![i]!), measure: measureWord(cols.measure![i]!), oedema: oedemaWord(cols.oedema![i]!) };
      for (const k of ["ageDays", "ageMonths", "weightKg", "lenheiCm", "headCm", "muacCm", "tricepsMm", "subscapularMm"]) rec[k] = cols[k]![i];
      check(rec as unknown as ScoreRecord, i % 2 === 0 ? undefined : { precision: "full" });
    }
  });
});
