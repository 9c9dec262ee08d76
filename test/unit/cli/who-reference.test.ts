/**
 * Five children of WHO's demo survey, scored by WHO's igrowup software
 * (test/fixtures/who-igrowup/MySurvey_z_st.csv), fed through the command
 * line as a CSV with the survey's own column names mapped by --col. The
 * z-scores and flags must equal WHO's.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../support/by-hand.js";
import { readCsv } from "../../support/csv.js";
import { run, table } from "./run-cli.js";

const fixture = readCsv(join(ROOT, "test/fixtures/who-igrowup/MySurvey_z_st.csv"));
const INPUTS = ["GENDER", "agemons", "WEIGHT", "HEIGHT", "measure", "oedema", "HEAD", "MUAC", "TRI", "SUB"];
const FIELDS = ["zlen", "zwei", "zwfl", "zbmi", "zhc", "zac", "zts", "zss", "flen", "fwei", "fwfl", "fbmi", "fhc", "fac", "fts", "fss"];
// 1: girl, lying; 12: 3 months, every measurement; 51: no length; 214: high z (zss 4.51);
// 237: boy of 55 months, standing, oedema
const IDS = ["1", "12", "51", "214", "237"];

describe("tumbuh score equals WHO's software on its demo survey", () => {
  const ids = fixture.col("id");
  const picked = IDS.map((id) => ids.indexOf(id));

  it("the picked children are in the fixture", () => {
    expect(picked.every((i) => i >= 0)).toBe(true);
  });

  it("z-scores and flags of 5 children, through --col mappings", async () => {
    const columns = INPUTS.map((name) => fixture.col(name));
    const lines = [`id,${INPUTS.join(",")}`, ...picked.map((i) => `${ids[i]},${columns.map((c) => c[i]).join(",")}`)];
    const r = await run(
      ["score", "--col", "sex=GENDER", "--col", "age_months=agemons", "--col", "weight=WEIGHT", "--col", "lenhei=HEIGHT", "--col", "headc=HEAD", "--col", "armc=MUAC", "--col", "triskin=TRI", "--col", "subskin=SUB"],
      `${lines.join("\r\n")}\r\n`,
    );
    expect(r.code).toBe(0);
    const rows = table(r.stdout).rows;
    expect(rows.map((row) => row.id)).toEqual(IDS);
    let compared = 0;
    picked.forEach((i, k) => {
      for (const field of FIELDS) {
        const want = fixture.col(field)[i]!;
        const got = rows[k]![field]!;
        if (want === "") expect(got, `id ${IDS[k]} ${field}`).toBe("");
        else {
          expect(got, `id ${IDS[k]} ${field}`).not.toBe("");
          expect(Number(got), `id ${IDS[k]} ${field}`).toBe(Number(want));
          compared++;
        }
      }
    });
    expect(compared).toBe(14 + 16 + 8 + 16 + 8); // id 1 has no head circumference, 51 no length, 237 oedema
    expect(rows[4]!.notes!.split(";")).toContain("oedema");
  });
});
