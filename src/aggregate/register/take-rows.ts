import { checkColumn, checkObject, setOwn } from "../../util/checks.js";

/**
 * The rows `rows` of every column of `columns`: typed arrays stay typed
 * arrays of the same type, other arrays become plain arrays. Columns that
 * are undefined stay undefined; non-array values (options mixed into the
 * object) are not allowed.
 *
 * @param columns - an object of columns of equal length
 * @param rows - row indices, e.g. {@link latestPerChild}'s `rows`
 * @returns the same keys, each column cut to `rows`
 * @throws TypeError for a value that is not a column; RangeError for unequal lengths or a row out of range
 *
 * @example
 * const t = takeRows({ sex: [1, 2, 1], weightKg: new Float64Array([9, 10, 11]) }, [0, 2]);
 * [t.sex, Array.from(t.weightKg)]; // => [[1, 1], [9, 11]]
 * @category Aggregation
 */
export function takeRows<T extends Record<string, ArrayLike<unknown> | undefined>>(columns: T, rows: ArrayLike<number>): T {
  const caller = "takeRows";
  const c = checkObject(columns, null, caller, "columns");
  const idx = checkColumn<number>(rows, undefined, caller, "rows");
  let length: number | undefined;
  let lengthOf = "";
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(c)) {
    const v = c[key];
    if (v === undefined) {
      setOwn(out, key, undefined);
      continue;
    }
    const col = checkColumn(v, length, caller, `columns.${key}`, `columns.${lengthOf}`);
    if (length === undefined) {
      length = col.length;
      lengthOf = key;
    }
    setOwn(out, key, pick(col, idx, length, caller));
  }
  return out as T;
}

function pick(col: ArrayLike<unknown>, rows: ArrayLike<number>, length: number, caller: string): ArrayLike<unknown> {
  const n = rows.length;
  const out: { [i: number]: unknown; length: number } = ArrayBuffer.isView(col)
    ? new (col.constructor as new (n: number) => { [i: number]: unknown; length: number })(n)
    : new Array<unknown>(n);
  for (let k = 0; k < n; k++) {
    const r = rows[k]!;
    if (!(Number.isInteger(r) && r >= 0 && r < length)) throw new RangeError(`${caller}: rows[${k}] is ${r}, not a row of columns of length ${length}`);
    out[k] = col[r];
  }
  return out as ArrayLike<unknown>;
}
