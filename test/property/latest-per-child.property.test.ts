/**
 * latestPerChild against a hand-written selection: sort each child's
 * visits by date then row, keep the last of the month.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { latestPerChild, takeRows } from "../../src/index.js";

const visit = fc.record({
  id: fc.oneof({ weight: 8, arbitrary: fc.constantFrom("a", "b", "c", "d", " a ", "10", "2") }, { weight: 1, arbitrary: fc.constantFrom("", "NA", null) }),
  y: fc.constantFrom(2024, 2025),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
  bad: fc.constantFrom(false, false, false, false, true),
});

describe("latestPerChild (property)", () => {
  it("keeps, per child, the last visit of the month (ties: the later row), and counts every other row once", () => {
    fc.assert(
      fc.property(fc.array(visit, { maxLength: 60 }), fc.option(fc.constantFrom("2024-03", "2025-11", "2025-12"), { nil: undefined }), (rows, month) => {
        const id = rows.map((r) => r.id);
        // day-first text for half of them, ISO for the rest; "bad" dates are impossible ones
        const visitDate = rows.map((r, i) => (r.bad ? "31/02/2025" : i % 2 ? `${r.d}/${r.m}/${r.y}` : `${r.y}-${String(r.m).padStart(2, "0")}-${String(r.d).padStart(2, "0")}`));
        const got = latestPerChild({ id, visitDate }, { month, format: "dmy", today: "2026-01-01" });
        // by hand
        const keep = new Map<string, number>();
        const key = (r: (typeof rows)[number]) => r.y * 10000 + r.m * 100 + r.d;
        let counted = 0;
        rows.forEach((r, i) => {
          if (r.id === null || r.id.trim() === "" || r.id === "NA" || r.bad) return;
          if (month !== undefined && `${r.y}-${String(r.m).padStart(2, "0")}` !== month) return;
          counted++;
          const k = r.id.trim();
          const j = keep.get(k);
          if (j === undefined || key(r) >= key(rows[j]!)) keep.set(k, i);
        });
        expect(Array.from(got.rows)).toEqual([...keep.values()].sort((a, b) => a - b));
        const s = got.setAside;
        expect(s.earlierVisit).toBe(counted - keep.size);
        expect(got.rows.length + s.missingId + s.missingDate + s.otherMonth + s.earlierVisit).toBe(rows.length);
        // takeRows gives those rows of every column
        const t = takeRows({ id, visitDate }, got.rows);
        expect(t.id).toEqual(Array.from(got.rows, (i) => id[i]));
      }),
    );
  });
});
