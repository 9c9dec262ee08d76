/**
 * The category columns of `tumbuh score --categories`: the library's
 * `categoryColumns` applied to each scored batch (cut-offs, flags, oedema
 * and the acute malnutrition rule all come from it).
 */
import { categoryColumns, type CategoryColumnName, type ClassificationScheme, type LabelLanguage, type ScoreColumnsResult } from "../../../index.js";
import { ageMonthsColumn } from "../../../classify/age-months-column.js";
import type { Batch } from "../../columns/batch.js";

const Z_KEYS = ["zlen", "zwei", "zwfl", "zbmi", "zhfa", "zwfa", "zbfa"] as const;

/** The columns `categoryColumns` gives under `scheme`, in order. */
export function categoryNames(scheme: ClassificationScheme): CategoryColumnName[] {
  const empty = Object.fromEntries([...Z_KEYS, "ageMonths"].map((k) => [k, new Float64Array(0)]));
  return Object.keys(categoryColumns(empty, { scheme })) as CategoryColumnName[];
}

export class BatchCategories {
  /** The columns written, in order: those `categoryColumns` gives for the scheme. */
  readonly names: readonly CategoryColumnName[];
  private readonly options: { scheme: ClassificationScheme; rounding: "who" | "none"; lang?: LabelLanguage };
  private ages = new Float64Array(0);

  /**
   * @param precision - the z-scores' precision: WHO-rounded z are classified as they are, full ones unrounded
   */
  constructor(scheme: ClassificationScheme, lang: LabelLanguage | undefined, precision: "who" | "full") {
    this.options = { scheme, rounding: precision === "full" ? "none" : "who", ...(lang === undefined ? {} : { lang }) };
    this.names = categoryNames(scheme);
  }

  /** The category cells of the batch's rows, one array per column of {@link names}. */
  columns(batch: Batch, scores: ScoreColumnsResult): readonly (readonly string[])[] {
    const n = batch.n;
    if (this.ages.length < n) this.ages = new Float64Array(batch.capacity);
    const input = batch.columns();
    const ageMonths = ageMonthsColumn(input.ageDays, input.ageMonths, n, this.ages);
    const z = Object.fromEntries(Z_KEYS.map((k) => [k, scores[k].subarray(0, n)]));
    const cats = categoryColumns(
      {
        ...z,
        ageMonths,
        ...(input.oedema === undefined ? {} : { oedema: input.oedema }),
        ...(input.muacCm === undefined ? {} : { muacCm: input.muacCm }),
      },
      this.options,
    );
    return this.names.map((name) => cats[name]!);
  }
}
