/**
 * `tumbuh chart` with the INTERGROWTH-21st charts and gestational ages: the
 * newborn charts plot each birth at its gestational age, the preterm charts
 * at gestational age + age, and on the WHO charts a child born preterm is
 * plotted at corrected age with hollow markers. Rows that cannot be
 * plotted are named on stderr.
 */
import { describe, expect, it } from "vitest";
import { run } from "./run-cli.js";

const count = (svg: string, cls: string) => svg.split(`class="${cls}`).length - 1;

describe("tumbuh chart: INTERGROWTH-21st charts and corrected age", () => {
  it("newborn-wei: each row a birth at its gestational age; a row without one, and one in grams, are named", async () => {
    const r = await run(["chart", "--indicator", "newborn-wei", "--sex", "m", "-q", "-"], "sex,UK,BB Lahir\n1,38.2857142857143,2.4\n1,30,1.3\n1,,3\n1,40,3300\n");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Birth weight for gestational age, boys, 24+0–42+6 weeks");
    expect(count(r.stdout, "tumbuh-point")).toBe(2);
    expect(r.stderr).toContain("row 3: not plotted: no usable gestational age");
    expect(r.stderr).toContain("row 4: not plotted: its z-score is beyond ±6");
    expect(r.stderr).toContain("2 of 4 rows plotted");
    expect(r.stderr).not.toContain("no age column");
  });

  it("preterm-hc: at postmenstrual age (gestational age + age), --from/--to in weeks", async () => {
    const csv = "id,sex,age_days,ga_weeks,headc\na,P,14,30,28\na,P,42,30,31\na,P,300,30,42\n";
    const r = await run(["chart", "--indicator", "preterm-hc", "--id", "id", "--from", "28", "--to", "50", "-q", "-"], csv);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('data-x-range="28 50"');
    expect(count(r.stdout, "tumbuh-point")).toBe(2);
    expect(r.stderr).toContain("row 3 (id a): not plotted: the age 72.9 weeks is outside the chart's 28–50 weeks");
  });

  it("a WHO chart plots a child born preterm at corrected age, hollow, and names the rows before its term date", async () => {
    const csv = "id,sex,age_days,ga_weeks,weight\na,P,14,30,1.5\na,P,100,30,4\na,P,300,30,7\nb,P,100,,5\n";
    const r = await run(["chart", "--indicator", "wei", "--id", "id", "-q", "-"], csv);
    expect(r.code).toBe(0);
    expect(count(r.stdout, "tumbuh-point tumbuh-corrected")).toBe(2);
    expect(count(r.stdout, "tumbuh-point")).toBe(3);
    expect(r.stderr).toContain("row 1 (id a): not plotted: born preterm and not yet at the term date");
  });

  it("rows of one child with different gestational ages: a warning, and no correction", async () => {
    const r = await run(["chart", "--indicator", "wei", "--sex", "f", "-q", "-"], "sex,age_days,ga_days,weight\n2,100,210,4\n2,200,220,6\n");
    expect(r.stderr).toContain("the rows give different gestational ages (210, 220 days); the ages are not corrected");
    expect(count(r.stdout, "tumbuh-corrected")).toBe(0);
  });

  it("the help lists the INTERGROWTH-21st charts", async () => {
    const help = (await run(["chart", "--help"])).stdout;
    for (const i of ["newborn-wei", "newborn-len", "newborn-hc", "preterm-wei", "preterm-len", "preterm-hc"]) expect(help).toContain(i);
  });
});
