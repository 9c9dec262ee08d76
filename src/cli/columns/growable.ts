/**
 * Columns that grow as batches stream in, for what must see a set of rows
 * at once (`trends` reading a file out of date order, the report's referral
 * counts, `chart --kbm`): typed arrays doubled when full, and text interned
 * so that a million rows of the same few posyandu names hold a million
 * references to a few strings. (What is kept per child or child-month
 * grows by pages instead: `aggregate/shared/paged.ts`.)
 */

type Typed = Float64Array | Float32Array | Int32Array | Uint16Array | Uint8Array;

/** A typed array that grows geometrically. */
export class Growable<A extends Typed> {
  private data: A;
  /** Values so far. */
  length = 0;

  constructor(private readonly make: (n: number) => A, capacity = 1 << 14) {
    this.data = make(capacity);
  }

  /** Appends `values[0, n)`. */
  append(values: ArrayLike<number>, n: number): void {
    this.reserve(n);
    const d = this.data;
    let at = this.length;
    for (let i = 0; i < n; i++) d[at++] = values[i]!;
    this.length = at;
  }

  /** Appends `n` values computed from the batch's row index. */
  appendEach(n: number, value: (i: number) => number): void {
    this.reserve(n);
    const d = this.data;
    let at = this.length;
    for (let i = 0; i < n; i++) d[at++] = value(i);
    this.length = at;
  }

  /** The values so far (a view, valid until the next append). */
  values(): A {
    return this.data.subarray(0, this.length) as A;
  }

  private reserve(n: number): void {
    const need = this.length + n;
    if (need <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < need) size *= 2;
    const grown = this.make(size);
    grown.set(this.data.subarray(0, this.length) as never);
    this.data = grown;
  }
}

/** A float column (NaN missing, −Infinity invalid, as the batch parses them). */
export function floatColumn(): Growable<Float64Array> {
  return new Growable((n) => new Float64Array(n));
}

/** A column of small codes (sex, measure, oedema). */
export function codeColumn(): Growable<Uint8Array> {
  return new Growable((n) => new Uint8Array(n));
}

/**
 * A text column with interned values: each distinct value is stored once,
 * as its own copy (a cell sliced from the input would otherwise keep the
 * whole chunk of text it came from alive).
 */
export class TextColumn {
  readonly values: string[] = [];
  private readonly seen = new Map<string, string>();

  /** Appends `cells[0, n)`. */
  append(cells: readonly string[], n: number): void {
    const { values, seen } = this;
    for (let i = 0; i < n; i++) {
      const cell = cells[i]!;
      let v = seen.get(cell);
      if (v === undefined) {
        v = Buffer.from(cell, "utf8").toString("utf8");
        seen.set(v, v);
      }
      values.push(v);
    }
  }
}
