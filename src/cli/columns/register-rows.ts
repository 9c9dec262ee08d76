/**
 * A register of visits read as one measurement per child (`--id`, and
 * `--month`): as the file streams past, each child's chosen visit — the
 * last of the month, or of all; on the same date the later row, as the
 * library's `latestPerChild` chooses — is kept as one compact typed record
 * per child (its measurements in paged columns, its text cells as
 * references to shared strings), and replaced by a later visit. At the
 * end the kept rows are handed on in row order, in batches, as if the file
 * had held only them. Memory grows with the children, not with the visits.
 */
import { daysFromCivil, monthOfDay } from "../../dates/calendar.js";
import { EARLIEST_YEAR, todayDays } from "../../dates/parse-date.js";
import { Paged, pagedFloat64, pagedUint8 } from "../../aggregate/shared/paged.js";
import { isMissingText } from "../../record/missing.js";
import { ownString } from "../../util/own-string.js";
import { MEASURE_CODES, MEASURE_NUMBERS, type MeasureLayout, type MeasureRows } from "./measure-rows.js";

/** Rows set aside, by cause (every row is kept or counted in exactly one of these, as `latestPerChild` counts them). */
export interface SetAside {
  /** No child identifier (blank or a missing marker such as NA). */
  missingId: number;
  /** The visit date is missing, not a date, or cannot be real (before 1900, after today). */
  missingDate: number;
  /** A visit in another month than `--month`. */
  otherMonth: number;
  /** An earlier visit of a child who has a later one (or, on the same day, an earlier row). */
  earlierVisit: number;
}

/** The first day a visit can be (1900-01-01). */
const EARLIEST_DAY = daysFromCivil(EARLIEST_YEAR, 1, 1);
/** Rows handed on at a time. */
const BATCH = 8192;

type NumberKey = "ageDays" | "dob" | "visit" | (typeof MEASURE_NUMBERS)[number][1];
type CodeKey = (typeof MEASURE_CODES)[number][1];

/** One record per child: the chosen visit's measurements. */
export class RegisterRows {
  readonly setAside: SetAside = { missingId: 0, missingDate: 0, otherMonth: 0, earlierVisit: 0 };
  private readonly ids = new Map<string, number>();
  private readonly day = pagedFloat64();
  private readonly row = new Paged((n) => new Uint32Array(n));
  private readonly sex = pagedUint8();
  private readonly numbers = new Map<NumberKey, Paged<Float64Array>>();
  private readonly codes = new Map<CodeKey, Paged<Uint8Array>>();
  /** The named columns: numbers, or text (each value once, shared by every child who has it). */
  private readonly named: (Paged<Float64Array> | string[])[];
  private readonly texts: Map<string, string>[];
  private readonly today = todayDays();
  private rows = 0;

  /**
   * @param month - the month number (`--month`), NaN for each child's last visit of all
   * @param idSlot - the named column holding the child id
   */
  constructor(
    private readonly layout: MeasureLayout,
    kinds: readonly ("text" | "number")[],
    private readonly idSlot: number,
    private readonly month: number,
  ) {
    if (layout.ageDays) this.numbers.set("ageDays", pagedFloat64());
    if (layout.dates) {
      this.numbers.set("dob", pagedFloat64());
      this.numbers.set("visit", pagedFloat64());
    }
    for (const f of layout.numbers) this.numbers.set(f, pagedFloat64());
    for (const f of layout.codes) this.codes.set(f, pagedUint8());
    this.named = kinds.map((k) => (k === "number" ? pagedFloat64() : []));
    this.texts = kinds.map(() => new Map());
  }

  /** Children kept. */
  get children(): number {
    return this.ids.size;
  }

  /** Adds a batch's rows of measurements, with their visit dates (day numbers: NaN missing, −Infinity invalid). */
  add(rows: MeasureRows, visit: Float64Array): void {
    const ids = rows.named[this.idSlot] as readonly string[];
    const s = this.setAside;
    for (let i = 0; i < rows.n; i++) {
      const r = this.rows++;
      const id = ids[i]!;
      if (isMissingText(id)) {
        s.missingId++;
        continue;
      }
      const v = visit[i]!;
      if (!(v >= EARLIEST_DAY && v <= this.today)) {
        s.missingDate++;
        continue;
      }
      if (this.month === this.month && monthOfDay(v) !== this.month) {
        s.otherMonth++;
        continue;
      }
      let c = this.ids.get(id);
      if (c === undefined) {
        c = this.ids.size;
        this.ids.set(ownString(id), c);
        this.append();
      } else {
        s.earlierVisit++; // this visit, or the one it replaces
        if (v < this.day.get(c)) continue;
      }
      this.put(c, rows, i, v, r);
    }
  }

  private append(): void {
    this.day.push(0);
    this.row.push(0);
    this.sex.push(0);
    for (const p of this.numbers.values()) p.push(0);
    for (const p of this.codes.values()) p.push(0);
    for (const p of this.named) {
      if (p instanceof Paged) p.push(0);
      else p.push("");
    }
  }

  private put(c: number, rows: MeasureRows, i: number, v: number, r: number): void {
    this.day.set(c, v);
    this.row.set(c, r);
    this.sex.set(c, rows.sex[i]!);
    for (const [key, p] of this.numbers) p.set(c, (rows[key] as Float64Array)[i]!);
    for (const [key, p] of this.codes) p.set(c, (rows[key] as Uint8Array)[i]!);
    this.named.forEach((p, k) => {
      const col = rows.named[k]!;
      if (p instanceof Paged) p.set(c, (col as Float64Array)[i]!);
      else {
        const cell = (col as readonly string[])[i]!;
        let shared = this.texts[k]!.get(cell);
        if (shared === undefined) {
          shared = ownString(cell);
          this.texts[k]!.set(shared, shared);
        }
        p[c] = shared;
      }
    });
  }

  /** Hands on the kept rows in row order, `BATCH` at a time (the rows are the register's, as if the file held only them). */
  forEachBatch(take: (rows: MeasureRows) => void): void {
    const n = this.ids.size;
    const order = Int32Array.from({ length: n }, (_, c) => c).sort((a, b) => this.row.get(a) - this.row.get(b));
    for (let from = 0; from < n; from += BATCH) {
      const m = Math.min(BATCH, n - from);
      const at = order.subarray(from, from + m);
      const floats = (p: Paged<Float64Array> | undefined) => (p === undefined ? undefined : Float64Array.from(at, (c) => p.get(c)));
      const out: Record<string, unknown> = {
        n: m,
        sex: Uint8Array.from(at, (c) => this.sex.get(c)),
        ageDays: floats(this.numbers.get("ageDays")),
        dob: floats(this.numbers.get("dob")),
        visit: floats(this.numbers.get("visit")),
        named: this.named.map((p) => (p instanceof Paged ? Float64Array.from(at, (c) => p.get(c)) : Array.from(at, (c) => p[c]!))),
      };
      for (const [, field] of MEASURE_NUMBERS) out[field] = floats(this.numbers.get(field));
      for (const [, field] of MEASURE_CODES) {
        const p = this.codes.get(field);
        out[field] = p === undefined ? undefined : Uint8Array.from(at, (c) => p.get(c));
      }
      take(out as MeasureRows);
    }
  }
}

/** Header names that identify a child, in the order looked for (any case; spaces, `_`, `-` and `.` ignored, as `headerKey` compares). */
export const ID_LIKE_HEADERS = [
  "child_id", "id", "id_anak", "anak_id", "id_balita", "nik", "nik_anak", "nik_balita", "no_kia", "nomor_kia", "kia_id", "no_rm", "kode_anak", "nama_anak", "nama_balita",
];

/** The most distinct ids remembered while looking for a repeat (memory stays bounded on a national file). */
const MAX_IDS = 500_000;

/**
 * Whether a column named like a child id repeats a value — the sign of a
 * register of visits, where every visit would count as a child.
 */
export class RepeatDetector {
  private readonly seen = new Map<string, number>();
  private rows = 0;
  /** The first repeat: the value and the (1-based) rows it is on. */
  repeat: { readonly value: string; readonly first: number; readonly again: number } | undefined;

  add(cells: readonly string[], n: number): void {
    if (this.repeat !== undefined) return;
    for (let i = 0; i < n; i++) {
      const r = ++this.rows;
      const id = cells[i]!;
      if (isMissingText(id)) continue;
      const first = this.seen.get(id);
      if (first !== undefined) {
        this.repeat = { value: id, first, again: r };
        this.seen.clear();
        return;
      }
      if (this.seen.size < MAX_IDS) this.seen.set(ownString(id), r);
    }
  }
}
