import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { skdn } from "../../src/aggregate/skdn/skdn.js";
import type { SkdnResult } from "../../src/aggregate/skdn/types.js";

const DAY0 = 20089; // 2025-01-01 as a day number
const children = fc.array(
  fc.record({
    sex: fc.constantFrom<unknown>(1, 2, null),
    ageAtStart: fc.integer({ min: 0, max: 66 * 30 }), // days old on 2025-01-01, some reach 60 months
    book: fc.constantFrom<unknown>("y", "n", null),
    posyandu: fc.constantFrom("Mawar", "Melati"),
    weight0: fc.integer({ min: 25, max: 150 }),
  }),
  { minLength: 1, maxLength: 6 },
);
// Weighings: (child, day of 2025, weight change in 0.1 kg); one per child and day.
const dataset = children.chain((kids) =>
  fc.tuple(
    fc.constant(kids),
    fc.uniqueArray(
      fc.record({ child: fc.nat(kids.length - 1), day: fc.integer({ min: 0, max: 364 }), delta: fc.integer({ min: -5, max: 12 }) }),
      { selector: (w) => `${w.child}/${w.day}`, maxLength: 60 },
    ),
  ),
);
type Kid = { sex: unknown; ageAtStart: number; book: unknown; posyandu: string; weight0: number };
type Weighing = { child: number; day: number; delta: number };

function run(kids: readonly Kid[], ws: readonly Weighing[]): SkdnResult {
  return skdn(
    {
      childId: ws.map((w) => `K${w.child}`),
      sex: ws.map((w) => kids[w.child]!.sex),
      dateOfBirth: ws.map((w) => DAY0 - kids[w.child]!.ageAtStart),
      visitDate: ws.map((w) => DAY0 + w.day),
      weightKg: ws.map((w) => (kids[w.child]!.weight0 + w.delta + w.day / 10) / 10),
      hasBook: ws.map((w) => kids[w.child]!.book),
    },
    { groupBy: { posyandu: ws.map((w) => kids[w.child]!.posyandu) } },
  );
}

describe("skdn properties", () => {
  it("N + T + O + B = D ≤ S, 2T ≤ T, K ≤ S, BGM ≤ D, shortfall ≥ 0, ratios in [0, 100]", () => {
    fc.assert(
      fc.property(dataset, ([kids, ws]) => {
        for (const r of run(kids, ws).rows) {
          expect(r.n + r.t + r.o + r.b).toBe(r.d);
          expect(r.d).toBeLessThanOrEqual(r.s!);
          expect(r.k!).toBeLessThanOrEqual(r.s!);
          expect(r.twoT).toBeLessThanOrEqual(r.t);
          expect(r.bgm + r.bgmUnknown).toBeLessThanOrEqual(r.d);
          expect(r.dShortfall!).toBeGreaterThanOrEqual(0);
          for (const p of [r.kPerS, r.dPerS, r.nPerD, r.nPerS, r.bgmPerD]) if (p !== null) expect(p >= 0 && p <= 100).toBe(true);
        }
      }),
    );
  });

  it("age groups add up to the totals, and boys plus girls to at most the totals", () => {
    fc.assert(
      fc.property(dataset, ([kids, ws]) => {
        const r = run(kids, ws);
        const keys = ["s", "k", "d", "n", "t", "o", "b", "twoT", "bgm", "bgmUnknown"] as const;
        for (const total of r.rows.filter((x) => x.ageGroup === "all")) {
          const same = r.rows.filter((x) => x.group === total.group && x.month === total.month && x.sex === total.sex);
          for (const key of keys) {
            const parts = same.filter((x) => x.ageGroup !== "all").reduce((s, x) => s + (x[key] ?? 0), 0);
            expect(parts).toBe(total[key]);
          }
          if (total.sex === "all") {
            const bySex = r.rows.filter((x) => x.group === total.group && x.month === total.month && x.ageGroup === "all" && x.sex !== "all");
            for (const key of keys) expect(bySex.reduce((s, x) => s + (x[key] ?? 0), 0)).toBeLessThanOrEqual(total[key] ?? 0);
          }
        }
      }),
    );
  });

  it("lists one case per child weighed in a reported month", () => {
    fc.assert(
      fc.property(dataset, ([kids, ws]) => {
        const r = run(kids, ws);
        const totals = r.rows.filter((x) => x.ageGroup === "all" && x.sex === "all");
        expect(r.cases.length).toBe(totals.reduce((s, x) => s + x.d, 0));
        for (const status of ["N", "T", "O", "B"] as const) {
          const key = status.toLowerCase() as "n" | "t" | "o" | "b";
          expect(r.cases.status.filter((s) => s === status).length).toBe(totals.reduce((s, x) => s + x[key], 0));
        }
        expect(r.cases.bgm.filter((b) => b === true).length).toBe(totals.reduce((s, x) => s + x.bgm, 0));
        const pairs = new Set(r.cases.childId.map((id, q) => `${id}/${r.cases.month[q]}`));
        expect(pairs.size).toBe(r.cases.length);
        expect(r.cases.month.every((m) => r.months.includes(m))).toBe(true);
      }),
    );
  });

  it("does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(
        dataset.chain(([kids, ws]) =>
          fc.tuple(fc.constant(kids), fc.constant(ws), fc.shuffledSubarray(ws.map((_, i) => i), { minLength: ws.length, maxLength: ws.length })),
        ),
        ([kids, ws, order]) => {
          const a = run(kids, ws);
          const b = run(kids, order.map((i) => ws[i]!));
          expect(b.rows).toEqual(a.rows);
          const { record: ra, ...ca } = a.cases;
          const { record: rb, ...cb } = b.cases;
          expect(cb).toEqual(ca);
          expect(Array.from(rb).map((i) => order[i])).toEqual(Array.from(ra));
          expect(b.issues).toEqual(a.issues);
        },
      ),
    );
  });
});
