/**
 * The notes column of `tumbuh trends`: why a visit's trajectory cells are
 * empty, or what to know about the visit, as codes joined by ";".
 */

/** The note codes, in the order a cell lists them; note `k` is bit `1 << k`. */
export const TREND_NOTES = [
  "child-id-missing",
  "visit-date-missing",
  "visit-date-invalid",
  "dob-missing",
  "dob-invalid",
  "visit-before-birth",
  "first-visit",
  "same-day",
  "weight-missing",
  "weight-invalid",
  "no-visit-last-month",
  "aged-60-months-or-more",
  "lookback-short",
] as const;

export type TrendNote = (typeof TREND_NOTES)[number];

const bit = (code: TrendNote) => 1 << TREND_NOTES.indexOf(code);

/** The bits of the notes. */
export const NOTE = {
  CHILD_ID_MISSING: bit("child-id-missing"),
  VISIT_DATE_MISSING: bit("visit-date-missing"),
  VISIT_DATE_INVALID: bit("visit-date-invalid"),
  DOB_MISSING: bit("dob-missing"),
  DOB_INVALID: bit("dob-invalid"),
  VISIT_BEFORE_BIRTH: bit("visit-before-birth"),
  FIRST_VISIT: bit("first-visit"),
  SAME_DAY: bit("same-day"),
  WEIGHT_MISSING: bit("weight-missing"),
  WEIGHT_INVALID: bit("weight-invalid"),
  NO_VISIT_LAST_MONTH: bit("no-visit-last-month"),
  AGED_60_MONTHS: bit("aged-60-months-or-more"),
  LOOKBACK_SHORT: bit("lookback-short"),
} as const;

/** What each note means, for the help and the docs. */
export const NOTE_HELP: Readonly<Record<TrendNote, string>> = {
  "child-id-missing": "no child id: the row is no visit (its trajectory cells are empty)",
  "visit-date-missing": "no visit date: the row is no visit",
  "visit-date-invalid": "the visit date is not a date: the row is no visit",
  "dob-missing": "no date of birth: the row is no visit",
  "dob-invalid": "the date of birth is not a date: the row is no visit",
  "visit-before-birth": "the visit date is before the date of birth: the row is no visit",
  "first-visit": "the child's first visit day: nothing to compare with",
  "same-day": "an earlier row of the child has the same visit date: this row is the day's visit now (both are compared with the previous day)",
  "weight-missing": "no weight: no gain, KBM or velocity",
  "weight-invalid": "the weight is not a positive number: no gain, KBM or velocity",
  "no-visit-last-month": "no weighing in the previous calendar month: no KBM verdict (SKDN's O)",
  "aged-60-months-or-more": "60 months or older: KBM does not apply",
  "lookback-short": "no WHO velocity among the latest 12 visit days, all within 71 days, and the child has older ones: one of those could have made a pair",
};

/** Formats notes cells, remembering each distinct one. */
export class NoteCells {
  private readonly cache = new Map<number, string>();

  cell(mask: number): string {
    let s = this.cache.get(mask);
    if (s === undefined) {
      s = TREND_NOTES.filter((_, k) => (mask & (1 << k)) !== 0).join(";");
      this.cache.set(mask, s);
    }
    return s;
  }
}
