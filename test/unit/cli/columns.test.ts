import { describe, expect, it } from "vitest";
import { ANTHRO_COLUMNS, CHILD1, run, table } from "./run-cli.js";

const CHILD1_ROW = "2,22.45,10.4,84.8,l";

describe("tumbuh score: output layout", () => {
  it("writes the input columns, WHO anthro's columns in order, the WHO 2007 columns, then notes", async () => {
    const r = await run(["score", "--quiet"], `sex,age_months,weight,lenhei,measure\n${CHILD1_ROW}\n`);
    expect(r.code).toBe(0);
    const { header, rows } = table(r.stdout);
    expect(header.slice(0, 5)).toEqual(["sex", "age_months", "weight", "lenhei", "measure"]);
    expect(header.slice(5, 5 + ANTHRO_COLUMNS.length)).toEqual(ANTHRO_COLUMNS);
    expect(header.at(-1)).toBe("notes");
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(r.stdout.split("\n")[1]!.startsWith(`${CHILD1_ROW},`)).toBe(true);
    expect([row.zlen, row.zwei, row.zwfl, row.zbmi]).toEqual([CHILD1.zlen, CHILD1.zwei, CHILD1.zwfl, CHILD1.zbmi]);
    expect([row.flen, row.fwei, row.fwfl, row.fbmi, row.c9mo_flag]).toEqual(["0", "0", "0", "0", "0"]);
    expect(row.clenhei).toBe("84.8");
    // 10.4 / 0.848² at full precision (WHO's file has 14.4624405788119 because its inputs carry float32 noise)
    expect(Number(row.cbmi)).toBeCloseTo(10.4 / (0.848 * 0.848), 12);
    expect(row.cbmi!.length).toBeGreaterThan(10);
    // NA is an empty cell
    expect([row.zhc, row.fhc, row.zac, row.fac, row.zts, row.zss]).toEqual(["", "", "", "", "", ""]);
    // absent columns (headc, armc, …) are not noted on every row
    expect(row.notes).toBe("");
    expect(r.stderr).toBe("");
  });

  it("matches header names case-insensitively and ignores spaces around them", async () => {
    const r = await run(["score"], ` SEX ,Age_Months,WEIGHT,LenHei,Measure\n${CHILD1_ROW}\n`);
    expect(r.code).toBe(0);
    const row = table(r.stdout).rows[0]!;
    expect(row.zlen).toBe(CHILD1.zlen);
    expect(row.zwfl).toBe(CHILD1.zwfl);
    expect(r.stdout.startsWith(" SEX ,Age_Months,WEIGHT,LenHei,Measure,clenhei,")).toBe(true);
  });

  it("maps other header names with --col (repeatable, header matched in any case)", async () => {
    const csv = `jk,umur_bulan,berat,tinggi,posisi\n${CHILD1_ROW}\n`;
    const r = await run(["score", "--col", "sex=JK", "--col", "age_months=umur_bulan", "--col=weight=berat", "--col", "lenhei=tinggi", "--col", "measure=posisi"], csv);
    expect(r.code).toBe(0);
    const row = table(r.stdout).rows[0]!;
    expect([row.zlen, row.zwei, row.zwfl, row.zbmi]).toEqual([CHILD1.zlen, CHILD1.zwei, CHILD1.zwfl, CHILD1.zbmi]);
  });

  it("--col wins over a column that has the documented name", async () => {
    // "weight" holds pounds; the kilograms are in berat_kg
    const r = await run(["score", "--col", "weight=berat_kg"], `sex,age_months,weight,berat_kg\n2,22.45,22.9,10.4\n`);
    expect(table(r.stdout).rows[0]!.zwei).toBe(CHILD1.zwei);
  });

  it("age_days takes precedence; age_months is used where age_days is empty", async () => {
    const csv = "sex,age_days,age_months,weight\n2,683,1,10.4\n2,,22.45,10.4\n2,1,22.45,10.4\n";
    const rows = table((await run(["score"], csv)).stdout).rows;
    expect(rows[0]!.zwei).toBe(CHILD1.zwei);
    expect(rows[1]!.zwei).toBe(CHILD1.zwei);
    expect(rows[2]!.zwei).not.toBe(CHILD1.zwei); // 1 day old at 10.4 kg: far off the chart
  });

  it("computes age in days from dob and visit_date when there is no age column", async () => {
    // 2023-01-01 + 683 days = 2024-11-14 (365 days of 2023, then 318 of leap year 2024: Jan–Oct = 305, + 13)
    const csv = "sex,dob,visit_date,weight,lenhei,measure\n2,2023-01-01,2024-11-14,10.4,84.8,l\n2,2023-01-01,2024-11-15,10.4,84.8,l\n";
    const r = await run(["score"], csv);
    expect(r.code).toBe(0);
    const rows = table(r.stdout).rows;
    expect([rows[0]!.zlen, rows[0]!.zwei, rows[0]!.zbmi]).toEqual([CHILD1.zlen, CHILD1.zwei, CHILD1.zbmi]);
    expect(rows[1]!.zlen).not.toBe(""); // a day later still scores
  });

  it("--dob and --visit name the date columns; a bad date makes the age NA with the date's reason", async () => {
    const csv = "sex,lahir,kunjungan,weight\n2,2023-01-01,2024-11-14,10.4\n2,2023-02-30,2024-11-14,10.4\n2,,2024-11-14,10.4\n2,14/11/2024,2024-11-14,10.4\n";
    const r = await run(["score", "--dob", "lahir", "--visit", "kunjungan"], csv);
    expect(r.code).toBe(0);
    const rows = table(r.stdout).rows;
    expect(rows[0]!.zwei).toBe(CHILD1.zwei);
    expect(rows[0]!.cage_days).toBe("683");
    expect(rows[1]!.notes!.split(";")).toContain("date-impossible");
    expect(rows[1]!.notes!.split(";")).not.toContain("age-invalid");
    expect(rows[2]!.notes!.split(";")).toContain("age-missing");
    // 14/11/2024 shows its order (14 cannot be a month): the same day as the visit
    expect(rows[3]!.cage_days).toBe("0");
  });

  it("warns when the input already has output columns", async () => {
    const r = await run(["score"], "sex,zlen\n1,0.5\n");
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/already has column\(s\) zlen/);
  });
});

describe("tumbuh score: cells", () => {
  it("numbers: spaces around, signs, exponents are read; missing markers are missing; anything else is invalid", async () => {
    const csv = ["sex,age_months,weight", "2, 22.45 ,1.04e1", "2,22.45,10.4kg", "2,22.45,", "2,22.45,NaN", "2,22.45,0x0A", "2,+22.45,  10.4", "2,22.45,Infinity"].join("\n");
    const rows = table((await run(["score"], csv)).stdout).rows;
    expect(rows[0]!.zwei).toBe(CHILD1.zwei);
    expect(rows[1]!.zwei).toBe("");
    expect(rows[1]!.notes).toBe("weight-invalid");
    expect(rows[2]!.notes).toBe("weight-missing");
    expect(rows[3]!.notes).toBe("weight-missing"); // NaN, as pandas writes a missing value
    expect(rows[4]!.notes).toBe("weight-invalid");
    expect(rows[5]!.zwei).toBe(CHILD1.zwei);
    expect(rows[6]!.notes).toBe("weight-invalid");
  });

  it("NA, N/A, ., -, ? are missing in number and code cells, not invalid", async () => {
    const markers = ["NA", "n/a", ".", "-", "?", " N/A "];
    const csv = ["sex,age_months,weight,lenhei,measure,oedema", ...markers.map((m) => `2,22.45,${m},84.8,${m},${m}`)].join("\n");
    const rows = table((await run(["score"], csv)).stdout).rows;
    for (const [k, row] of rows.entries()) {
      expect(row.notes, markers[k]).toBe("weight-missing");
      // a missing position is WHO's "unknown": the length is used as measured, so zlen is child 1's
      expect(row.zlen, markers[k]).toBe(CHILD1.zlen);
    }
  });

  it("a code cell constructor or __proto__ is an invalid code with its reason, not a property", async () => {
    const csv = "sex,age_months,weight,lenhei,measure,oedema\nconstructor,22.45,10.4,84.8,l,n\n2,22.45,10.4,84.8,__proto__,n\n2,22.45,10.4,84.8,l,toString\n";
    const r = await run(["score"], csv);
    expect(r.code).toBe(0);
    const rows = table(r.stdout).rows;
    expect(rows[0]!.notes).toBe("sex-invalid");
    expect(rows[1]!.notes).toBe("measure-invalid");
    expect(rows[2]!.notes).toBe("oedema-invalid");
    expect(rows[1]!.zlen).toBe("");
    expect(rows[2]!.zwei).toBe("");
  });

  it("a decimal comma in a comma-delimited file is not a number", async () => {
    const rows = table((await run(["score"], 'sex,age_months,weight\n2,22.45,"10,4"\n')).stdout).rows;
    expect(rows[0]!.notes).toBe("weight-invalid");
  });

  it("codes are trimmed and read in any case (L/P, l/h, y/n)", async () => {
    const csv = "sex,age_months,weight,lenhei,measure,oedema\n P ,22.45,10.4,84.8, L , N \n";
    const row = table((await run(["score"], csv)).stdout).rows[0]!;
    expect([row.zlen, row.zwfl]).toEqual([CHILD1.zlen, CHILD1.zwfl]);
    expect(row.notes).toBe("");
  });

  it("notes: oedema makes weight-based z-scores NA; an invalid code is named", async () => {
    const csv = "sex,age_months,weight,lenhei,measure,oedema\n2,22.45,10.4,84.8,l,y\nx,22.45,10.4,84.8,l,n\n2,22.45,10.4,84.8,sitting,n\n2,22.45,10.4,84.8,l,maybe\n";
    const rows = table((await run(["score"], csv)).stdout).rows;
    expect(rows[0]!.notes).toBe("oedema");
    expect(rows[0]!.zlen).toBe(CHILD1.zlen);
    expect([rows[0]!.zwei, rows[0]!.zwfl, rows[0]!.zbmi, rows[0]!.fwei]).toEqual(["", "", "", ""]);
    expect(rows[1]!.notes).toBe("sex-invalid");
    expect([rows[1]!.zlen, rows[1]!.zwei, rows[1]!.zwfl]).toEqual(["", "", ""]);
    expect(rows[2]!.notes).toBe("measure-invalid");
    expect(rows[2]!.zlen).toBe("");
    expect(rows[2]!.zwei).toBe(CHILD1.zwei);
    expect(rows[3]!.notes).toBe("oedema-invalid");
  });

  it("notes list every reason, joined by ';', in the library's order", async () => {
    const csv = "sex,age_months,weight,lenhei,headc\n,,,,\n";
    const row = table((await run(["score"], csv)).stdout).rows[0]!;
    expect(row.notes).toBe("sex-missing;age-missing;weight-missing;lenhei-missing;headc-missing");
  });

  it("--precision full writes unrounded z-scores", async () => {
    const csv = `sex,age_months,weight,lenhei,measure\n${CHILD1_ROW}\n`;
    const who = table((await run(["score"], csv)).stdout).rows[0]!;
    const full = table((await run(["score", "--precision", "full"], csv)).stdout).rows[0]!;
    expect(who.zlen).toBe(CHILD1.zlen);
    expect(full.zlen).not.toBe(CHILD1.zlen);
    expect(full.zlen!.length).toBeGreaterThan(8);
    expect(Math.abs(Number(full.zlen) - Number(CHILD1.zlen))).toBeLessThanOrEqual(0.005);
    expect(Math.abs(Number(full.zwfl) - Number(CHILD1.zwfl))).toBeLessThanOrEqual(0.005);
  });
});
