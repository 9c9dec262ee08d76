/**
 * A batch of rows read as visits for the trajectory rules: each row's child
 * (a dense code per child id), visit day, age in days, sex, weight and its
 * WAZ and LAZ (scored as `tumbuh score` scores them), or why the row is no
 * visit (no child id, a missing or invalid date, a visit before birth) —
 * the rows `growthTrajectories` leaves out.
 */
import { sexCode } from "../../../index.js";
import type { Batch } from "../../columns/batch.js";
import { BatchScorer } from "../../columns/batch-scorer.js";
import { NOTE } from "./notes.js";

/**
 * Child ids and their dense codes (0, 1, 2, … in order of first
 * appearance). Each id is kept as its own copy: a cell sliced from the input
 * would otherwise keep the whole chunk of text it came from alive.
 */
export class ChildCodes {
  readonly ids: string[] = [];
  private readonly codes = new Map<string, number>();

  /** The code of `id` (trimmed, not empty), a new one for a new id. */
  code(id: string): number {
    let c = this.codes.get(id);
    if (c === undefined) {
      c = this.ids.length;
      const own = Buffer.from(id, "utf8").toString("utf8");
      this.codes.set(own, c);
      this.ids.push(own);
    }
    return c;
  }

  get count(): number {
    return this.ids.length;
  }
}

/** The visits of one batch, row by row (arrays reused from batch to batch: read the first `n`). */
export class BatchVisits {
  n = 0;
  /** The child's code, or −1 when the row is no visit (see `notes`). */
  child = new Int32Array(0);
  /** The visit date as a day number. */
  day = new Float64Array(0);
  ageDays = new Float64Array(0);
  /** 1, 2, or another code when the sex is missing or invalid. */
  sex = new Uint8Array(0);
  weightKg: ArrayLike<number> = [];
  waz: ArrayLike<number> = [];
  laz: ArrayLike<number> = [];
  /** Note bits of rows that are no visit ({@link NOTE}). */
  notes = new Uint16Array(0);
  private readonly scorer = new BatchScorer("who");

  /** @param idSlot - the batch's named column holding the child id */
  constructor(
    private readonly children: ChildCodes,
    private readonly idSlot: number,
  ) {}

  read(batch: Batch): void {
    const n = batch.n;
    if (this.child.length < n) this.allocate(batch.capacity);
    this.n = n;
    const ids = batch.named(this.idSlot) as readonly string[];
    const sexCells = batch.text("sex")!;
    const { dob, visit } = batch.dates()!;
    const scores = this.scorer.score(batch);
    this.weightKg = batch.number("weight")!;
    this.waz = scores.zwei;
    this.laz = scores.zlen;
    for (let i = 0; i < n; i++) {
      this.sex[i] = sexCode(sexCells[i]);
      const v = visit[i]!;
      const b = dob[i]!;
      const note = ids[i] === "" ? NOTE.CHILD_ID_MISSING
        : v !== v ? NOTE.VISIT_DATE_MISSING
        : v === -Infinity ? NOTE.VISIT_DATE_INVALID
        : b !== b ? NOTE.DOB_MISSING
        : b === -Infinity ? NOTE.DOB_INVALID
        : v < b ? NOTE.VISIT_BEFORE_BIRTH
        : 0;
      this.notes[i] = note;
      this.child[i] = note === 0 ? this.children.code(ids[i]!) : -1;
      this.day[i] = v;
      this.ageDays[i] = v - b;
    }
  }

  private allocate(capacity: number): void {
    this.child = new Int32Array(capacity);
    this.day = new Float64Array(capacity);
    this.ageDays = new Float64Array(capacity);
    this.sex = new Uint8Array(capacity);
    this.notes = new Uint16Array(capacity);
  }
}
