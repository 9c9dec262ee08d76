/**
 * SMART's flags need the survey's own mean before any child can be counted;
 * the command line reads its file in batches. `prevalence --flags smart`
 * keeps its batches until the end (then reads them twice), and `quality`
 * counts the z-scores by value per group and cluster, deciding SMART's
 * flags once every row is in. Either way the result must not depend on the
 * batch size, and must be the library's on all rows at once.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prevalence, qualityReport, scoreColumns } from "../../../src/index.js";
import { ROOT } from "../../support/by-hand.js";
import { readCsv } from "../../support/csv.js";
import { run, table } from "./run-cli.js";

const FILE = join(ROOT, "test/fixtures/who-igrowup/MySurvey_z_st.csv");
const TEXT = readFileSync(FILE, "utf8");
const COLS = ["--col", "sex=GENDER", "--col", "age_months=agemons", "--col", "weight=WEIGHT", "--col", "lenhei=HEIGHT", "--col", "measure=measure", "--col", "oedema=oedema"];
const inp = readCsv(FILE);
const columns = {
  sex: inp.num("GENDER"), ageMonths: inp.num("agemons"), weightKg: inp.num("WEIGHT"), lenheiCm: inp.num("HEIGHT"),
  measure: inp.col("measure"), oedema: inp.col("oedema"),
};

describe("SMART's flags across batches", () => {
  it("prevalence --flags smart: the same table with batches of 7 rows as in one, and the library's numbers", async () => {
    const argv = ["prevalence", ...COLS, "--flags", "smart", "--by", "region", "--ci", "wilson", "-q"];
    const one = await run(argv, TEXT);
    expect(one.code, one.stderr).toBe(0);
    const small = await run(argv, TEXT, { tuning: { batchSize: 7 } });
    expect(small.stdout).toBe(one.stdout);
    const who = await run(["prevalence", ...COLS, "--by", "region", "--ci", "wilson", "-q"], TEXT);
    const mean = (out: string) => table(out).rows.find((r) => r.group === "All" && r.indicator === "WH" && r.statistic === "mean")!;
    // SMART leaves out more WHZ than WHO's fixed limits on this survey
    expect(Number(mean(one.stdout).n)).toBeLessThan(Number(mean(who.stdout).n));
    const scores = scoreColumns(columns);
    const lib = prevalence({ sex: columns.sex, ageMonths: columns.ageMonths, oedema: columns.oedema, scores }, { flags: "smart", ci: "wilson", groups: { region: inp.col("region") } });
    const all = lib.groups.find((g) => g.breakdown === "all")!.indicators.WH!;
    expect(Number(mean(one.stdout).n)).toBe(all.mean.n);
    expect(Number(mean(one.stdout).r)).toBeCloseTo(all.mean.r, 10);
  });

  it("quality --cluster: the same report with batches of 7 rows as in one, and the library's SMART check", async () => {
    const argv = ["quality", ...COLS, "--cluster", "region", "--by", "region", "--format", "json", "-q"];
    const one = await run(argv, TEXT);
    expect(one.code, one.stderr).toBe(0);
    const small = await run(argv, TEXT, { tuning: { batchSize: 7 } });
    expect(small.stdout).toBe(one.stdout);
    const cli = JSON.parse(one.stdout) as { plausibility: unknown; zScores: { zwfl: { smartFlagged: number } }; groups: { plausibility: { whz: { flagged: number } } }[] };
    const lib = qualityReport(columns, { cluster: inp.col("region"), groupBy: { region: inp.col("region") } });
    expect(cli.plausibility).toEqual(JSON.parse(JSON.stringify(lib.plausibility)));
    expect(cli.zScores.zwfl.smartFlagged).toBe(lib.zScores.zwfl.smartFlagged);
    expect(cli.groups.map((g) => g.plausibility.whz.flagged)).toEqual(lib.groups.map((g) => g.plausibility.whz.flagged));
    expect(lib.plausibility.whz.flagged).toBeGreaterThan(0);
  });
});
