/**
 * The report's second reading of the file: every weighing goes to SKDN
 * (which follows children from month to month: one compact record per
 * child-month), and the month's chosen weighings — one per child, of the
 * children analysed — to the prevalence sums and the data quality
 * counters as they stream past; for the count of children to refer, the
 * weighings up to the month's end in compact typed columns
 * (`referral-counts.ts`). Nothing else is kept.
 */
import { KBM_GRAMS } from "../../../index.js";
import { QualityAccumulator } from "../../../aggregate/quality/quality-report.js";
import { prevalenceStream, type PrevalenceStream } from "../../../aggregate/prevalence/stream.js";
import { SkdnAccumulator } from "../../../aggregate/skdn/skdn-accumulator.js";
import { todayDays } from "../../../dates/parse-date.js";
import type { Batch } from "../../columns/batch.js";
import { MeasureReader, measureLayout, pickRows, type MeasureRows } from "../../columns/measure-rows.js";
import type { HeaderInfo } from "../../columns/read-batches.js";
import { PREVALENCE_FIELDS, PrevalenceFeeder } from "../prevalence/collector.js";
import { addQualityRows } from "../quality/run.js";
import { SkdnFeeder } from "../skdn/collector.js";
import { isAnalysed, type AnalysedCounts, type Selection } from "./select.js";
import { ReferralRows, referralCounts, type ReferralCounts } from "./referral-counts.js";
import { BirthCounts } from "../../columns/birth-outcomes.js";

/** The roles of the named columns, in the batch's order: the id, then each --by, then the design. */
export type NamedRole = "id" | "by" | "weights" | "cluster" | "strata";

/** The library calls use neutral group names (`g0`, `g1`, …), so that a column named "sex" or "all" is no reserved word. */
export const groupName = (k: number): string => `g${k}`;

/** What the second reading gives. */
export interface ReportAnalysis {
  readonly prevalence: PrevalenceStream;
  readonly quality: QualityAccumulator;
  /** SKDN of the whole file: grouping 0 is no grouping, grouping k + 1 the k-th --by column. */
  readonly skdn: SkdnAccumulator;
  readonly counts: AnalysedCounts;
  /** Per --by column, the analysed children per value (null: blank). */
  readonly children: readonly Map<string | null, number>[];
  /** The file has a KIA book column (K). */
  readonly hasBook: boolean;
  /** The children to refer in the month. */
  readonly referrals: ReferralCounts;
  /** The newborn indicators' counts of the analysed children, when the file has a birth column. */
  readonly births: BirthCounts | undefined;
}

/** Reads the batches of the second reading. */
export class ReportAnalyser {
  private readonly prevalenceStream = prevalenceStream("0-5", false);
  private readonly skdn: SkdnAccumulator;
  private quality: QualityAccumulator | undefined;
  private readonly counts: AnalysedCounts = { analysed: 0, aged60OrMore: 0, ageInvalid: 0, ageMissing: 0 };
  private readonly children: Map<string | null, number>[];
  private reader: MeasureReader | undefined;
  private prevalence: PrevalenceFeeder | undefined;
  private skdnFeeder: SkdnFeeder | undefined;
  private readonly byAt: number[];
  private readonly at: number[] = [];
  private picked = new Int32Array(0);
  private readonly referralRows: ReferralRows;
  private hasOedema = false;
  private births = new BirthCounts(false);

  constructor(
    private readonly roles: readonly NamedRole[],
    private readonly selection: Selection,
  ) {
    this.byAt = roles.flatMap((r, k) => (r === "by" ? [k] : []));
    this.skdn = new SkdnAccumulator([[], ...this.byAt.map((_, k) => [groupName(k)])], KBM_GRAMS, todayDays());
    this.children = this.byAt.map(() => new Map());
    this.referralRows = new ReferralRows(selection.month, this.byAt.length);
  }

  /** What was read (after the last batch). */
  analysis(): ReportAnalysis {
    // a month whose children are all left out: the prevalence of no child
    if (this.counts.analysed === 0) this.prevalence!.add(this.reader!.empty());
    const referrals = referralCounts(this.referralRows.columns(this.hasOedema), this.selection.month);
    return { prevalence: this.prevalenceStream, quality: this.quality!, skdn: this.skdn, counts: this.counts, children: this.children, hasBook: this.skdnFeeder!.hasBook, referrals, births: this.births.active ? this.births : undefined };
  }

  header(h: HeaderInfo): void {
    const layout = measureLayout(h.map);
    this.hasOedema = layout.codes.includes("oedema");
    this.births = BirthCounts.of(h.map);
    this.reader = new MeasureReader(layout, this.roles.map((r) => (r === "weights" ? "number" : "text")));
    const has = (f: string) => layout.numbers.includes(f as never) || layout.codes.includes(f as never);
    this.quality = new QualityAccumulator(
      { dob: true, visit: true, weightKg: true, lenheiCm: has("lenheiCm"), measure: has("measure") },
      this.byAt.length > 0 ? [groupName(0)] : [],
      undefined,
    );
    this.prevalence = new PrevalenceFeeder(this.prevalenceStream, PREVALENCE_FIELDS["0-5"], (named) => this.options(named));
    this.skdnFeeder = new SkdnFeeder(this.skdn, h.map.index.has("kia_book"), [[], ...this.byAt.map((k) => [k])]);
  }

  /** The prevalence options of the month's children: the design and the --by columns, without the standard breakdowns. */
  private options(named: readonly (Float64Array | readonly string[])[]): Record<string, unknown> {
    const one = (role: NamedRole) => {
      const k = this.roles.indexOf(role);
      return k < 0 ? undefined : named[k];
    };
    const weights = one("weights");
    const cluster = one("cluster");
    const strata = one("strata");
    const design = { ...(weights ? { weights } : {}), ...(cluster ? { cluster } : {}), ...(strata ? { strata } : {}) };
    return {
      ...(Object.keys(design).length > 0 ? { design } : {}),
      groups: Object.fromEntries(this.byAt.map((k, j) => [groupName(j), named[k]!])),
      standardBreakdowns: false,
    };
  }

  batch(batch: Batch): void {
    this.skdnFeeder!.add(batch);
    const rows = this.reader!.read(batch);
    const text = (k: number) => rows.named[k] as readonly string[];
    this.referralRows.add(rows.n, text(this.roles.indexOf("id")), rows.sex, rows.dob!, rows.visit!, rows.weightKg!, rows.oedema, this.byAt.map(text));
    const first = batch.firstRow;
    const { chosen } = this.selection;
    const { counts } = this;
    this.at.length = 0;
    for (let i = 0; i < rows.n; i++) {
      if (chosen[first + i] !== 1) continue;
      if (isAnalysed(counts, rows.ageDays === undefined ? Number.NaN : rows.ageDays[i]!, rows.ageMonths === undefined ? Number.NaN : rows.ageMonths[i]!)) this.at.push(i);
    }
    if (this.at.length === 0) return;
    if (this.picked.length < this.at.length) this.picked = new Int32Array(batch.capacity);
    this.picked.set(this.at);
    this.addChildren(pickRows(rows, this.picked, this.at.length));
  }

  /** Adds the month's analysed children to the prevalence, the quality report and the counts per group. */
  private addChildren(rows: MeasureRows): void {
    this.prevalence!.add(rows);
    this.births.add(rows, this.byAt.map((k) => rows.named[k] as readonly string[]));
    const q: MeasureRows = { ...rows, named: this.byAt.length > 0 ? [rows.named[this.byAt[0]!]!] : [] };
    addQualityRows(this.quality!, q);
    this.byAt.forEach((k, j) => {
      const values = rows.named[k] as readonly string[];
      const map = this.children[j]!;
      for (const v of values) {
        const key = v === "" ? null : v;
        map.set(key, (map.get(key) ?? 0) + 1);
      }
    });
  }

}
