/**
 * The audit's counters, batch by batch: for each external field the rows
 * compared, differing, misclassified or on one side only, the largest and
 * mean difference and the confusion table of classes, and for the four
 * headline prevalences the cases on each side. A batch's rows are scored
 * by the caller (`scoreColumns`); nothing is kept of them afterwards, so
 * `checkScores` and `tumbuh check` run in memory that does not grow with
 * the data.
 * @internal
 */
import { categoryColumns, type CategoryColumnName, type ColumnIndicator } from "../classify/category-columns.js";
import { ageMonthsColumn } from "../classify/age-months-column.js";
import { ACUTE_CODES } from "../classify/acute.js";
import { CATEGORY_CODES, CODE_INDEX, NOT_CLASSIFIED, type CategoryCode } from "../classify/codes.js";
import { schemeCategories, type ClassificationScheme } from "../classify/schemes.js";
import { roundZ } from "../lms/round-z.js";
import type { ScoreColumnsInput, ScoreColumnsResult } from "../score/score-columns.js";
import { Z_FLAG_PAIRS, type ZField } from "../score/fields.js";
import { categoryReader, externalNumber, UNREADABLE } from "./read-external.js";
import { Z_BANDS, zBand } from "./z-bands.js";
import type { AuditField, AuditReport, FieldAudit, PrevalenceChange } from "./types.js";

/** Why a row is listed: another class, another 2-decimal value in the same class, a value on one side only, or an external value that could not be read. @internal */
export type Disagreement = "misclassified" | "differ" | "only-external" | "only-who" | "unreadable";

/**
 * Called for each row that disagrees: its index in the batch, the field,
 * why, WHO's value (a 2-decimal z-score or a category code; null for NA)
 * and the external value as given.
 * @internal
 */
export type DisagreementSink = (row: number, field: AuditField, why: Disagreement, who: number | string | null, external: unknown) => void;

/** The z-score fields and their flags. @internal */
export const Z_FIELDS: readonly ZField[] = Z_FLAG_PAIRS.map(([z]) => z);
const FLAG_OF: Readonly<Record<string, keyof ScoreColumnsResult>> = Object.fromEntries(Z_FLAG_PAIRS) as never;
/** The category columns. @internal */
export const CATEGORY_FIELDS: readonly CategoryColumnName[] = ["cat_len", "cat_wei", "cat_wfl", "cat_bmi", "cat_hfa", "cat_wfa", "cat_bfa", "cat_acute"];

type Headline = "stunting" | "underweight" | "wasting" | "overweight";
/** Each headline prevalence: from its z field where compared, else from its category column. */
const HEADLINES: readonly (readonly [Headline, ZField, (z: number) => boolean, CategoryColumnName, readonly CategoryCode[]])[] = [
  ["stunting", "zlen", (z) => z < -2, "cat_len", ["severely_stunted", "stunted"]],
  ["underweight", "zwei", (z) => z < -2, "cat_wei", ["severely_underweight", "underweight"]],
  ["wasting", "zwfl", (z) => z < -2, "cat_wfl", ["severely_wasted", "wasted"]],
  ["overweight", "zwfl", (z) => z > 2, "cat_wfl", ["overweight", "obese"]],
];

interface FieldState {
  readonly field: AuditField;
  readonly kind: "z" | "category";
  compared: number;
  differ: number;
  misclassified: number;
  onlyExternal: number;
  onlyWho: number;
  unreadable: number;
  example: string | null;
  maxAbs: number;
  sum: number;
  readonly classes: readonly string[];
  readonly bands: number[][];
  /** Categories: the reader of labels, and each code's class index. */
  readonly read?: (v: unknown) => number;
  readonly classOf?: ReadonlyMap<number, number>;
}

interface HeadlineState {
  readonly name: Headline;
  readonly field: AuditField;
  readonly hit: (who: number, ext: number) => readonly [boolean, boolean];
  rows: number;
  who: number;
  ext: number;
}

/** The categories a column can hold in a scheme, lowest first. */
function categoryCodes(scheme: ClassificationScheme, field: CategoryColumnName): readonly CategoryCode[] {
  if (field === "cat_acute") return ACUTE_CODES.filter((k) => k !== NOT_CLASSIFIED).map((k) => CATEGORY_CODES[k]!);
  return schemeCategories(scheme, field.slice(4) as ColumnIndicator);
}

/**
 * WHO's categories of the batch's first `n` rows under `scheme`, as code
 * indices, for the category columns the scheme has.
 */
function whoCategories(columns: ScoreColumnsInput, scored: ScoreColumnsResult, n: number, scheme: ClassificationScheme): Partial<Record<CategoryColumnName, Uint8Array>> {
  const c = columns as unknown as Record<string, ArrayLike<unknown> | undefined>;
  const z = (k: "zlen" | "zwei" | "zwfl" | "zbmi" | "zhfa" | "zwfa" | "zbfa") => scored[k].subarray(0, n);
  const cats = categoryColumns(
    {
      zlen: z("zlen"), zwei: z("zwei"), zwfl: z("zwfl"), zbmi: z("zbmi"), zhfa: z("zhfa"), zwfa: z("zwfa"), zbfa: z("zbfa"),
      ageMonths: ageMonthsColumn(c.ageDays, c.ageMonths, n),
      ...(c.oedema === undefined ? {} : { oedema: c.oedema }),
      ...(c.muacCm === undefined ? {} : { muacCm: c.muacCm }),
    },
    { scheme },
  );
  const out: Partial<Record<CategoryColumnName, Uint8Array>> = {};
  for (const [name, values] of Object.entries(cats) as [CategoryColumnName, string[]][]) {
    out[name] = Uint8Array.from(values, (code) => CODE_INDEX[code as CategoryCode]);
  }
  return out;
}

/** The audit's running counts. @internal */
export class AuditAccumulator {
  private records = 0;
  private readonly fields: FieldState[];
  private readonly headlines: HeadlineState[];
  private readonly hasCategories: boolean;

  /**
   * @param fields - the external fields, in order
   * @throws RangeError for a category column the scheme does not have
   */
  constructor(fields: readonly AuditField[], private readonly scheme: ClassificationScheme, caller: string) {
    const none: never[] = [];
    const known = new Set(Object.keys(categoryColumns({ zlen: none, zwei: none, zwfl: none, zbmi: none, zhfa: none, zwfa: none, zbfa: none, ageMonths: none }, { scheme })));
    this.fields = fields.map((field) => {
      if (!field.startsWith("cat_")) {
        return { field, kind: "z", ...zero(), classes: Z_BANDS, bands: square(Z_BANDS.length) };
      }
      const cat = field as CategoryColumnName;
      if (!known.has(cat)) {
        throw new RangeError(`${caller}: the ${scheme} scheme has no ${cat} column; compare it with options.categories "${scheme === "who" ? "permenkes" : "who"}" or leave it out`);
      }
      const codes = categoryCodes(scheme, cat);
      const classes: CategoryCode[] = ["implausible", ...codes];
      return {
        field, kind: "category", ...zero(), classes, bands: square(classes.length),
        read: categoryReader(codes), classOf: new Map(classes.map((code, k) => [CODE_INDEX[code], k])),
      };
    });
    this.hasCategories = this.fields.some((f) => f.kind === "category");
    const given = new Set<AuditField>(fields);
    this.headlines = [];
    for (const [name, zf, test, cf, codes] of HEADLINES) {
      if (given.has(zf)) {
        this.headlines.push({ name, field: zf, hit: (w, e) => [test(w), test(e)], rows: 0, who: 0, ext: 0 });
      } else if (given.has(cf)) {
        const cases = new Set<number>(codes.map((k) => CODE_INDEX[k]));
        this.headlines.push({ name, field: cf, hit: (w, e) => [cases.has(w), cases.has(e)], rows: 0, who: 0, ext: 0 });
      }
    }
  }

  /**
   * Adds the first `n` rows of a batch.
   * @param columns - the measurements the batch was scored from (as `scoreColumns` reads them)
   * @param scored - `scoreColumns`' result for them (WHO-rounded z-scores)
   * @param external - the external values of each field, at least `n` long
   * @param sink - told about each row that disagrees
   */
  add(columns: ScoreColumnsInput, scored: ScoreColumnsResult, n: number, external: Readonly<Partial<Record<AuditField, ArrayLike<unknown>>>>, sink?: DisagreementSink): void {
    this.records += n;
    const who = this.hasCategories ? whoCategories(columns, scored, n, this.scheme) : {};
    const parsed = new Map<AuditField, { who: ArrayLike<number>; ext: ArrayLike<number> }>();
    for (const state of this.fields) {
      const values = external[state.field]!;
      if (state.kind === "z") {
        const w = scored[state.field as ZField];
        parsed.set(state.field, { who: w, ext: this.addZ(state, w, values, n, sink) });
      } else {
        const w = who[state.field as CategoryColumnName]!;
        parsed.set(state.field, { who: w, ext: this.addCategory(state, w, values, n, sink) });
      }
    }
    for (const h of this.headlines) {
      const { who: w, ext: e } = parsed.get(h.field)!;
      const isZ = !h.field.startsWith("cat_");
      const flags = isZ ? (scored[FLAG_OF[h.field]!] as Float64Array) : undefined;
      for (let i = 0; i < n; i++) {
        const wi = w[i]!;
        const ei = e[i]!;
        const counted = isZ
          ? wi === wi && ei === ei && flags![i] !== 1
          : wi !== NOT_CLASSIFIED && wi !== CODE_INDEX.implausible && ei !== NOT_CLASSIFIED && ei !== CODE_INDEX.implausible;
        if (!counted) continue;
        const [a, b] = h.hit(wi, ei);
        h.rows++;
        if (a) h.who++;
        if (b) h.ext++;
      }
    }
  }

  /** Compares a z field; returns the external values read (2-decimal, NaN where missing or unreadable). */
  private addZ(s: FieldState, who: ArrayLike<number>, values: ArrayLike<unknown>, n: number, sink: DisagreementSink | undefined): Float64Array {
    const ext = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const raw = values[i];
      const read = externalNumber(raw);
      const unreadable = read === -Infinity;
      if (unreadable) {
        s.unreadable++;
        s.example ??= String(raw);
      }
      const e = unreadable || read !== read ? Number.NaN : roundZ(read);
      ext[i] = e;
      const w = who[i]!;
      if (e !== e) {
        if (w === w) {
          s.onlyWho++;
          sink?.(i, s.field, unreadable ? "unreadable" : "only-who", w, raw);
        }
        continue;
      }
      if (w !== w) {
        s.onlyExternal++;
        sink?.(i, s.field, "only-external", null, raw);
        continue;
      }
      s.compared++;
      const bw = zBand(w);
      const be = zBand(e);
      s.bands[bw]![be]!++;
      const d = e - w;
      s.sum += d;
      if (Math.abs(d) > s.maxAbs) s.maxAbs = Math.abs(d);
      if (be !== bw) s.misclassified++;
      if (e !== w) {
        s.differ++;
        sink?.(i, s.field, be !== bw ? "misclassified" : "differ", w, raw);
      }
    }
    return ext;
  }

  /** Compares a category column; returns the external codes read (NOT_CLASSIFIED where missing or unreadable). */
  private addCategory(s: FieldState, who: Uint8Array, values: ArrayLike<unknown>, n: number, sink: DisagreementSink | undefined): Int16Array {
    const ext = new Int16Array(n);
    for (let i = 0; i < n; i++) {
      const raw = values[i];
      let e = s.read!(raw);
      const unreadable = e === UNREADABLE;
      if (unreadable) {
        s.unreadable++;
        s.example ??= String(raw);
        e = NOT_CLASSIFIED;
      }
      ext[i] = e;
      const w = who[i]!;
      if (e === NOT_CLASSIFIED && w === NOT_CLASSIFIED) continue;
      if (e === NOT_CLASSIFIED) {
        s.onlyWho++;
        sink?.(i, s.field, unreadable ? "unreadable" : "only-who", CATEGORY_CODES[w]!, raw);
        continue;
      }
      if (w === NOT_CLASSIFIED) {
        s.onlyExternal++;
        sink?.(i, s.field, "only-external", null, raw);
        continue;
      }
      s.compared++;
      const kw = s.classOf!.get(w);
      const ke = s.classOf!.get(e);
      if (kw !== undefined && ke !== undefined) s.bands[kw]![ke]!++;
      if (e !== w) {
        s.differ++;
        s.misclassified++;
        sink?.(i, s.field, "misclassified", CATEGORY_CODES[w]!, raw);
      }
    }
    return ext;
  }

  /** The report so far. */
  report(): AuditReport {
    const indicators: Partial<Record<AuditField, FieldAudit>> = {};
    for (const s of this.fields) {
      const z = s.kind === "z" && s.compared > 0;
      indicators[s.field] = {
        kind: s.kind, compared: s.compared, differ: s.differ, misclassified: s.misclassified,
        onlyExternal: s.onlyExternal, onlyWho: s.onlyWho, unreadable: s.unreadable, unreadableExample: s.example,
        maxAbsDiff: z ? roundZ(s.maxAbs) : null,
        meanDiff: z ? s.sum / s.compared : null,
        classes: s.classes,
        bands: s.bands.map((r) => [...r]),
      };
    }
    const prevalence: Partial<Record<Headline, PrevalenceChange>> = {};
    for (const h of this.headlines) {
      if (h.rows === 0) {
        prevalence[h.name] = { field: h.field, rows: 0, who: null, external: null, change: null };
        continue;
      }
      const w = (100 * h.who) / h.rows;
      const e = (100 * h.ext) / h.rows;
      prevalence[h.name] = { field: h.field, rows: h.rows, who: w, external: e, change: e - w };
    }
    return { records: this.records, indicators, prevalence };
  }
}

function zero() {
  return { compared: 0, differ: 0, misclassified: 0, onlyExternal: 0, onlyWho: 0, unreadable: 0, example: null, maxAbs: 0, sum: 0 };
}

function square(k: number): number[][] {
  return Array.from({ length: k }, () => new Array<number>(k).fill(0));
}
