/**
 * A typed column that grows by pages: values appended, read and written by
 * index, in pages of 64 Ki values — no copy when it grows, so memory peaks
 * at what is held plus one page (a doubling array peaks at three times).
 * What the streaming aggregations keep per child or per child-month.
 * @internal
 */

type Typed = Int32Array | Uint32Array | Float64Array | Float32Array | Uint8Array | Int8Array;

const SHIFT = 16;
const PAGE = 1 << SHIFT;
const MASK = PAGE - 1;

/** A column of numbers in pages of one typed array type. @internal */
export class Paged<A extends Typed> {
  private readonly pages: A[] = [];
  length = 0;

  constructor(private readonly make: (n: number) => A) {}

  /** Appends `v`; returns its index. */
  push(v: number): number {
    const i = this.length++;
    if ((i & MASK) === 0) this.pages.push(this.make(PAGE));
    this.pages[i >>> SHIFT]![i & MASK] = v;
    return i;
  }

  get(i: number): number {
    return this.pages[i >>> SHIFT]![i & MASK]!;
  }

  set(i: number, v: number): void {
    this.pages[i >>> SHIFT]![i & MASK] = v;
  }
}

/** A paged column of 32-bit integers. @internal */
export const pagedInt32 = (): Paged<Int32Array> => new Paged((n) => new Int32Array(n));
/** A paged column of doubles. @internal */
export const pagedFloat64 = (): Paged<Float64Array> => new Paged((n) => new Float64Array(n));
/** A paged column of bytes. @internal */
export const pagedUint8 = (): Paged<Uint8Array> => new Paged((n) => new Uint8Array(n));
/** A paged column of signed bytes. @internal */
export const pagedInt8 = (): Paged<Int8Array> => new Paged((n) => new Int8Array(n));
