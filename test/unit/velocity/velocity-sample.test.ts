import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { comparisonTable } from "../../../scripts/velocity-comparison.js";
import { ROOT } from "../../support/by-hand.js";

describe("docs/velocity.md: KBM beside WHO velocity on the Bontang sample", () => {
  it("the table in the docs is what scripts/velocity-comparison.ts gives", () => {
    const docs = readFileSync(join(ROOT, "docs", "velocity.md"), "utf8");
    const m = /<!-- velocity-comparison:start -->\n([\s\S]*?)\n<!-- velocity-comparison:end -->/.exec(docs);
    expect(m, "the table's markers").not.toBeNull();
    expect(m![1]).toBe(comparisonTable());
  });

  it("its rows add up: visits with a WHO interval split into the four bands", () => {
    for (const line of comparisonTable().split("\n").slice(2)) {
      const n = [...line.matchAll(/\| (\d+)(?= \(| \|)/g)].map((x) => Number(x[1]));
      expect(n.length, line).toBe(6);
      const [visits, fits, ...bands] = n;
      expect(fits!).toBeLessThanOrEqual(visits!);
      expect(bands.reduce((a, b) => a + b, 0)).toBe(fits);
    }
  });
});

describe("docs/velocity.md: KBM beside WHO's median monthly gain", () => {
  it("the KBM row is KBM_GRAMS at the age of the second weighing; the medians are WHO's printed P50", async () => {
    const { KBM_GRAMS } = await import("../../../src/index.js");
    const { parseVelocityCsv } = await import("../../../scripts/velocity-sources.js");
    const docs = readFileSync(join(ROOT, "docs", "velocity.md"), "utf8");
    const block = /<!-- kbm-median:start -->\n([\s\S]*?)\n<!-- kbm-median:end -->/.exec(docs)![1]!;
    const row = (label: string) => block.split("\n").find((l) => l.startsWith(`| ${label} |`))!.split("|").slice(2, -1).map((c) => Number(c.trim()));
    const ages = row("age at weighing (months)");
    expect(ages).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(row("KBM")).toEqual(ages.map((a) => KBM_GRAMS[Math.min(a, KBM_GRAMS.length - 1)]));
    for (const [sex, file] of [["boys", "weight_1mon_boys.csv"], ["girls", "weight_1mon_girls.csv"]] as const) {
      const rows = parseVelocityCsv(readFileSync(join(ROOT, "data", "who-growth-velocity", file), "utf8"), file);
      expect(row(`WHO median, ${sex}`)).toEqual(ages.map((a) => Number(rows.find((r) => r.interval === `${a - 1}-${a} mo`)!.printed.P50)));
    }
  });
});
