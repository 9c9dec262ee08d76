import { describe, expect, it } from "vitest";
import { CsvReader, MAX_RECORD_CHARS } from "../../../src/cli/csv/reader.js";

interface Rec {
  raw: string;
  cells: string[];
  line: number;
  terminator: number;
}

/** Reads `chunks` and returns every record with its raw text and cells. */
function read(chunks: string[], delimiter = ","): Rec[] {
  const out: Rec[] = [];
  const reader = new CsvReader(delimiter, (r, start, end) => {
    out.push({ raw: r.text.slice(start, end), cells: Array.from({ length: r.count }, (_, k) => r.cell(k)), line: r.recordLine, terminator: r.terminator });
    return true;
  });
  for (const c of chunks) {
    reader.push(c);
    expect(reader.scan(false)).toBe(true);
  }
  expect(reader.scan(true)).toBe(true);
  return out;
}

const everySplit = (text: string): string[][] => Array.from({ length: text.length + 1 }, (_, i) => [text.slice(0, i), text.slice(i)]);

describe("CsvReader", () => {
  it("splits records and fields, undoing quotes only in the cells", () => {
    const recs = read(['a,"b,c","say ""hi""",\n"x\ny",,z\n']);
    expect(recs.map((r) => r.cells)).toEqual([
      ["a", "b,c", 'say "hi"', ""],
      ["x\ny", "", "z"],
    ]);
    expect(recs.map((r) => r.raw)).toEqual(['a,"b,c","say ""hi""",', '"x\ny",,z']);
    expect(recs.map((r) => r.line)).toEqual([1, 2]);
  });

  it("ends records at LF, CRLF and CR, and says which", () => {
    const recs = read(["a\nb\r\nc\rd"]);
    expect(recs.map((r) => r.cells)).toEqual([["a"], ["b"], ["c"], ["d"]]);
    expect(recs.map((r) => r.terminator)).toEqual([10, 13, 13, 0]);
    expect(recs.map((r) => r.line)).toEqual([1, 2, 3, 4]);
  });

  it("gives the same records wherever the text is split", () => {
    const text = 'id,"n""a,\r\nme"\r\n1,"x"\r\n2,y\r';
    const expected = read([text]);
    expect(expected).toHaveLength(3);
    for (const parts of everySplit(text)) expect(read(parts)).toEqual(expected);
    const oneByOne = read([...text]);
    expect(oneByOne).toEqual(expected);
  });

  it("a blank line is one empty unquoted field; a quoted empty cell is not blank", () => {
    const recs: { count: number; empty: boolean }[] = [];
    const reader = new CsvReader(",", (r, start, end) => {
      recs.push({ count: r.count, empty: start === end });
      return true;
    });
    reader.push('\n""\n');
    reader.scan(true);
    expect(recs).toEqual([
      { count: 1, empty: true },
      { count: 1, empty: false },
    ]);
  });

  it("pauses when the sink asks and goes on where it stopped", () => {
    const seen: string[] = [];
    const reader = new CsvReader(";", (r) => {
      seen.push(r.cell(0));
      return seen.length % 2 !== 0;
    });
    reader.push("1;a\n2;b\n3;c\n4;d\n5");
    expect(reader.scan(false)).toBe(false);
    expect(seen).toEqual(["1", "2"]);
    expect(reader.scan(false)).toBe(false);
    expect(seen).toEqual(["1", "2", "3", "4"]);
    expect(reader.scan(false)).toBe(true);
    expect(reader.scan(true)).toBe(true);
    expect(seen).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("counts lines inside quoted fields for error messages", () => {
    expect(() => read(['a\n"b\nc"\n"d'])).toThrow(/line 4: unterminated quoted field/);
    expect(() => read(['a\n"b\nc"x\n'])).toThrow(/line 3: unexpected "x" after the closing quote of field 1/);
  });

  it("refuses a record longer than the limit (an open quote swallowing the file)", () => {
    const reader = new CsvReader(",", () => true);
    reader.push('a\n"open');
    const block = "x".repeat(1 << 20);
    expect(() => {
      for (let i = 0; i <= MAX_RECORD_CHARS / block.length; i++) {
        reader.push(block);
        reader.scan(false);
      }
    }).toThrow(/line 2: a record longer than \d+ characters; is a quote left open \(line 2\)\?/);
  });

  it("handles records with many fields", () => {
    const row = Array.from({ length: 300 }, (_, i) => (i % 2 ? `"${i}"` : String(i))).join(",");
    const [rec] = read([row]);
    expect(rec!.cells).toEqual(Array.from({ length: 300 }, (_, i) => String(i)));
  });
});
