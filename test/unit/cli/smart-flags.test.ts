/**
 * `tumbuh score --smart-flags`: SMART's flag columns on WHO's demo survey,
 * expected values computed here from WHO anthro's own z-scores and flags
 * (test/fixtures/who-anthro/mysurvey-anthro-1.1.0-output.csv): the mean of
 * each indicator's unflagged z-scores, and 1 outside that mean ± 3 or where
 * WHO flags.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../support/by-hand.js";
import { readCsv } from "../../support/csv.js";
import { run, table } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "tumbuh-smart-test-"));
const survey = readCsv(join(ROOT, "test/fixtures/who-igrowup/MySurvey_z_st.csv"));
const who = readCsv(join(ROOT, "test/fixtures/who-anthro/mysurvey-anthro-1.1.0-output.csv"));
const INPUTS = ["id", "GENDER", "agemons", "WEIGHT", "HEIGHT", "measure", "oedema"];
const file = join(dir, "survey.csv");
writeFileSync(file, [INPUTS.join(","), ...survey.col("id").map((_, i) => INPUTS.map((c) => survey.col(c)[i]).join(","))].join("\n") + "\n");
const MAP = ["--col", "sex=GENDER", "--col", "age_months=agemons", "--col", "weight=WEIGHT", "--col", "lenhei=HEIGHT", "-q"];

describe("tumbuh score --smart-flags", () => {
  it("adds flen_smart … fbmi_smart, each from WHO's z-scores' own mean ± 3", async () => {
    const r = await run(["score", file, "--smart-flags", ...MAP], [], { tuning: { batchSize: 64 } });
    expect(r.code).toBe(0);
    const { header, rows } = table(r.stdout);
    expect(header.slice(-5)).toEqual(["notes", "flen_smart", "fwei_smart", "fwfl_smart", "fbmi_smart"]);
    let flagged = 0;
    for (const [z, f] of [["zlen", "flen"], ["zwei", "fwei"], ["zwfl", "fwfl"], ["zbmi", "fbmi"]] as const) {
      const zs = who.num(z);
      const fs = who.num(f);
      const used = zs.filter((x, i) => !Number.isNaN(x) && fs[i] === 0);
      const mean = used.reduce((a, b) => a + b, 0) / used.length;
      rows.forEach((row, i) => {
        const x = zs[i]!;
        const expected = Number.isNaN(x) ? "" : fs[i] === 1 || x < mean - 3 || x > mean + 3 ? "1" : "0";
        expect(row[`${f}_smart`], `${z} row ${i + 1}`).toBe(expected);
        if (expected === "1") flagged++;
      });
    }
    expect(flagged).toBeGreaterThan(10); // the columns are not all 0
  });
  it("cannot read stdin twice", async () => {
    const r = await run(["score", "--smart-flags"], "sex\n1\n");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--smart-flags reads the input twice \(first for the survey's means\): give the file name, not stdin/);
  });
});
