/**
 * A streaming RFC 4180 CSV reader that never copies a record: text arrives in
 * chunks, and for every complete record the sink gets its span in `text` and
 * the span of every field, so that the record can be written out verbatim
 * and only the cells that matter need to be read.
 *
 * Quoted fields may hold delimiters, quotes (doubled) and line breaks.
 * Records end with LF, CRLF or CR. A quote inside an unquoted field is kept
 * as text (as spreadsheets do); a character other than a delimiter or line
 * break after a closing quote, an unterminated quote, and a record longer
 * than {@link MAX_RECORD_CHARS} are errors.
 */
import { dataError } from "../io/errors.js";

/** Receives records; returns false to pause the reader after this record. */
export type RecordSink = (reader: CsvReader, start: number, end: number) => boolean;

/** The longest record accepted (characters); longer means a quote was almost certainly left open. */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

const QUOTE = 34;
const LF = 10;
const CR = 13;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const AFTER_QUOTE = 3;

export class CsvReader {
  /** The current text; record and field spans index into it (valid during the sink call). */
  text = "";
  /** Fields in the current record. */
  count = 0;
  /** Field k spans `text[starts[k], ends[k])`, quotes included when quoted. */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** 0 unquoted, 1 quoted, 2 quoted with doubled quotes inside. */
  quoted = new Uint8Array(64);
  /** The line the current record starts on (1-based; counts line breaks inside quotes). */
  recordLine = 1;
  /** The record's terminator: 10 (LF), 13 (CR or CRLF) or 0 (end of input). */
  terminator = 0;

  private readonly delim: number;
  private pos = 0;
  private recStart = 0;
  private fieldStart = 0;
  private state = FIELD_START;
  private skipLF = false;
  private line = 1;
  private quoteLine = 1;
  private escaped = false;
  private done = false;

  constructor(
    delimiter: string,
    private readonly sink: RecordSink,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  /** Appends text; call {@link scan} next. Drops the records already read. */
  push(chunk: string): void {
    if (chunk.length === 0) return;
    const shift = this.recStart;
    if (shift >= this.text.length) this.text = chunk;
    else this.text = this.text.slice(shift) + chunk;
    if (shift > 0) {
      for (let k = 0; k < this.count; k++) {
        this.starts[k]! -= shift;
        this.ends[k]! -= shift;
      }
      this.pos -= shift;
      this.fieldStart -= shift;
      this.recStart = 0;
    }
  }

  /**
   * Reads records until the text runs out (returns true) or the sink asks
   * for a pause (returns false; call again to go on). With `final`, the text
   * is all there is: an unterminated last record is completed.
   * @throws CliError on malformed CSV
   */
  scan(final: boolean): boolean {
    if (this.done) return true;
    const t = this.text;
    const n = t.length;
    const d = this.delim;
    let i = this.pos;
    let state = this.state;
    for (;;) {
      if (state === FIELD_START) {
        if (i >= n) break;
        let c = t.charCodeAt(i);
        if (this.skipLF) {
          this.skipLF = false;
          if (c === LF) {
            i++;
            this.recStart = i;
            if (i >= n) {
              this.fieldStart = i;
              break;
            }
            c = t.charCodeAt(i);
          }
        }
        this.fieldStart = i;
        if (c === QUOTE) {
          state = QUOTED;
          this.escaped = false;
          this.quoteLine = this.line;
          i++;
          continue;
        }
        state = UNQUOTED;
      }
      // Find the end of the field: `term`, the delimiter or line break after it, at i.
      let term = 0;
      let quoted: number;
      if (state === UNQUOTED) {
        while (i < n) {
          term = t.charCodeAt(i);
          if (term === d || term === LF || term === CR) break;
          i++;
        }
        if (i >= n) break;
        quoted = 0;
      } else {
        if (state === QUOTED) {
          while (i < n) {
            const c = t.charCodeAt(i);
            if (c === QUOTE) break;
            // (the record's text is kept across chunks, so t[i - 1] is there)
            if (c === CR || (c === LF && t.charCodeAt(i - 1) !== CR)) this.line++;
            i++;
          }
          if (i >= n) break;
          i++;
          state = AFTER_QUOTE;
        }
        // AFTER_QUOTE: a doubled quote, or the end of the quoted field.
        if (i >= n) break;
        term = t.charCodeAt(i);
        if (term === QUOTE) {
          this.escaped = true;
          state = QUOTED;
          i++;
          continue;
        }
        if (term !== d && term !== LF && term !== CR) {
          throw dataError(`line ${this.line}: unexpected ${JSON.stringify(t[i])} after the closing quote of field ${this.count + 1} (a quote inside a quoted field must be doubled: "")`);
        }
        quoted = this.escaped ? 2 : 1;
      }
      this.endField(this.fieldStart, i, quoted);
      state = FIELD_START;
      i++;
      if (term === d) {
        this.fieldStart = i;
        continue;
      }
      if (!this.endRecord(i - 1, term)) {
        this.save(i, state);
        return false;
      }
    }
    this.save(i, state);
    if (!final) {
      if (n - this.recStart > MAX_RECORD_CHARS) {
        throw dataError(`line ${this.recordLine}: a record longer than ${MAX_RECORD_CHARS} characters; is a quote left open (line ${this.quoteLine})?`);
      }
      return true;
    }
    return this.finish(n, state);
  }

  /** The text of field k, without its quotes and with doubled quotes undone. */
  cell(k: number): string {
    const s = this.starts[k]!;
    const e = this.ends[k]!;
    const q = this.quoted[k]!;
    if (q === 0) return this.text.slice(s, e);
    const inner = this.text.slice(s + 1, e - 1);
    return q === 2 ? inner.replaceAll('""', '"') : inner;
  }

  private finish(n: number, state: number): boolean {
    if (state === QUOTED) {
      throw dataError(`line ${this.quoteLine}: unterminated quoted field (the file ends inside quotes)`);
    }
    const pending = state !== FIELD_START || this.count > 0 || n > this.recStart;
    if (state === UNQUOTED) this.endField(this.fieldStart, n, 0);
    else if (state === AFTER_QUOTE) this.endField(this.fieldStart, n, this.escaped ? 2 : 1);
    else if (pending) this.endField(n, n, 0);
    if (pending) {
      this.terminator = 0;
      this.sinkRecord(n);
      this.count = 0;
      this.recStart = n;
      this.pos = n;
    }
    this.done = true;
    return true;
  }

  private save(i: number, state: number): void {
    this.pos = i;
    this.state = state;
  }

  private endField(start: number, end: number, quoted: number): void {
    const k = this.count;
    if (k === this.starts.length) this.grow();
    this.starts[k] = start;
    this.ends[k] = end;
    this.quoted[k] = quoted;
    this.count = k + 1;
  }

  private grow(): void {
    const m = this.starts.length * 2;
    const s = new Int32Array(m);
    s.set(this.starts);
    const e = new Int32Array(m);
    e.set(this.ends);
    const q = new Uint8Array(m);
    q.set(this.quoted);
    this.starts = s;
    this.ends = e;
    this.quoted = q;
  }

  /** Ends the record at `end` (its terminator c at `end`); returns the sink's verdict. */
  private endRecord(end: number, c: number): boolean {
    this.terminator = c;
    const goOn = this.sinkRecord(end);
    this.count = 0;
    this.line++;
    this.recordLine = this.line;
    this.recStart = end + 1;
    this.fieldStart = end + 1;
    if (c === CR) this.skipLF = true;
    return goOn;
  }

  private sinkRecord(end: number): boolean {
    return this.sink(this, this.recStart, end);
  }
}
