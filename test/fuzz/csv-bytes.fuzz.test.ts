/**
 * A fuzz suite of CSV bytes for the command line (docs/reliability.md):
 * seeded (the test run's fast-check seed; `npm run test:explore` draws
 * fresh ones) and bounded in time (`FUZZ_SECONDS`, 20 s by default, well
 * under CI's minute). Each case is a file made of random pieces — quoted
 * and unquoted fields, delimiters and quotes inside them, LF, CRLF and CR
 * line ends, blank lines, a byte-order mark, NUL, fields of up to a
 * megabyte, short and long rows, invalid UTF-8, a quote left open or
 * followed by text — fed to `tumbuh score` through stdin in chunks cut
 * anywhere, with `-o` naming a file. The outcome must be one of:
 *
 * - exit 1 with one clear `tumbuh: error:` line (a known message, never an
 *   internal one), no output file and no temporary file; or
 * - exit 0, and every input record written back byte for byte, in order
 *   (blank lines aside), each followed by the added columns.
 *
 * An independent reader of records (below, written from RFC 4180 and the
 * documented rules, not from src/) says where the records are; where it
 * finds the file well-formed with a sex column and no row longer than the
 * header, the run must succeed.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { chunked, run } from "../unit/cli/run-cli.js";
import { prng } from "../../bench/lib/synthetic.js";

const SECONDS = Number(process.env.FUZZ_SECONDS ?? 20);
const MAX_CASES = 5000;

interface Case {
  readonly bytes: Buffer;
  readonly delimiter: string;
  readonly chunkSize: number;
}

const DELIMITERS = [",", ";", "\t", "|"];
const EOLS = ["\n", "\r\n", "\r"];
const WORDS = ["Mawar", "Melati", "posyandu \"Dahlia\"", "Bontang, Kaltim", "ñandú", "日本", "😀", "a\"b", "x;y|z", "line\nbreak", "cr\rhere", "\u0000nul", "  spaced  ", "NA", "-", "1e3", "0x10"];

function makeCase(rand: () => number): Case {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)]!;
  const delimiter = pick(DELIMITERS);
  const eol = pick(EOLS);
  const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
  // a huge field in a few cases only (one per case): up to a megabyte, quoted with a delimiter and a line break, or not
  let huge = rand() < 0.06 ? (rand() < 0.5 ? 1 : 2) : 0;
  // a third of the cases are malformed somewhere (a quote, a long row, the encoding, the header)
  const bad = rand() < 0.35;
  const rare = (p: number) => bad && rand() < p;
  const needsQuotes = (s: string) => s.includes(delimiter) || s.includes('"') || s.includes("\n") || s.includes("\r");
  const field = (): string => {
    const r = rand();
    if (r < 0.25) return String(Math.round(rand() * 3000) / 10);
    if (r < 0.35) return "";
    if (r < 0.4) return pick(["1", "2", "m", "f", "L", "P", "x"]);
    if (r < 0.75) {
      const w = pick(WORDS);
      return needsQuotes(w) || rand() < 0.2 ? quote(w) : w;
    }
    if (r < 0.8 && huge > 0) {
      const kind = huge;
      huge = 0;
      return kind === 1 ? quote("x".repeat(Math.floor(rand() * 1_000_000)) + delimiter + "\n") : "y".repeat(1_000_000 + Math.floor(rand() * 10));
    }
    if (r < 0.8) return quote("x".repeat(Math.floor(rand() * 300)) + delimiter + "\n"); // a long field
    if (r < 0.86) return `ab"cd`; // a quote inside an unquoted field is text
    if (r < 0.88 && rare(0.1)) return `"closed"then`; // text after a closing quote: an error
    if (r < 0.9 && rare(0.1)) return `"never closed${eol}`; // an open quote: an error at the end (or a long field)
    return String(rand() * 1e6 - 5e5);
  };
  const names = ["sex", "age_days", "weight", "lenhei", ...Array.from({ length: Math.floor(rand() * 4) }, () => pick(["id", "nama", "posyandu", `c${Math.floor(rand() * 99)}`, quote("a, b"), "Weight"]))];
  if (rare(0.2)) names.shift(); // no sex column: an error
  const width = names.length;
  const lines = [names.map((n) => (n.startsWith('"') || !needsQuotes(n) ? n : quote(n))).join(delimiter)];
  const rows = Math.floor(rand() * 60);
  for (let r = 0; r < rows; r++) {
    if (rand() < 0.05) {
      lines.push(""); // a blank line
      continue;
    }
    const cells = rare(0.03) ? width + 1 + Math.floor(rand() * 2) : rand() < 0.1 ? Math.max(1, width - 1 - Math.floor(rand() * 2)) : width;
    lines.push(Array.from({ length: cells }, field).join(delimiter));
  }
  let text = lines.join(eol) + (rand() < 0.7 ? eol : "");
  if (rand() < 0.1) text = "\ufeff" + text;
  let bytes = Buffer.from(text, "utf8");
  const r = bad ? rand() : 1;
  if (r < 0.1) bytes = Buffer.concat([bytes, Buffer.from([0xff, 0xfe])]);
  else if (r < 0.2) {
    const at = Math.floor(rand() * bytes.length);
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3]), bytes.subarray(at)]); // a multibyte character cut short
  } else if (r < 0.3) bytes = Buffer.concat([bytes, Buffer.from([0xe6, 0x97])]); // the file ends inside a character
  // tiny chunks cut every character and quote apart (on small files: a chunk is a stream event)
  const chunkSize = bytes.length < 20_000 && rand() < 0.3 ? 1 + Math.floor(rand() * 7) : 512 + Math.floor(rand() * 70_000);
  return { bytes, delimiter, chunkSize };
}

/** Records of `text` by RFC 4180 (quotes doubled; LF, CRLF, CR; a quote inside an unquoted field is text): each one's raw text and field count; or why it is malformed. */
function records(text: string, d: string): { raw: string; fields: number }[] | "malformed" {
  const out: { raw: string; fields: number }[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = i;
    let fields = 1;
    for (;;) {
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= n) return "malformed"; // the file ends inside quotes
          if (text[i] === '"') {
            if (text[i + 1] === '"') i += 2;
            else {
              i++;
              break;
            }
          } else i++;
        }
        if (i < n && text[i] !== d && text[i] !== "\n" && text[i] !== "\r") return "malformed";
      } else {
        while (i < n && text[i] !== d && text[i] !== "\n" && text[i] !== "\r") i++;
      }
      if (i < n && text[i] === d) {
        fields++;
        i++;
        continue;
      }
      break;
    }
    out.push({ raw: text.slice(start, i), fields });
    if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
    else i++;
  }
  return out;
}

function validUtf8(b: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/** The clean errors a malformed file may give. */
const CLEAN_ERRORS = [
  /is not valid UTF-8/,
  /unterminated quoted field/,
  /after the closing quote/,
  /cells, but the header has/,
  /no sex column/,
  /no header row/,
  /a record longer than/,
];

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("fuzz: CSV bytes through tumbuh score", () => {
  it(`either a clear error and no file, or every record back byte for byte (seeded, ${SECONDS} s)`, async () => {
    const seed = inject("fcSeed");
    const rand = prng(seed);
    const dir = mkdtempSync(join(tmpdir(), "tumbuh-fuzz-"));
    dirs.push(dir);
    const end = Date.now() + SECONDS * 1000;
    let cases = 0;
    let ok = 0;
    for (; cases < MAX_CASES && Date.now() < end; cases++) {
      const c = makeCase(rand);
      const where = `seed ${seed}, case ${cases}`;
      const out = join(dir, `out-${cases}.csv`);
      const delimiterArg = c.delimiter === "\t" ? "tab" : c.delimiter;
      const r = await run(["score", "-", "-o", out, "--delimiter", delimiterArg, "--quiet"], chunked(c.bytes, c.chunkSize));
      const utf8 = validUtf8(c.bytes);
      const text = c.bytes.toString("utf8").replace(/^\ufeff/, "");
      const recs = utf8 ? records(text, c.delimiter) : "malformed";
      if (r.code !== 0) {
        expect(r.code, where).toBe(1);
        // warnings (a header with a name twice…), then one error line, last
        const lines = r.stderr.trimEnd().split("\n");
        const error = lines.at(-1)!;
        expect(lines.slice(0, -1).every((l) => l.startsWith("tumbuh: warning: ")), `${where}: ${r.stderr}`).toBe(true);
        expect(error, where).toMatch(/^tumbuh: error: /);
        expect(CLEAN_ERRORS.some((e) => e.test(error)), `${where}: ${error}`).toBe(true);
        expect(existsSync(out), where).toBe(false);
        expect(readdirSync(dir).filter((f) => f.endsWith(".tmp")), where).toEqual([]);
        if (!utf8) continue;
        // a well-formed file with a sex column and no long row must not fail
        if (recs !== "malformed" && recs.length > 0) {
          const header = recs[0]!;
          const hasSex = header.raw.split(c.delimiter).some((h) => h.replace(/^"|"$/g, "").trim().toLowerCase() === "sex");
          const long = recs.slice(1).some((x) => x.raw !== "" && x.fields > header.fields);
          expect(!hasSex || long, `${where}: failed on a good file: ${error}`).toBe(true);
        }
        continue;
      }
      ok++;
      expect(utf8, where).toBe(true);
      expect(recs, where).not.toBe("malformed");
      const input = (recs as { raw: string }[]).filter((x, k) => k === 0 || x.raw !== "");
      const written = readFileSync(out, "utf8").replace(/^\ufeff/, "");
      const output = records(written, c.delimiter);
      expect(output, where).not.toBe("malformed");
      const got = output as { raw: string }[];
      expect(got.length, where).toBe(input.length);
      input.forEach((rec, k) => {
        const line = got[k]!.raw;
        expect(line.startsWith(rec.raw), `${where}, record ${k}`).toBe(true);
        expect(line[rec.raw.length], `${where}, record ${k}`).toBe(c.delimiter);
      });
      expect(readdirSync(dir).filter((f) => f.endsWith(".tmp")), where).toEqual([]);
      rmSync(out);
    }
    console.log(`fuzz (seed ${seed}): ${cases} files, ${ok} scored, ${cases - ok} refused with a clear error`);
    // the generator must give both outcomes, often
    expect(cases).toBeGreaterThan(50);
    expect(ok).toBeGreaterThan(cases / 10);
    expect(ok).toBeLessThan(cases);
  }, (SECONDS + 60) * 1000);
});
