/**
 * What counts as a missing value in a cell: blank, or one of the markers
 * spreadsheets and statistics packages write for "no value" (`NA`, `N/A`,
 * `.`, `-`, `?`, any case). A missing value is not an invalid one: WHO's
 * rules for missing measurements apply (an empty oedema is "no", an empty
 * position "unknown").
 */

/** The missing-value markers, lower case (blank is missing too). @internal */
export const MISSING_MARKERS: readonly string[] = ["na", "n/a", ".", "-", "?", "nan", "null"];

/**
 * Whether a cell's text is missing: blank or a missing-value marker.
 *
 * @example
 * isMissingText(" N/A "); // => true
 * @example
 * isMissingText("0"); // => false
 * @category Scoring
 */
export function isMissingText(text: string): boolean {
  const t = text.trim();
  if (t === "") return true;
  if (t.length > 4) return false;
  return MISSING_MARKERS.includes(t.toLowerCase());
}
