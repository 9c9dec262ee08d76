/** The stderr summary of the weighings `skdn` left out, and why. */
import type { SkdnDataIssues } from "../../../index.js";
import { WHO2007_MIN_MONTHS } from "../../../who/constants.js";

function count(n: number): string {
  return n.toLocaleString("en-US");
}

const REASONS: readonly (readonly [keyof SkdnDataIssues, string])[] = [
  ["childIdMissing", "no child id"],
  ["visitDateMissing", "no visit date"],
  ["visitDateInvalid", "visit date that cannot be read or cannot be real"],
  ["visitDateBefore1900", "visit date before 1900"],
  ["visitDateInFuture", "visit date after today"],
  ["dateOfBirthMissing", "no date of birth"],
  ["dateOfBirthInvalid", "date of birth that cannot be read or cannot be real"],
  ["dateOfBirthBefore1900", "date of birth before 1900"],
  ["dateOfBirthInFuture", "date of birth after today"],
  ["visitBeforeBirth", "visit before birth"],
  ["age60MonthsOrMore", `aged ${WHO2007_MIN_MONTHS} months or more`],
  ["weightMissing", "no weight"],
  ["weightInvalid", "weight not a positive number"],
];

/**
 * Warning lines (without the `tumbuh: warning:` prefix) for what was left
 * out; none when nothing was. The counts are the run summary's rows set
 * aside, by reason (dates that cannot be real among them).
 */
export function skdnIssueWarnings(issues: SkdnDataIssues): string[] {
  const out: string[] = [];
  const parts = REASONS.filter(([k]) => issues[k] > 0).map(([k, text]) => `${count(issues[k])} ${text}`);
  if (parts.length > 0) {
    const left = issues.records - issues.used;
    out.push(`left out ${count(left)} of ${count(issues.records)} weighings: ${parts.join(", ")}`);
  }
  if (issues.hasBookInvalid > 0) out.push(`${count(issues.hasBookInvalid)} weighings have a KIA book value that is not yes/no (not counted in K)`);
  if (issues.registerInvalid > 0) out.push(`skipped ${count(issues.registerInvalid)} register rows (month not YYYY-MM, or s not a number ≥ 0)`);
  return out;
}
