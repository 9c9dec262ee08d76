import { describe, expect, it } from "vitest";
import { latestPerChild, takeRows } from "../../../src/index.js";

describe("latestPerChild", () => {
  it("sets aside rows without an id, without a readable date, of another month, and earlier visits", () => {
    const r = latestPerChild(
      {
        id: ["a", "", "a", "b", "c", "a", "b"],
        visitDate: ["2025-11-01", "2025-11-02", "2025-11-30", "30/02/2025", "2025-10-31", "2025-11-30", "03/11/2025"],
      },
      { month: "2025-11", format: "dmy", today: "2026-01-01" },
    );
    expect(Array.from(r.rows)).toEqual([5, 6]);
    expect(r.setAside).toEqual({ missingId: 1, missingDate: 1, otherMonth: 1, earlierVisit: 2 });
  });

  it("without a month keeps each child's last visit of all", () => {
    const r = latestPerChild({ id: [1, 2, 1], visitDate: [new Date(Date.UTC(2025, 0, 1)), "2025-01-01", { year: 2024, month: 12, day: 31 }] }, { today: "2026-01-01" });
    expect(Array.from(r.rows)).toEqual([0, 1]);
  });

  it("misuse throws, naming the function and parameter", () => {
    expect(() => latestPerChild({ id: [1], visitDate: [] })).toThrow(/latestPerChild: visits.visitDate has length 0 but visits.id has length 1/);
    expect(() => latestPerChild({ id: [1], visitDate: ["2025-01-01"] }, { month: "11/2025" })).toThrow(RangeError);
    expect(() => latestPerChild({ id: [1], visitDate: ["2025-01-01"] }, { months: "2025-11" } as never)).toThrow(/unknown options key "months"/);
    expect(() => takeRows({ a: [1, 2] }, [2])).toThrow(/takeRows: rows\[0\] is 2/);
    expect(() => takeRows({ a: [1, 2], b: [1] }, [0])).toThrow(RangeError);
  });

  it("takeRows keeps typed arrays typed", () => {
    const t = takeRows({ z: new Float64Array([1, 2, 3]), s: new Uint8Array([1, 2, 1]), none: undefined }, [2, 0]);
    expect(t.z).toBeInstanceOf(Float64Array);
    expect(Array.from(t.z)).toEqual([3, 1]);
    expect(t.s).toBeInstanceOf(Uint8Array);
    expect(t.none).toBeUndefined();
  });
});
