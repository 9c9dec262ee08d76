/**
 * A posyandu export as it comes out of a spreadsheet in an Indonesian
 * locale — BOM, CRLF, semicolons, decimal commas, DD/MM/YYYY dates with and
 * without zero padding and with `/`, `-` and `.`, the header names of
 * registers and e-PPGBM (`JK`, `Tgl Lahir`, `BB (kg)`, `TB/PB`, …), every
 * code spelling people write and every missing marker — is scored with no
 * options exactly as the same rows written cleanly (ISO dates, documented
 * names and codes, decimal points, empty cells). The two files are
 * test/fixtures/indonesian-export/ (see its README).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../support/csv.js";
import { run, table } from "./run-cli.js";

const DIR = join(__dirname, "..", "..", "fixtures", "indonesian-export");
const EXPORT = join(DIR, "posyandu-export.csv");
const CLEAN = join(DIR, "clean-iso.csv");

/** The columns `score` adds, from its output's header (everything after the input's columns). */
function added(header: readonly string[], inputColumns: number): string[] {
  return header.slice(inputColumns);
}

/** Rows of a semicolon output with CRLF and a BOM, cells unquoted. */
function semicolonRows(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain("\r\n");
  return parseCsv(text.slice(1), ";");
}

describe("an Indonesian posyandu export, with no options", () => {
  it("the fixture is what it claims: BOM, CRLF, semicolons, decimal commas, day-first dates padded and not, register headers, every code spelling and missing marker", () => {
    const bytes = readFileSync(EXPORT);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.split("\r\n")[0]).toBe("No;Nama Anak;JK;Tgl Lahir;Tgl Ukur;BB (kg);TB/PB;Cara Ukur;LK;LiLA;Edema");
    const rows = parseCsv(text, ";").slice(1);
    const column = (k: number) => rows.map((r) => r[k]!);
    expect(column(5).some((c) => /^\d+,\d$/.test(c))).toBe(true);
    expect(column(3).some((c) => /^\d{2}\/\d{2}\/\d{4}$/.test(c))).toBe(true);
    expect(column(3).some((c) => /^\d\/\d{1,2}\/\d{4}$/.test(c))).toBe(true);
    expect(column(4).some((c) => /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(c))).toBe(true);
    expect(column(4).some((c) => /^\d{2}-\d{2}-\d{4}$/.test(c))).toBe(true);
    for (const code of ["L", "P", "laki-laki", "perempuan", "LK", "PR", "1", "2", "m", "f"]) expect(column(2), code).toContain(code);
    for (const code of ["l", "telentang", "Telentang", "terlentang", "berbaring", "tidur", "lying", "h", "berdiri", "standing"]) expect(column(7), code).toContain(code);
    for (const code of ["ya", "tidak", "tdk", "Tidak Ada", "y", "n"]) expect(column(10), code).toContain(code);
    for (const marker of ["NA", "N/A", ".", "-", "?", ""]) expect([...column(5), ...column(8), ...column(9)], marker).toContain(marker);
  });

  it("scores every row exactly as the clean ISO file: every added column, cell by cell (decimal commas aside)", async () => {
    const indonesian = await run(["score", EXPORT]);
    const clean = await run(["score", CLEAN]);
    expect(indonesian.code).toBe(0);
    expect(clean.code).toBe(0);
    const a = semicolonRows(indonesian.stdout);
    const b = parseCsv(clean.stdout);
    const inputColumns = 11;
    const fields = added(b[0]!, inputColumns);
    expect(added(a[0]!, inputColumns)).toEqual(fields);
    expect(fields).toEqual(expect.arrayContaining(["zlen", "zwei", "zwfl", "zbmi", "zhc", "zac", "cage_days", "notes"]));
    expect(fields).not.toContain("corrected"); // no gestational age is read
    expect(a).toHaveLength(b.length);
    let scored = 0;
    for (let r = 1; r < b.length; r++) {
      for (let k = 0; k < fields.length; k++) {
        const mine = a[r]![inputColumns + k]!;
        const theirs = b[r]![inputColumns + k]!;
        // the export's numbers have decimal commas, so do the new ones; the digits are the same
        expect(mine, `row ${r}, ${fields[k]}`).toBe(fields[k] === "notes" ? theirs : theirs.replace(".", ","));
        if (fields[k] === "zwei" && theirs !== "") scored++;
      }
    }
    expect(scored).toBeGreaterThan(25);
  });

  it("says on stderr which header became which column and how the dates were read, then the summary", async () => {
    const r = await run(["score", EXPORT]);
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toBe(
      'tumbuh: note: columns read: "JK" → sex, "Tgl Lahir" → dob, "Tgl Ukur" → visit_date, "BB (kg)" → weight, "TB/PB" → lenhei, "Cara Ukur" → measure, "LK" → headc, "LiLA" → armc, "Edema" → oedema',
    );
    expect(lines[1]).toMatch(/^tumbuh: note: dates read day first \(dmy\) in "Tgl Lahir" \(dob\) \(e\.g\. "\d+[-/.]\d+[-/.]\d{4}"\) and "Tgl Ukur" \(visit_date\) \(e\.g\. "[^"]+"\); --date-format sets the order$/);
    expect(lines[2]).toBe("tumbuh: note: 36 rows read; rows with NA values, by reason: weight-missing 6, oedema 2, headc-missing 7, muac-missing 3");
    expect(lines).toHaveLength(3); // no warning: nothing was unreadable
  });

  it("the same in Bahasa Indonesia with --lang id", async () => {
    const r = await run(["score", EXPORT, "--lang", "id"]);
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^tumbuh: catatan: kolom yang dibaca: "JK" → sex, "Tgl Lahir" → dob, /);
    expect(lines[1]).toMatch(/^tumbuh: catatan: tanggal dibaca hari dulu \(dmy\) di "Tgl Lahir" \(dob\) .* dan "Tgl Ukur" \(visit_date\) .*; urutannya dapat diatur dengan --date-format$/);
    expect(lines[2]).toBe("tumbuh: catatan: 36 baris dibaca; baris dengan nilai NA, menurut alasan: weight-missing 6, oedema 2, headc-missing 7, muac-missing 3");
  });

  it("prevalence and quality read it as they read the clean file; prevalence's table has the export's decimal commas", async () => {
    const quality = [await run(["quality", "--format", "json", EXPORT, "--quiet"]), await run(["quality", "--format", "json", CLEAN, "--quiet"])];
    expect(quality[0]!.code).toBe(0);
    expect(JSON.parse(quality[0]!.stdout)).toEqual(JSON.parse(quality[1]!.stdout));
    const indonesian = await run(["prevalence", EXPORT, "--quiet"]);
    const clean = await run(["prevalence", CLEAN, "--quiet"]);
    expect(indonesian.code).toBe(0);
    const a = parseCsv(indonesian.stdout, ";");
    const b = parseCsv(clean.stdout);
    expect(a).toHaveLength(b.length);
    expect(b.length).toBeGreaterThan(20);
    let commas = 0;
    b.forEach((row, k) =>
      row.forEach((cell, j) => {
        const number = /^-?\d+\.\d+(?:e[-+]\d+)?$/.test(cell);
        expect(a[k]![j], `line ${k + 1}, column ${b[0]![j]}`).toBe(number ? cell.replace(".", ",") : cell);
        if (number) commas++;
      }),
    );
    expect(commas).toBeGreaterThan(20);
  });

  it("the same whatever the batch size (rows are held and read again while the dates' order is decided)", async () => {
    const whole = await run(["score", EXPORT]);
    const small = await run(["score", EXPORT], [], { tuning: { batchSize: 3 } });
    expect(small.stdout).toBe(whole.stdout);
  });

  it("a header names a column in any case, with spaces, _ , - or . and a (kg)/(cm) unit ignored", async () => {
    const csv = "jenis_kelamin,TANGGAL LAHIR,tanggal pengukuran,Berat Badan (kg),tinggi badan (cm),cara-ukur\n2,01.01.2023,14.11.2024,\"10,4\",\"84,8\",telentang\n";
    const r = await run(["score", "--decimal", "comma"], csv);
    expect(r.code).toBe(0);
    const row = table(r.stdout).rows[0]!;
    expect(row.cage_days).toBe("683");
    expect(row.zlen).toBe('-0,07'); // WHO's demo child 1: 22.45 months (683 days), 10.4 kg, 84.8 cm lying
    expect(r.stderr).toMatch(/"jenis_kelamin" → sex, "TANGGAL LAHIR" → dob, "tanggal pengukuran" → visit_date, "Berat Badan \(kg\)" → weight, "tinggi badan \(cm\)" → lenhei, "cara-ukur" → measure/);
  });

  it("--col always wins over a recognised name", async () => {
    const csv = "JK,BB,berat_kg,age_months\n2,22.9,10.4,22.45\n";
    const r = await run(["score", "--col", "weight=berat_kg"], csv);
    expect(table(r.stdout).rows[0]!.zwei).toBe("-0.57");
  });

  it("two headers that could be one column: the first by the list's order, with a warning naming both", async () => {
    const r = await run(["score"], "JK,age_months,Tinggi,TB\n2,22.45,84.8,90\n");
    expect(r.stderr).toMatch(/warning: column lenhei: "TB" and "Tinggi" could both be lenhei; reading "TB" \(choose with --col lenhei=HEADER\)/);
    expect(table(r.stdout).rows[0]!.clenhei).toBe("90");
  });

  it("an age column is not guessed: Umur (bulan) is left alone and the dates give the age", async () => {
    const r = await run(["score"], "JK,Umur (bulan),Tgl Lahir,Tgl Ukur,BB\n2,22,2023-01-01,2024-11-14,10.4\n");
    const row = table(r.stdout).rows[0]!;
    expect(row.cage_days).toBe("683");
    expect(row.zwei).toBe("-0.57");
  });

  it("a --col of a column another command reads is accepted and noted once, so one mapping serves every command", async () => {
    const csv = "anak,JK,Tgl Lahir,Tgl Ukur,BB,buku\nA,2,2023-01-01,2024-11-14,10.4,ya\n";
    const cols = ["--col", "kia_book=buku", "--col", "armc=lila_cm"];
    const score = await run(["score", ...cols], csv.replace("buku\n", "buku,lila_cm\n").replace("ya\n", "ya,14\n"));
    expect(score.code).toBe(0);
    expect(score.stderr.match(/kia_book/g)).toHaveLength(1);
    expect(score.stderr).toMatch(/^tumbuh: note: --col kia_book=buku: not read by this command \(ignored; other commands read it\)$/m);
    const skdn = await run(["skdn", "--id", "anak", ...cols], csv);
    expect(skdn.code).toBe(0);
    expect(skdn.stderr).toMatch(/--col armc=lila_cm: not read by this command/);
    // a name no command reads is still a usage error
    const typo = await run(["score", "--col", "wieght=BB"], csv);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown column name "wieght"/);
  });
});
