/**
 * `tumbuh chart --kbm` (the KMS N/T marks on the weight-for-age chart) and
 * `tumbuh chart --velocity` (a WHO growth velocity chart), on the register
 * of test/unit/cli/trends.test.ts, whose verdicts and gains are worked by
 * hand there (and in test/unit/velocity/trajectories.test.ts).
 */
import { describe, expect, it } from "vitest";
import { byClass, parseXml, textOf } from "../chart/xml.js";
import { run } from "./run-cli.js";

// Child A, a boy born 2024-01-10; child B, a girl born 2023-06-01.
const REGISTER = [
  "child_id,sex,dob,visit_date,weight",
  "A,L,2024-01-10,2024-05-12,6.6", // first weighing
  "A,L,2024-01-10,2024-06-11,7.2", // +600 g (KBM 500): N; 4-5 mo
  "A,L,2024-01-10,2024-07-11,7.3", // +100 g (KBM 400): T; 5-6 mo
  "A,L,2024-01-10,2024-08-10,7.2", // −100 g: T; 6-7 mo
  "A,L,2024-01-10,2024-10-12,7.6", // September missed: no verdict; no 1-month pair
  "A,L,2024-01-10,2024-10-12,7.7", // the same day, the day's weighing
  "A,L,2024-01-10,2024-11-11,7.7", // 0 g since 7.7 (KBM 300): T; 9-10 mo
  "B,P,2023-06-01,2024-05-03,7.0",
  "B,P,2023-06-01,2024-06-04,6.9",
  "B,P,2023-06-01,2024-07-03,6.3",
].join("\n");

describe("tumbuh chart --kbm", () => {
  it("marks each of the child's weighings that has a verdict, N or T, as tumbuh trends gives them", async () => {
    const r = await run(["chart", "--child", "-", "--indicator", "wei", "--kbm", "--id", "child_id", "--only", "A"], REGISTER);
    expect(r.code).toBe(0);
    const svg = parseXml(r.stdout);
    expect(byClass(svg, "tumbuh-point")).toHaveLength(7);
    // In age order (the two weighings of 2024-10-12 in file order): –, N, T, T, –, –, T.
    expect(byClass(svg, "tumbuh-kbm-mark").map(textOf)).toEqual(["N", "T", "T", "T"]);
    const trends = await run(["trends", "--id", "child_id"], REGISTER);
    expect(trends.stdout.split("\n").slice(1, 8).map((l) => l.split(",")[9])).toEqual(["", "N", "T", "T", "", "", "T"]);
  });

  it("needs --id, the weight-for-age chart and the dates", async () => {
    expect((await run(["chart", "--child", "-", "--indicator", "wei", "--kbm", "--sex", "m"], REGISTER)).stderr).toContain("--kbm needs --id COL");
    expect((await run(["chart", "--child", "-", "--indicator", "len", "--kbm", "--id", "child_id"], REGISTER)).stderr).toContain("give --indicator wei");
    const noDates = await run(["chart", "--child", "-", "--indicator", "wei", "--kbm", "--id", "child_id", "--sex", "m"], "child_id,sex,age_days,weight\nA,1,100,6\n");
    expect(noDates.code).toBe(1);
    expect(noDates.stderr).toContain("no dates");
  });
});

describe("tumbuh chart --velocity", () => {
  it("weight: the child's 1-month gains in their WHO intervals", async () => {
    const r = await run(["chart", "--child", "-", "--velocity", "weight", "--id", "child_id", "--only", "A"], REGISTER);
    expect(r.code).toBe(0);
    const svg = parseXml(r.stdout);
    expect(textOf(byClass(svg, "tumbuh-title")[0]!)).toBe("Weight velocity (1-month increments), boys, 0–12 months");
    const tips = byClass(svg, "tumbuh-increment").map((m) => textOf(m));
    expect(tips.map((t) => t.replace(/, P[\d.]+$/, ""))).toEqual(["A: 4-5 mo: +600 g", "A: 5-6 mo: +100 g", "A: 6-7 mo: \u2212100 g", "A: 9-10 mo: 0 g"]);
    // +100 g from 5 to 6 months lies between WHO's P3 (61 g) and P5 (103 g) for boys.
    expect(Number(/P([\d.]+)$/.exec(tips[1]!)![1])).toBeGreaterThan(3);
    expect(Number(/P([\d.]+)$/.exec(tips[1]!)![1])).toBeLessThan(5);
    // The first weighing and the two of 2024-10-12 (63 days after the last) make no 1-month pair.
    expect(r.stderr).toContain("tumbuh: chart: 4 increments of 7 rows (3 measurements have no earlier one a WHO interval before");
  });

  it("--indicator and --velocity exclude each other; no --from/--to, no --kbm", async () => {
    expect((await run(["chart", "--child", "-", "--velocity", "length", "--indicator", "len"], REGISTER)).stderr).toContain("give one");
    expect((await run(["chart", "--velocity", "head", "--from", "2", "--sex", "f"])).stderr).toContain("--from/--to");
    expect((await run(["chart", "--velocity", "weight-2mo", "--kbm", "--sex", "f"])).stderr).toContain("--kbm marks the weight-for-age chart");
    expect((await run(["chart", "--sex", "f"])).stderr).toContain("--indicator is required");
    const empty = await run(["chart", "--velocity", "weight-2mo", "--sex", "f"]);
    expect(empty.code).toBe(0);
    expect(textOf(byClass(parseXml(empty.stdout), "tumbuh-title")[0]!)).toBe("Weight velocity (2-month increments), girls, 0–24 months");
  });
});
