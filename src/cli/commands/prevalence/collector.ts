/**
 * Keeps what the prevalence analysis reads while the file streams past:
 * each batch is scored as `tumbuh score` scores it, and sex, oedema, the
 * ages, the z-scores with their flags and the design and grouping columns
 * are kept — about 60 bytes a row for 0–5 years, plus 8 per text column.
 */
import type { PrevalenceColumns } from "../../../aggregate/prevalence/index.js";
import { oedemaCode, sexCode } from "../../../index.js";
import type { Batch } from "../../columns/batch.js";
import { BatchScorer } from "../../columns/batch-scorer.js";
import { codeColumn, floatColumn, Growable } from "../../columns/growable.js";
import { NamedColumnCollector } from "../../columns/named-collector.js";
import type { NamedColumn } from "../../columns/named-columns.js";
import type { BatchSink, HeaderInfo } from "../../columns/read-batches.js";

/** The z-score and flag fields of each analysis. */
export const PREVALENCE_FIELDS = {
  "0-5": [["zlen", "flen"], ["zwei", "fwei"], ["zbmi", "fbmi"], ["zwfl", "fwfl"]],
  "5-19": [["zhfa", "fhfa"], ["zwfa", "fwfa"], ["zbfa", "fbfa"]],
} as const;

type Field = (typeof PREVALENCE_FIELDS)[keyof typeof PREVALENCE_FIELDS][number];

export class PrevalenceCollector implements BatchSink {
  delimiter = ",";
  eol = "\n";
  private readonly scorer = new BatchScorer("who");
  private readonly sex = codeColumn();
  private readonly oedema = codeColumn();
  private readonly ageDays = floatColumn();
  private readonly ageMonths = floatColumn();
  private hasAgeDays = false;
  private hasAgeMonths = false;
  private hasOedema = false;
  private readonly z: Growable<Float64Array>[];
  /** Flags are 0, 1 or NaN: exact in 4 bytes. */
  private readonly f: Growable<Float32Array>[];
  /** The named columns (design, grouping), in the batch's order. */
  private readonly named: NamedColumnCollector;

  constructor(
    private readonly fields: readonly Field[],
    namedColumns: readonly NamedColumn[],
  ) {
    this.z = fields.map(() => floatColumn());
    this.f = fields.map(() => new Growable((n) => new Float32Array(n)));
    this.named = new NamedColumnCollector(namedColumns);
  }

  header(h: HeaderInfo): void {
    this.hasAgeDays = h.map.useDates || h.map.index.has("age_days");
    this.hasAgeMonths = h.map.index.has("age_months");
    this.hasOedema = h.map.index.has("oedema");
    this.delimiter = h.delimiter;
    this.eol = h.eol;
  }

  batch(batch: Batch): void {
    const n = batch.n;
    const scores = this.scorer.score(batch);
    const input = batch.columns();
    const sexCells = batch.text("sex")!;
    this.sex.appendEach(n, (i) => sexCode(sexCells[i]));
    if (this.hasOedema) {
      const cells = batch.text("oedema")!;
      this.oedema.appendEach(n, (i) => oedemaCode(cells[i]));
    }
    if (this.hasAgeDays) this.ageDays.append(input.ageDays as Float64Array, n);
    if (this.hasAgeMonths) this.ageMonths.append(input.ageMonths as Float64Array, n);
    this.fields.forEach(([zf, ff], k) => {
      this.z[k]!.append(scores[zf], n);
      this.f[k]!.append(scores[ff], n);
    });
    this.named.add(batch);
  }

  /** The columns for the prevalence functions (sex, ages, oedema, z-scores and flags). */
  columns(): PrevalenceColumns<Record<string, Float64Array | Float32Array>> {
    const scores = Object.fromEntries(this.fields.flatMap(([zf, ff], k) => [[zf, this.z[k]!.values()], [ff, this.f[k]!.values()]]));
    return {
      sex: this.sex.values(),
      ...(this.hasAgeDays ? { ageDays: this.ageDays.values() } : {}),
      ...(this.hasAgeMonths ? { ageMonths: this.ageMonths.values() } : {}),
      ...(this.hasOedema ? { oedema: this.oedema.values() } : {}),
      scores,
    };
  }

  /** Named column `k`: numbers, or text values. */
  namedColumn(k: number): Float64Array | readonly string[] {
    return this.named.column(k);
  }
}
