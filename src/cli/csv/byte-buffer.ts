/**
 * A growable byte buffer the output of a batch is assembled in: record text
 * is UTF-8 encoded into it, and the added cells are ASCII bytes. Writing
 * bytes rather than concatenating strings keeps the garbage collector out of
 * the way on large files.
 */
export class ByteBuffer {
  bytes: Buffer;
  length = 0;

  constructor(capacity = 1 << 20) {
    this.bytes = Buffer.allocUnsafe(capacity);
  }

  /** Makes room for `n` more bytes. */
  reserve(n: number): void {
    const need = this.length + n;
    if (need <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < need) size *= 2;
    const grown = Buffer.allocUnsafe(size);
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }

  /** Appends a string as UTF-8. */
  text(s: string): void {
    this.reserve(3 * s.length);
    this.length += this.bytes.write(s, this.length);
  }

  /** Appends a string known to be ASCII (numbers, codes). */
  ascii(s: string): void {
    const n = s.length;
    this.reserve(n);
    const b = this.bytes;
    let at = this.length;
    for (let i = 0; i < n; i++) b[at++] = s.charCodeAt(i);
    this.length = at;
  }

  /** Appends bytes. */
  append(src: Uint8Array): void {
    const n = src.length;
    this.reserve(n);
    const b = this.bytes;
    let at = this.length;
    for (let i = 0; i < n; i++) b[at++] = src[i]!;
    this.length = at;
  }

  /** Appends one byte. */
  byte(c: number): void {
    if (this.length === this.bytes.length) this.reserve(1);
    this.bytes[this.length++] = c;
  }

  /** Hands over the bytes so far and starts a new buffer of the same size. */
  take(): Buffer {
    const out = this.bytes.subarray(0, this.length);
    this.bytes = Buffer.allocUnsafe(this.bytes.length);
    this.length = 0;
    return out;
  }
}
