/**
 * Keeps what `tumbuh report` reads while the file streams past: the whole
 * register is needed (SKDN follows children from month to month; the month
 * and each child's last weighing are chosen once everything is read). Codes
 * as bytes, numbers and day numbers as floats, the id, grouping and design
 * columns interned: about 70 bytes a row.
 */
import { measureCode, oedemaCode, sexCode } from "../../../index.js";
import type { Batch } from "../../columns/batch.js";
import { codeColumn, floatColumn, TextColumn } from "../../columns/growable.js";
import { NamedColumnCollector } from "../../columns/named-collector.js";
import type { NamedColumn } from "../../columns/named-columns.js";
import type { BatchSink, HeaderInfo } from "../../columns/read-batches.js";

/** The columns read, one value per data row. */
export interface ReportRows {
  readonly length: number;
  readonly childId: readonly string[];
  /** 1 male, 2 female, 0 missing, 255 invalid. */
  readonly sex: Uint8Array;
  /** Day numbers (NaN missing, −Infinity invalid). */
  readonly dob: Float64Array;
  readonly visit: Float64Array;
  /** Age in days from the dates (visit − dob; NaN when a date is blank, −Infinity when one is invalid). */
  readonly ageDays: Float64Array;
  /** Age in months, when the file has the column (used where the dates give no age). */
  readonly ageMonths: Float64Array | undefined;
  readonly weightKg: Float64Array;
  readonly lenheiCm: Float64Array | undefined;
  /** 1 lying, 2 standing, 0 missing, 255 invalid. */
  readonly measure: Uint8Array | undefined;
  /** 1 yes, 0 no or missing, 255 invalid. */
  readonly oedema: Uint8Array | undefined;
  /** The KIA/KMS book cells, when the file has the column. */
  readonly kiaBook: readonly string[] | undefined;
  /** The `--by` columns, in order. */
  readonly groups: readonly (readonly string[])[];
  /** The design columns given. */
  readonly weights: Float64Array | undefined;
  readonly cluster: readonly string[] | undefined;
  readonly strata: readonly string[] | undefined;
}

/** The roles of the named columns, in the batch's order: the id, then each --by, then the design. */
export type NamedRole = "id" | "by" | "weights" | "cluster" | "strata";

export class ReportCollector implements BatchSink {
  private rows = 0;
  private readonly sex = codeColumn();
  private readonly dob = floatColumn();
  private readonly visit = floatColumn();
  private readonly ageDays = floatColumn();
  private readonly weight = floatColumn();
  private readonly ageMonths = floatColumn();
  private readonly lenhei = floatColumn();
  private readonly measure = codeColumn();
  private readonly oedema = codeColumn();
  private readonly book = new TextColumn();
  private has = { ageMonths: false, lenhei: false, measure: false, oedema: false, book: false };
  private readonly named: NamedColumnCollector;

  constructor(
    private readonly roles: readonly NamedRole[],
    namedColumns: readonly NamedColumn[],
    private readonly warn: (message: string) => void,
  ) {
    this.named = new NamedColumnCollector(namedColumns);
  }

  header(h: HeaderInfo): void {
    const has = (t: string) => h.map.index.has(t);
    this.has = { ageMonths: has("age_months"), lenhei: has("lenhei"), measure: has("measure"), oedema: has("oedema"), book: has("kia_book") };
    if (has("age_days")) {
      this.warn(`the column "${h.cells[h.map.index.get("age_days")!]}" is not read: the report takes the age from the dates of birth and visit (age_months fills rows without them)`);
    }
  }

  batch(batch: Batch): void {
    const n = batch.n;
    this.rows += n;
    const sexCells = batch.text("sex")!;
    this.sex.appendEach(n, (i) => sexCode(sexCells[i]));
    const dates = batch.dates()!;
    this.dob.append(dates.dob, n);
    this.visit.append(dates.visit, n);
    this.ageDays.append(batch.columns().ageDays as Float64Array, n);
    this.weight.append(batch.number("weight")!, n);
    if (this.has.ageMonths) this.ageMonths.append(batch.number("age_months")!, n);
    if (this.has.lenhei) this.lenhei.append(batch.number("lenhei")!, n);
    if (this.has.measure) {
      const cells = batch.text("measure")!;
      this.measure.appendEach(n, (i) => measureCode(cells[i]));
    }
    if (this.has.oedema) {
      const cells = batch.text("oedema")!;
      this.oedema.appendEach(n, (i) => oedemaCode(cells[i]));
    }
    if (this.has.book) this.book.append(batch.text("kia_book")!, n);
    this.named.add(batch);
  }

  /** Everything read (views, valid until the next batch). */
  columns(): ReportRows {
    const named = (role: NamedRole) => this.roles.flatMap((r, k) => (r === role ? [this.named.column(k)] : []));
    const text = (role: NamedRole) => named(role)[0] as readonly string[] | undefined;
    return {
      length: this.rows,
      childId: text("id")!,
      sex: this.sex.values(),
      dob: this.dob.values(),
      visit: this.visit.values(),
      ageDays: this.ageDays.values(),
      ageMonths: this.has.ageMonths ? this.ageMonths.values() : undefined,
      weightKg: this.weight.values(),
      lenheiCm: this.has.lenhei ? this.lenhei.values() : undefined,
      measure: this.has.measure ? this.measure.values() : undefined,
      oedema: this.has.oedema ? this.oedema.values() : undefined,
      kiaBook: this.has.book ? this.book.values : undefined,
      groups: named("by") as (readonly string[])[],
      weights: named("weights")[0] as Float64Array | undefined,
      cluster: text("cluster"),
      strata: text("strata"),
    };
  }
}
