/**
 * `tumbuh newborn`: birth records in, the INTERGROWTH-21st size at birth
 * out. On the 300 public reference records the command writes exactly what
 * `newbornSize` gives, which equals gigs 0.5.1 (z to 1e-9, the SGA/AGA/LGA
 * categories exactly); bad cells give NA and a reason, never a failed run.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newbornSize, roundZ } from "../../../src/index.js";
import { ROOT } from "../../support/by-hand.js";
import { readCsv } from "../../support/csv.js";
import { run, table } from "./run-cli.js";

const ADDED = ["ig_zwei", "ig_cwei", "ig_zlen", "ig_clen", "ig_zhc", "ig_chc", "size_for_ga", "severe_sga", "lbw", "notes"];
const num = (cell: string) => (cell === "" ? NaN : Number(cell));

describe("tumbuh newborn on the public reference records", () => {
  const csv = readCsv(join(ROOT, "test", "fixtures", "intergrowth", "intergrowth-newborn.csv"));
  const input = [
    "id,sex,ga_days,weight,length,headc",
    ...csv.rows.map((r) => [r[csv.header.indexOf("id")], ...["sex", "ga_days", "weight_kg", "length_cm", "headc_cm"].map((c) => r[csv.header.indexOf(c)])].join(",")),
  ].join("\n");

  it("writes every input column, then the added ones; every value equals newbornSize's and gigs'", async () => {
    const r = await run(["newborn", "--precision", "full", "-q"], input);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const t = table(r.stdout);
    expect(t.header).toEqual(["id", "sex", "ga_days", "weight", "length", "headc", ...ADDED]);
    expect(t.rows).toHaveLength(300);
    const [sex, ga, w, l, h] = ["sex", "ga_days", "weight_kg", "length_cm", "headc_cm"].map((c) => csv.num(c)) as [number[], number[], number[], number[], number[]];
    let compared = 0;
    t.rows.forEach((row, i) => {
      const lib = newbornSize({ sex: sex[i], gaDays: ga[i], weightKg: w[i], lengthCm: l[i], headCm: h[i] });
      for (const [col, key, gigs] of [["ig_zwei", "zwei", "z_wei_gigs"], ["ig_zlen", "zlen", "z_len_gigs"], ["ig_zhc", "zhc", "z_hc_gigs"], ["ig_cwei", "cwei", "c_wei_gigs"], ["ig_clen", "clen", "c_len_gigs"], ["ig_chc", "chc", "c_hc_gigs"]] as const) {
        const got = num(row[col]!);
        expect(Object.is(got, lib[key]) || (Number.isNaN(got) && Number.isNaN(lib[key])), `row ${i + 1} ${col}`).toBe(true);
        const want = csv.num(gigs)[i]!;
        if (Number.isNaN(want)) expect(got).toBeNaN();
        else {
          expect(Math.abs(got - want), `row ${i + 1} ${col}: gigs ${want}`).toBeLessThanOrEqual(col.startsWith("ig_z") ? 1e-9 : 1e-7);
          compared++;
        }
      }
      expect(row.size_for_ga).toBe(csv.col("sfga_gigs")[i]);
      const severe = csv.col("sfga_severe_gigs")[i];
      expect(row.severe_sga).toBe(severe === "" ? "" : severe === "SGA(<3)" ? "1" : "0");
      expect(row.lbw).toBe(lib.lowBirthWeight ?? "");
      expect(row.notes).toBe(lib.reasons.join(";"));
    });
    expect(compared).toBeGreaterThan(1600);
  });

  it("rounds z-scores and centiles to 2 decimals by default (R's rounding)", async () => {
    const r = await run(["newborn", "-q"], input);
    const full = table((await run(["newborn", "-q", "--precision", "full"], input)).stdout);
    table(r.stdout).rows.forEach((row, i) => {
      for (const col of ["ig_zwei", "ig_cwei", "ig_zlen", "ig_clen", "ig_zhc", "ig_chc"]) {
        const f = num(full.rows[i]![col]!);
        // (+ 0: a z that rounds to −0 is written 0)
        expect(num(row[col]!), `row ${i + 1} ${col}`).toEqual(Number.isNaN(f) ? NaN : roundZ(f) + 0);
      }
    });
  });
});

describe("tumbuh newborn: columns and bad input", () => {
  it("reads the Indonesian birth register's headers: UK (weeks), BB Lahir, PB Lahir, LK Lahir", async () => {
    const r = await run(["newborn", "-q"], "No,Jenis Kelamin,sex,UK,BB Lahir,PB Lahir,LK Lahir\n1,L,L,38.2857142857143,2.4,47,33\n");
    // the documented name wins, and the other candidate is named
    expect(r.stderr).toBe('tumbuh: warning: column sex: "sex" and "Jenis Kelamin" could both be sex; reading "sex" (choose with --col sex=HEADER)\n');
    const row = table(r.stdout).rows[0]!;
    // a boy born at 38+2 weeks, 2.4 kg: gigs and growthstandards give z = −1.8118, the 3.50th centile
    expect(row).toMatchObject({ ig_zwei: "-1.81", ig_cwei: "3.5", size_for_ga: "SGA", severe_sga: "0", lbw: "LBW", notes: "" });
  });

  it("gestational age in days wins over weeks in each row; weeks are used where days are blank", async () => {
    const r = await run(["newborn", "-q", "--precision", "full"], "sex,ga_days,ga_weeks,weight\n2,245,40,2.1\n2,,35,2.1\n");
    const [a, b] = table(r.stdout).rows;
    const want = newbornSize({ sex: 2, gaDays: 245, weightKg: 2.1 }).zwei;
    expect([num(a!.ig_zwei!), num(b!.ig_zwei!)]).toEqual([want, want]);
  });

  it("bad cells never fail the run: NA and the reason in notes; a short row is padded and noted", async () => {
    const csv = [
      "sex,ga_weeks,weight,length,headc",
      "x,39,3.1,50,34", // sex-invalid: categories that need no sex remain
      "1,abc,3.1,50,34", // ga-invalid
      "1,20,3.1,50,34", // outside 24+0–42+6 weeks
      "2,39,-3,0,1e400", // invalid measurements (1e400 is Infinity)
      "2,39,3100,50,34", // grams: a z-score far out, not an error
      "1,39",
    ].join("\n");
    const r = await run(["newborn", "-q"], csv);
    expect(r.code).toBe(0);
    const rows = table(r.stdout).rows;
    expect(rows.map((x) => x.notes)).toEqual([
      "sex-invalid",
      "ga-invalid",
      "ga-outside-standard",
      "weight-invalid;length-invalid;headc-invalid",
      "",
      "short-row;weight-missing;length-missing;headc-missing",
    ]);
    expect(rows[0]).toMatchObject({ ig_zwei: "", size_for_ga: "", lbw: "not-LBW" });
    expect(rows[2]).toMatchObject({ ig_zwei: "", lbw: "not-LBW" });
    expect(Number(rows[4]!.ig_zwei)).toBeGreaterThan(15);
  });

  it("leaves out of the notes the *-missing codes of columns the file does not have, and warns without a gestational age", async () => {
    const r = await run(["newborn", "-q"], "sex,weight\n1,2.4\n2,\n");
    expect(r.stderr).toContain("no gestational age column");
    expect(table(r.stdout).rows.map((x) => [x.lbw, x.notes])).toEqual([["LBW", ""], ["", "weight-missing"]]);
  });

  it("maps columns with --col, keeps the delimiter, line ends, BOM and decimal comma, and is listed in the main help", async () => {
    const r = await run(["newborn", "-q", "--col", "ga_weeks=minggu"], "\uFEFFsex;minggu;weight\r\n1;40;3,3\r\n");
    const comma = (v: number) => String(roundZ(v)).replace(".", ",");
    expect(r.stdout).toBe("\uFEFFsex;minggu;weight;ig_zwei;ig_cwei;ig_zlen;ig_clen;ig_zhc;ig_chc;size_for_ga;severe_sga;lbw;notes\r\n1;40;3,3;" +
      `${comma(newbornSize({ sex: 1, gaWeeks: 40, weightKg: 3.3 }).zwei)};${comma(newbornSize({ sex: 1, gaWeeks: 40, weightKg: 3.3 }).cwei)};;;;;AGA;0;not-LBW;\r\n`);
    expect((await run(["--help"])).stdout).toContain("tumbuh newborn");
    // one set of mappings serves every command: a column newborn does not read is set aside, and said so
    const aside = await run(["newborn", "--col", "age_days=x"], "sex,ga_weeks,weight\n1,40,3.3\n");
    expect([aside.code, aside.stderr]).toEqual([0, expect.stringContaining("--col age_days=x: not read by this command")]);
  });
});
