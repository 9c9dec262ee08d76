/**
 * The audit: z-scores and categories that other software produced, compared
 * with WHO's on the same records.
 */
import { scoreColumns, type ScoreColumnsInput, type ScoreColumnsResult } from "../score/score-columns.js";
import { Z_FLAG_PAIRS, type ZField } from "../score/fields.js";
import { categoryColumns, type CategoryColumnName, type ColumnIndicator } from "../classify/category-columns.js";
import { ACUTE_CODES } from "../classify/acute.js";
import { CATEGORY_CODES, CODE_INDEX, NOT_CLASSIFIED, type CategoryCode } from "../classify/codes.js";
import { schemeCategories, type ClassificationScheme } from "../classify/schemes.js";
import { roundZ } from "../lms/round-z.js";
import { numberValue } from "../record/codes.js";
import { ageMonthsOf } from "../who/rules.js";
import { checkChoice, checkColumn, checkObject, checkOptions } from "../util/checks.js";
import { categoryReader, externalNumber, UNREADABLE } from "./read-external.js";
import { Z_BANDS, zBand } from "./z-bands.js";

/**
 * A field the audit compares: a z-score field or a category column.
 * @category Audit
 */
export type AuditField = ZField | CategoryColumnName;

/**
 * Options of {@link checkScores}.
 * @category Audit
 */
export interface CheckScoresOptions {
  /**
   * The scheme the external category columns are in.
   * @defaultValue "who"
   */
  readonly categories?: ClassificationScheme;
  /**
   * Also list, per field, the rows where the external value disagrees
   * (`differ`, `onlyExternal` or `onlyWho`).
   * @defaultValue false
   */
  readonly rows?: boolean;
}

/**
 * How one external field compares with WHO's values.
 * @category Audit
 */
export interface FieldAudit {
  /** `z` for a z-score field, `category` for a category column. */
  readonly kind: "z" | "category";
  /** Rows where both sides have a value. */
  readonly compared: number;
  /** Of those, rows where the external value rounded to 2 decimals is not WHO's 2-decimal value (categories: another category). */
  readonly differ: number;
  /** Of those, rows in another class: another WHO band (z < −3, −3 ≤ z < −2, −2 ≤ z ≤ 2, 2 < z ≤ 3, z > 3) or another category. */
  readonly misclassified: number;
  /** Rows where only the external side has a value (WHO gives NA: oedema, outside the standard's range, …). */
  readonly onlyExternal: number;
  /** Rows where only WHO has a value. */
  readonly onlyWho: number;
  /** External values that could not be read (not a number, an unknown label): counted here and otherwise treated as missing. */
  readonly unreadable: number;
  /** One unreadable value, to show what went wrong; null when none. */
  readonly unreadableExample: string | null;
  /** The largest |external − WHO| over compared rows, at 2 decimals (z fields; null for categories or with nothing compared). */
  readonly maxAbsDiff: number | null;
  /** The mean of external − WHO over compared rows (z fields; null for categories or with nothing compared). */
  readonly meanDiff: number | null;
  /** The classes of `bands`, lowest first: the five WHO bands, or the category codes. */
  readonly classes: readonly string[];
  /** Confusion table over compared rows: `bands[who][external]` counts rows in class `who` by WHO and `external` by the other software. */
  readonly bands: readonly (readonly number[])[];
}

/**
 * One prevalence (%) computed from the external values and from WHO's, on the same rows.
 * @category Audit
 */
export interface PrevalenceChange {
  /** The field it is computed from. */
  readonly field: AuditField;
  /** Rows counted: both sides have a value and WHO does not flag it as implausible. */
  readonly rows: number;
  /** Prevalence by WHO's values (%); null with no rows. */
  readonly who: number | null;
  /** Prevalence by the external values (%); null with no rows. */
  readonly external: number | null;
  /** external − who, in percentage points; null with no rows. */
  readonly change: number | null;
}

/**
 * The report of {@link checkScores}.
 * @category Audit
 */
export interface AuditReport {
  /** Records compared. */
  readonly records: number;
  /** One entry per compared field. */
  readonly indicators: Readonly<Partial<Record<AuditField, FieldAudit>>>;
  /**
   * Stunting (length/height-for-age < −2), underweight (weight-for-age
   * < −2), wasting (weight-for-length/height < −2) and overweight
   * (weight-for-length/height > +2) by each side, for the fields compared.
   */
  readonly prevalence: Readonly<Partial<Record<"stunting" | "underweight" | "wasting" | "overweight", PrevalenceChange>>>;
  /** With `options.rows`: per field, the rows that disagree, in increasing order. */
  readonly rows?: Readonly<Partial<Record<AuditField, Uint32Array>>>;
}

const Z_FIELDS: readonly ZField[] = Z_FLAG_PAIRS.map(([z]) => z);
const FLAG_OF: Readonly<Record<string, string>> = Object.fromEntries(Z_FLAG_PAIRS);
const CATEGORY_FIELDS: readonly CategoryColumnName[] = ["cat_len", "cat_wei", "cat_wfl", "cat_bmi", "cat_hfa", "cat_wfa", "cat_bfa", "cat_acute"];
const OPTION_KEYS = ["categories", "rows"];

/**
 * Audits z-scores and categories other software computed: scores the same
 * records as WHO's software does ({@link scoreColumns}, {@link categoryColumns}),
 * and for each external field counts the rows that differ at WHO's 2
 * decimals, those in another WHO band or category (misclassified), and those
 * where only one side has a value; with a confusion table of bands and the
 * prevalences of stunting, underweight, wasting and overweight both ways.
 *
 * @param columns - the measurements, as for {@link scoreColumns}
 * @param external - the other software's values, by field: z-scores (`zlen`, `zwei`, `zwfl`, `zbmi`, `zhc`, `zac`, `zts`, `zss`, `zhfa`, `zwfa`, `zbfa`; numbers or numeric text, a decimal comma accepted) or categories (`cat_len`, `cat_wei`, `cat_wfl`, `cat_bmi`, `cat_hfa`, `cat_wfa`, `cat_bfa`, `cat_acute`; codes or the labels tumbuh writes, English or Indonesian)
 * @param options - the scheme of the categories, and whether to list disagreeing rows
 * @returns the report
 * @throws TypeError / RangeError for misuse: unknown fields or options, columns of unequal length, an unknown scheme
 *
 * @example
 * // An app that reported weight-for-age from a whole-month table:
 * const r = checkScores(
 *   { sex: [1, 2], ageDays: [400, 700], weightKg: [8.1, 9.2] },
 *   { zwei: [-1.8, -2.02] }, // WHO: -1.83 and -1.69
 * );
 * r.indicators.zwei!.differ; // => 2
 * r.indicators.zwei!.misclassified; // => 1
 * @category Audit
 */
export function checkScores(columns: ScoreColumnsInput, external: Readonly<Partial<Record<AuditField, ArrayLike<unknown>>>>, options?: CheckScoresOptions): AuditReport {
  const caller = "checkScores";
  const o = checkOptions(options, OPTION_KEYS, caller);
  const scheme = o.categories === undefined ? "who" : checkChoice(o.categories, ["who", "permenkes"] as const, caller, "options.categories");
  const listRows = o.rows === undefined ? false : checkChoice(o.rows, [true, false], caller, "options.rows");
  const ext = checkObject(external, [...Z_FIELDS, ...CATEGORY_FIELDS], caller, "external");
  const scored = scoreColumns(columns);
  const n = scored.length;
  const given = Object.keys(ext).filter((k) => ext[k] !== undefined) as AuditField[];
  for (const f of given) checkColumn(ext[f], n, caller, `external.${f}`, "columns.sex");

  const indicators: Partial<Record<AuditField, FieldAudit>> = {};
  const rows: Partial<Record<AuditField, Uint32Array>> = {};
  const zExternal: Partial<Record<ZField, Float64Array>> = {};
  const catBoth: Partial<Record<CategoryColumnName, readonly [Uint8Array, Int16Array]>> = {};
  const whoCategories = given.some((f) => f.startsWith("cat_")) ? whoCategoryColumns(columns, scored, scheme) : {};

  for (const field of given) {
    const values = ext[field] as ArrayLike<unknown>;
    const disagree: number[] = [];
    if (field.startsWith("cat_")) {
      const cat = field as CategoryColumnName;
      const who = whoCategories[cat];
      if (who === undefined) throw new RangeError(`${caller}: the ${scheme} scheme has no ${cat} column; compare it with options.categories "${scheme === "who" ? "permenkes" : "who"}" or leave it out`);
      const codes = categoryCodes(scheme, cat);
      const e = readCategories(values, codes);
      indicators[cat] = compareCategories(who, e.codes, codes, disagree, e.unreadable, e.example);
      catBoth[cat] = [who, e.codes];
    } else {
      const z = field as ZField;
      const e = readNumbers(values);
      zExternal[z] = e.values;
      indicators[z] = compareZ(scored[z], e.values, disagree, e.unreadable, e.example);
    }
    if (listRows) rows[field] = Uint32Array.from(disagree);
  }
  const report: AuditReport = { records: n, indicators, prevalence: prevalenceChanges(scored, zExternal, catBoth) };
  return listRows ? { ...report, rows } : report;
}

/** WHO's categories of every category column the scheme has, as code indices. */
function whoCategoryColumns(columns: ScoreColumnsInput, scored: ScoreColumnsResult, scheme: ClassificationScheme): Partial<Record<CategoryColumnName, Uint8Array>> {
  const n = scored.length;
  const c = columns as unknown as Record<string, ArrayLike<unknown> | undefined>;
  const ageMonths = new Float64Array(n);
  for (let i = 0; i < n; i++) ageMonths[i] = ageMonthsOf(numberValue(c.ageDays?.[i]), numberValue(c.ageMonths?.[i]));
  const cats = categoryColumns(
    { zlen: scored.zlen, zwei: scored.zwei, zwfl: scored.zwfl, zbmi: scored.zbmi, zhfa: scored.zhfa, zwfa: scored.zwfa, zbfa: scored.zbfa, ageMonths, oedema: c.oedema, muacCm: c.muacCm },
    { scheme },
  );
  const out: Partial<Record<CategoryColumnName, Uint8Array>> = {};
  for (const [name, values] of Object.entries(cats) as [CategoryColumnName, string[]][]) {
    out[name] = Uint8Array.from(values, (code) => CODE_INDEX[code as CategoryCode]);
  }
  return out;
}

/** The categories a column can hold in a scheme, lowest first. */
function categoryCodes(scheme: ClassificationScheme, field: CategoryColumnName): readonly CategoryCode[] {
  if (field === "cat_acute") return ACUTE_CODES.filter((k) => k !== NOT_CLASSIFIED).map((k) => CATEGORY_CODES[k]!);
  return schemeCategories(scheme, field.slice(4) as ColumnIndicator);
}

function readNumbers(values: ArrayLike<unknown>): { values: Float64Array; unreadable: number; example: string | null } {
  const out = new Float64Array(values.length);
  let unreadable = 0;
  let example: string | null = null;
  for (let i = 0; i < values.length; i++) {
    const v = externalNumber(values[i]);
    if (v === -Infinity) {
      unreadable++;
      example ??= String(values[i]);
      out[i] = Number.NaN;
    } else out[i] = v;
  }
  return { values: out, unreadable, example };
}

function readCategories(values: ArrayLike<unknown>, codes: readonly CategoryCode[]): { codes: Int16Array; unreadable: number; example: string | null } {
  const read = categoryReader(codes);
  const out = new Int16Array(values.length);
  let unreadable = 0;
  let example: string | null = null;
  for (let i = 0; i < values.length; i++) {
    const k = read(values[i]);
    if (k === UNREADABLE) {
      unreadable++;
      example ??= String(values[i]);
      out[i] = NOT_CLASSIFIED;
    } else out[i] = k;
  }
  return { codes: out, unreadable, example };
}

function compareZ(who: Float64Array, ext: Float64Array, disagree: number[], unreadable: number, example: string | null): FieldAudit {
  const bands = Z_BANDS.map(() => Z_BANDS.map(() => 0));
  let compared = 0;
  let differ = 0;
  let misclassified = 0;
  let onlyExternal = 0;
  let onlyWho = 0;
  let maxAbs = 0;
  let sum = 0;
  for (let i = 0; i < who.length; i++) {
    const w = who[i]!;
    const e = ext[i]!;
    if (e !== e) {
      if (w === w) {
        onlyWho++;
        disagree.push(i);
      }
      continue;
    }
    if (w !== w) {
      onlyExternal++;
      disagree.push(i);
      continue;
    }
    compared++;
    const e2 = roundZ(e);
    const bw = zBand(w);
    const be = zBand(e2);
    bands[bw]![be]!++;
    if (be !== bw) misclassified++;
    if (e2 !== w) {
      differ++;
      disagree.push(i);
    }
    const d = e2 - w;
    sum += d;
    if (Math.abs(d) > maxAbs) maxAbs = Math.abs(d);
  }
  return {
    kind: "z", compared, differ, misclassified, onlyExternal, onlyWho, unreadable, unreadableExample: example,
    maxAbsDiff: compared > 0 ? roundZ(maxAbs) : null,
    meanDiff: compared > 0 ? sum / compared : null,
    classes: Z_BANDS, bands,
  };
}

function compareCategories(
  who: Uint8Array, ext: Int16Array, codes: readonly CategoryCode[], disagree: number[], unreadable: number, example: string | null,
): FieldAudit {
  const classes: CategoryCode[] = ["implausible", ...codes];
  const index = new Map(classes.map((c, k) => [CODE_INDEX[c], k]));
  const bands = classes.map(() => classes.map(() => 0));
  let compared = 0;
  let differ = 0;
  let onlyExternal = 0;
  let onlyWho = 0;
  for (let i = 0; i < who.length; i++) {
    const w = who[i]!;
    const e = ext[i]!;
    if (e === NOT_CLASSIFIED && w === NOT_CLASSIFIED) continue;
    if (e === NOT_CLASSIFIED || w === NOT_CLASSIFIED) {
      if (e === NOT_CLASSIFIED) onlyWho++;
      else onlyExternal++;
      disagree.push(i);
      continue;
    }
    compared++;
    const kw = index.get(w);
    const ke = index.get(e);
    if (kw !== undefined && ke !== undefined) bands[kw]![ke]!++;
    if (e !== w) {
      differ++;
      disagree.push(i);
    }
  }
  return {
    kind: "category", compared, differ, misclassified: differ, onlyExternal, onlyWho, unreadable, unreadableExample: example,
    maxAbsDiff: null, meanDiff: null, classes, bands,
  };
}

/** The four headline prevalences, from z fields where compared, else from category columns. */
function prevalenceChanges(
  scored: ScoreColumnsResult,
  z: Partial<Record<ZField, Float64Array>>,
  cats: Partial<Record<CategoryColumnName, readonly [Uint8Array, Int16Array]>>,
): AuditReport["prevalence"] {
  const out: Partial<Record<"stunting" | "underweight" | "wasting" | "overweight", PrevalenceChange>> = {};
  const below2 = (v: number) => v < -2;
  const above2 = (v: number) => v > 2;
  const defs = [
    ["stunting", "zlen", below2, "cat_len", ["severely_stunted", "stunted"]],
    ["underweight", "zwei", below2, "cat_wei", ["severely_underweight", "underweight"]],
    ["wasting", "zwfl", below2, "cat_wfl", ["severely_wasted", "wasted"]],
    ["overweight", "zwfl", above2, "cat_wfl", ["overweight", "obese"]],
  ] as const;
  for (const [name, zf, test, cf, codes] of defs) {
    const e = z[zf];
    if (e !== undefined) {
      const who = scored[zf];
      const flag = scored[FLAG_OF[zf] as keyof ScoreColumnsResult] as Float64Array;
      out[name] = change(zf, who.length, (i) => (who[i] === who[i] && e[i] === e[i] && flag[i] !== 1 ? [test(who[i]!), test(roundZ(e[i]!))] : null));
      continue;
    }
    const c = cats[cf];
    if (c !== undefined) {
      const [who, ext] = c;
      const hit = new Set<number>(codes.map((k) => CODE_INDEX[k]));
      const counted = (k: number) => k !== NOT_CLASSIFIED && k !== CODE_INDEX.implausible;
      out[name] = change(cf, who.length, (i) => (counted(who[i]!) && counted(ext[i]!) ? [hit.has(who[i]!), hit.has(ext[i]!)] : null));
    }
  }
  return out;
}

function change(field: AuditField, n: number, row: (i: number) => readonly [boolean, boolean] | null): PrevalenceChange {
  let rows = 0;
  let who = 0;
  let ext = 0;
  for (let i = 0; i < n; i++) {
    const r = row(i);
    if (r === null) continue;
    rows++;
    if (r[0]) who++;
    if (r[1]) ext++;
  }
  if (rows === 0) return { field, rows, who: null, external: null, change: null };
  const w = (100 * who) / rows;
  const e = (100 * ext) / rows;
  return { field, rows, who: w, external: e, change: e - w };
}
