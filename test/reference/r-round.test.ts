import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { roundZ } from "../../src/index.js";
import { ROOT } from "../support/by-hand.js";
import { readCsv } from "../support/csv.js";

// 56,140 values and R 4.2.2's round(x, 2) of each (test/fixtures/who-anthro/README.md):
// random values, values next to k/1000 and exact binary ties.
describe("roundZ equals R's round(x, 2)", () => {
  it("on every value of the probe", () => {
    const csv = readCsv(join(ROOT, "test/fixtures/who-anthro/r-round-probe.csv"));
    const x = csv.num("x");
    const want = csv.num("r");
    const bad = x.flatMap((v, i) => (roundZ(v) === want[i] ? [] : [`${v}: R ${want[i]}, tumbuh ${roundZ(v)}`]));
    expect(x.length).toBe(56140);
    expect(bad.slice(0, 10)).toEqual([]);
  });
});
