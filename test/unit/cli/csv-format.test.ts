import { describe, expect, it } from "vitest";
import { CHILD1, chunked, run, table } from "./run-cli.js";

const HEADER = "id,sex,age_months,weight,lenhei,measure,name";

describe("tumbuh score: CSV format", () => {
  it("quoted cells with delimiters, doubled quotes and line breaks come out byte for byte", async () => {
    const records = [
      `1,2,22.45,10.4,84.8,l,"Siti, ""Ani"" Rahma"`,
      `2,"2","22.45",10.4,84.8,"l","two\nlines"`,
      `3,2,22.45,10.4,84.8,l,"a\r\nb"`,
      `4,2,22.45,10.4,84.8,l,""`,
      `5,2,22.45,10.4,84.8,l,"Nur ""Imah"", Dusun II, RT 03"`,
    ];
    const r = await run(["score"], `${HEADER}\n${records.join("\n")}\n`);
    expect(r.code).toBe(0);
    const out = table(r.stdout);
    expect(out.rows).toHaveLength(5);
    // each output record starts with the input record, verbatim
    let rest = r.stdout.slice(r.stdout.indexOf("\n") + 1);
    for (const rec of records) {
      expect(rest.startsWith(`${rec},`)).toBe(true);
      rest = rest.slice(rest.indexOf("\n", rec.length) + 1);
    }
    expect(out.rows.map((row) => row.name)).toEqual(['Siti, "Ani" Rahma', "two\nlines", "a\r\nb", "", 'Nur "Imah", Dusun II, RT 03']);
    // a quoted number or code is read like an unquoted one
    expect(out.rows.map((row) => row.zlen)).toEqual(Array(5).fill(CHILD1.zlen));
  });

  it("reads the same whatever the chunk boundaries (records, quotes, CRLF and UTF-8 characters cut anywhere)", async () => {
    const text = `\uFEFF${HEADER}\r\n1,2,22.45,10.4,84.8,l,"Dewi ""🙂"" Ñ,\r\nx"\r\n2,P,"22.45",10.4,84.8,l,Ayu é\r\n3,2,22.45,10.4\r\n`;
    const whole = await run(["score"], text);
    expect(whole.code).toBe(0);
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const r = await run(["score"], chunked(text, size));
      expect(r.code, `chunks of ${size}`).toBe(0);
      expect(r.stdoutBytes.equals(whole.stdoutBytes), `chunks of ${size}`).toBe(true);
    }
    expect(whole.stdout).toContain('1,2,22.45,10.4,84.8,l,"Dewi ""🙂"" Ñ,\r\nx",');
    expect(whole.stdout).toContain("2,P,\"22.45\",10.4,84.8,l,Ayu é,");
  });

  it("keeps a UTF-8 BOM and still recognises the first column name", async () => {
    const r = await run(["score"], `\uFEFFsex,age_months,weight\n2,22.45,10.4\n`);
    expect(r.code).toBe(0);
    expect([...r.stdoutBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const out = table(r.stdout.slice(1));
    expect(out.header[0]).toBe("sex");
    expect(out.rows[0]!.zwei).toBe(CHILD1.zwei);
  });

  it("reads CRLF and writes CRLF; LF in gives LF out", async () => {
    const crlf = await run(["score"], "sex,age_months,weight\r\n2,22.45,10.4\r\n1,12,9\r\n");
    expect(crlf.stdout.split("\r\n")).toHaveLength(4);
    expect(crlf.stdout.endsWith("\r\n")).toBe(true);
    expect(crlf.stdout.replaceAll("\r\n", "")).not.toContain("\n");
    expect(table(crlf.stdout).rows[0]!.zwei).toBe(CHILD1.zwei);
    const lf = await run(["score"], "sex,age_months,weight\n2,22.45,10.4\n");
    expect(lf.stdout).not.toContain("\r");
  });

  it("a last line without a line break is read", async () => {
    const r = await run(["score"], "sex,age_months,weight\n2,22.45,10.4");
    expect(table(r.stdout).rows[0]!.zwei).toBe(CHILD1.zwei);
    expect(r.stdout.endsWith("\n")).toBe(true);
  });

  it("semicolon files (auto-detected) with decimal commas; output keeps the semicolon, the decimal comma, and quotes notes", async () => {
    const csv = "nama;sex;age_months;weight;lenhei;measure\nSiti;2;22,45;10,4;84,8;l\nAni;2;22.45;10.4;84.8;l\nBudi;1;12,5;;;\n";
    const r = await run(["score"], csv);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]!.startsWith("nama;sex;age_months;weight;lenhei;measure;clenhei;c9mo_flag;cbmi;zlen;")).toBe(true);
    const header = lines[0]!.split(";");
    const cell = (line: string, name: string) => line.split(";")[header.indexOf(name)];
    const comma = (v: string) => v.replace(".", ",");
    for (const line of [lines[1]!, lines[2]!]) {
      // the input's numbers mostly have a decimal comma: so do the new ones (Excel in an Indonesian locale reads them as numbers)
      expect(cell(line, "zlen")).toBe(comma(CHILD1.zlen));
      expect(cell(line, "zwfl")).toBe(comma(CHILD1.zwfl));
      expect(cell(line, "clenhei")).toBe("84,8");
    }
    expect(lines[1]!.startsWith("Siti;2;22,45;10,4;84,8;l;")).toBe(true);
    expect(lines[3]!.endsWith(';"weight-missing;lenhei-missing"')).toBe(true);
    const point = await run(["score", "--decimal", "point"], csv);
    expect(point.stdout.split("\n")[2]!.split(";")[header.indexOf("zlen")]).toBe(CHILD1.zlen);
    // with --decimal point a comma is not a decimal mark: Siti's numbers are invalid
    expect(point.stdout.split("\n")[1]!.endsWith(';"age-invalid;weight-invalid;lenhei-invalid"')).toBe(true);
  });

  it("--decimal auto keeps a decimal point when the input's numbers have points; --decimal comma writes commas, quoted in a comma file", async () => {
    const semi = await run(["score"], "sex;age_months;weight\n2;22.45;10.4\n");
    const header = semi.stdout.split("\n")[0]!.split(";");
    expect(semi.stdout.split("\n")[1]!.split(";")[header.indexOf("zwei")]).toBe(CHILD1.zwei);
    const commas = await run(["score", "--decimal", "comma"], "sex,age_months,weight\n2,22.45,10.4\n");
    const row = table(commas.stdout).rows[0]!;
    expect(row.zwei).toBe(CHILD1.zwei.replace(".", ","));
    expect(row.cage_days).toBe("683,321875"); // 22.45 months × 30.4375, in the file's words
    expect(commas.stdout.split("\n")[1]).toContain(`"${CHILD1.zwei.replace(".", ",")}"`);
  });

  it("--delimiter ';' forces semicolons (the header has a comma in a name)", async () => {
    const csv = "sex;age_months;weight;catatan, lain\n2;22,45;10,4;x\n";
    const auto = await run(["score"], csv);
    expect(auto.code).toBe(1); // read as commas: no sex column
    const r = await run(["score", "--delimiter", ";"], csv);
    expect(r.code).toBe(0);
    const header = r.stdout.split("\n")[0]!.split(";");
    expect(r.stdout.split("\n")[1]!.split(";")[header.indexOf("zwei")]).toBe(CHILD1.zwei.replace(".", ","));
  });

  it("tab-delimited with --delimiter tab", async () => {
    const r = await run(["score", "--delimiter", "tab"], "sex\tage_months\tweight\n2\t22.45\t10.4\n");
    const [h, row] = r.stdout.split("\n");
    expect(row!.split("\t")[h!.split("\t").indexOf("zwei")]).toBe(CHILD1.zwei);
  });

  it("short rows are padded with empty cells and noted", async () => {
    const r = await run(["score"], "sex,age_months,weight,lenhei,measure\n2,22.45,10.4\n2,22.45,10.4,84.8,l\n");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[1]!.startsWith("2,22.45,10.4,,,")).toBe(true);
    const out = table(r.stdout);
    expect(out.rows[0]!.zwei).toBe(CHILD1.zwei);
    expect(out.rows[0]!.notes).toBe("short-row;lenhei-missing");
    expect(out.rows[1]!.notes).toBe("");
    // every output line has as many cells as the header
    for (const line of lines.slice(1, 3)) expect(line.split(",")).toHaveLength(out.header.length);
  });

  it("a row with more cells than the header is an error (exit 1) naming the line", async () => {
    const r = await run(["score"], "sex,age_months,weight\n2,22.45,10.4\n2,22,45,10.4\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line 3: 4 cells, but the header has 3/);
  });

  it("an unterminated quote is an error (exit 1)", async () => {
    const r = await run(["score"], 'sex,age_months,name\n2,22.45,"Siti\n1,12,Budi\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line 2: unterminated quoted field/);
  });

  it("text after a closing quote is an error (exit 1)", async () => {
    const r = await run(["score"], 'sex,name\n2,"Siti"x\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line 2: unexpected "x" after the closing quote of field 2/);
  });

  it("a quote inside an unquoted cell is text", async () => {
    const r = await run(["score"], 'sex,note\n2,5" tall\n');
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[1]!.startsWith('2,5" tall,')).toBe(true);
  });

  it("empty input has no header (exit 1); a header alone gives a header alone", async () => {
    const empty = await run(["score"], "");
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/no header/);
    const bom = await run(["score"], "\uFEFF");
    expect(bom.code).toBe(1);
    const only = await run(["score"], "sex,age_months\n");
    expect(only.code).toBe(0);
    expect(only.stdout.split("\n")).toHaveLength(2);
    expect(only.stdout.startsWith("sex,age_months,clenhei,")).toBe(true);
  });

  it("blank lines are skipped with a warning; a row of empty cells is kept", async () => {
    const r = await run(["score"], "\nsex,age_months,weight\n2,22.45,10.4\n\n,,\n2,22.45,10.4\n\n");
    expect(r.code).toBe(0);
    const out = table(r.stdout);
    expect(out.rows.map((row) => row.sex)).toEqual(["2", "", "2"]);
    expect(out.rows[1]!.notes).toBe("sex-missing;age-missing;weight-missing");
    expect(r.stderr).toMatch(/skipped 3 blank line\(s\)/);
  });

  it("invalid UTF-8 is an error (exit 1), not silently changed text", async () => {
    const latin1 = Buffer.concat([Buffer.from("sex,name\n2,Jos"), Buffer.from([0xe9]), Buffer.from("\n")]);
    const r = await run(["score"], latin1);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not valid UTF-8/);
  });
});
