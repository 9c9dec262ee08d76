/**
 * The public types of the audit: the fields compared, the options, and the
 * report of each field and of the headline prevalences.
 */
import type { CategoryColumnName } from "../classify/category-columns.js";
import type { ClassificationScheme } from "../classify/schemes.js";
import type { ZField } from "../score/fields.js";

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

