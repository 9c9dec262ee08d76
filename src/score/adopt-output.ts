/**
 * Output columns a caller supplies (`options.out` of `scoreColumns` and
 * `scoreColumnsParallel`), checked once for both.
 */
import { ARRAY_TYPES, OUTPUT_FIELDS, outputOf, type KernelOutput } from "./fields.js";
import { describe, hasOwn, isArrayLike } from "../util/checks.js";

type Column = Float64Array | Uint8Array | Uint32Array;

const NAMES: readonly string[] = OUTPUT_FIELDS.map((f) => f.name);

/**
 * The output columns of `given` for `n` rows: each given column checked to
 * be of its field's type, at least `n` long, on a SharedArrayBuffer when
 * `shared`, and not overlapping another given column (two fields written
 * into one memory would overwrite each other); each column not given is
 * allocated (on shared memory when `shared`). A previous result may be
 * given as it is (its `length` is ignored).
 * @throws TypeError for a non-object, an unknown field, a wrong type, shared columns that are not shared, or overlapping columns
 * @throws RangeError for a column shorter than `n`
 * @internal
 */
export function adoptOutput(n: number, given: unknown, caller: string, shared: boolean): KernelOutput {
  if (given === null || typeof given !== "object" || isArrayLike(given)) {
    throw new TypeError(`${caller}: options.out must be an object of typed arrays (such as an earlier result); got ${describe(given)}`);
  }
  const g = given as Record<string, unknown>;
  for (const key of Object.keys(g)) {
    if (!NAMES.includes(key) && key !== "length") throw new TypeError(`${caller}: unknown output column options.out.${key}`);
  }
  const taken: { readonly name: string; readonly column: Column }[] = [];
  return outputOf((field) => {
    const type = ARRAY_TYPES[field.array];
    const v = hasOwn(g, field.name) ? g[field.name] : undefined;
    if (v === undefined) {
      if (!shared) return new type(n);
      const T = type as { new (buffer: SharedArrayBuffer): Column; readonly BYTES_PER_ELEMENT: number };
      return new T(new SharedArrayBuffer(n * T.BYTES_PER_ELEMENT));
    }
    const name = field.name;
    if (!(v instanceof type)) throw new TypeError(`${caller}: options.out.${name} must be a ${type.name}; got ${describe(v)}`);
    if (v.length < n) throw new RangeError(`${caller}: options.out.${name} has length ${v.length}, needs ${n}`);
    if (shared && !(v.buffer instanceof SharedArrayBuffer)) {
      throw new TypeError(`${caller}: options.out.${name} must be on a SharedArrayBuffer (reuse the columns of an earlier scoreColumnsParallel result)`);
    }
    for (const t of taken) {
      if (overlap(t.column, v, n)) throw new TypeError(`${caller}: options.out.${name} and options.out.${t.name} share memory; give each field its own array`);
    }
    taken.push({ name, column: v });
    return v;
  });
}

/** Whether the first `n` elements of `a` and `b` share any byte. */
function overlap(a: Column, b: Column, n: number): boolean {
  if (n === 0 || a.buffer !== b.buffer) return false;
  const aEnd = a.byteOffset + n * a.BYTES_PER_ELEMENT;
  const bEnd = b.byteOffset + n * b.BYTES_PER_ELEMENT;
  return a.byteOffset < bEnd && b.byteOffset < aEnd;
}
