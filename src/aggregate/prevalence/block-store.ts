/**
 * Blocks of running sums, created as the rows stream past: one block per
 * key (a stratum and a cell, or a PSU and a cell), each `slots` doubles in
 * pages of typed arrays (no per-block objects, no copying when they grow),
 * with the key's two parts kept per block.
 * @internal
 */

const PAGE_BLOCKS = 1024;
/** Keys are `outer × CELL_RADIX + cell`: exact in a double for fewer than 2^24 cells and 2^29 strata or PSUs. */
const CELL_RADIX = 1 << 24;

/** Blocks of `slots` doubles, zeroed when created. @internal */
export class BlockStore {
  /** The pages; block `b` is at `pages[b >> 10]`, from `(b & 1023) * slots`. */
  readonly pages: Float64Array[] = [];
  count = 0;
  private readonly index = new Map<number, number>();
  private outerOf = new Int32Array(PAGE_BLOCKS);
  private cellOf = new Int32Array(PAGE_BLOCKS);
  /** Blocks by cell while every key's outer part is 0 (the common case: no strata). */
  private byCell = new Int32Array(64).fill(-1);
  private onlyOuterZero = true;

  constructor(readonly slots: number) {}

  /** The block of (`outer`, `cell`), created when new. */
  block(outer: number, cell: number): number {
    if (outer === 0 && this.onlyOuterZero) {
      if (cell < this.byCell.length) {
        const b = this.byCell[cell]!;
        if (b >= 0) return b;
      }
      return this.create(outer, cell);
    }
    if (this.onlyOuterZero) this.leaveFastPath();
    if (cell >= CELL_RADIX) throw new RangeError(`prevalence: more than ${CELL_RADIX} groups`);
    const key = outer * CELL_RADIX + cell;
    const b = this.index.get(key);
    return b === undefined ? this.create(outer, cell) : b;
  }

  /** The page of block `b`. */
  page(b: number): Float64Array {
    return this.pages[b >> 10]!;
  }

  /** Where block `b` starts in its page. */
  offset(b: number): number {
    return (b & (PAGE_BLOCKS - 1)) * this.slots;
  }

  /** The key parts of block `b`. */
  outer(b: number): number {
    return this.outerOf[b]!;
  }

  cell(b: number): number {
    return this.cellOf[b]!;
  }

  /** The blocks ordered by their outer part (a counting sort; blocks of one outer part in creation order). */
  byOuter(outers: number): Int32Array {
    const start = new Int32Array(outers + 1);
    for (let b = 0; b < this.count; b++) start[this.outerOf[b]! + 1]!++;
    for (let h = 0; h < outers; h++) start[h + 1]! += start[h]!;
    const order = new Int32Array(this.count);
    for (let b = 0; b < this.count; b++) order[start[this.outerOf[b]!]!++] = b;
    return order;
  }

  private create(outer: number, cell: number): number {
    const b = this.count++;
    if ((b & (PAGE_BLOCKS - 1)) === 0) this.pages.push(new Float64Array(PAGE_BLOCKS * this.slots));
    if (b >= this.outerOf.length) {
      this.outerOf = grow(this.outerOf, b + 1);
      this.cellOf = grow(this.cellOf, b + 1);
    }
    this.outerOf[b] = outer;
    this.cellOf[b] = cell;
    if (this.onlyOuterZero) {
      if (cell >= this.byCell.length) {
        const grown = new Int32Array(Math.max(cell + 1, this.byCell.length * 2)).fill(-1);
        grown.set(this.byCell);
        this.byCell = grown;
      }
      this.byCell[cell] = b;
    } else this.index.set(outer * CELL_RADIX + cell, b);
    return b;
  }

  /** A key with a non-zero outer part: from now on every block is found through the map. */
  private leaveFastPath(): void {
    this.onlyOuterZero = false;
    for (let cell = 0; cell < this.byCell.length; cell++) {
      const b = this.byCell[cell]!;
      if (b >= 0) this.index.set(cell, b);
    }
    this.byCell = new Int32Array(0);
  }
}

/** `a` in an array of at least `need` (doubling). @internal */
export function grow(a: Int32Array, need: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(Math.max(need, a.length * 2));
  out.set(a);
  return out;
}
