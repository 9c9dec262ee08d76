import fc from "fast-check";
import { runs } from "../support/runs.js";
import { describe, expect, it } from "vitest";
import { newbornSize, pretermGrowth, score, scoreColumns, SCORE_FIELDS, reasonCodes, type ScoreRecord } from "../../src/index.js";

const garbage = fc.oneof(
  fc.constant(Number.NaN),
  fc.constant(Infinity),
  fc.constant(-Infinity),
  fc.constant(null),
  fc.constant(undefined),
  fc.string(),
  fc.boolean(),
  fc.constant({}),
  fc.double({ min: -1e6, max: -1e-9, noNaN: true }),
  fc.double({ min: 1e6, max: 1e300, noNaN: true }),
  fc.double({ noNaN: false }),
);

const plausible = {
  sex: fc.oneof(fc.constantFrom(1, 2, "m", "f", "L", "P", "male", "female"), garbage),
  age: fc.oneof(fc.double({ min: 0, max: 2000, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true }), fc.constantFrom(0, 0.25, 0.5), garbage),
  weight: fc.oneof(fc.double({ min: 0.5, max: 40, noNaN: true }), garbage),
  lenhei: fc.oneof(fc.double({ min: 30, max: 130, noNaN: true }), garbage),
  measure: fc.oneof(fc.constantFrom("l", "h", "L", "H", 1, 2, null), garbage),
  oedema: fc.oneof(fc.constantFrom("y", "n", 1, 2, true, false, null), garbage),
  head: fc.oneof(fc.double({ min: 25, max: 60, noNaN: true }), garbage),
  muac: fc.oneof(fc.double({ min: 5, max: 25, noNaN: true }), garbage),
  skin: fc.oneof(fc.double({ min: 1, max: 40, noNaN: true }), garbage),
  // gestational age in days: around the standards' and tumbuh's limits, and garbage
  ga: fc.oneof(fc.double({ min: 150, max: 320, noNaN: true }), fc.constantFrom(153, 154, 167, 168, 230, 231, 258, 259, 300, 301, 314, 315), garbage),
};

const record = fc.record({
  sex: plausible.sex,
  ageDays: plausible.age,
  ageMonths: plausible.age.map((a) => (typeof a === "number" ? a / 30 : a)),
  weightKg: plausible.weight,
  lenheiCm: plausible.lenhei,
  measure: plausible.measure,
  oedema: plausible.oedema,
  headCm: plausible.head,
  muacCm: plausible.muac,
  tricepsMm: plausible.skin,
  subscapularMm: plausible.skin,
  gaDays: plausible.ga,
  gaWeeks: plausible.ga.map((g) => (typeof g === "number" ? g / 7 : g)),
}, { requiredKeys: ["sex"] }) as fc.Arbitrary<ScoreRecord>;

const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

describe("score and scoreColumns (properties)", () => {
  it("scoreColumns equals score row by row, for any mix of good and garbage input", () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 40 }), (records) => {
        const keys = ["ageDays", "ageMonths", "weightKg", "lenheiCm", "measure", "oedema", "headCm", "muacCm", "tricepsMm", "subscapularMm", "gaDays", "gaWeeks"] as const;
        const cols: Record<string, unknown[]> = { sex: records.map((r) => r.sex) };
        for (const k of keys) cols[k] = records.map((r) => r[k]);
        const bulk = scoreColumns(cols as never);
        records.forEach((rec, i) => {
          const one = score(rec);
          for (const f of SCORE_FIELDS) expect(same(bulk[f][i]!, one[f]), `${f} row ${i}`).toBe(true);
          expect(reasonCodes(bulk.reasons[i]!)).toEqual(one.reasons);
        });
      }),
      { numRuns: runs(300) },
    );
  });

  it("a child is scored by one standard only", () => {
    fc.assert(
      fc.property(record, (rec) => {
        const r = score(rec);
        const has2006 = ["zlen", "zwei", "zwfl", "zbmi", "zhc", "zac", "zts", "zss"].some((f) => !Number.isNaN(r[f as "zlen"]));
        const has2007 = ["zhfa", "zwfa", "zbfa"].some((f) => !Number.isNaN(r[f as "zhfa"]));
        expect(has2006 && has2007).toBe(false);
      }),
      { numRuns: runs(2000) },
    );
  });

  it("never throws on bad data, and every NA value comes with a reason", () => {
    fc.assert(
      fc.property(record, (rec) => {
        const r = score(rec);
        for (const [field, reasons] of Object.entries(r.naReasons)) {
          expect(reasons!.length, `${field} is NA without a reason`).toBeGreaterThan(0);
        }
        const applicable = Number.isNaN(r.zhfa) && Number.isNaN(r.zbfa) && Number.isNaN(r.zwfa) && r.naReasons.zhfa === undefined
          ? (["zlen", "zwei", "zwfl", "zbmi", "zhc", "zac", "zts", "zss"] as const)
          : (["zhfa", "zwfa", "zbfa"] as const);
        for (const f of [...applicable, "clenhei", "cbmi"] as const) {
          if (Number.isNaN(r[f])) expect(r.naReasons[f], f).toBeDefined();
          else expect(Number.isFinite(r[f]), f).toBe(true);
        }
      }),
      { numRuns: runs(5000) },
    );
  });

  it("a flag is 0 or 1 exactly when its z-score is a number", () => {
    fc.assert(
      fc.property(record, (rec) => {
        const r = score(rec);
        for (const [z, f] of [["zlen", "flen"], ["zwei", "fwei"], ["zwfl", "fwfl"], ["zbmi", "fbmi"], ["zhc", "fhc"], ["zac", "fac"], ["zts", "fts"], ["zss", "fss"], ["zhfa", "fhfa"], ["zwfa", "fwfa"], ["zbfa", "fbfa"]] as const) {
          if (Number.isNaN(r[z])) expect(r[f]).toBeNaN();
          else expect([0, 1]).toContain(r[f]);
        }
      }),
      { numRuns: runs(2000) },
    );
  });

  it("igp_* are newbornSize's z-scores at birth (under half a day, 168–300 days), pretermGrowth's after birth (born before 259 days, 189–448 days postmenstrual age), NA otherwise", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2),
        fc.oneof(fc.integer({ min: 154, max: 314 }), fc.double({ min: 154, max: 314, noNaN: true })),
        fc.oneof(fc.constantFrom(0, 0.25, 0.5, 1), fc.double({ min: 0, max: 400, noNaN: true })),
        fc.double({ min: 0.4, max: 9, noNaN: true }),
        fc.double({ min: 25, max: 75, noNaN: true }),
        fc.double({ min: 18, max: 50, noNaN: true }),
        (sex, gaDays, ageDays, weightKg, lengthCm, headCm) => {
          const r = score({ sex, ageDays, gaDays, weightKg, lenheiCm: lengthCm, headCm }, { precision: "full" });
          const pma = gaDays + ageDays;
          const want = ageDays < 0.5
            ? gaDays >= 168 && gaDays <= 300 ? newbornSize({ sex, gaDays, weightKg, lengthCm, headCm }) : undefined
            : gaDays < 259 && pma >= 189 && pma <= 448 ? pretermGrowth({ sex, pmaDays: pma, weightKg, lengthCm, headCm }) : undefined;
          expect([r.igp_zwei, r.igp_zlen, r.igp_zhc]).toEqual(want === undefined ? [NaN, NaN, NaN] : [want.zwei, want.zlen, want.zhc]);
        },
      ),
      { numRuns: runs(2000) },
    );
  });
});
