/**
 * `tumbuh chart --kbm`: the KMS verdict of each weighing (N naik, T tidak
 * naik), by the library's `growthTrajectories` over the file's weighings
 * (child id, sex, dates, weight), for the marks on the weight-for-age chart.
 */
import { growthTrajectories, sexCode } from "../../../index.js";
import type { Batch } from "../../columns/batch.js";
import { codeColumn, floatColumn, TextColumn } from "../../columns/growable.js";
import { dataError } from "../../io/errors.js";

export class KbmCollector {
  private readonly ids = new TextColumn();
  private readonly sex = codeColumn();
  private readonly dob = floatColumn();
  private readonly visit = floatColumn();
  private readonly weight = floatColumn();

  /** @param idSlot - the batch's named column holding the child id */
  constructor(private readonly idSlot: number) {}

  add(batch: Batch): void {
    const n = batch.n;
    const dates = batch.dates();
    const weight = batch.number("weight");
    if (dates === undefined || weight === undefined) throw dataError("--kbm needs the weighings' dates and weights: columns dob, visit_date and weight");
    this.ids.append(batch.named(this.idSlot) as readonly string[], n);
    const cells = batch.text("sex")!;
    this.sex.appendEach(n, (i) => sexCode(cells[i]));
    this.dob.append(dates.dob, n);
    this.visit.append(dates.visit, n);
    this.weight.append(weight, n);
  }

  /** The verdict of each weighing that has one, by 1-based data row. */
  verdicts(): Map<number, "N" | "T"> {
    const t = growthTrajectories({
      childId: this.ids.values,
      sex: this.sex.values(),
      dateOfBirth: this.dob.values(),
      visitDate: this.visit.values(),
      weightKg: this.weight.values(),
    });
    const out = new Map<number, "N" | "T">();
    for (let i = 0; i < t.length; i++) if (t.kbm[i] !== 0) out.set(i + 1, t.kbm[i] === 1 ? "N" : "T");
    return out;
  }
}
