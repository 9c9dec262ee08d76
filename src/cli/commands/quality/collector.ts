/**
 * Keeps the measurement columns `tumbuh quality` checks as batches stream
 * past: codes as bytes (`sexCode`, `measureCode`, `oedemaCode`), numbers and
 * date day numbers as floats. About 40 bytes per row for every measurement
 * column and the dates.
 */
import { measureCode, oedemaCode, sexCode } from "../../../index.js";
import type { Batch } from "../../columns/batch.js";
import type { ColumnMap } from "../../columns/column-map.js";
import { codeColumn, floatColumn, type Growable } from "../../columns/growable.js";

/** The measurement columns as the library's aggregations take them. */
export interface Measurements {
  readonly length: number;
  /** 1 male, 2 female, 0 missing, 255 invalid. */
  readonly sex: Uint8Array;
  /** Day numbers (days since 1970-01-01; NaN missing, −Infinity invalid), when the dates are read. */
  readonly dateOfBirth?: Float64Array;
  readonly visitDate?: Float64Array;
  readonly ageDays?: Float64Array;
  readonly ageMonths?: Float64Array;
  readonly weightKg?: Float64Array;
  readonly lenheiCm?: Float64Array;
  /** 1 lying, 2 standing, 0 missing, 255 invalid. */
  readonly measure?: Uint8Array;
  /** 1 yes, 0 no or missing, 255 invalid. */
  readonly oedema?: Uint8Array;
}

const NUMBERS = [
  ["age_days", "ageDays"],
  ["age_months", "ageMonths"],
  ["weight", "weightKg"],
  ["lenhei", "lenheiCm"],
] as const;
const CODES = [
  ["sex", "sex", sexCode],
  ["measure", "measure", measureCode],
  ["oedema", "oedema", oedemaCode],
] as const;

/** Collects the measurement columns the file has (and the dates when the age comes from them). */
export class MeasurementCollector {
  length = 0;
  private readonly numbers: { target: string; key: string; into: Growable<Float64Array> }[] = [];
  private readonly codes: { target: string; key: string; code: (v: unknown) => number; into: Growable<Uint8Array> }[] = [];
  private readonly dob: Growable<Float64Array> | undefined;
  private readonly visit: Growable<Float64Array> | undefined;

  constructor(map: ColumnMap) {
    for (const [target, key] of NUMBERS) if (map.index.has(target)) this.numbers.push({ target, key, into: floatColumn() });
    for (const [target, key, code] of CODES) if (map.index.has(target)) this.codes.push({ target, key, code, into: codeColumn() });
    this.dob = map.useDates ? floatColumn() : undefined;
    this.visit = map.useDates ? floatColumn() : undefined;
  }

  add(batch: Batch): void {
    const n = batch.n;
    for (const c of this.numbers) c.into.append(batch.number(c.target)!, n);
    for (const c of this.codes) {
      const cells = batch.text(c.target)!;
      c.into.appendEach(n, (i) => c.code(cells[i]));
    }
    const dates = batch.dates();
    if (dates !== undefined) {
      this.dob!.append(dates.dob, n);
      this.visit!.append(dates.visit, n);
    }
    this.length += n;
  }

  /** The columns so far (views, valid until the next `add`). */
  columns(): Measurements {
    const cols: Record<string, unknown> = { length: this.length };
    for (const c of this.numbers) cols[c.key] = c.into.values();
    for (const c of this.codes) cols[c.key] = c.into.values();
    if (this.dob !== undefined) {
      cols.dateOfBirth = this.dob.values();
      cols.visitDate = this.visit!.values();
    }
    return cols as unknown as Measurements;
  }
}
